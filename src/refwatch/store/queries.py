"""Reading facts back: model records with their document and provenance."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

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


def incident_mentions(
    conn: Connection,
    document_id: str | None = None,
    ids: Sequence[int] | None = None,
    include_rejected: bool = False,
) -> list[StoredIncidentMention]:
    rows = conn.execute(_facts(t.incident_mentions, document_id, ids, include_rejected))
    return [
        StoredIncidentMention(
            id=r["id"],
            ordinal=r["ordinal"],
            origin=source_of(r),
            provenance=provenance_of(r),
            incident=incident_of(r),
        )
        for r in rows.mappings()
    ]


def meetings(
    conn: Connection,
    document_id: str | None = None,
    ids: Sequence[int] | None = None,
    include_rejected: bool = False,
) -> list[StoredMeeting]:
    rows = conn.execute(_facts(t.meetings, document_id, ids, include_rejected))
    return [
        StoredMeeting(
            id=r["id"],
            ordinal=r["ordinal"],
            origin=source_of(r),
            provenance=provenance_of(r),
            meeting=meeting_of(r),
        )
        for r in rows.mappings()
    ]


def statements(
    conn: Connection,
    document_id: str | None = None,
    ids: Sequence[int] | None = None,
    include_rejected: bool = False,
) -> list[StoredStatement]:
    rows = conn.execute(_facts(t.statements, document_id, ids, include_rejected))
    return [
        StoredStatement(
            id=r["id"],
            ordinal=r["ordinal"],
            origin=source_of(r),
            provenance=provenance_of(r),
            statement=statement_of(r),
            actor_id=r["actor_id"],
        )
        for r in rows.mappings()
    ]


def actors(conn: Connection, ids: Sequence[int] | None = None) -> list[StoredActor]:
    q = select(t.actors).order_by(t.actors.c.name, t.actors.c.id)
    if ids is not None:
        q = q.where(t.actors.c.id.in_(list(ids)))
    rows = conn.execute(q).mappings().all()
    aliases: dict[int, list[str]] = defaultdict(list)
    for a in conn.execute(
        select(t.actor_aliases.c.actor_id, t.actor_aliases.c.alias).order_by(t.actor_aliases.c.id)
    ):
        aliases[a.actor_id].append(a.alias)
    docs: dict[int, list[str]] = defaultdict(list)
    for m in conn.execute(
        select(t.actor_mentions.c.actor_id, t.actor_mentions.c.document_id).order_by(
            t.actor_mentions.c.document_id
        )
    ):
        docs[m.actor_id].append(m.document_id)
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
