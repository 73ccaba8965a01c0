"""Sources -> Documents: files, folders, globs, stdin, URLs and feeds.

`load_documents` yields a Document for every readable source and a DocumentError (never an
exception) for every bad one, so a batch always goes on.

PROVISIONAL: a minimal file reader so other stages can run; the ingest work replaces it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from refwatch.model import Document, DocumentError

DEFAULT_MAX_BYTES = 20 * 1024 * 1024


def document_id(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()[:16]


def load_documents(
    sources: Iterable[str],
    *,
    published: dt.date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Document | DocumentError]:
    import trafilatura

    for source in sources:
        path = Path(source)
        try:
            raw = path.read_bytes()
        except OSError as err:
            yield DocumentError(source, str(err))
            continue
        text = raw.decode("utf-8", errors="replace")
        title = None
        if path.suffix in (".html", ".htm"):
            title = (trafilatura.extract_metadata(text).title) or None
            text = trafilatura.extract(text) or ""
        lang = "ko" if sum("\uac00" <= c <= "\ud7a3" for c in text) > len(text) * 0.1 else "en"
        sha = hashlib.sha256(raw).hexdigest()
        yield Document(
            id=sha[:16], sha256=sha, source=source, raw=raw, text=text, title=title,
            published=published, lang=lang,
        )
