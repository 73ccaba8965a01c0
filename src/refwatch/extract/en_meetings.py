"""English meetings: who met whom, when and where."""

from __future__ import annotations

from spacy.tokens import Doc

from refwatch.model import Actor, Document, Meeting


def find_meetings(doc: Document, sdoc: Doc, actors: list[Actor]) -> list[Meeting]:
    """Meetings (held or scheduled with named participants) in `doc`."""
    return []
