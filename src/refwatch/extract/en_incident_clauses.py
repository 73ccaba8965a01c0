"""English arrests told in a relative clause with a date of their own.

"About 170 people who were rounded up in May 2021 are still held at X": the arrest is an
event of its own (SCHEMA: arrests and detentions are their own incidents), counted by the
noun the clause describes; its date belongs to it, not to the custody of the main clause.
"""

from __future__ import annotations

from spacy.tokens import Doc

from refwatch.extract.en_triggers import Trigger
from refwatch.nlp.en_numbers import CountExpr
from refwatch.nlp.en_time import TimeExpr


def _inside(sdoc: Doc, time: TimeExpr, tokens: set[int]) -> bool:
    span = sdoc.char_span(time.start, time.end, alignment_mode="expand")
    return span is not None and span.root.i in tokens


def dated_clause_arrest(sdoc: Doc, t: Trigger, times: list[TimeExpr]) -> bool:
    """An arrest in a relative clause (or participle) whose clause states a known date."""
    if t.kind != "arrest" or t.token.dep_ not in {"relcl", "acl"}:
        return False
    inside = {x.i for x in t.token.subtree}
    return any(time.window.known and _inside(sdoc, time, inside) for time in times)


def times_outside(sdoc: Doc, times: list[TimeExpr], clauses: list[Trigger]) -> list[TimeExpr]:
    """The sentence's dates less those of the given arrest clauses (theirs alone)."""
    taken = {x.i for c in clauses for x in c.token.subtree}
    return [t for t in times if not _inside(sdoc, t, taken)]


def patient_counts(sdoc: Doc, t: Trigger, counts: list[CountExpr]) -> list[CountExpr]:
    """Counts inside the noun the clause describes ("Some 90 Uzbeks who were ...");
    "200 remain held, including women arrested in May" counts no one the arrest names."""
    if t.patient is None:
        return []
    clause = {x.i for x in t.token.subtree}
    noun = {x.i for x in t.patient.subtree} - clause
    out = []
    for c in counts:
        span = sdoc.char_span(c.start, c.end, alignment_mode="expand")
        if span is not None and span.root.i in noun:
            out.append(c)
    return out
