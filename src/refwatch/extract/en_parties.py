"""How many people a party of named relations makes: 'a couple and their three children'.

A return of "a Sudanese man, his wife and their two sons" or of "Nasrin, who was pushed
back with her husband and two daughters" states a count without a number of its own: each
conjunct of the patient (and each companion after "with") is one person, a pair word
("couple", "twins") two, and a noun with a number ("three children") that many.
"""

from __future__ import annotations

from spacy.tokens import Token

from refwatch.extract.en_lexicon import IncidentLexicon
from refwatch.extract.en_patients import looks_like_name
from refwatch.extract.en_triggers import Trigger
from refwatch.model import Count
from refwatch.nlp.en_calendar import small_number

_PAIRS = {"couple": 2, "twins": 2, "pair": 2}


def _size(tok: Token, lex: IncidentLexicon) -> int | None:
    """People one conjunct names; None when it does not say (plural without a number)."""
    low, lemma = tok.lower_, tok.lemma_.casefold()
    num = next((c for c in tok.children if c.dep_ == "nummod"), None)
    if num is not None:
        return small_number(num.lower_)
    if low in _PAIRS:
        return _PAIRS[low]
    if tok.tag_ in {"NNS", "NNPS"}:
        return None
    if tok.ent_type_ == "PERSON" or low in lex.singular_people or lemma in lex.singular_people:
        return 1
    return 1 if looks_like_name(tok) or tok.pos_ == "PROPN" else None


def _members(head: Token) -> list[Token]:
    return [head, *head.conjuncts]


def _companions(trigger: Token, patient: Token) -> list[Token]:
    """'... with her husband and two daughters': people sent along with the patient."""
    for tok in (trigger, patient):
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "with":
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if obj is not None and any(c.dep_ == "poss" for c in obj.children):
                    return _members(obj)
    return []


def _stray(trigger: Token, patient: Token) -> list[Token]:
    """'detained a couple and their three children in ...': a conjunct the parse hung on
    the verb instead of on the patient just before it."""
    out = []
    last = patient.right_edge.i
    for c in trigger.children:
        between = patient.doc[last + 1 : c.left_edge.i]
        if (
            c.dep_ == "conj"
            and c.pos_ == "NOUN"
            and c.i > patient.i
            and all(t.lower_ in {"and", ","} for t in between)
        ):
            out.append(c)
            last = c.right_edge.i
    return out


def party_count(trigger: Trigger, lex: IncidentLexicon) -> Count | None:
    """The size of a party of several named people, else None."""
    p = trigger.patient
    if p is None:
        return None
    members = _members(p) + _stray(trigger.token, p) + _companions(trigger.token, p)
    if len(members) < 2:
        return None
    sizes = [_size(m, lex) for m in members]
    people = [m for m in members if m.lower_ in lex.people or m.lemma_.casefold() in lex.people]
    if any(s is None for s in sizes) or (not people and p.lower_ not in _PAIRS):
        return None
    if all(any(c.dep_ == "nummod" for c in m.children) for m in members):
        return None  # "30 Afghans and 20 Pakistanis": counts of their own
    total = sum(s for s in sizes if s is not None)
    words = p.doc[min(m.left_edge.i for m in members) : max(m.right_edge.i for m in members) + 1]
    return Count(total, total, False, words.text)
