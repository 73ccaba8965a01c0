"""Full-text search over documents for the web: SQLite FTS5 with highlighted snippets;
on PostgreSQL the store's own search, with the words marked here."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text

from refwatch.store.search import search as store_search
from refwatch.store.search import terms


@dataclass
class Hit:
    id: str
    title: str | None
    published: dt.date | None
    source: str
    snippet: list[tuple[str, bool]]  # (words, is_match)


MARK_OPEN, MARK_CLOSE = "\x02", "\x03"  # cannot occur in stored text, so safe to split on


def _fts_query(q: str) -> str:
    """User words as FTS5 prefix terms, quoted so no operator in the input can act (Korean
    attaches particles to words, so a prefix is what finds them; as the store's search)."""
    return " ".join('"' + w.replace('"', '""') + '"*' for w in terms(q))


def _snippet(raw: str) -> list[tuple[str, bool]]:
    out: list[tuple[str, bool]] = []
    for i, part in enumerate(raw.replace(MARK_CLOSE, MARK_OPEN).split(MARK_OPEN)):
        if part:
            out.append((part, i % 2 == 1))
    return out


def search(conn: Connection, q: str, limit: int = 50) -> list[Hit]:
    if not terms(q):
        return []
    if conn.dialect.name == "sqlite":
        rows = conn.execute(
            text(
                "SELECT f.document_id AS id, d.title, d.published, d.source,"
                " snippet(documents_fts, 2, :o, :c, ' … ', 24) AS snip"
                " FROM documents_fts f JOIN documents d ON d.id = f.document_id"
                " WHERE documents_fts MATCH :q ORDER BY rank LIMIT :n"
            ),
            {"q": _fts_query(q), "o": MARK_OPEN, "c": MARK_CLOSE, "n": limit},
        ).all()
        return [Hit(r.id, r.title, _as_date(r.published), r.source, _snippet(r.snip)) for r in rows]
    # PostgreSQL: the store's own search (stored tsvectors), words marked here
    hits = store_search(conn, q, limit)
    words = terms(q)
    return [Hit(h.document_id, h.title, None, h.source, mark_words(h.snippet, words)) for h in hits]


def mark_words(snippet: str, words: list[str]) -> list[tuple[str, bool]]:
    """Split a snippet into (text, is_match) parts for the words that start a match."""
    if not words:
        return [(snippet, False)]
    pattern = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)), re.I)
    out: list[tuple[str, bool]] = []
    at = 0
    for m in pattern.finditer(snippet):
        if m.start() > at:
            out.append((snippet[at : m.start()], False))
        out.append((m.group(0), True))
        at = m.end()
    if at < len(snippet):
        out.append((snippet[at:], False))
    return out


def _as_date(v: Any) -> dt.date | None:
    if v is None or isinstance(v, dt.date):
        return v
    return dt.date.fromisoformat(str(v))
