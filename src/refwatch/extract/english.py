"""The English extractor: prefilter, one parse, then incidents, actors, statements, meetings.

Most news is not about forced returns, so a substring prefilter (`relevance`) decides first
whether the document touches the subject at all; only then is it parsed, once, and the
parse shared by every extractor. Actors, statements and meetings are extracted for every
document on the subject — relevant or not — because a text about a missile launch still
quotes officials.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from refwatch import __version__
from refwatch.extract.relevance import incident_candidate, is_relevant, topic_candidate
from refwatch.model import Document, Extraction


def _optional(module: str, name: str) -> Callable[..., Any] | None:
    """A part-B extractor function, or None while its module is not there yet."""
    try:
        return getattr(importlib.import_module(module), name)  # type: ignore[no-any-return]
    except (ImportError, AttributeError):
        return None


class EnglishExtractor:
    lang = "en"
    version = f"en-rules@{__version__}"

    def extract(self, doc: Document) -> Extraction:
        out = Extraction(document=doc, extractor=self.version)
        if not doc.text.strip() or not topic_candidate(doc.text):
            return out
        from refwatch.extract.en_incidents import find_incidents
        from refwatch.nlp.spacy_model import english

        sdoc = english()(doc.text)
        if incident_candidate(doc.text):
            out.incidents = find_incidents(doc, sdoc)
        out.relevant = is_relevant(out.incidents)
        find_actors = _optional("refwatch.extract.en_actors", "find_actors")
        find_statements = _optional("refwatch.extract.en_statements", "find_statements")
        find_meetings = _optional("refwatch.extract.en_meetings", "find_meetings")
        if find_actors is not None:
            out.actors = find_actors(doc, sdoc)
        if find_statements is not None:
            out.statements = find_statements(doc, sdoc, out.actors)
        if find_meetings is not None:
            out.meetings = find_meetings(doc, sdoc, out.actors)
        return out
