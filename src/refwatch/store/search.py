"""Full-text search over documents: SQLite FTS5, PostgreSQL tsvector, one query language.

Every word of the query must occur, as a word or the start of one: Korean attaches particles
and endings to words, so a prefix match is what finds "송환" in "송환했다".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Connection, text

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class SearchHit:
    document_id: str
    source: str
    title: str | None
    snippet: str


def terms(query: str) -> list[str]:
    return _WORD.findall(query.casefold())[:16]


def _snippet(body: str, words: list[str], width: int = 160) -> str:
    low = body.casefold()
    at = min((i for w in words if (i := low.find(w)) >= 0), default=0)
    start = max(0, at - width // 3)
    return " ".join(body[start : start + width].split())


def search(conn: Connection, query: str, limit: int = 50) -> list[SearchHit]:
    words = terms(query)
    if not words:
        return []
    if conn.dialect.name == "sqlite":
        # Each word quoted as an FTS5 string: query syntax in user input stays literal.
        match = " ".join('"' + w.replace('"', '""') + '"*' for w in words)
        rows = conn.execute(
            text(
                "SELECT d.id, d.source, d.title, d.text FROM documents_fts f "
                "JOIN documents d ON d.id = f.document_id "
                "WHERE documents_fts MATCH :q ORDER BY bm25(documents_fts) LIMIT :n"
            ),
            {"q": match, "n": limit},
        ).all()
    else:
        tsquery = " & ".join(f"'{w.replace(chr(39), '')}':*" for w in words)
        rows = conn.execute(
            text(
                "SELECT d.id, d.source, d.title, d.text FROM documents_fts f "
                "JOIN documents d ON d.id = f.document_id, to_tsquery('simple', :q) AS q "
                "WHERE f.vector @@ q ORDER BY ts_rank(f.vector, q) DESC LIMIT :n"
            ),
            {"q": tsquery, "n": limit},
        ).all()
    return [SearchHit(r[0], r[1], r[2], _snippet(r[3], words)) for r in rows]
