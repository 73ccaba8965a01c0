"""Speakers that the actor pass did not list: a state's office or body named by a phrase
("Malaysia's home minister", "the interior ministry", "Sudan's army-led government")
speaks, so it is an actor too. Generic speakers ("a ministry official", "diplomats") and
bare state names are not added: the actor pass already lists the states that act."""

from __future__ import annotations

import re
from collections.abc import Sequence

from refwatch.extract.en_speaker_bodies import ASSEMBLIES
from refwatch.model import Actor, Statement
from refwatch.nlp.en_names import fold

# Heads of phrases that name one state office or body.
_BODIES = {
    "ministry",
    "government",
    "agency",
    "office",
    "mission",
    "embassy",
    "consulate",
    "department",
    "secretary",
    "minister",
    "junta",
    "delegation",
} | ASSEMBLIES


def _head(name: str) -> str:
    """ "X's mission to the UN in New York": mission."""
    words = re.split(r"\s+(?:to|in|of|for|at|on)\s+", name)[0].split()
    return words[-1].casefold() if words else ""


def speaker_actors(statements: Sequence[Statement], actors: Sequence[Actor]) -> list[Actor]:
    """New government actors for the speakers of `statements` named as one state office or
    body that match no actor's name or alias."""
    known = {fold(n) for a in actors for n in [a.name, *a.aliases]}
    out: list[Actor] = []
    for s in statements:
        key = fold(s.speaker)
        if not key or key in known or _head(s.speaker) not in _BODIES:
            continue
        if s.speaker.count("'s") > 1 or s.speaker[:2] in ("A ", "An"):
            continue  # a name built twice over, or an indefinite "a ministry official"
        known.add(key)
        out.append(Actor(name=s.speaker, kind="government", country=s.speaker_country))
    return out
