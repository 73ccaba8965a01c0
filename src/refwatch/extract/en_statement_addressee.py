"""Whom a demand is put to: the state of the object of "urged"/"called on", or of the
subject of "X should" in what was said."""

from __future__ import annotations

import re

from spacy.tokens import Token

from refwatch.extract.en_mention_base import countries_in
from refwatch.extract.en_registry import lexicon
from refwatch.extract.en_speakers import Resolver

_MODAL_SUBJECT = re.compile(
    r"((?:[A-Z][\w'’.-]*\s+(?:and\s+)?){0,4}[A-Z][\w'’.-]*"
    # "Peru's government should": a state's organ named with a common noun
    r"(?:\s+(?:government|authorities|officials|leadership|administration|ministry))?)"
    r"(?:,\s+(?:which|who)\b[^,;:]{0,120},)?"
    r"\s+(?:should|must|ought to)\b"
    # "North Koreans should not be returned": those the demand protects are no addressee
    r"(?!\s+(?:not\s+)?be\s+(?:\w+ly\s+)?\w+(?:ed|en)\b)"
)
_SELF = {"it", "they", "we", "he", "she", "i"}


NO_STATE = ""  # the addressee of a demand is a body of no state (a UN agency, an NGO)


def addressee(verb: Token | None, content: str, resolver: Resolver) -> str | None:
    """The country of whoever a demand is put to: the object of "urged"/"called on", or
    the subject of "X should"/"X must"; a person stands for the state they act for."""
    objs: list[Token] = []
    if verb is not None:
        for c in verb.children:
            if c.dep_ in ("dobj", "dative"):
                objs.append(c)
            if c.dep_ == "prep" and c.lower_ in ("on", "upon", "to", "with"):
                objs.extend(o for o in c.children if o.dep_ == "pobj")
            if c.dep_ == "ccomp":
                # "said it conveyed ...": the speaker itself is no addressee
                objs.extend(o for o in c.children if o.dep_ == "nsubj" and o.lower_ not in _SELF)
    for i, obj in enumerate(objs):
        if i == 0 and _generic(obj):
            return NO_STATE  # "called on transit states to ...": no one state
        who = resolver.subject(obj)
        if who is not None and who.country:
            return who.country
        if i == 0 and who is not None and who.kind == "organization":
            return NO_STATE  # "urged the UN refugee agency to press X": put to no state
    m = _MODAL_SUBJECT.search(content)
    if m:
        who_text = m.group(1)
        found = [c for c in countries_in(who_text) if c.kind in ("name", "capital", "adjective")]
        if found:
            # "Seoul and Tokyo should ...": put to no one state
            return found[0].code if len({c.code for c in found}) == 1 else None
        people = resolver.people_in_text(who_text)
        if people and people[0].country:
            return people[0].country
        actor = resolver.actor_named(who_text.split()[-1])
        if actor is not None:
            return actor.country
    return None


def _generic(obj: Token) -> bool:
    """A demand put to many ("neighbouring countries", "donor governments") is put to no
    one state; a named one ("the governments of Nepal and Bhutan") is read elsewhere."""
    words = {str(w).casefold() for w in lexicon("statements").get("other_addressees") or ()}
    named = any(c.dep_ == "prep" and c.lower_ == "of" for c in obj.children)
    return not named and obj.lower_ in words and obj.tag_ in ("NNS", "NN")
