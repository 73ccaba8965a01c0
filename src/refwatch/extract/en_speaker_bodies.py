"""Speakers named by an office or a body rather than a person: "Japan's chief cabinet
secretary", "the forum" (the X Access Forum named before), "A and B said" (both bodies)."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from refwatch.extract.en_mention_base import countries_in
from refwatch.extract.en_subject_phrases import trim
from refwatch.model import Actor
from refwatch.nlp.en_names import fold

# Offices whose unnamed holder speaks for a state.
STATE_TITLES = {
    "minister",
    "secretary",
    "ambassador",
    "envoy",
    "president",
    "premier",
    "chancellor",
    "consul",
}
# Legislative bodies that adopt resolutions, named by their common noun.
ASSEMBLIES = {"committee", "subcommittee", "commission", "parliament", "assembly", "senate"}
_MISSIONS = {"mission", "delegation"}
# Heads of organisation names a definite description can point back to ("the forum").
NAME_HEADS = {
    "forum",
    "project",
    "initiative",
    "alliance",
    "foundation",
    "association",
    "council",
    "commission",
    "monitor",
    "network",
    "institute",
    "coalition",
    "centre",
    "center",
    "society",
    "union",
    "federation",
    "committee",
}


def state_office(tok: Token, span: Span) -> tuple[str, str] | None:
    """ "Malaysia's home minister said", "the Thai foreign minister said", "North
    Korea's mission to the UN said": an unnamed
    office-holder of the one state the phrase names speaks as that office, not as the
    state; its name and state. The caller checks that no person is named beside it."""
    if tok.lower_ not in STATE_TITLES | _MISSIONS or tok.pos_ not in ("NOUN", "PROPN"):
        return None
    # a mission's state stands before it ("Eritrea's mission to the UN")
    words = span.text if tok.lower_ in STATE_TITLES else span.doc[span.start : tok.i].text
    codes = {c.code for c in countries_in(words) if c.kind in ("name", "adjective")}
    if len(codes) != 1:
        return None
    return trim(span.text), codes.pop()


def named_before(actors: list[Actor], text: str, head: str, before: int) -> Actor | None:
    """The organisation whose name ends in `head` ("the forum": "X Legal Access Forum")
    mentioned last before offset `before`."""
    if head not in NAME_HEADS:
        return None
    best: tuple[int, Actor] | None = None
    for a in actors:
        if a.kind == "person" or fold(a.name).split()[-1:] != [head]:
            continue
        at = max((text.rfind(n, 0, before) for n in [a.name, *a.aliases]), default=-1)
        if at >= 0 and (best is None or at > best[0]):
            best = (at, a)
    return None if best is None else best[1]


def bodies_in(actors: list[Actor], text: str) -> list[tuple[Actor, str]]:
    """Every organisation or government named in `text` with the words naming it, in
    order; each name's longest form claims its words."""
    taken: list[tuple[int, int]] = []
    found: list[tuple[int, Actor, str]] = []
    names = [(n, a) for a in actors if a.kind != "person" for n in [a.name, *a.aliases]]
    for n, a in sorted(names, key=lambda x: -len(x[0])):
        m = re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", text) if len(n) > 2 else None
        if m is None or any(m.start() < e and s < m.end() for s, e in taken):
            continue
        if any(b is a for _, b, _ in found):
            continue
        taken.append((m.start(), m.end()))
        found.append((m.start(), a, m.group(0)))
    return [(a, w) for _, a, w in sorted(found, key=lambda x: x[0])]
