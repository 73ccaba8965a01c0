"""English actors: people, organisations and governments a document names."""

from __future__ import annotations

from spacy.tokens import Doc

from refwatch.model import Actor, Document


def find_actors(doc: Document, sdoc: Doc) -> list[Actor]:
    """Actors named in `doc`, spelling variants merged into one record each."""
    return []
