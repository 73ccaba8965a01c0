"""From which country and to which country: the acting state, the destination, the people.

"China ... sent some 600 North Koreans back" gives CN -> KP; "Thailand deported Uyghur men
to China" gives TH -> CN. The destination is an explicit "to <country>" after the trigger,
else the nationality of the people; the source is "from <place>", else the agent ("Chinese
authorities", "by Thai police"), else another state named in the sentence.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from refwatch.extract.en_lexicon import lexicon
from refwatch.extract.en_places import place_hits
from refwatch.extract.en_triggers import Trigger
from refwatch.nlp.countries import CountryMention, country_mentions

_TO = re.compile(r"\b(?:to|into)\s+(?:the\s+)?$", re.I)
_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$", re.I)
_STATE_KINDS = {"name", "capital"}


def _followed_by(text: str, m: CountryMention, words: frozenset[str]) -> bool:
    nxt = re.match(r"[\s-]+([\w-]+)", text[m.end :])
    return bool(nxt) and nxt.group(1).casefold() in words  # type: ignore[union-attr]


def _nationality(text: str, mentions: list[CountryMention], anchor: int) -> str | None:
    lex = lexicon()
    people = lex.people | {"nationals", "citizens"}
    found = [
        m
        for m in mentions
        if m.kind in {"demonym", "people"}
        or (m.kind == "adjective" and _followed_by(text, m, people))
    ]
    if not found:
        return None
    return min(found, key=lambda m: abs(m.start - anchor)).code


def _is_state(text: str, m: CountryMention) -> bool:
    if m.kind in _STATE_KINDS:
        return True
    return m.kind == "adjective" and _followed_by(text, m, lexicon().authorities)


def incident_countries(sdoc: Doc, sent: Span, triggers: list[Trigger]) -> tuple[str | None, str | None]:
    text = sent.text
    base = sent.start_char
    mentions = country_mentions(text)
    trig = triggers[0].token
    at = trig.idx - base
    patient = triggers[0].patient
    anchor = (patient.idx - base) if patient is not None else at
    to = next((m.code for m in mentions if m.start > at and _TO.search(text[max(0, m.start - 16) : m.start])), None)
    nationality = _nationality(text, mentions, anchor)
    to = to or nationality
    source = next(
        (m.code for m in mentions if m.start > at and _FROM.search(text[max(0, m.start - 12) : m.start])),
        None,
    )
    if source is None:
        source = next(
            (h.country for h in place_hits(text) if h.start > at and _FROM.search(text[max(0, h.start - 12) : h.start])),
            None,
        )
    if source is None:
        source = _agent_country(sent, trig, text, mentions, base, to)
    if source is None:
        states = [m for m in mentions if _is_state(text, m) and m.code != to and not _TO.search(text[max(0, m.start - 16) : m.start])]
        before = [m for m in states if m.start < at]
        pick = (before[-1] if before else states[0]) if states else None
        source = pick.code if pick else None
    if source == to:
        source = None
    return source, to


def _agent_country(
    sent: Span, trig: object, text: str, mentions: list[CountryMention], base: int, to: str | None
) -> str | None:
    from spacy.tokens import Token

    assert isinstance(trig, Token)
    agents = [c for c in trig.children if c.dep_ in {"nsubj", "agent"}]
    for a in agents:
        sub = list(a.subtree)
        lo, hi = sub[0].idx - base, sub[-1].idx + len(sub[-1]) - base
        for m in mentions:
            if lo <= m.start < hi and m.code != to and (_is_state(text, m) or m.kind == "adjective"):
                return m.code
        for h in place_hits(text[lo:hi]):
            if h.country and h.country != to:
                return h.country
    return None
