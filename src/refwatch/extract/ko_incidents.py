"""Incidents in Korean reports: forced returns (강제북송, 송환, 넘겼다), detention awaiting
return (북송을 기다리는), arrests (체포, 검거).

A trigger word counts when its clause (the stretch of the sentence between commas) also
gives a number of people or a date; the count and the date nearest before the trigger, in
the same voice (both inside or both outside a quote), are the incident's. Mentions of one
event across a document (the lead sentence, the source's quote, a later recap) are merged
when nothing they say disagrees.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from refwatch.domain import places
from refwatch.extract.ko_doc import KoText
from refwatch.extract.ko_incident_context import (
    announced_when,
    driven_out,
    going_back,
    told_again,
    topic,
)
from refwatch.extract.ko_incident_slots import count_at, one_person, opening_date, when_at
from refwatch.extract.ko_lexicon import Lexicon, Trigger, lexicon
from refwatch.extract.ko_merge import merge
from refwatch.extract.ko_places import from_country, where_held
from refwatch.extract.ko_refs import ActorTable
from refwatch.extract.ko_sources import reporters
from refwatch.model import Count, Incident
from refwatch.nlp.kiwi_model import Sentence

_CLAUSE_BREAK = re.compile(r",\s|(?<=[가-힣]다가)\s")  # "수용했다가 …송환했다": two steps
_DESTINATION = re.compile(
    r"^\s?(?:쪽|측|당국|공안|경찰)?\s?(?:으로|로|에게|에)(?![가-힣]*(?:서|의))"
)
# "X 당국에 체포돼", "X 경찰에 붙잡힌": the country acting on the people, not their destination
_AGENT = re.compile(
    r"\s?(?:[가-힣]{1,4}\s)?(?:당국|경찰|공안|군|국경수비대|이민청|정부)?에\s?(?:의해\s)?"
    r"(?:체포|붙잡|검거|연행|단속|적발|구금|억류|붙들)"
)
_CAUGHT_BY = re.compile(r"에\s?(?:의해\s)?(?:체포|붙잡|검거|연행|적발|붙들)")
_LATER = re.compile(
    r"(?:며칠|몇\s?[일주]|얼마|\d+[일주]|이틀|사흘|한\s?달)\s?(?:뒤|후|만에)|이후|이튿날|다음\s?날"
)
# "…북송한 지 반년 만이다": a past event recalled to date this one, not a claim of the report
_SINCE = re.compile(r"[가-힣]\s지\s[^,.]{0,20}만(?:이다|에)")
# "…을 넘겼던 정부가": a past event recalled to describe someone, not one the author reports
_RECALLED = re.compile(r"[가-힣]{0,3}던\s")
_ACCORDING_AT_START = re.compile(r"^[^,.\"“]{0,40}에\s?따르면")
# "…넘겨졌다. 단체는 이 사실을 확인하고 …": the next sentence takes up the fact told
_BACK_TO_FACT = re.compile(r"(?:이|이런|이같은|이\s같은|이러한)\s사실(?:을|이)|(?<![가-힣])이를\s")
# "라오스 사람들", "레바논인이": a country's name made into its people
_PEOPLE_OF = re.compile(
    r"인(?![가-힣])|인(?:이|은|들|을|과)|\s(?:사람|주민|난민|이주민|노동자|여성|남성|가족)"
)
# the plain verb "to send": a return only when people go to their own country
_SEND = re.compile(r"(?<!돌려)(?<!돌려\s)보(?:냈|낸|내)")
_ADNOMINAL_END = ("된", "한", "진", "힌", "낸", "긴", "던", "인")


def _hits(doc: KoText, s: Sentence, lex: Lexicon) -> list[tuple[int, int, Trigger]]:
    order = {"detention": 0, "arrest": 1, "forced_return": 2}
    found: list[tuple[int, int, Trigger]] = []
    for t in sorted(lex.triggers, key=lambda t: order.get(t.kind, 3)):
        for m in t.pattern.finditer(doc.text, s.start, s.end):
            if any(m.start() < b and a < m.end() for a, b, _ in found):
                continue
            found.append((m.start(), m.end(), t))
    return sorted(found, key=lambda h: h[0])


def _is_event(doc: KoText, start: int, end: int, t: Trigger, lex: Lexicon) -> bool:
    text = doc.text
    # the rest of the trigger's word and the word after it: "북송 위기에", "송환을 하지"
    after = " ".join(re.split(r"[.!?,\n]", text[end : end + 30])[0].split(" ")[:2])
    if t.kind != "detention" and any(w in after for w in lex.not_after):
        return False
    if t.kind != "detention" and re.match(r"(?:될|할|시킬|당할)(?:\s|지)", text[end : end + 4]):
        return False  # "북송될 처지", "송환할 방침": what may happen, not what did
    if any(w in text[max(0, start - 8) : start] for w in lex.not_before):
        return False
    # "송환된 이들", "붙잡힌 이들은": a reference back to people already described
    space = re.compile(r"\s").search(text, end)
    word_end = space.start() if space else -1
    if word_end != -1 and text[word_end] == " " and text[word_end - 1] in _ADNOMINAL_END:
        # "체포된 일가족 3명도": the noun bare before a count counts people, not a reference
        nxt = re.match(r"\s([가-힣]+)(?![가-힣]|\s?\d+\s?명)", text[word_end : word_end + 12])
        if nxt and re.sub(r"(은|는|이|가|을|를|의|도)$", "", nxt.group(1)) in lex.reference_nouns:
            return False
    return True


def _taken_by_agent(doc: KoText, start: int, lex: Lexicon) -> bool:
    """'공안에 끌려갔다': the body that took the people stands right before the verb."""
    alts = "|".join(re.escape(w) for w in lex.agents)
    before = doc.text[max(0, start - 16) : start]
    return bool(alts) and bool(re.search(rf"(?:{alts})(?:에게|에)\s?(?:의해\s)?$", before))


def _returned_in(
    doc: KoText, s: Sentence, cs: int, ce: int, lex: Lexicon, clause_start: int
) -> bool:
    """A return later in the clause, with no time passing first ("체포돼 북한 측에 인도된";
    not "붙잡힌 5명이 며칠 뒤 인계됐다", nor "14일 체포된 5명이 같은 달 말 인계됐고", where
    each step has its own date): the same event."""
    dated = bool(doc.within(doc.times, clause_start, cs))
    return any(
        t.kind == "forced_return"
        and cs <= a < ce
        and _is_event(doc, a, b, t, lex)
        and not _LATER.search(doc.text, cs, a)
        and not (dated and doc.within(doc.times, cs, a))
        for a, b, t in _hits(doc, s, lex)
    )


def _clause(doc: KoText, s: Sentence, start: int, end: int) -> tuple[int, int]:
    text = doc.text
    left = s.start
    for m in _CLAUSE_BREAK.finditer(text, s.start, start):
        left = m.end()
    right = _CLAUSE_BREAK.search(text, end, s.end)
    return left, (right.start() if right else s.end)


def _agents(doc: KoText, table: ActorTable, cs: int, pos: int) -> None:
    """'라오스 경찰에 붙잡힌', '러시아 당국에 체포돼': the body that caught the people is an
    actor of the report."""
    for m in table.mentions_in(cs, pos):
        if table.kind(m.key) == "government" and _CAUGHT_BY.match(doc.text, m.end):
            table.used.add(m.key)


def _destination(doc: KoText, cs: int, ce: int, pos: int, by_city: bool = True) -> str | None:
    """The country people were sent to: '북한으로', '북측에', '신의주로'. With several legs
    ("중국 공안에 넘겨진 뒤 북한으로 송환된") the one nearest before the trigger is its own.
    Only a return goes by a city: people arrested "…뒤 투먼으로 옮겨졌다" were moved within
    the country, and still face return where their people say."""
    found: list[tuple[int, str]] = []
    for c in doc.within(doc.countries, cs, ce):
        if c.kind in ("name", "capital") and _DESTINATION.match(doc.text[c.end : c.end + 8]):
            if _AGENT.match(doc.text, c.end):
                continue  # "러시아 당국에 체포돼": who caught them, not where they went
            found.append((c.start, c.code))
    for p in doc.within(doc.places, cs, ce) if by_city else []:  # by direction: "신의주로"
        if re.match(r"\s?(?:쪽)?\s?(?:으로|로)(?![가-힣]*(?:서|의))", doc.text[p.end : p.end + 6]):
            found.append((p.start, places()[p.place_id].country))
    found.sort()
    before = [code for start, code in found if start < pos]
    return before[-1] if before else (found[0][1] if found else None)


def _people(doc: KoText, cs: int, ce: int, lex: Lexicon) -> tuple[bool, str | None]:
    clause = doc.text[cs:ce]
    if any(w in clause for w in lex.not_people):
        return False, None
    generic = False
    for word, origin in lex.people.items():
        if word in clause:
            if origin:
                return True, origin
            generic = True
    for c in doc.within(doc.countries, cs, ce):  # "아프간인 500명", "위구르족 40명"
        if c.kind in ("demonym", "people") or (
            c.kind == "name" and _PEOPLE_OF.match(doc.text, c.end)  # "라오스 사람들"
        ):
            return True, c.code
    return generic, None


def _plural(table: ActorTable, names: list[str]) -> bool:
    return any(table.actors[k].name in names for k in table.plural if k in table.actors)


def _lead_source(
    doc: KoText, table: ActorTable, body: list[Sentence], si: int, lex: Lexicon
) -> list[str]:
    """The lead incident's source, named in one of the next two sentences: after a lead
    that says it was learned ("…것으로 확인됐다. 단체는 … 밝혔다"), or in a sentence that
    opens on one ("…송환됐다. 현지 소식통에 따르면 이들은 …")."""
    # "…북송된 것으로 7일 알려졌다": the day it was learned may stand inside the phrase
    told = re.sub(r"(?<=것으로\s)(?:\d+일|이날|어제|오늘)\s", "", body[si].text)
    hearsay = any(h in told for h in lex.hearsay)
    for nxt in body[si + 1 : si + 3]:
        opens = _ACCORDING_AT_START.search(nxt.text) or _BACK_TO_FACT.search(nxt.text)
        if not (hearsay or opens):
            continue
        found = reporters(doc, table, nxt, nxt.end, verb_from=nxt.start)
        if found:
            return found
    return []


def _carried(doc: KoText, cs: int, pos: int, last: Incident, lex: Lexicon) -> Count | None:
    """'체포된 가족은 아직 구류시설에 있으며', '이들은 지난달 말 붙잡힌 뒤': the people last
    counted, told again."""
    alts = "|".join(re.escape(w) for w in lex.carried_subjects)
    subject = re.search(rf"(?<![가-힣])(?:{alts})(?:은|는|이|가|도|을|를)\s", doc.text[cs:pos])
    return last.count if subject else None


def find_incidents(doc: KoText, table: ActorTable) -> list[Incident]:
    lex = lexicon()
    body = [s for s in doc.sentences if doc.is_body(s)]
    found: list[Incident] = []
    names = [(m.start, m.end) for m in table.mentions]
    for si, s in enumerate(body):
        for start, end, t in _hits(doc, s, lex):
            if any(a <= start < b for a, b in names):
                continue  # part of a name: "북송반대시민연대"
            if not _is_event(doc, start, end, t, lex):
                continue
            cs, ce = _clause(doc, s, start, end)
            if t.kind != "forced_return" and _returned_in(doc, s, start, ce, lex, cs):
                continue  # "구금된 탈북민 50명을 북송했다": held, then returned - one event
            if t.needs_agent and not _taken_by_agent(doc, start, lex):
                continue
            count = count_at(doc, cs, ce, start) or one_person(doc, table, cs, start)
            when = when_at(doc, table, opening_date(doc, s.start, cs), ce, start, t.kind)
            if not when.known and count and t.kind != "detention":
                prev_hits = bool(si and _hits(doc, body[si - 1], lex))
                when = announced_when(doc, body, si, prev_hits) or when
            counted = [f for f in found if f.count]
            carried_to = None
            if count is None and counted and (t.kind == "detention" or when.known):
                count = _carried(doc, s.start, start, counted[-1], lex)
                carried_to = counted[-1].to_country if count else None
                if any(
                    places()[p.place_id].country == carried_to
                    for p in doc.within(doc.places, cs, ce)
                ):
                    carried_to = None  # held in that country: its fate lies elsewhere
            if count is None and (not when.known or topic(doc, end, lex)):
                continue
            has_people, origin = _people(doc, cs, ce, lex)
            if any(w in doc.text[cs:ce] for w in lex.not_people):
                continue  # remains, dividends, property: not people
            if t.needs_people and not (has_people or count):
                continue
            dest = _destination(doc, cs, ce, start, by_city=t.kind == "forced_return")
            told = [f.to_country for f in found if f.kind == "forced_return" and f.to_country]
            if t.needs_destination and dest is None and origin is None:
                if not (count and (has_people or told_again(doc, cs, ce)) and told):
                    continue  # "탈북민 5명을 돌려보냈다": escapees go back to the North
                dest = told[-1]  # "넘겨진 인원이 15명이라고": a recount of the handover told
            if t.to is None and _SEND.search(doc.text, start, end) and dest != origin:
                continue  # "보냈다" is a return only to the people's own country
            left = None
            if going_back(doc, start, end):
                forced, left = driven_out(doc, body, si)
                if not forced:
                    continue
            to = t.to or dest or origin or carried_to  # "이들은": the same people's fate
            where, crossing = where_held(doc, cs, ce, to, start)
            # "…구류시설에 수용했다가 이달 초 북한으로 송환했다": the step goes on from there
            step = s.start if doc.text[max(0, cs - 3) : cs] == "다가 " else cs
            if not where.place_id and step < cs:
                where = where_held(doc, step, ce, to, start)[0]
            crossing = [] if t.kind == "arrest" else crossing  # no handover in an arrest
            _agents(doc, table, cs, start)
            reported = reporters(doc, table, s, start)
            if not found and (not reported or _plural(table, reported)):
                reported = _lead_source(doc, table, body, si, lex) or reported
            background = _SINCE.search(doc.text, start, ce) or _RECALLED.match(doc.text, end)
            # "…넘겨졌다는 소식이 전해졌다": hearsay the author passes on is not its own report
            heard = any(h in s.text for h in lex.hearsay)
            author = table.primary_org if table.author_voice else None
            if not reported and author and not background and not heard:
                reported = [table.actors[author].name]
            found.append(
                Incident(
                    kind=t.kind,  # type: ignore[arg-type]
                    evidence=doc.evidence(cs, ce),
                    count=count,
                    when=when,
                    where=where,
                    crossing=crossing,
                    from_country=left or from_country(doc, step, ce, to, where, start),
                    to_country=to,
                    reported_by=reported,
                )
            )
    return _fill_countries(merge(found))


def _fill_countries(incidents: list[Incident]) -> list[Incident]:
    """A clause that names no country takes the one the document's other incidents name."""

    def most_common(values: list[str | None]) -> str | None:
        common = Counter(v for v in values if v).most_common(1)
        return common[0][0] if common else None

    src_default = most_common([i.from_country for i in incidents])
    to_default = most_common([i.to_country for i in incidents])
    out = []
    for i in incidents:
        src = i.from_country or src_default
        where = i.where if i.where.country else replace(i.where, country=src)
        # people held in a country face the return that leaves it, not one into it
        leaving = most_common([j.to_country for j in incidents if j.from_country == src])
        to = i.to_country or (leaving if to_default == src else to_default) or to_default
        out.append(replace(i, from_country=src, to_country=to, where=where))
    return out
