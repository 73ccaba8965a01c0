"""Reading facts back: model records with their document and provenance."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from sqlalchemy import Connection, Select, Table, select

from refwatch.store import schema as t
from refwatch.store.actors import actor_of
from refwatch.store.records import (
    DocumentInfo,
    StoredActor,
    StoredIncidentMention,
    StoredMeeting,
    StoredStatement,
)
from refwatch.store.rows import (
    incident_of,
    meeting_of,
    provenance_of,
    source_of,
    statement_of,
)

T = TypeVar("T")

_DOC_COLS = (
    t.documents.c.source,
    t.documents.c.published,
    t.documents.c.lang,
    t.documents.c.title,
)
_INFO_COLS = [c for c in t.documents.c if c.name not in ("raw", "text", "meta")]


def _facts(
    table: Table,
    document_id: str | None,
    ids: Sequence[int] | None,
    include_rejected: bool,
) -> Select[Any]:
    q = select(table, *_DOC_COLS).join(t.documents, t.documents.c.id == table.c.document_id)
    if document_id is not None:
        q = q.where(table.c.document_id == document_id)
    if ids is not None:
        q = q.where(table.c.id.in_(list(ids)))
    if not include_rejected:
        q = q.where(table.c.review_status != "rejected")
    return q.order_by(t.documents.c.published, table.c.document_id, table.c.ordinal, table.c.id)


def _read(
    conn: Connection,
    table: Table,
    build: Callable[[Any], T],
    document_id: str | None,
    ids: Sequence[int] | None,
    include_rejected: bool,
) -> list[T]:
    rows = conn.execute(_facts(table, document_id, ids, include_rejected)).mappings()
    return [build(r) for r in rows]


def incident_mentions(
    conn: Connection,
    document_id: str | None = None,
    ids: Sequence[int] | None = None,
    include_rejected: bool = False,
) -> list[StoredIncidentMention]:
    def build(r: Any) -> StoredIncidentMention:
        return StoredIncidentMention(
            r["id"], r["ordinal"], source_of(r), provenance_of(r), incident_of(r)
        )

    return _read(conn, t.incident_mentions, build, document_id, ids, include_rejected)


def meetings(
    conn: Connection,
    document_id: str | None = None,
    ids: Sequence[int] | None = None,
    include_rejected: bool = False,
) -> list[StoredMeeting]:
    def build(r: Any) -> StoredMeeting:
        return StoredMeeting(r["id"], r["ordinal"], source_of(r), provenance_of(r), meeting_of(r))

    return _read(conn, t.meetings, build, document_id, ids, include_rejected)


def statements(
    conn: Connection,
    document_id: str | None = None,
    ids: Sequence[int] | None = None,
    include_rejected: bool = False,
) -> list[StoredStatement]:
    def build(r: Any) -> StoredStatement:
        return StoredStatement(
            r["id"], r["ordinal"], source_of(r), provenance_of(r), statement_of(r), r["actor_id"]
        )

    return _read(conn, t.statements, build, document_id, ids, include_rejected)


def actors(conn: Connection, ids: Sequence[int] | None = None) -> list[StoredActor]:
    q = select(t.actors).order_by(t.actors.c.name, t.actors.c.id)
    if ids is not None:
        q = q.where(t.actors.c.id.in_(list(ids)))
    rows = conn.execute(q).mappings().all()
    wanted = [r["id"] for r in rows]
    aliases: dict[int, list[str]] = defaultdict(list)
    a = t.actor_aliases
    q_alias = select(a.c.actor_id, a.c.alias).order_by(a.c.id)
    m = t.actor_mentions
    q_docs = select(m.c.actor_id, m.c.document_id).order_by(m.c.document_id)
    if ids is not None:  # only the actors asked for (a page of the web app, say)
        q_alias = q_alias.where(a.c.actor_id.in_(wanted))
        q_docs = q_docs.where(m.c.actor_id.in_(wanted))
    for row in conn.execute(q_alias):
        aliases[row.actor_id].append(row.alias)
    docs: dict[int, list[str]] = defaultdict(list)
    for row in conn.execute(q_docs):
        docs[row.actor_id].append(row.document_id)
    return [actor_of(r, aliases[r["id"]], docs[r["id"]]) for r in rows]


def info_of(r: Any) -> DocumentInfo:
    return DocumentInfo(**{c.name: r[c.name] for c in _INFO_COLS})


def documents(
    conn: Connection,
    relevant: bool | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[DocumentInfo]:
    q = select(*_INFO_COLS).order_by(t.documents.c.published.desc(), t.documents.c.id)
    if relevant is not None:
        q = q.where(t.documents.c.relevant == relevant)
    q = q.offset(offset)
    if limit is not None:
        q = q.limit(limit)
    return [info_of(r) for r in conn.execute(q).mappings()]
