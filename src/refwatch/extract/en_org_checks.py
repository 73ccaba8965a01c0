"""Checks on organisation mentions before they become actors.

- A lone capitalised word the tagger called a body but that only ever stands after a place
  preposition ("deported from Lumut", "examined in Daejeon") is a town.
- "the Seoul-based X Clinic": the base city is no part of the name.
- A body named only as someone's workplace becomes an actor of its own when the story
  later lets it speak ("The embassy said ..."), as a ministry or embassy often does.
"""

from __future__ import annotations

import re
from dataclasses import replace

from refwatch.extract.en_mentions import Mention, find_org_word
from refwatch.extract.en_registry import word_list

_PLACE_PREP = re.compile(r"\b(?:in|from|near|to|into|outside|at|via|across)\s+$", re.IGNORECASE)
_BASED = re.compile(r"^(?:[A-Z][\w.'’-]*\s+)?[A-Z][\w.'’]*-(?:based|headquartered)\s+")


def place_like(text: str, orgs: list[Mention]) -> set[str]:
    """Short names never used other than as a place ("from Lumut")."""
    seen: dict[str, bool] = {}
    for m in orgs:
        if m.known_id or len(m.text.split()) > 2 or m.text.isupper() or find_org_word(m.text):
            continue
        as_place = bool(_PLACE_PREP.search(text[max(0, m.start - 12) : m.start]))
        seen[m.text] = seen.get(m.text, True) and as_place
    # every bare occurrence, not only the tagged ones, must stand after a preposition
    out = set()
    for name, only_place in seen.items():
        if not only_place:
            continue
        hits = list(re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text))
        if all(_PLACE_PREP.search(text[max(0, h.start() - 12) : h.start()]) for h in hits):
            out.add(name)
    return out


def strip_base(m: Mention) -> Mention:
    """ "Seoul-based Open Gate Clinic" -> "Open Gate Clinic"."""
    b = _BASED.match(m.text)
    if b is None or not m.text[b.end() :].strip():
        return m
    return replace(m, start=m.start + b.end(), text=m.text[b.end() :])


_SAYS = (
    r"(?:later\s+|also\s+)?(?:said|says|told|stated|confirmed|denied|replied|responded|wrote"
    r"|declined|refused|insisted|announced)"
)


def speaks_later(text: str, name: str, after: int) -> bool:
    """Whether "The <head>" of `name` ("the embassy" for "Lao Embassy in Hanoi") is the
    subject of a speech verb after position `after`."""
    words = [w for w in re.findall(r"[A-Z][a-z]+", name) if w.casefold() not in ("in", "of")]
    heads = [w for w in words if w in word_list("office_heads")]
    if not heads:
        return False
    head = heads[0].casefold()
    rx = rf"\b[Tt]he {head}\s+(?:\w+\s+){{0,2}}?{_SAYS}\b"
    return re.search(rx, text[after:]) is not None
