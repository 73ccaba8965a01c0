"""From which country and to which country: the acting state, the destination, the people.

"China ... sent some 600 North Koreans back" gives CN -> KP; "Thailand deported Uyghur men
to China" gives TH -> CN. The destination is "to <country>" in the trigger's own clause,
else the nationality of the people; the source is "from <place>" in that clause, else the
agent ("Chinese authorities", "by Thai police"), else a state named in the clause before it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from refwatch.extract.en_lexicon import lexicon
from refwatch.extract.en_places import border_points, place_hits
from refwatch.extract.en_triggers import Trigger, attached, where_head
from refwatch.nlp.countries import CountryMention, country_mentions

# "to Laos", "into the custody of the Lao police"
_TO = re.compile(r"\b(?:to|into)\s+(?:the\s+)?(?:(?:hands|custody)\s+of\s+(?:the\s+)?)?$", re.I)


def _to_before(text: str, start: int, window: int = 30) -> bool:
    """Is the place at start gone to ("to", "into the hands of")?"""
    return _TO.search(text[max(0, start - window) : start]) is not None


_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$", re.I)
_ONWARD = re.compile(
    r"\b(?:could|may|might|will|would|to)\s+be\s+(?:handed|sent|deported|transferred|"
    r"turned|returned)\s+(?:back\s+|over\s+)?to\s+(?:the\s+)?$",
    re.I,
)
_FACING = re.compile(
    r"\b(?:deportation|repatriation|return|expulsion|extradition|removal)\s+"
    r"(?:back\s+)?to\s+(?:the\s+)?$",
    re.I,
)
_IN = re.compile(
    r"\b(?:in|inside|within)\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west)(?:ern|-?eastern|-?western)?\s+)?$",  # "in northern Laos"
    re.I,
)


def _followed_by(text: str, m: CountryMention, words: frozenset[str]) -> bool:
    nxt = re.match(r"[\s-]+([\w-]+)", text[m.end :])
    return nxt is not None and nxt.group(1).casefold() in words


def _is_state(text: str, m: CountryMention) -> bool:
    if m.kind in {"name", "capital"}:
        return True
    return m.kind == "adjective" and _followed_by(text, m, lexicon().authorities)


# fmt: off
_NOT_A_NOUN = frozenset({"on", "in", "at", "from", "to", "and", "or", "were", "was", "who",
                         "had", "have", "are", "last", "this", "into", "across", "back",
                         "with", "by", "after", "since", "over", "through", "that"})
# fmt: on


def _bare(text: str, m: CountryMention) -> bool:
    """'some 200 Sudanese on Thursday': an adjective used as the people's noun."""
    rest = text[m.end :]
    if re.match(r"\s*(?:[,.;:)]|$)", rest):
        return True
    return _followed_by(text, m, _NOT_A_NOUN)


def _nationality(text: str, mentions: list[CountryMention], anchor: int) -> str | None:
    people = lexicon().people | {"nationals", "citizens"}
    found = [
        m
        for m in mentions
        if m.kind in {"demonym", "people"}
        or (m.kind in {"adjective", "name"} and _followed_by(text, m, people))
        or (m.kind == "adjective" and _bare(text, m))
    ]
    if not found:
        return None
    return min(found, key=lambda m: abs(m.start - anchor)).code


def _token_at(sdoc: Doc, start: int, end: int) -> Token | None:
    span = sdoc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None else None


def incident_countries(
    sdoc: Doc, sent: Span, triggers: list[Trigger]
) -> tuple[str | None, str | None]:
    """(from_country, to_country) for the event the first trigger states.

    The other triggers given are verbs joined to it ("were detained in X and are held").
    """
    owner = triggers[0]
    text, base = sent.text, sent.start_char
    mentions = country_mentions(text)
    targets = {t.token.i for t in triggers}  # the owner and verbs sharing its subject
    if (place := where_head(owner.token)) is not None:
        targets.add(place.i)  # "a camp outside X, where thousands were held"
    allowed = set(targets)

    def own(start: int, end: int, only_owner: bool = False) -> bool:
        tok = _token_at(sdoc, base + start, base + end)
        scope = {owner.token.i} if only_owner else targets
        return tok is not None and attached(tok, scope, allowed)

    def destination(only_owner: bool) -> str | None:
        return next(
            (
                m.code
                for m in mentions
                if _to_before(text, m.start) and own(m.start, m.end, only_owner)
            ),
            None,
        )

    anchor = (owner.patient.idx if owner.patient is not None else owner.token.idx) - base
    # "deported them to China, and police sent them back to North Korea": each verb's own
    to = destination(True) or destination(False) or _destination_place(text, own)
    nationality = _nationality(text, mentions, anchor)
    if owner.kind == "forced_return":
        to = to or nationality
    else:
        # arrested or held people face return to their own country, or to the one the
        # sentence says they face ("and face deportation to Iran")
        facing = next(
            (m.code for m in mentions if _FACING.search(text[max(0, m.start - 40) : m.start])),
            None,
        )
        # "... held in Laos and could be handed to China": the onward leg the text foresees
        onward = next(
            (m.code for m in mentions if _ONWARD.search(text[max(0, m.start - 40) : m.start])),
            None,
        )
        to = onward or nationality or facing or to
    source = next(
        (
            m.code
            for m in mentions
            if _FROM.search(text[max(0, m.start - 12) : m.start]) and own(m.start, m.end)
        ),
        None,
    )
    if source is None:
        source = next(
            (
                h.country
                for h in place_hits(text)
                if _FROM.search(text[max(0, h.start - 12) : h.start]) and own(h.start, h.end)
            ),
            None,
        )
    source = source or _antecedent_state(owner.token, text, mentions, base, to)
    for t in triggers:  # the owner's agent, then the agents of verbs joined to it
        source = source or _agent_country(t.token, text, mentions, base, to)
    if source is None:  # "detained in Bangladesh": where it happened
        source = next(
            (
                m.code
                for m in mentions
                if m.kind == "name"
                and m.code != to
                and _IN.search(text[max(0, m.start - 24) : m.start])
                and own(m.start, m.end)
            ),
            None,
        )
    if source is None and owner.patient is not None:
        # "defectors arrested in Laos", "Eritreans held in Egyptian prisons": where the
        # people were held, said of the people themselves
        sub = list(owner.patient.subtree)
        lo, hi = sub[0].idx - base, sub[-1].idx + len(sub[-1]) - base
        source = next(
            (
                m.code
                for m in mentions
                if lo <= m.start < hi
                and m.code != to
                and (
                    (m.kind == "name" and _IN.search(text[max(0, m.start - 24) : m.start]))
                    or (m.kind == "adjective" and _followed_by(text, m, lexicon().custody_words))
                )
            ),
            None,
        )
    if source is None:
        at = owner.token.idx - base
        states = [
            m
            for m in mentions
            if m.start < at and _is_state(text, m) and m.code != to and own(m.start, m.end)
        ]
        source = states[-1].code if states else None
    if source is None:  # "refugees in Quetta said police had rounded up ...": where it is
        hits = [
            h
            for h in place_hits(text)
            if h.country and h.country != to and not _credited(sdoc, base + h.start)
        ]
        # a place of the event's own clause before one where people were merely met
        hits.sort(key=lambda h: not own(h.start, h.end) or _to_before(text, h.start))
        source = hits[0].country if hits else None
    return (None if source == to else source), to


def _credited(sdoc: Doc, start: int) -> bool:
    """'according to monitors in Seoul': the source's seat, not a country of the event."""
    tok = _token_at(sdoc, start, start + 1)
    return tok is not None and any(a.lower_ == "according" for a in tok.ancestors)


def _agent_country(
    trig: Token, text: str, mentions: list[CountryMention], base: int, to: str | None
) -> str | None:
    """The state in the subject or by-agent of the trigger ("Chinese authorities returned")."""
    agents = [c for c in trig.children if c.dep_ in {"nsubj", "agent", "poss"}]
    for a in agents:
        sub = list(a.subtree)
        lo, hi = sub[0].idx - base, sub[-1].idx + len(sub[-1]) - base
        for m in mentions:
            if lo <= m.start < hi and m.code != to and m.kind != "demonym":
                return m.code
        for h in place_hits(text[lo:hi]):
            if h.country and h.country != to:
                return h.country
    return None


_RELATIVES = {"who", "where", "which", "that", "whom"}


def _antecedent_state(
    trig: Token, text: str, mentions: list[CountryMention], base: int, to: str | None
) -> str | None:
    """The next leg's sender: 'sent them to China, where they were repatriated',
    'handed them to Chinese police, who sent them back' — the state the clause hangs on."""
    clause = trig
    for _ in range(3):
        if clause.dep_ == "relcl":
            break
        clause = clause.head
    else:
        return None
    if not any(t.lower_ in _RELATIVES for t in clause.children):
        return None
    head = clause.head
    lo, hi = head.left_edge.idx - base, head.idx + len(head) - base
    return next((m.code for m in mentions if lo <= m.start < hi and m.code != to), None)


def _destination_place(text: str, own: Callable[[int, int], bool]) -> str | None:
    """'flown from Kuala Lumpur to Yangon': the country of a gazetteer town gone to."""
    return next(
        (
            h.country
            for h in place_hits(text)
            if h.country
            and h.kind != "crossing"  # "escorted to the Torkham crossing": the border
            and h.place_id not in border_points()
            and _to_before(text, h.start, 16)
            and own(h.start, h.end)
        ),
        None,
    )
