"""Where an English incident happened: places in the event's own clause, else beside it.

The places of a sentence that belong to an event are those attached to its trigger or its
people in the parse ("held in Baishan", "200 defectors who had been held in Tumen"); a town
the gazetteer lacks counts when named as the place of the event. Sentences beside it lend
their places only when they report no event of their own.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from refwatch.extract.en_event_counts import linked, shared_head
from refwatch.extract.en_lexicon import lexicon
from refwatch.extract.en_places import (
    PlaceHit,
    crossing_names,
    locative,
    place_hits,
    without_lists,
)
from refwatch.extract.en_triggers import Trigger, attached, find_triggers, where_head
from refwatch.model import Document
from refwatch.nlp.countries import country_code
from refwatch.nlp.en_numbers import find_counts


def own_places(sdoc: Doc, sent: Span, owner: Trigger, triggers: list[Trigger]) -> list[PlaceHit]:
    """Places in the sentence that belong to this event (its clause, its people), the
    trigger's own first, then those of verbs joined to it ("caught in X and held")."""
    own = {owner.token.i} | ({owner.patient.i} if owner.patient is not None else set())
    if (place := where_head(owner.token)) is not None:
        own.add(place.i)
    joined = {t.token.i for t in triggers if linked(owner, t)}
    # "taken from a camp in X and handed over": the verb the trigger continues, when that
    # verb is no trigger (a leg of its own: "handed to X and then repatriated")
    head = shared_head(owner)
    if head is not None and all(t.token.i != head.i for t in triggers):
        joined.add(head.i)
    lex = lexicon()
    custody = lex.hold_verbs | lex.arrest_verbs | lex.return_verbs
    allowed = {t.token.i for t in triggers} | {t.i for t in sent if t.lemma_.casefold() in custody}
    direct: list[PlaceHit] = []
    shared: list[PlaceHit] = []
    for h in without_lists(sent.text, place_hits(sent.text)):
        span = sdoc.char_span(
            sent.start_char + h.start, sent.start_char + h.end, alignment_mode="expand"
        )
        if span is None or (h.kind != "facility" and _names_something_else(span.root)):
            continue
        if _sources_place(span.root, owner.token):
            continue
        if attached(span.root, own, allowed - joined):
            direct.append(h)
        elif attached(span.root, own | joined, allowed):
            shared.append(h)
    return direct + shared + _unlisted_cities(sdoc, sent, own, allowed, direct + shared)


def _sources_place(tok: Token, trigger: Token) -> bool:
    """'according to monitors in Seoul': where the source sits, not where people were."""
    for anc in tok.ancestors:
        if anc.i == trigger.i:
            return False
        if anc.lower_ == "according":
            return True
    return False


def _unlisted_cities(
    sdoc: Doc, sent: Span, own: set[int], allowed: set[int], known: list[PlaceHit]
) -> list[PlaceHit]:
    """'held in Ruili': a town the gazetteer lacks, named as the place of the event."""
    out = []
    for ent in sent.ents:
        name = re.sub(r"['’]s$", "", ent.text)  # "North Korea's"
        if ent.label_ != "GPE" or country_code(name) is not None:
            continue
        start, end = ent.start_char - sent.start_char, ent.end_char - sent.start_char
        if any(h.start < end and start < h.end for h in [*known, *place_hits(sent.text)]):
            continue
        hit = PlaceHit(start, end, ent.text, None, "city", None)
        if locative(sent.text, hit) and attached(ent.root, own, allowed):
            out.append(hit)
    return out


_PLACE_HEADS = {"province", "city", "county", "region", "prefecture", "district", "area"}


def _names_something_else(tok: Token) -> bool:
    """'the Hangzhou Asian Games', 'Beijing officials': a place name modifying another noun."""
    return tok.dep_ in {"compound", "amod", "nmod"} and tok.head.lower_ not in _PLACE_HEADS


def next_sentence(sdoc: Doc, sent: Span) -> Span | None:
    if sent.end >= len(sdoc):
        return None
    return sdoc[sent.end].sent


def neighbour_places(doc: Document, sdoc: Doc, sent: Span) -> list[PlaceHit]:
    """Places named as locations in the sentences beside this one, in the same paragraph."""
    out = []
    before = sdoc[sent.start - 1].sent if sent.start else None
    for other in (before, next_sentence(sdoc, sent)):
        if other is None:
            continue
        lo = min(sent.start_char, other.start_char)
        hi = max(sent.end_char, other.end_char)
        breaks = doc.text[lo:hi].strip().count("\n")
        if breaks > 1 or _own_event(other):
            continue  # its places belong to its own event
        hits = place_hits(other.text)
        # "handed over at Namyang": where people crossed, not where they were held
        crossed = set(crossing_names(other.text, hits, lexicon().crossing_words))
        for h in without_lists(other.text, hits):
            if h.words in crossed:
                continue
            # a named facility may be in the next paragraph; a town only in this one
            if h.kind == "facility" or (not breaks and locative(other.text, h)):
                out.append(h)
    return out


def _own_event(sent: Span) -> bool:
    """Does the sentence report an event of its own (a return, or people counted)?

    "They had been held at the X detention centre" only says more of the event before.
    """
    triggers = find_triggers(sent, lexicon(), frozenset())
    if not triggers:
        return False
    # "the men were put on a flight": a return told of people already counted is the same
    # event; a count of its own ("40 more were flown out") or "another group" is a new one
    fresh = any(
        c.lower_ in {"a", "an", "another"}
        for t in triggers
        if t.patient is not None and t.patient.lemma_.casefold() in lexicon().people
        for c in t.patient.children
    )
    return fresh or bool(find_counts(sent.text))
