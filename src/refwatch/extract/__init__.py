"""Fact extraction: one `Extractor` shape, one implementation per language.

`extract_document(doc)` picks the extractor for `doc.lang`. Extractors are built once per
process (they load NLP models) and reused; a document in a language with no extractor
gets an empty, non-relevant Extraction rather than a guess.
"""

from __future__ import annotations

from functools import cache
from typing import Protocol

from refwatch.model import Document, Extraction


class Extractor(Protocol):
    """Turns one Document into the facts it states, each with its evidence span."""

    lang: str
    version: str  # recorded with every stored fact, e.g. "en-rules@0.1.0"

    def extract(self, doc: Document) -> Extraction: ...


@cache
def extractor_for(lang: str) -> Extractor | None:
    """The extractor for a language code, or None when refwatch cannot read it."""
    if lang == "en":
        from refwatch.extract.english import EnglishExtractor

        return EnglishExtractor()
    if lang == "ko":
        from refwatch.extract.korean import KoreanExtractor

        return KoreanExtractor()
    return None


def extract_document(doc: Document) -> Extraction:
    extractor = extractor_for(doc.lang or "")
    if extractor is None:
        return Extraction(document=doc, extractor="none", relevant=False)
    return extractor.extract(doc)
