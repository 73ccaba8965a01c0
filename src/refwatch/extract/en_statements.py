"""English statements: who said what, of which type, aimed at whom."""

from __future__ import annotations

from spacy.tokens import Doc

from refwatch.model import Actor, Document, Statement


def find_statements(doc: Document, sdoc: Doc, actors: list[Actor]) -> list[Statement]:
    """Statements in `doc`, each with its speaker and evidence span."""
    return []
