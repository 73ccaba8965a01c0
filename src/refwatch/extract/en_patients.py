"""The people a trigger acts on: its patient in the parse, and whether that is people.

"China sent back 600 North Koreans" (object), "200 were deported" (passive subject), "the
defectors who were repatriated" (the noun a relative clause modifies), "the deportation of
nine Afghans" ("of" after a noun); money, remains and the like are not people.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from refwatch.domain import place_names
from refwatch.extract.en_lexicon import IncidentLexicon, lexicon
from refwatch.nlp.countries import country_mentions

_RELATIVE = {"who", "that", "which", "whom"}


def _subject_of(tok: Token) -> Token | None:
    for c in tok.children:
        if c.dep_ in {"nsubjpass", "nsubj"}:
            return c
    return None


def reduced_relative(tok: Token) -> Token | None:
    """'300 Uyghurs rounded up in 2014', parsed as a past-tense verb with no subject of its
    own: a participle describing the noun just before it, which is its patient."""
    if tok.tag_ not in {"VBD", "VBN"} or tok.i == 0 or tok.dep_ in {"ROOT", "conj"}:
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass", "dobj", "aux", "auxpass"} for c in tok.children):
        return None
    before = tok.doc[tok.i - 1]
    return before if before.pos_ in {"NOUN", "PROPN"} and before.tag_ in {"NNS", "NNPS"} else None


def patient_of(tok: Token) -> Token | None:
    """What the trigger acts on, following relative clauses and shared subjects."""
    if tok.pos_ in {"NOUN", "PROPN"}:
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                return next((g for g in c.children if g.dep_ == "pobj"), None)
            if c.dep_ == "poss":
                return c
        if tok.head.lower_ == "in":  # "hundreds ... are still in custody"
            return _subject_of(tok.head.head)
        return None
    patient = next((c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}), None)
    if patient is None and tok.lemma_ in lexicon().continuation_verbs:
        patient = _subject_of(tok)
    if patient is None and tok.dep_ in {"conj", "xcomp"}:
        patient = _subject_of(tok.head)
    if patient is None and tok.lemma_ in {"hold", "remain", "keep"}:
        patient = _subject_of(tok)
    if patient is None and tok.dep_ == "amod":
        # "defends detained Uzbeks": the noun it describes, not the clause's head;
        # "every returning student" goes back of their own accord: no patient
        return tok.head if tok.tag_ == "VBN" else None
    if (patient is None or patient.lower_ in _RELATIVE) and tok.dep_ in {"acl", "relcl"}:
        return tok.head
    if patient is None and (noun := reduced_relative(tok)) is not None:
        return noun
    if patient is not None and patient.lower_ in _RELATIVE:
        anc = tok
        while anc.dep_ not in {"relcl", "acl"} and anc.head is not anc:
            anc = anc.head
        return anc.head if anc.dep_ in {"relcl", "acl"} else None
    if patient is None:
        anc = tok
        for _ in range(4):  # "... North Koreans that activists say China sent back"
            if anc.dep_ in {"relcl", "acl"}:
                return anc.head
            if anc.head is anc:
                break
            anc = anc.head
    return patient


def is_people(p: Token | None, lex: IncidentLexicon, demonyms: frozenset[str]) -> bool | None:
    if p is None:
        return None
    low, lemma = p.lower_, p.lemma_.casefold()
    if low in lex.negative_patients or lemma in lex.negative_patients:
        return False
    if low in lex.people or lemma in lex.people or low in demonyms or p.ent_type_ in {"PERSON"}:
        return True
    if p.ent_type_ == "NORP":
        return True
    of = next((c for c in p.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is not None:
        obj = next((g for g in of.children if g.dep_ == "pobj"), None)
        if obj is not None:
            return is_people(obj, lex, demonyms)
    if p.pos_ == "NUM" or p.like_num:
        return None
    if low in {"more", "others"} and any(c.dep_ == "nummod" for c in p.children):
        return True  # "150 more were held": more of the people the text is counting
    if looks_like_name(p):
        return True
    words = {t.lower_ for t in p.subtree}
    if words & lex.negative_patients:
        return False
    return None


_NAME = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)?(?:\s+[A-Z][a-z]+(?:-[a-z]+)?){0,2}")


def phrase(tok: Token) -> str:
    """The words of a token's subtree."""
    sub = list(tok.subtree)
    return tok.doc[sub[0].i : sub[-1].i + 1].text


def looks_like_name(tok: Token) -> bool:
    """A personal name the tagger missed ("Eun-young"): capitalised words, not a place."""
    if tok.ent_type_ in {"ORG", "NORP", "DATE", "CARDINAL"} or tok.dep_ not in {
        "dobj",
        "nsubjpass",
    }:
        return False
    if tok.pos_ != "PROPN" and tok.ent_type_ != "PERSON" and not phrase(tok)[:1].isupper():
        return False
    if tok.lower_ in lexicon().people:
        return False
    words = phrase(tok)
    if not _NAME.fullmatch(words) or words.casefold() in place_names("en"):
        return False
    return not country_mentions(words)
