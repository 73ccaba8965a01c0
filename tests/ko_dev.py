"""Shared by the Korean extraction tests: a document from text, run through the extractor."""

from __future__ import annotations

import datetime as dt
import hashlib

from refwatch.extract.korean import KoreanExtractor
from refwatch.model import Document, Extraction


def ko_doc(text: str, published: dt.date | None) -> Document:
    raw = text.encode("utf-8")
    sha = hashlib.sha256(raw).hexdigest()
    return Document(
        id=sha[:16], sha256=sha, source="test.txt", raw=raw, text=text, published=published,
        lang="ko",
    )  # fmt: skip


def extract(text: str, published: dt.date | None) -> Extraction:
    return KoreanExtractor().extract(ko_doc(text, published))
