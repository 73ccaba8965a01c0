"""Whose voice an English document is in: a news report's, or an organisation's own.

A press release ("Lanna Refugee Watch has learned ...; we fear ...") states later events
on its own authority without repeating its name; a news report leaves such events
uncredited. A text that speaks as "we"/"our" outside quotes and credits a named
organisation first is read as that organisation's statement, so events it leaves
uncredited are the organisation's.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from refwatch.extract.en_reporters import acronyms
from refwatch.extract.mentions import Mention

_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")
# "Spokesperson Lee: We are aware ...": a transcript's speaker, not the document's voice
_SPEAKER_TURN = re.compile(r"^[^:\n]{2,80}:\s.*$", re.M)
_FIRST_PLURAL = re.compile(r"\b(?:we|our)\b", re.I)


def first_person(text: str) -> bool:
    """Does the text speak as "we" outside quotations and speaker turns?"""
    return bool(_FIRST_PLURAL.search(_SPEAKER_TURN.sub(" ", _QUOTED.sub(" ", text))))


def _organisation(name: str) -> bool:
    words = name.split()
    return len(words) >= 2 and all(w[:1].isupper() or (w.islower() and len(w) <= 3) for w in words)


def _lead_subject(sdoc: Doc, index: int) -> str | None:
    """'The Northland Refugee Alliance today condemned the return ...': the lead's subject,
    when it is a named organisation."""
    sents = list(sdoc.sents)
    if index >= len(sents):
        return None
    root = sents[index].root
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.ent_type_ != "ORG":
        return None
    ent = next((e for e in sdoc.ents if e.start <= subj.i < e.end), None)
    if ent is None:
        return None
    name = re.sub(r"^(?:the|The)\s+", "", ent.text)
    return acronyms(sdoc.text).get(name, name) if _organisation(name) else None


def credit_house(sdoc: Doc, mentions: list[Mention]) -> None:
    """Give the house organisation to mentions that credit no one (see module doc)."""
    if not mentions or not first_person(sdoc.text):
        return
    # the organisation the lead (the first sentence reporting an event) credits
    lead = min(mentions, key=lambda m: m.evidence.start).sentence
    house = next(
        (r for m in mentions if m.sentence == lead for r in m.reported_by if _organisation(r)),
        None,
    )
    if house is None:
        house = _lead_subject(sdoc, lead)
    if house is None:
        return
    for m in mentions:
        if not m.reported_by:
            m.reported_by = [house]
