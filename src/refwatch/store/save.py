"""Writing one document and its facts: a single transaction, idempotent by content.

The same bytes again with the same (or an older) extractor change nothing. A newer
extractor replaces the document's machine facts; facts an analyst reviewed stay, and a
machine fact at the span of a reviewed one is not written again (a rejected fact must not
come back).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from sqlalchemy import Connection, delete, insert, select, text, update

from refwatch.model import Document, Extraction
from refwatch.store import schema as t
from refwatch.store.actors import save_actors
from refwatch.store.records import SaveResult
from refwatch.store.rows import Row, clean, incident_row, meeting_row, statement_row

_VERSION = re.compile(r"^(?P<name>.*?)@(?P<version>\d+(?:\.\d+)*)$")


def supersedes(new: str, old: str) -> bool:
    """Whether facts from extractor `new` should replace those from `old`."""
    if new == old:
        return False
    a, b = _VERSION.match(new), _VERSION.match(old)
    if a and b and a["name"] == b["name"]:
        as_tuple = [tuple(int(p) for p in m["version"].split(".")) for m in (a, b)]
        return as_tuple[0] > as_tuple[1]
    return True  # a different extractor altogether: the one run now is the one wanted


def _document_row(x: Extraction) -> Row:
    doc = x.document
    return {
        "source": clean(doc.source),
        "media_type": doc.media_type,
        "encoding": doc.encoding,
        "raw": doc.raw,
        "text": clean(doc.text),
        "title": clean(doc.title) if doc.title is not None else None,
        "published": doc.published,
        "lang": doc.lang,
        "relevant": x.relevant,
        "meta": {k: clean(v) for k, v in doc.meta.items()},
        "extractor": x.extractor,
    }


def _index_text(conn: Connection, doc: Document) -> None:
    params = {"id": doc.id, "title": clean(doc.title or ""), "text": clean(doc.text)}
    conn.execute(text("DELETE FROM documents_fts WHERE document_id = :id"), params)
    if conn.dialect.name == "sqlite":
        sql = "INSERT INTO documents_fts (document_id, title, text) VALUES (:id, :title, :text)"
    else:
        sql = (
            "INSERT INTO documents_fts (document_id, vector) "
            "VALUES (:id, to_tsvector('simple', :title || ' ' || :text))"
        )
    conn.execute(text(sql), params)


def _relocate(ev_text: str, start: int, new_text: str) -> tuple[int, int] | None:
    """Where a reviewed fact's evidence sits in a re-read text: the nearest occurrence."""
    if new_text[start : start + len(ev_text)] == ev_text:
        return None
    hits = [m.start() for m in re.finditer(re.escape(ev_text), new_text)] if ev_text else []
    if not hits:
        return None
    best = min(hits, key=lambda h: abs(h - start))
    return best, best + len(ev_text)


# What tells two facts at one evidence span apart, per table.
_TELLS = {"incident_mentions": "kind", "statements": "speaker", "meetings": None}
Reviewed = list[tuple[tuple[int, int], set[object]]]  # (span, tells) of each reviewed fact


def _tell(table_name: str, row: Any) -> object:
    column = _TELLS[table_name]
    return row[column] if column else None


def _tells(conn: Connection, table_name: str, row: Any) -> set[object]:
    """The reviewed fact's tell now and as the machine first wrote it (the audit's first
    'before'), so the re-extracted original is recognised even after a correction."""
    first = conn.execute(
        select(t.audit_log.c.before)
        .where(t.audit_log.c.table_name == table_name, t.audit_log.c.record_id == str(row["id"]))
        .order_by(t.audit_log.c.id)
        .limit(1)
    ).scalar()
    tells = {_tell(table_name, row)}
    if isinstance(first, dict):
        tells.add(_tell(table_name, first) if _TELLS[table_name] in first else None)
    return tells


def _keep_reviewed(conn: Connection, doc: Document) -> dict[str, Reviewed]:
    """Drop the document's machine facts; return where the reviewed ones are, per table."""
    out: dict[str, Reviewed] = {}
    for table in (t.incident_mentions, t.meetings, t.statements):
        conn.execute(
            delete(table).where(table.c.document_id == doc.id, table.c.review_status == "machine")
        )
        kept = conn.execute(select(table).where(table.c.document_id == doc.id)).mappings().all()
        out[table.name] = []
        for row in kept:
            moved = _relocate(row["ev_text"], row["ev_start"], clean(doc.text))
            if moved is not None:
                conn.execute(
                    update(table)
                    .where(table.c.id == row["id"])
                    .values(ev_start=moved[0], ev_end=moved[1])
                )
            span = moved or (row["ev_start"], row["ev_end"])
            out[table.name].append((span, _tells(conn, table.name, row)))
    return out


def _unreviewed(table_name: str, rows: list[Row], reviewed: Reviewed) -> list[Row]:
    """The new facts no reviewed fact stands for: each reviewed fact stands for one new fact
    at its span, preferably one that agrees on the tell (an analyst may have changed it)."""
    left = list(reviewed)
    keep = [True] * len(rows)
    for exact in (True, False):
        for n, row in enumerate(rows):
            if not keep[n]:
                continue
            span = (row["ev_start"], row["ev_end"])
            for k, (r_span, r_tells) in enumerate(left):
                if r_span == span and (not exact or _tell(table_name, row) in r_tells):
                    keep[n] = False
                    del left[k]
                    break
    return [row for n, row in enumerate(rows) if keep[n]]


def _insert_facts(
    conn: Connection,
    table: Any,
    rows: Iterable[Row],
    doc_id: str,
    extractor: str,
    reviewed: Reviewed,
) -> int:
    numbered = [{**row, "ordinal": n} for n, row in enumerate(rows)]
    values = [
        {**row, "document_id": doc_id, "extractor": extractor}
        for row in _unreviewed(table.name, numbered, reviewed)
    ]
    if values:
        conn.execute(insert(table), values)
    return len(values)


def save_extraction(conn: Connection, x: Extraction) -> SaveResult:
    """Store a document, its facts and actors on `conn`; the caller owns the transaction."""
    doc = x.document
    existing = conn.execute(
        select(t.documents.c.id, t.documents.c.extractor).where(t.documents.c.sha256 == doc.sha256)
    ).first()
    if existing is not None and not supersedes(x.extractor, existing.extractor):
        return SaveResult(existing.id, doc.source, "unchanged")
    row = _document_row(x)
    if existing is None:
        now = dt.datetime.now(dt.UTC)
        conn.execute(
            insert(t.documents).values(id=doc.id, sha256=doc.sha256, ingested_at=now, **row)
        )
        reviewed: dict[str, Reviewed] = {}
    else:
        if doc.id != existing.id:
            doc = replace(doc, id=existing.id)
        row.pop("source")  # the first source it came from stays its name
        conn.execute(update(t.documents).where(t.documents.c.id == doc.id).values(**row))
        reviewed = _keep_reviewed(conn, doc)
    _index_text(conn, doc)
    kept = sum(len(v) for v in reviewed.values())
    names = save_actors(conn, x.actors, doc)
    facts = (
        (t.incident_mentions, [incident_row(i) for i in x.incidents]),
        (t.meetings, [meeting_row(m) for m in x.meetings]),
        (
            t.statements,
            [{**statement_row(s), "actor_id": names.get(s.speaker)} for s in x.statements],
        ),
    )
    n_inc, n_meet, n_stmt = (
        _insert_facts(conn, table, rows, doc.id, x.extractor, reviewed.get(table.name, []))
        for table, rows in facts
    )
    return SaveResult(
        document_id=doc.id,
        source=doc.source,
        status="stored" if existing is None else "updated",
        incidents=n_inc,
        meetings=n_meet,
        statements=n_stmt,
        actors=len(set(names.values())),
        kept=kept,
    )
