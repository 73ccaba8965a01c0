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
from functools import cache

from refwatch.domain import load_data, places
from refwatch.extract.ko_doc import KoText
from refwatch.extract.ko_lexicon import lexicon
from refwatch.extract.ko_refs import ActorTable
from refwatch.extract.ko_statements import _anchor_day
from refwatch.model import Meeting
from refwatch.nlp.countries import country_name
from refwatch.nlp.kiwi_model import Sentence

# "베이징에서", "베이징 댜오위타이에서", "서울 중구의 … 사무소에서", "방콕을 방문해": the
# words between place and 에서 name what is in it (district, building), none a subject
_AT = re.compile(
    r"^(?:\s[^\s,.“”\"]*[^\s,.“”\"은는을를도와과]){0,4}?(?:에서(?:는|도)?\s|(?:을|를)\s방문)"
)
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
    # participants are names, so states are named as people are: in the text's language
    return [country_name(c, "ko") for c in codes]


@cache
def _pairs() -> tuple[re.Pattern[str], dict[str, str]]:
    data = load_data("ko/meetings.yaml") or {}
    table = {str(k): str(v) for k, v in (data.get("pair_states") or {}).items()}
    nouns = "|".join(str(n) for n in data.get("pair_nouns") or ())
    chars = "".join(table)
    # the pair stands alone ("한중 외교장관") or runs into the noun ("한중정상회담"); "북한과
    # 회담" is North Korea with a particle, no pair
    rx = re.compile(
        rf"(?<![가-힣])(?!북한)([{chars}])([{chars}])"
        rf"(?:\s|(?=(?:정상|외교|영사|차관|장관|고위|국장|{nouns})))"
        rf"(?:[가-힣]+\s?){{0,2}}?(?:{nouns})"
    )
    return rx, table


def _pair_states(text: str) -> re.Match[str] | None:
    """ "한중 외교장관 회담": the states a meeting noun's abbreviation pairs."""
    m = _pairs()[0].search(text)
    return m if m and m.group(1) != m.group(2) else None


@cache
def _pair_refs() -> re.Pattern[str]:
    data = load_data("ko/meetings.yaml") or {}
    alts = "|".join(str(r) for r in data.get("pair_refs") or ()) or r"(?!)"
    return re.compile(rf"(?<![가-힣])(?:{alts})(?:은|는|이|가|도)\s")


def _pair_ref(doc: KoText, start: int, end: int) -> bool:
    """ "두 사람은 … 회담을 열 예정이다": the pair stands for two people named before."""
    m = _pair_refs().search(doc.text, start, end)
    return m is not None and doc.quote_at(m.start()) is None


def _date(doc: KoText, s: Sentence) -> dt.date | None:
    times = [t for t in doc.within(doc.times, s.start, s.end) if doc.quote_at(t.start) is None]
    spans = [
        (t.start, t.window.earliest, t.window.latest)
        for t in times
        if not t.is_day
        and t.window.earliest
        and t.window.latest
        and (t.window.latest - t.window.earliest).days <= 14  # a visit's days, not a month
    ]
    for t in times:
        if t.is_day and t.window.earliest:
            return _within(t.window.earliest, [(a, b) for at, a, b in spans if at < t.start])
    if _SAME_DAY.search(s.text):
        return _anchor_day(doc, s.start)
    return None


def _within(day: dt.date, spans: list[tuple[dt.date, dt.date]]) -> dt.date:
    """ "이달 13~14일 … 방문하며, 첫날인 13일": a bare day falls in the days the sentence
    named just before, even where read alone it would be last month's."""
    for first, last in spans:
        try:
            moved = day.replace(year=first.year, month=first.month)
        except ValueError:  # no such day in that month
            continue
        if first <= moved <= last:
            return moved
    return day


def _place(doc: KoText, s: Sentence) -> str | None:
    best: tuple[int, str] | None = None
    rank = {"facility": 0, "city": 1, "county": 1, "province": 2, "country": 3}
    for p in doc.within(doc.places, s.start, s.end):
        if _AT.match(doc.text[p.end : p.end + 60]):
            entry = places()[p.place_id]
            score = rank.get(entry.kind, 4)
            if best is None or score < best[0]:
                best = (score, entry.names.get("ko", (p.words,))[0])
    return best[1] if best else None


# "회담 개최를 추진": a summit sought or weighed, not one held or fixed; "회담 일정을 조율":
# a summit being scheduled
_VAGUE = re.compile(r"추진|검토|가능성|제안|성사|타진|무산|여부|이후|이전|앞두고|의제|일정")


@cache
def _remote() -> re.Pattern[str]:
    data = load_data("ko/meetings.yaml") or {}
    return re.compile("|".join(re.escape(str(w)) for w in data.get("remote") or ()) or "(?!)")


def _by_remote(text: str, start: int, end: int) -> bool:
    """ "화상으로 회담했다", "전화 통화를 하고": a contact by phone, video or letter (SCHEMA:
    no meeting) when the remote word sits in or just before the cue."""
    return _remote().search(text, max(0, start - 8), end) is not None


def _held(text: str, pair: re.Match[str]) -> bool:
    return _VAGUE.search(text[pair.end() : pair.end() + 20]) is None and '"' not in text


@cache
def _scene_nouns() -> re.Pattern[str]:
    data = load_data("ko/meetings.yaml") or {}
    alts = "|".join(re.escape(str(n)) for n in data.get("scene_nouns") or ()) or "(?!)"
    # the event as held ("인도식을 열고", "행사가 열렸다"), not as referred back to
    return re.compile(rf"([가-힣]{{0,4}}(?:{alts}))(?:을|를|이|가)\s?(?:열|개최|진행|가졌|거행)")


def _scene(doc: KoText, body: list[Sentence], si: int) -> tuple[dt.date | None, str | None]:
    """ "…공항에서 인도식을 열었다. … 두 사람은 인도식에 앞서 면담했다": a meeting that
    names neither day nor place took place at the event it refers back to, held in one
    of the two sentences before."""
    later = " ".join(s.text for s in body[max(0, si - 1) : si + 1])
    for prev in reversed(body[max(0, si - 2) : si]):
        events = {m.group(1) for m in _scene_nouns().finditer(prev.text)}
        if any(e in later.replace(prev.text, "") for e in events):
            date, place = _date(doc, prev), _place(doc, prev)
            if date or place:
                return date, place
    return None, None


def find_meetings(doc: KoText, table: ActorTable) -> list[Meeting]:
    lex = lexicon()
    body = [s for s in doc.sentences if doc.is_body(s)]
    out: list[Meeting] = []
    for si, s in enumerate(body):
        cue = lex.meet_with.search(doc.text, s.start, s.end) or lex.meet_together.search(
            doc.text, s.start, s.end
        )
        pair = _pair_states(s.text)
        if cue is None and pair is None:
            continue
        if cue is not None and doc.quote_at(cue.start()) is not None:
            continue
        if cue is not None and _by_remote(doc.text, cue.start(), cue.end()):
            continue
        if pair is not None and _remote().search(s.text):
            pair = None  # the sentence's day and place are the call's
        people = _participants(doc, table, s.start, cue.start()) if cue else []
        if cue and len(people) < 2 and si > 0 and _pair_ref(doc, s.start, cue.start()):
            prev_s = body[si - 1]
            people = _participants(doc, table, prev_s.start, prev_s.end)[-2:]
        if len(people) < 2 and pair is not None and _held(s.text, pair):
            codes = _pairs()[1]
            people = [country_name(codes[pair.group(i)], "ko") for i in (1, 2)]
            if any(set(m.participants) == set(people) for m in out):
                continue  # the same states' meeting told again
            if _date(doc, s) is None and _place(doc, s) is None:
                continue  # "the summit's agenda", "since the 2018 summit": named in passing
        if len(people) < 2:
            continue
        date, place = _date(doc, s), _place(doc, s)
        prev = body[si - 1] if si > 0 else None
        if prev is not None and lex.meet_announce.search(prev.text):
            date = date or _date(doc, prev)
            place = place or _place(doc, prev)
        if date is None and place is None:
            date, place = _scene(doc, body, si)
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
