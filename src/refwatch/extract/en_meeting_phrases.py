"""English meeting phrasings beyond "A met B": states as the parties, places a visit names.

When a meeting sentence names no person and no body, the parties are the states it joins
("talks between Seoul and Beijing", "officials of Thailand and Cambodia met", "Chinese and
Lao officials held talks"), named as the gazetteer names them ("South Korea", "China"):
participants are names, for states as for people. A meeting
whose sentence names no "in <city>" may name it as the goal of a visit ("visited Bangkok
and met ...", "welcomed X to Hanoi").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from refwatch.domain import place_names, places
from refwatch.extract.en_mention_base import countries_in
from refwatch.nlp.countries import country_name

# Two state words joined by "and" (or a comma), optionally each with "the".
_JOIN = re.compile(r"\s*(?:,|,?\s*and|&)\s+(?:the\s+)?")
# "... and the two countries' officials": the joined states must sit in a meeting frame
_FRAME = re.compile(
    r"\b(?:between|among|of|from)\s+(?:the\s+)?$|^$|\b(?:officials|delegations|envoys|"
    r"diplomats|representatives)\s+(?:of|from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def state_parties(text: str) -> list[str]:
    """Names of the states a meeting sentence joins ("between Seoul and Beijing"),
    else []: states named apart ("China said ... Laos") are no parties."""
    found = countries_in(text)
    for i in range(len(found) - 1):
        group = [found[i]]
        for nxt in found[i + 1 :]:
            if not _JOIN.fullmatch(text[group[-1].end : nxt.start]):
                break
            group.append(nxt)
        codes = list(dict.fromkeys(c.code for c in group))
        if len(codes) < 2:
            continue
        before = text[max(0, group[0].start - 40) : group[0].start]
        # a clause start ("Thailand and Cambodia held talks") or a "between"/"officials of"
        clause = before.rstrip().endswith((",", ".")) or not before.strip()
        if clause or _FRAME.search(before) or group[0].kind == "adjective":
            return [country_name(c) for c in codes]
    return []


_VISIT = re.compile(
    r"\b(?:visited|visiting|visit to|trip to|arrived in|travelled to|traveled to|"
    r"welcomed\s+(?:[A-Z][\w.'-]*\s+){1,4}to)\s+((?:[A-Z][\w'-]+\s?){1,3})"
)


def first_city(matches: Iterable[re.Match[str]]) -> str | None:
    """The longest gazetteer city or county that opens a match's first group, first match first."""
    names = place_names("en")
    table = places()
    for m in matches:
        words = m.group(1).split()
        for k in range(len(words), 0, -1):
            pid = names.get(" ".join(words[:k]).casefold())
            if pid and table[pid].kind in ("city", "county"):
                return " ".join(words[:k])
    return None


def visit_place(text: str) -> str | None:
    """The city a meeting sentence's visit goes to ("visited Bangkok and met ...")."""
    return first_city(_VISIT.finditer(text))
