"""Analysts' reviews and the audit trail: every change says who, when, before and after."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Connection, insert, select, update

from refwatch.store import schema as t
from refwatch.store.records import AuditEntry, ReviewStatus
from refwatch.store.rows import jsonable

# Columns a review may change: never the keys, the provenance or the document link.
_FIXED = {
    "id",
    "document_id",
    "ordinal",
    "extractor",
    "review_status",
    "reviewed_by",
    "reviewed_at",
}


class ReviewError(ValueError):
    """A review that names no such record or a field that cannot be changed."""


def log(
    conn: Connection,
    user: str,
    action: str,
    table_name: str,
    record_id: str | int,
    before: Mapping[Any, Any] | None,
    after: Mapping[Any, Any] | None,
) -> None:
    conn.execute(
        insert(t.audit_log).values(
            at=dt.datetime.now(dt.UTC),
            user=user,
            action=action,
            table_name=table_name,
            record_id=str(record_id),
            before=jsonable(before) if before is not None else None,
            after=jsonable(after) if after is not None else None,
        )
    )


def review(
    conn: Connection,
    table_name: str,
    record_id: int,
    user: str,
    status: ReviewStatus,
    changes: Mapping[Any, Any] | None = None,
) -> None:
    """Accept, correct or reject a machine fact; the row is then safe from re-extraction."""
    if table_name not in t.FACT_TABLES:
        raise ReviewError(f"{table_name!r} holds no reviewable facts")
    if status not in t.REVIEW_STATUSES or status == "machine":
        raise ReviewError(f"{status!r} is not a review decision")
    table = t.metadata.tables[table_name]
    changes = dict(changes or {})
    bad = [k for k in changes if k in _FIXED or k not in table.c]
    if bad:
        raise ReviewError(f"cannot change {', '.join(sorted(bad))} of {table_name}")
    before = conn.execute(select(table).where(table.c.id == record_id)).mappings().first()
    if before is None:
        raise ReviewError(f"no {table_name} record {record_id}")
    values = {
        **changes,
        "review_status": status,
        "reviewed_by": user,
        "reviewed_at": dt.datetime.now(dt.UTC),
    }
    conn.execute(update(table).where(table.c.id == record_id).values(**values))
    after = conn.execute(select(table).where(table.c.id == record_id)).mappings().one()
    log(conn, user, f"review:{status}", table_name, record_id, before, after)


def entries(
    conn: Connection,
    table_name: str | None = None,
    record_id: str | int | None = None,
    limit: int = 100,
) -> list[AuditEntry]:
    q = select(t.audit_log).order_by(t.audit_log.c.id.desc()).limit(limit)
    if table_name is not None:
        q = q.where(t.audit_log.c.table_name == table_name)
    if record_id is not None:
        q = q.where(t.audit_log.c.record_id == str(record_id))
    return [AuditEntry(**dict(r)) for r in conn.execute(q).mappings()]
