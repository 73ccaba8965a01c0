"""Custody told around a return: whether a holding verb is an incident of its own (the whole
group held at a named place, people still held or waiting to be sent back) or background
("had been held", a facility's name)."""

from __future__ import annotations

from spacy.tokens import Token

from refwatch.extract.en_lexicon import IncidentLexicon


def names_a_place(tok: Token, lex: IncidentLexicon) -> bool:
    """'the Kilis Removal Centre': the noun names a facility, not an event."""
    return tok.dep_ == "compound" and tok.head.lower_ in lex.custody_words


def pluperfect(tok: Token) -> bool:
    """'had been held': custody told as what came before, not as an event of its own."""
    aux = {c.lower_ for c in tok.children if c.dep_ in {"aux", "auxpass"}}
    return {"had", "been"} <= aux


_PARTITIVE = {"several", "some", "many", "most", "few", "others", "all", "each", "both"}


def whole_group_held_at(tok: Token, lex: IncidentLexicon) -> bool:
    """'The men had been held at the X Removal Centre': custody of the whole group at a
    named place is an incident of its own (SCHEMA: detentions are their own incidents);
    "several had been held for years" (a part, no place) stays background."""
    subj = subject(tok)
    if subj is None or subj.lower_ in _PARTITIVE or subj.pos_ in {"ADJ", "DET", "NUM"}:
        return False
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in {"at", "in"}):
        obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if obj is not None and (obj.pos_ == "PROPN" or obj.lower_ in lex.custody_words):
            return True
    return False


def subject(tok: Token) -> Token | None:
    """The verb's subject, or that of the verb it is joined to ("detained and held")."""
    for t in (tok, tok.head) if tok.dep_ == "conj" else (tok,):
        subj = next((c for c in t.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is not None:
            return subj
    return None


def new_group_subject(tok: Token, lex: IncidentLexicon) -> bool:
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return (
        subj is not None
        and subj.lemma_.casefold() in lex.new_group
        and any(c.lower_ in {"a", "an", "another"} for c in subj.children)
    )


def ongoing_custody(tok: Token, lex: IncidentLexicon) -> bool:
    if tok.lemma_.casefold() != "detain":
        return False
    if tok.head.lemma_.casefold() == "remain":
        return True
    words = {c.lower_ for c in tok.children}
    if words & ({"being", "still", "currently"} | lex.ongoing_words):
        return True
    return still_held(tok, lex)


def still_held(tok: Token, lex: IncidentLexicon) -> bool:
    """'detained a handful of bloggers, who are now awaiting a decision': the people
    detained are said to be in custody still, so the event is the custody."""
    obj = next((c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}), None)
    nouns = [obj] if obj is not None else []
    nouns += [g for n in nouns for c in n.children if c.lower_ == "of" for g in c.children]
    for noun in nouns:
        for clause in (c for c in noun.children if c.dep_ == "relcl"):
            said = {c.lower_ for c in clause.children} | {clause.lemma_.casefold()}
            if said & (lex.ongoing_words | {"await", "wait", "waiting", "awaiting"}):
                return True
    return False


def waiting(tok: Token) -> bool:
    """'people waiting to be deported', 'awaiting being sent back': held for return."""
    return tok.dep_ in {"xcomp", "advcl"} and tok.head.lemma_.casefold() in {"wait", "await"}
