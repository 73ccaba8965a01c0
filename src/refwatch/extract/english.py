"""The English extractor: prefilter, one parse, then incidents, actors, statements, meetings.

Most news is not about forced returns, so a substring prefilter (`relevance`) decides first
whether the document touches the subject at all; only then is it parsed, once, and the
parse shared by every extractor. Actors, statements and meetings are extracted for every
document on the subject — relevant or not — because a text about a missile launch still
quotes officials. `extract_many` parses the candidates of a stream in batches (spaCy's
`pipe`), which is faster than one document at a time.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any

from spacy.tokens import Doc

from refwatch import __version__
from refwatch.extract.relevance import incident_candidate, is_relevant, topic_candidate
from refwatch.model import Document, Extraction

BATCH = 16


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
        return next(self.extract_many([doc]))

    def extract_many(self, docs: Iterable[Document]) -> Iterator[Extraction]:
        """Extractions in input order; candidate documents are parsed BATCH at a time."""
        stream = iter(docs)
        while chunk := list(islice(stream, BATCH)):
            wanted = [d for d in chunk if d.text.strip() and topic_candidate(d.text)]
            parsed: dict[int, Doc] = {}
            if wanted:
                from refwatch.nlp.spacy_model import parse_many

                parses = parse_many(d.text for d in wanted)
                parsed = {id(d): p for d, p in zip(wanted, parses, strict=True)}
            for doc in chunk:
                sdoc = parsed.get(id(doc))
                yield self._facts(doc, sdoc) if sdoc is not None else self._empty(doc)

    def _empty(self, doc: Document) -> Extraction:
        return Extraction(document=doc, extractor=self.version)

    def _facts(self, doc: Document, sdoc: Doc) -> Extraction:
        from refwatch.extract.en_incidents import find_incidents

        out = self._empty(doc)
        if incident_candidate(doc.text):
            out.incidents = find_incidents(doc, sdoc)
        out.relevant = is_relevant(out.incidents)
        find_actors = _optional("refwatch.extract.en_actors", "find_actors")
        find_statements = _optional("refwatch.extract.en_statements", "find_statements")
        find_meetings = _optional("refwatch.extract.en_meetings", "find_meetings")
        if find_actors is not None:
            out.actors = find_actors(doc, sdoc)
        if find_statements is not None:
            out.statements = find_statements(doc, sdoc, out.actors, out.incidents)
        if (
            speakers := _optional("refwatch.extract.en_speaker_actors", "speaker_actors")
        ) is not None:
            out.actors += speakers(out.statements, out.actors)
        if find_meetings is not None:
            out.meetings = find_meetings(doc, sdoc, out.actors)
        return out
