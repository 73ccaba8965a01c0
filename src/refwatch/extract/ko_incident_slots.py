"""The count and the date of one incident mention in a Korean clause: the nearest before
the trigger in the same voice (both inside or both outside a quote)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TypeVar

from refwatch.extract.ko_doc import KoText
from refwatch.extract.ko_refs import ActorTable
from refwatch.model import Count, Window
from refwatch.nlp.ko_numbers import CountExpr
from refwatch.nlp.ko_time import TimeExpr

_S = TypeVar("_S", CountExpr, TimeExpr)

# times a speaker counts from the day they speak ("사흘 전", "어제"), not from the report's date
# a holding told as the present state, after an earlier date in the clause
_NOW = re.compile(r"(?<![가-힣])(?:지금|현재|아직|여전히)(?![가-힣])")
_SPEAKER_RELATIVE = re.compile(
    r"(?:하루|이틀|사흘|나흘|닷새|엿새|이레|열흘|\d+일)\s?전|어제|그제|그저께|전날|오늘"
)


def _nearest_before(items: list[_S], pos: int, doc: KoText) -> _S | None:
    before = [x for x in items if x.end <= pos and doc.same_voice(x.start, pos)]
    return before[-1] if before else None


# '"…넘겼다는 얘기가 돈다"며 "인원은 30명쯤이라고 들었다"': one speaker's quotes, run on
_QUOTES_JOINED = re.compile(r"[\"”’']?\s?(?:며|면서|라며|이라며|라면서)\s[\"“‘']?")

_HOW_MANY = re.compile(r"(?:인원|숫자|규모|머릿수|사람\s?수|그\s?수)(?:은|는|이|가|도)\s")


def _one_speaker(doc: KoText, a: int, b: int) -> bool:
    qa, qb = doc.quote_at(a), doc.quote_at(b)
    if qa == qb:
        return True
    # only a quote that goes on to give the number ("인원은 …", "숫자는 …") tells the same people
    return bool(
        qa
        and qb
        and _QUOTES_JOINED.fullmatch(doc.text, qa[1], qb[0])
        and _HOW_MANY.match(doc.text, qb[0])
    )


def count_at(doc: KoText, cs: int, ce: int, pos: int) -> Count | None:
    counts = doc.within(doc.counts, cs, ce)
    c = _nearest_before(counts, pos, doc)
    if c is None:
        after = [x for x in counts if x.start >= pos and _one_speaker(doc, pos, x.start)]
        c = after[0] if after else None
    return c.count if c else None


def one_person(doc: KoText, table: ActorTable, cs: int, pos: int) -> Count | None:
    """'탈북민 김모 씨를 추방했다': one private person, named, is a count of one."""
    people = {
        m.key
        for m in table.mentions_in(cs, pos)
        if table.kind(m.key) == "person"
        and not table.actors[m.key].role
        and m.particle in ("을", "를", "이", "가", "은", "는")
        and doc.same_voice(m.start, pos)
    }
    if len(people) != 1:
        return None
    return Count(1, 1, False, table.actors[next(iter(people))].name)


# "2023년 10월 9일, …송환됐다", "지난 3일 새벽, …": a date set off by a comma before the
# clause dates what follows it
_SET_OFF = re.compile(
    r"(?:\s?(?:밤|새벽|오전|오후|저녁|아침|낮|께|경|쯤|무렵))*(?:에는|에|엔)?,\s$"
)


def opening_date(doc: KoText, sentence_start: int, cs: int) -> int:
    """Where the clause's dates start: at a date set off by a comma right before it."""
    for t in doc.within(doc.times, sentence_start, cs):
        if _SET_OFF.fullmatch(doc.text, t.end, cs):
            return t.start
    return cs


def when_at(doc: KoText, table: ActorTable, cs: int, ce: int, pos: int, kind: str = "") -> Window:
    times = doc.within(doc.times, cs, ce)
    # "센터는 28일 …": the date a source spoke, not the date of the event
    topics = [
        m
        for m in table.mentions
        if m.particle in ("은", "는", "도") and table.kind(m.key) != "government"
    ]
    spoke = {m.end + len(m.particle) for m in topics}

    def said_on(t: TimeExpr) -> bool:
        return bool(re.fullmatch(r"\d+일", t.words)) and any(0 <= t.start - e <= 1 for e in spoke)

    t = _nearest_before([t for t in times if not said_on(t)], pos, doc)
    if t is None or (kind == "detention" and _NOW.search(doc.text, t.end, pos)):
        # "이달 중순 붙잡힌 가족이 지금 구류소에 갇혀 있다": the date is the arrest's
        return Window()
    said = [x for x in times if said_on(x) and x.window.earliest == x.window.latest]
    if said and doc.ref and doc.quote_at(t.start) and _SPEAKER_RELATIVE.fullmatch(t.words):
        # "센터는 28일 '사흘 전 …'이라고 밝혔다": counted back from the day it was said
        shift = said[0].window.earliest - doc.ref  # type: ignore[operator]
        w = t.window
        if w.earliest and w.latest:
            return replace(w, earliest=w.earliest + shift, latest=w.latest + shift)
    return t.window
