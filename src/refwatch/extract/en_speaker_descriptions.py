"""Described bodies a speaker phrase points back to: "the interior ministry" (which of the
ministries heard of its modifiers fit), "the embassy" (the mission last named)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Token

from refwatch.extract.en_mention_base import countries_in
from refwatch.model import Actor, ActorKind
from refwatch.nlp.en_names import fold


@dataclass(frozen=True)
class Speaker:
    name: str  # as statements report it
    kind: ActorKind | None  # None for a generic group that is no actor
    country: str | None
    actor: Actor | None = None


def modifiers(tok: Token) -> list[str]:
    """The words that single out a described body ("interior" of "the interior ministry")."""
    return [
        c.lower_
        for c in tok.children
        if c.dep_ in ("compound", "amod") and c.i < tok.i and c.lower_ not in _VAGUE
    ]


# Adjectives that single out no body ("the relevant ministries", "the competent authorities").
_VAGUE = {"relevant", "concerned", "competent", "responsible", "same", "other", "new", "former"}


def _fits_name(name: str, words: list[str]) -> bool:
    # stems, so that "defence" fits "Ministry of National Defense"
    low = fold(name)
    return all(w[:5] in low for w in words)


def fits(speaker: Speaker, words: list[str]) -> bool:
    names = [speaker.name] + ([*speaker.actor.aliases] if speaker.actor else [])
    return any(_fits_name(n, words) for n in names)


def initials(name: str) -> str:
    words = [w for w in re.split(r"[\s-]+", name) if w and w.casefold() not in _MINOR]
    return "".join(w[0] for w in words if w[0].isupper())


_MINOR = {"of", "the", "for", "and", "on", "in", "to"}
_MISSION_NAME = re.compile(
    r"(?:[A-Z][\w'’.-]*\s+){1,3}([Ee]mbassy|[Cc]onsulate)(?:\s+(?:in|to)\s+[A-Z][\w-]*)?"
)


def fitting_body(
    actors: list[Actor], text: str, head: str, mods: list[str], before: int
) -> Speaker | None:
    """The body last named before `before` whose name holds `head` and every modifier
    ("the foreign ministry": "South Korea's foreign ministry")."""
    best: tuple[int, Actor] | None = None
    for a in actors:
        names = [a.name, *a.aliases]
        if a.kind == "person" or not any(_fits_name(n, [head, *mods]) for n in names):
            continue
        at = max((text.rfind(n, 0, before) for n in names), default=-1)
        if best is None or at > best[0]:
            best = (at, a)
    if best is None:
        return None
    return Speaker(best[1].name, best[1].kind, best[1].country, best[1])


def mission_named(recent: list[Speaker], text: str, head: str, before: int) -> Speaker | None:
    """ "The embassy said": the embassy last spoken of, or else the last one the text
    names ("the Lao Embassy in Bangkok"), even when no one registered it as an actor."""
    for s in reversed(recent):
        if s.actor is not None and head in fold(s.actor.name):
            return s
    last = None
    for m in _MISSION_NAME.finditer(text[:before]):
        if m.group(1).casefold() == head:
            last = m
    if last is None:
        return None
    name = re.sub(r"^the\s+", "", last.group(0), flags=re.IGNORECASE)
    found = [c for c in countries_in(name) if c.kind in ("name", "adjective")]
    return Speaker(name, "government", found[0].code if found else None)
