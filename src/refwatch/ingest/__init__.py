"""Sources -> Documents: files, folders, globs, stdin, URLs and feeds.

`load_documents` yields a Document for every readable source and a DocumentError (never an
exception) for every bad one, so a batch always goes on. A Document keeps the original
bytes (its id is the first 16 hex digits of their sha256, so the same content always gets
the same id) and the clean article text every later stage points into.

Stages: `sources` expands what the user named and reads bytes (`fetch` for URLs),
`decode` turns bytes into text, `htmlpage` / `textpage` cut the article out of the page
using the chrome rules in `domain/chrome.yaml`, `feeds` splits a feed into items, and
`lang` names the language.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Iterator

import httpx

from refwatch.ingest import feeds, htmlpage, textpage
from refwatch.ingest.decode import DecodeError, decode
from refwatch.ingest.fetch import DEFAULT_TIMEOUT, fetch, make_client
from refwatch.ingest.lang import detect
from refwatch.ingest.page import CleanError, Page
from refwatch.ingest.sources import FEED_SUFFIXES, Raw, expand, is_url, one_line, read_file
from refwatch.model import Document, DocumentError

__all__ = ["DEFAULT_MAX_BYTES", "DEFAULT_TIMEOUT", "document_id", "load_documents", "make_document"]

DEFAULT_MAX_BYTES = 20 * 1024 * 1024

_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_FEED_TYPES = frozenset(
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/xml",
        "text/xml",
    }
)
_TEXT_TYPES = frozenset({"text/plain", "text/markdown", "text/x-markdown"})
_MEDIA_TYPES = {"html": "text/html", "markdown": "text/markdown", "text": "text/plain"}


def document_id(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()[:16]


def _kind(raw: Raw, text: str) -> str:
    """ "html", "markdown" or "text": what the source says, checked against the content."""
    if raw.media_type in _HTML_TYPES or raw.suffix in (".html", ".htm", ".xhtml"):
        return "html" if htmlpage.looks_like_html(text) or "<" in text else "text"
    if raw.suffix in (".md", ".markdown") or raw.media_type in ("text/markdown", "text/x-markdown"):
        return "markdown"
    if raw.media_type in _TEXT_TYPES or raw.suffix in (".txt", ".text"):
        head = text[:512].lstrip().lower()
        return "html" if head.startswith(("<!doctype html", "<html")) else "text"
    return "html" if htmlpage.looks_like_html(text) else "text"


def make_document(
    raw: Raw,
    *,
    published: dt.date | None = None,
    title: str | None = None,
) -> Document:
    """One Document from bytes; `published` and `title` are used only if the page has none.

    Raises DocumentError naming the source and the reason.
    """
    try:
        decoded = decode(raw.raw, raw.charset)
        kind = _kind(raw, decoded.text)
        page: Page
        if kind == "html":
            page = htmlpage.clean_html_page(decoded.text)
        else:
            page = textpage.clean_text_page(decoded.text, markdown=kind == "markdown")
    except (DecodeError, CleanError) as err:
        raise DocumentError(raw.source, one_line(str(err))) from None
    sha = hashlib.sha256(raw.raw).hexdigest()
    meta = dict(page.meta)
    meta["published_from"] = "page" if page.published else ("given" if published else "none")
    return Document(
        id=sha[:16],
        sha256=sha,
        source=raw.source,
        raw=raw.raw,
        text=page.text,
        title=page.title or title,
        published=page.published or published,
        lang=detect(page.text, page.lang_tag),
        encoding=decoded.encoding,
        media_type=_MEDIA_TYPES[kind],
        meta=meta,
    )


def _is_feed(raw: Raw) -> bool:
    if raw.media_type in _HTML_TYPES:
        return False
    return (
        raw.suffix in FEED_SUFFIXES
        or raw.media_type in _FEED_TYPES
        or feeds.looks_like_feed(raw.raw)
    )


class _Loader:
    """One batch: shares an HTTP client (opened on first use) across its sources."""

    def __init__(self, published: dt.date | None, max_bytes: int, timeout: float) -> None:
        self.published = published
        self.max_bytes = max_bytes
        self.timeout = timeout
        self._client: httpx.Client | None = None

    def close(self) -> None:
        if self._client is not None:
            self._client.close()

    def read(self, source: str) -> Raw:
        if is_url(source):
            if self._client is None:
                self._client = make_client(self.timeout)
            return fetch(source, self._client, max_bytes=self.max_bytes, timeout=self.timeout)
        return read_file(source, self.max_bytes)

    def documents(self, source: str) -> Iterator[Document | DocumentError]:
        try:
            raw = self.read(source)
            if _is_feed(raw):
                yield from self.feed_items(raw)
                return
            yield make_document(raw, published=self.published)
        except DocumentError as err:
            yield err
        except Exception as err:  # an unforeseen bug in one page must not end the batch
            yield DocumentError(source, one_line(f"unexpected error: {type(err).__name__}: {err}"))

    def feed_items(self, raw: Raw) -> Iterator[Document | DocumentError]:
        try:
            items = feeds.parse_feed(raw.raw)
        except ValueError as err:
            yield DocumentError(raw.source, one_line(str(err)))
            return
        for n, item in enumerate(items, 1):
            source = item.link or f"{raw.source}#item-{n}"
            published = item.published or self.published
            try:
                if item.content is None and item.link and is_url(item.link):
                    page = self.read(item.link)
                    yield make_document(page, published=published, title=item.title)
                    continue
                body = item.content or item.summary or ""
                data = f"<html><body><article>{body}</article></body></html>".encode()
                doc_raw = Raw(source, data, suffix=".html", media_type="text/html")
                yield make_document(doc_raw, published=published, title=item.title)
            except DocumentError as err:
                yield err
            except Exception as err:  # as above: report the item, go on with the feed
                yield DocumentError(
                    source, one_line(f"unexpected error: {type(err).__name__}: {err}")
                )


def load_documents(
    sources: Iterable[str],
    *,
    published: dt.date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = DEFAULT_TIMEOUT,
) -> Iterator[Document | DocumentError]:
    """Documents (or errors, one per bad source) for files, folders, globs, "-", URLs, feeds."""
    loader = _Loader(published, max_bytes, timeout)
    try:
        for source in sources:
            for target in expand(source):
                if isinstance(target, DocumentError):
                    yield target
                else:
                    yield from loader.documents(target)
    finally:
        loader.close()
