"""The state an official speaks for when the actor list gave none: the state the text names
right before the official's name ("Cambodia's government spokesman Pen Sothy", "a
spokesperson for the Thai government, Anucha Wongsiri")."""

from __future__ import annotations

import re

from refwatch.extract.en_mention_base import countries_in
from refwatch.extract.en_speakers import Speaker

# Titles of people who speak for a state (not for an NGO, a company or themselves).
_OFFICIAL = re.compile(
    r"\b(?:minister|ministry|spokes(?:man|woman|person)|ambassador|envoy|official|secretary"
    r"|director[- ]general|president|premier|governor|consul|diplomat|government)\b",
    re.IGNORECASE,
)
# Words that end the phrase introducing a name: the state must sit in the same phrase.
_BREAK = re.compile(r"[.;:!?\n]|\b(?:said|says|told|met|and|but|after|with)\b")


def official_country(speaker: Speaker, text: str) -> str | None:
    """The state named just before a mention of an official with no state."""
    actor = speaker.actor
    if speaker.kind != "person" or speaker.country is not None or actor is None:
        return None
    if actor.org is not None:
        return None
    for m in re.finditer(re.escape(actor.name), text):
        before = text[max(0, m.start() - 80) : m.start()]
        cut = [b.end() for b in _BREAK.finditer(before)]
        lead = before[cut[-1] :] if cut else before
        if not _OFFICIAL.search(actor.role or "") and not _OFFICIAL.search(lead):
            continue
        found = {c.code for c in countries_in(lead) if c.kind in ("name", "adjective", "capital")}
        if len(found) == 1:
            return found.pop()
    return None
