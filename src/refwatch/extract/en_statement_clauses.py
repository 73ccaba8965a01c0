"""Reported clauses of one reporting verb, each with the type its words show.

"X said there were no refugees among them and that they were dealt with under the law"
reports a denial and a justification: each "that"-clause joined to the first is read on
its own, so two different things said in one sentence give two statements.
"""

from __future__ import annotations

from spacy.tokens import Token

from refwatch.extract.en_cues import content_type, verb_type
from refwatch.model import StatementType

_APART = ("defend", "deny", "pledge", "criticize", "concern")


def _clauses(first: Token) -> list[Token]:
    """The clause heads joined to `first` by coordination, `first` included."""
    out = [first]
    for tok in out:
        for c in tok.children:
            own = any(g.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for g in c.children)
            if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and own:
                out.append(c)
    return out


def clause_types(verb: Token, drop: set[int]) -> list[tuple[StatementType, str]]:
    """Each distinct type shown by the clauses `verb` reports, with that clause's words;
    empty when the clauses show fewer than two types (the whole content decides then)."""
    comp = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if comp is None:
        return []
    heads = _clauses(comp)
    if len(heads) < 2:
        return []
    others = {h.i for h in heads}
    out: list[tuple[StatementType, str]] = []
    for h in heads:
        # a clause's words without the clauses coordinated under it
        skip = set(drop)
        for c in h.children:
            if c.i in others:
                skip |= {t.i for t in c.subtree}
        words = [t for t in h.subtree if t.i not in skip]
        text = "".join(t.text_with_ws for t in sorted(words, key=lambda t: t.i)).strip()
        kind = content_type(text)
        # a "should" or a worry in a second clause is most often the same stance argued on
        # ("... and that such cases should not be politicised"): only stances stand apart
        if kind in _APART and all(kind != k for k, _ in out):
            out.append((kind, text))
    return out if len(out) > 1 else []


def stray_that(verb: Token) -> list[Token]:
    """ "told reporters after talking with X, that ...": a that-clause the parser hung on
    a non-reporting verb inside the reporting verb's adverbial phrase is what was said."""
    out = []
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        for t in prep.subtree:
            # (or on a name the parser left dangling: "..., Rustam Nazarov, that ...")
            clause = t.dep_ == "ccomp" or (t.dep_ == "acl" and t.head.pos_ == "PROPN")
            if (
                clause
                and verb_type(t.head) is None
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in t.children)
            ):
                out.append(t)
    return out
