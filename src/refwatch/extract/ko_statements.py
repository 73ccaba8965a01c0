"""Statements in Korean reports: who said what to whom, and of which kind.

A sentence is cut into units, each ending in a reporting verb outside quotes ("…고
촉구했다", "…고 밝혔지만, … 언급을 피했다"). A verb with a meaning of its own (촉구, 비판,
우려, 삼갔다, "고만 밝혔다") gives the type; a verb that only reports (말했다, 밝혔다, 주장해
왔다) takes it from what was said (the quote or the reported clause), and says nothing if
that carries no cue. The speaker is the actor the unit is about ("X는"), the person inside
an embedded report ("국무부는 정박 고위관리가 우려를 표했다고 설명했다"), or the speaker
of the unit just before.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from refwatch.extract.ko_directives import country_topic, own_voice
from refwatch.extract.ko_doc import KoText
from refwatch.extract.ko_lexicon import Lexicon, lexicon
from refwatch.extract.ko_quotes import Unit as _Unit
from refwatch.extract.ko_quotes import content_type
from refwatch.extract.ko_quotes import parts as _parts
from refwatch.extract.ko_refs import ActorTable, Mention
from refwatch.extract.ko_statement_kind import TOPICS as _TOPICS
from refwatch.extract.ko_statement_kind import unit_kind
from refwatch.model import STATEMENT_TYPES, Incident, Statement, StatementType
from refwatch.nlp.kiwi_model import Sentence

_SUBJECT_PARTICLE = re.compile(r"^(?:\s?(?:정부|당국|측|외교부))?(?:은|는|이|가|도)\s")
_DATIVE = re.compile(r"^(?:\s?(?:정부|당국|측|외교부))?\s?(?:에게|에|을\s향해|를\s향해|에도)\s")
_AIMED = ("을", "를", "에", "에게", "에도", "에게도", "의")  # "정부의 대응을 비판했다"
_AIMED_AT = re.compile(
    r"^(?:\s?(?:정부|당국|측|외교부))?\s?(?:에게|에|을\s향해|를\s향해|에도|을|를)\s"
)
_COMPLEMENT = re.compile(r"[다라]고\s|[\"”]\s?(?:라|이라)?고\s")
_BLOCKING = re.compile(r"국제사회(?:은|는|이|가|도)\s")
_SAME_DAY = re.compile(r"이날|같은 날|당일")
_TARGETED: tuple[StatementType, ...] = ("concern", "criticize", "urge")
# "한 단체 관계자는", "한 탈북민은": someone unnamed speaks, not the speaker before
_SOMEONE = re.compile(r"(?<![가-힣])한\s(?:[가-힣]+\s)?[가-힣]+(?:은|는|이|가)\s")


def _verbs(doc: KoText, s: Sentence, lex: Lexicon) -> list[_Unit]:
    found: list[tuple[int, int, StatementType | None]] = []
    for name, pattern in lex.verbs.items():
        kind = _as_type(name)
        for m in pattern.finditer(doc.text, s.start, s.end):
            if doc.quote_at(m.start()) is None:
                found.append((m.start(), m.end(), kind))
    for m in lex.generic.finditer(doc.text, s.start, s.end):
        overlaps = any(m.start() < b and a < m.end() for a, b, _ in found)
        if doc.quote_at(m.start()) is None and not overlaps:
            found.append((m.start(), m.end(), None))
    found.sort()
    units, left = [], s.start
    for a, b, verb_type in found:
        if a < left:
            continue
        end = doc.text.find(" ", b)
        end = s.end if end == -1 or end > s.end else end
        units.append(_Unit(left, end, a, b, verb_type))
        left = end
    return units


def _as_type(name: str) -> StatementType | None:
    return next((t for t in STATEMENT_TYPES if t == name), None)


def _speaker(doc: KoText, table: ActorTable, u: _Unit) -> Mention | None:
    outside = [m for m in table.mentions_in(u.start, u.verb_start) if doc.quote_at(m.start) is None]
    embedded = re.match(r"(?:다)?고\s", doc.text[u.verb_end : u.verb_end + 4]) or re.match(
        r"[가-힣]*(?:다|었)?고\s", doc.text[u.verb_end : u.verb_end + 5]
    )
    if u.type is not None and embedded:
        people = [
            m for m in outside if m.particle in ("이", "가") and table.kind(m.key) == "person"
        ]
        if people:
            return people[-1]
    topics = [m for m in outside if m.particle in _TOPICS]
    if topics:
        return topics[0]
    subjects = [m for m in outside if m.particle in ("이", "가", "께서", "측이")]
    # "…돌려보냈다고 유엔난민기구가 밝혔다": a subject after the reported clause speaks
    said = [c.end() for c in _COMPLEMENT.finditer(doc.text, u.start, u.verb_start)]
    late = [m for m in subjects if said and m.start >= said[-1]]
    if late or subjects:
        return (late or subjects)[0]
    if outside and outside[0].start - u.start <= 1 and not outside[0].particle:
        return outside[0]  # "주선양 한국총영사관 역시 …"
    return None


def _target(
    doc: KoText, table: ActorTable, u: _Unit, speaker_country: str | None
) -> tuple[str | None, bool]:
    """(country the statement is aimed at, whether the text blocks any guess)."""
    text = doc.text
    seg = text[u.start : u.verb_start]
    if _BLOCKING.search(seg):
        return None, True
    if u.type is not None:  # "태국 정부를 비판했다", "중국 정부에 촉구했다"
        aimed = [
            (m.start, table.actors[m.key].country)
            for m in table.mentions_in(u.start, u.verb_start)
            if m.particle in _AIMED and doc.quote_at(m.start) is None
        ] + [
            (c.start, c.code)
            for c in doc.within(doc.countries, u.start, u.verb_start)
            if c.kind == "name"
            and doc.quote_at(c.start) is None
            and _AIMED_AT.match(text[c.end : c.end + 10])
        ]
        for _, code in sorted(aimed, reverse=True):
            if code and code != speaker_country:
                return code, False
    candidates: list[tuple[int, str]] = []
    for c in doc.within(doc.countries, u.start, u.verb_start):
        if c.kind == "people":
            continue
        if _SUBJECT_PARTICLE.match(text[c.end : c.end + 8]):
            candidates.append((c.start, c.code))
    for m in table.mentions_in(u.start, u.verb_start):
        country = table.actors[m.key].country
        if country and m.particle in ("은", "는", "이", "가", "도"):
            candidates.append((m.start, country))
    for _, code in sorted(candidates):
        if code != speaker_country:
            return code, False
    for c in doc.within(doc.countries, u.start, u.verb_start):
        if (
            c.kind != "people"
            and c.code != speaker_country
            and _DATIVE.match(text[c.end : c.end + 10])
        ):
            return c.code, False
    for c in doc.within(doc.countries, u.start, u.verb_start):
        if c.kind == "name" and c.code not in (speaker_country, "KP"):
            return c.code, False
    return None, False


def _anchor_day(doc: KoText, pos: int) -> dt.date | None:
    """The day '이날' refers to: the last single day named outside quotes before it, if
    close to the reference date; else the reference date itself."""
    ref = doc.ref
    for t in reversed([t for t in doc.times if t.end <= pos]):
        day = t.window.earliest
        if (
            t.is_day
            and doc.quote_at(t.start) is None
            and day
            and ref
            and 0 <= (ref - day).days <= 14
        ):
            return day
    return ref


def _date(doc: KoText, u: _Unit) -> dt.date | None:
    for t in doc.within(doc.times, u.start, u.verb_start):
        if doc.quote_at(t.start) is None and t.is_day:
            return t.window.earliest
    if _SAME_DAY.search(doc.text, u.start, u.verb_start):
        return _anchor_day(doc, u.start)
    return None


def find_statements(doc: KoText, table: ActorTable, incidents: list[Incident]) -> list[Statement]:
    lex = lexicon()
    common = Counter(i.from_country for i in incidents if i.from_country).most_common(1)
    perpetrator = common[0][0] if common else None
    cited = -1  # "X와 Y에 따르면": both are sources
    for m in sorted(table.mentions, key=lambda x: -x.start):
        if re.match(r"\s?에 따르면", doc.text[m.end : m.end + 8]) or (
            m.particle in ("와", "과") and 0 <= cited - m.end - len(m.particle) <= 1
        ):
            table.used.add(m.key)
            cited = m.start
    out: list[Statement] = []
    last: tuple[int, str, dt.date | None] | None = None  # sentence index, speaker key, date
    body = [s for s in doc.sentences if doc.is_body(s)]
    for si, s in enumerate(body):
        said_own = own_voice(doc, table, s, out, perpetrator, _on_topic(doc, body, si, lex))
        if said_own is not None:
            out.append(said_own)
            last = (si, table.primary_org or "", None)
            continue
        for u in _verbs(doc, s, lex):
            mention = _speaker(doc, table, u) or country_topic(doc, table, u)
            kind = unit_kind(doc, table, u, lex, mention.end if mention is not None else None)
            for m in table.mentions_in(u.start, u.verb_start):
                if m.particle in _TOPICS and doc.quote_at(m.start) is None:
                    table.used.add(m.key)  # a body that speaks is an actor of the report
            date = _date(doc, u)
            if kind is None:
                if mention is not None:  # "X는 성명을 내고 … 우려를 표명했다"
                    last = (si, mention.key, date)
                continue
            someone = [
                m for m in _SOMEONE.finditer(doc.text, u.start, u.verb_start)
                if doc.quote_at(m.start()) is None
            ]  # fmt: skip
            if mention is not None:
                key = mention.key
            elif someone:
                continue
            elif last is not None and si - last[0] <= 1:
                key, date = last[1], date or last[2]
            elif table.author_voice and table.primary_org:
                key = table.primary_org
            else:
                continue
            actor = table.actors[key]
            table.used.add(key)
            private = actor.kind == "person" and not actor.org and not actor.role
            # a legislator may well aim at their own government ("정부가 … 반복하는 사이")
            legislator = actor.kind == "person" and (actor.org or "").startswith(lex.legislatures)
            own_country = None if legislator else actor.country
            guessed: set[int] = set()  # statements of this unit whose target is a guess
            pieces = _parts(doc, u, kind, lex, split=not private)
            for part, part_kind, quote in pieces:
                target: str | None = None
                guess = False
                if part_kind in _TARGETED:
                    target, blocked = _target(doc, table, part, own_country)
                    if target is None and not blocked and not private:
                        target, guess = perpetrator, True
                # two quotes of one demand ("…살려야 한다"며 "정부가 … 요청해야 한다"): one
                # statement, aimed where the quote that names an addressee aims it
                twins = [
                    i for i, x in enumerate(out)
                    if x.type == part_kind and x.evidence.start == u.start
                ]  # fmt: skip
                if twins and guess:
                    continue
                # a further quote typed only by the verb ("…다"며 "…"이라고 지적했다)
                # goes on with the stance of the first: still one statement
                if twins and twins[-1] not in guessed and content_type(quote or "", lex) is None:
                    continue
                if twins and twins[-1] in guessed:
                    del out[twins[-1]]
                if guess:
                    guessed.add(len(out))
                out.append(
                    Statement(
                        speaker=actor.name,
                        type=part_kind,
                        evidence=doc.evidence(u.start, u.verb_end),
                        speaker_country=actor.country,
                        target_country=target,
                        topic="forced_return" if _on_topic(doc, body, si, lex) else "other",
                        date=date,
                        quote=quote,
                    )
                )
            last = (si, key, date)
    return _dedupe(out)


def _on_topic(doc: KoText, body: list[Sentence], si: int, lex: Lexicon) -> bool:
    near = " ".join(s.text for s in body[max(0, si - 1) : si + 2])
    return any(w in near for w in lex.topic_words)


def _dedupe(statements: list[Statement]) -> list[Statement]:
    """One statement per passage: a run of the same stance by the same speaker at the same
    party (a demand and its listed items, a quote and its paraphrase) is one; the same
    stance taken again after the report moved on is another."""
    out: list[Statement] = []
    for s in sorted(statements, key=lambda x: x.evidence.start):
        key = (s.speaker, s.type, s.target_country)
        if out and (out[-1].speaker, out[-1].type, out[-1].target_country) == key:
            continue
        out.append(s)
    return out
