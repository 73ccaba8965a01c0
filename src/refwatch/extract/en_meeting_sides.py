"""English meeting sides the sentence does not name outright.

A meeting sentence often names one side and refers to the other: by a pronoun for a
person the story has just introduced ("X will visit on Monday. Y will hold talks with
him ...", "He met Y ..."), or by a title before the name when a host receives a guest
("received the visiting consul general, Z, at ..."): the verb's object is the title, the
name its apposition, further than a few words away.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Span, Token

from refwatch.extract.en_mention_base import countries_in
from refwatch.extract.en_registry import lexicon
from refwatch.extract.en_speakers import Resolver
from refwatch.nlp.countries import country_name

# the pronoun as the other side: object of a meeting word or subject of the sentence
_OBJECT = re.compile(
    r"\b(?:with|met|meet|meets|meeting|received|receives|receive|hosted|hosts|host|"
    r"welcomed|welcomes|welcome|on)\s+(?:him|her)\b",
    re.IGNORECASE,
)
_SUBJECT = re.compile(
    r"(?:^|[;,]\s+(?:and|but|where|when)\s+|^(?:[\w-]+\s+){1,4}?,\s+)(?:[Hh]e|[Ss]he)\s"
)


def pronoun_pair(
    sent: Span, before: list[Span], named: str, resolver: Resolver
) -> list[str] | None:
    """[named, other] when the sentence's other side is a pronoun for the person named
    last in the sentences just before (`before`, nearest last), else None."""
    text = sent.text
    obj = _OBJECT.search(text)
    subj = _SUBJECT.search(text)
    if obj is None and subj is None:
        return None
    for prev in reversed(before):
        others = [p.name for p in resolver.people_in_text(prev.text) if p.name != named]
        if others:
            return [named, others[-1]] if obj is not None else [others[-1], named]
    return None


@cache
def _roles() -> frozenset[str]:
    return frozenset(str(w).casefold() for w in lexicon("meetings").get("role_nouns") or ())


def titled_guest(verb: Token, resolver: Resolver) -> bool:
    """'hosted Peru's trade attaché, Z, on ...': the verb's object is a role
    noun whose apposition (within fifteen words) is a person."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.casefold() not in _roles():
        return False
    end = min(obj.right_edge.i + 1, verb.i + 16, verb.sent.end)
    return bool(resolver.people_in_text(verb.doc[verb.i + 1 : end].text))


# "as envoys of both governments sat down": states the story has just named
_TWO_STATES = re.compile(r"\b(?:both|the two)\s+(?:countries|governments|nations|states)\b", re.I)


def two_states(sent: Span, before: list[Span]) -> list[str]:
    """The two states a "the two countries" meeting refers to: the last two named (as a
    name or an adjective, not a people's demonym) in the sentences just before, nearest
    first; else []."""
    if not _TWO_STATES.search(sent.text):
        return []
    codes: list[str] = []
    for prev in reversed(before):
        for c in reversed(countries_in(prev.text)):
            if c.kind in ("name", "adjective") and c.code not in codes:
                codes.append(c.code)
            if len(codes) == 2:
                return [country_name(code) for code in reversed(codes)]
    return []
