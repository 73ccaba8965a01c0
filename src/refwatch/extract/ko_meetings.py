"""Meetings in Korean reports: "A는 … B와 만나", "A와 B, C는 … 논의했다".

Participants are the people named before the meeting verb, outside quotes; a meeting
needs two. The date is the day the sentence names (or "같은 날" resolved to the day named
before), the place the gazetteer place followed by 에서. When the participants' sentence
names neither, a sentence just before that announces the meeting ("협의도 열렸다") lends
them.
"""

from __future__ import annotations

import datetime as dt
import re

from refwatch.domain import places
from refwatch.extract.ko_doc import KoText
from refwatch.extract.ko_lexicon import lexicon
from refwatch.extract.ko_refs import ActorTable
from refwatch.extract.ko_statements import _anchor_day
from refwatch.model import Meeting
from refwatch.nlp.kiwi_model import Sentence

_AT = re.compile(r"^(?:\s[가-힣]+)?에서(?:는|도)?\s")  # "베이징에서", "베이징 댜오위타이에서"
_JOINED = re.compile(r"(?:과|와)\s(?:[가-힣]+\s)?[가-힣]+(?:은|는|이|가|측은)\s")
_SAME_DAY = re.compile(r"같은 날|이날|당일")


def _participants(doc: KoText, table: ActorTable, start: int, end: int) -> list[str]:
    found = [
        m
        for m in table.mentions_in(start, end)
        if doc.quote_at(m.start) is None and table.kind(m.key) == "person"
    ]
    names = list(dict.fromkeys(table.actors[m.key].name for m in found))
    if len(names) >= 2:
        return names
    govs = [m for m in table.mentions_in(start, end) if table.kind(m.key) == "government"]
    countries = list(dict.fromkeys(table.actors[m.key].country for m in govs))
    if not names and len(countries) >= 2:
        return [table.actors[m.key].name for m in govs]
    # "한국과 중국은 … 회담을 열었다": states meet when no person is named
    states = [
        c
        for c in doc.within(doc.countries, start, end)
        if c.kind == "name" and doc.quote_at(c.start) is None
    ]
    joined = any(_JOINED.match(doc.text, c.end) for c in states)
    codes = list(dict.fromkeys(c.code for c in states))
    if not joined or len(codes) < 2:
        return names
    return [next(c.words for c in states if c.code == k) for k in codes]


def _date(doc: KoText, s: Sentence) -> dt.date | None:
    for t in doc.within(doc.times, s.start, s.end):
        if t.is_day and doc.quote_at(t.start) is None:
            return t.window.earliest
    if _SAME_DAY.search(s.text):
        return _anchor_day(doc, s.start)
    return None


def _place(doc: KoText, s: Sentence) -> str | None:
    best: tuple[int, str] | None = None
    rank = {"facility": 0, "city": 1, "county": 1, "province": 2, "country": 3}
    for p in doc.within(doc.places, s.start, s.end):
        if _AT.match(doc.text[p.end : p.end + 16]):
            entry = places()[p.place_id]
            score = rank.get(entry.kind, 4)
            if best is None or score < best[0]:
                best = (score, entry.names.get("ko", (p.words,))[0])
    return best[1] if best else None


def find_meetings(doc: KoText, table: ActorTable) -> list[Meeting]:
    lex = lexicon()
    body = [s for s in doc.sentences if doc.is_body(s)]
    out: list[Meeting] = []
    for si, s in enumerate(body):
        cue = lex.meet_with.search(doc.text, s.start, s.end) or lex.meet_together.search(
            doc.text, s.start, s.end
        )
        if cue is None or doc.quote_at(cue.start()) is not None:
            continue
        people = _participants(doc, table, s.start, cue.start())
        if len(people) < 2:
            continue
        date, place = _date(doc, s), _place(doc, s)
        prev = body[si - 1] if si > 0 else None
        if prev is not None and lex.meet_announce.search(prev.text):
            date = date or _date(doc, prev)
            place = place or _place(doc, prev)
        out.append(
            Meeting(
                participants=people,
                evidence=doc.evidence(s.start, s.end),
                date=date,
                place=place,
                date_words="",
            )
        )
    return out
