"""Units inside a government body, named after it: "국방부 유해발굴감식단", "국무부
대변인실". The report names the unit as the actor, so it is listed as written, in full,
with the unit's own name (or, for a spokesperson's office, the body's) as an alias."""

from __future__ import annotations

import re
from dataclasses import dataclass

from refwatch.extract.ko_lexicon import Lexicon
from refwatch.extract.ko_names import hangul, split_particle


@dataclass(frozen=True)
class Unit:
    name: str  # the word as written after the body ("유해발굴감식단")
    end: int  # where the unit's name ends in the text
    particle: str
    alias: str | None  # a Latin short form in brackets ("(DPAA)")


_WORD = re.compile(r" ([^\s(]+)(\(([A-Za-z][A-Za-z .&-]*)\))?([가-힣]*)")


def unit_after(text: str, pos: int, lex: Lexicon) -> Unit | None:
    """The unit named right after a body that ends at `pos`, if the next word is one."""
    m = _WORD.match(text, pos)
    if m is None:
        return None
    word = m.group(1) + (m.group(4) if m.group(2) else "")
    core, particle = split_particle(word)
    if not core.endswith(lex.gov_units) or not hangul(core[:1]) or len(core) < 3:
        return None
    end = m.end(2) if m.group(2) else m.end(1) - len(particle)
    return Unit(core, end, particle, m.group(3))
