"""English back-references: a later sentence that retells an event the text already counted.

"The removal happened on the evening of 3 May" or "those sent back on 3 May" add no
new people; they say more about the event an earlier sentence counted. Such a retelling
gives that event what it lacks (its date, its source) instead of standing as an event of
its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from refwatch.extract.en_triggers import Trigger
from refwatch.extract.mentions import Mention, compatible

_DEFINITE = {"the", "this", "that", "these", "those", "their", "its"}
_BACK_PATIENTS = {"they", "them", "those", "these"}


def definite(trigger: Trigger) -> bool:
    """Does the trigger point back ("the transfer", "those returned", "the men were ...")?"""
    tok = trigger.token
    if tok.pos_ in {"NOUN", "PROPN"}:
        return any(c.dep_ in {"det", "poss"} and c.lower_ in _DEFINITE for c in tok.children)
    p = trigger.patient
    return p is not None and (p.lower_ in _BACK_PATIENTS or _definite_noun(p))


_EVENT_VERBS = {"take", "happen", "occur", "come", "begin", "start", "unfold"}


def dates_itself(trigger: Trigger, dated_here: bool) -> bool:
    """Is a date in the clause the retold event's own ("the transfer took place on ...",
    "those sent back on 3 May"), not that of a comment on it ("criticism last
    November of the repatriation")?"""
    tok = trigger.token
    if tok.pos_ in {"NOUN", "PROPN"}:
        return tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.lemma_.casefold() in _EVENT_VERBS
    return dated_here


def _definite_noun(p: Token) -> bool:
    """'the men', 'the family' — not 'the 40 men', which counts people afresh."""
    kids = list(p.children)
    return any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in kids) and not any(
        c.like_num or c.dep_ == "nummod" for c in kids
    )


def enrich_from_back_references(mentions: list[Mention], back: dict[int, bool]) -> None:
    """Give the counted event a retelling points to the date or source the retelling states.

    `back` maps the ids of the mentions that point back to whether their date is the
    event's own. The event must be the only earlier counted one the retelling fits (same
    kind, countries, place); it takes a date only if it has none.
    """
    for m in mentions:
        if id(m) not in back or m.anchor:
            continue
        fits = [
            a
            for a in mentions
            if a.anchor and a.sentence < m.sentence and a.kind == m.kind and compatible(a, m)
        ]
        if len(fits) != 1:
            continue  # "the deportation" after two deportations: which one is not said
        target = fits[0]
        if not target.when.known and back[id(m)] and _narrow(m):
            target.when = m.when
        if not target.reported_by and m.reported_by:
            target.reported_by = list(m.reported_by)


def _narrow(m: Mention) -> bool:
    """A date of a day up to a month, not an open span ("since 2020")."""
    w = m.when
    return w.earliest is not None and w.latest is not None and (w.latest - w.earliest).days <= 31
