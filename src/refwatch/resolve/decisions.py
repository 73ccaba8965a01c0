"""Analysts' hand merges and splits: recorded in merge_decisions, applied by every re-merge.

Decisions name reports by their stable keys (document + evidence span), not row ids, so a
split still holds after the documents are re-ingested with a newer extractor.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import insert, select

from refwatch.resolve.store_merge import ensure_merged, merge_store, to_mentions
from refwatch.store import Store, audit
from refwatch.store import schema as t


class DecisionError(ValueError):
    """A merge or split that names no such incident or report, or makes no sense."""


def _members(store: Store, incident_ids: Sequence[str]) -> dict[str, list[str]]:
    with store.read() as conn:
        rows = conn.execute(
            select(t.incidents.c.id, t.incidents.c.summary).where(
                t.incidents.c.id.in_(list(incident_ids))
            )
        ).all()
    found = {r.id: list((r.summary or {}).get("members", [])) for r in rows}
    missing = [i for i in incident_ids if i not in found]
    if missing:
        raise DecisionError(f"no such incident: {', '.join(missing)}")
    return found


def _record(
    store: Store,
    action: str,
    groups: list[list[str]],
    incident_ids: Sequence[str],
    by: str,
    note: str | None,
) -> None:
    with store.write() as conn:
        row = {
            "action": action,
            "mention_ids": groups,
            "incident_ids": list(incident_ids),
            "by": by,
            "at": dt.datetime.now(dt.UTC),
            "note": note,
        }
        new_id = conn.execute(insert(t.merge_decisions).values(**row)).inserted_primary_key
        audit.log(conn, by, action, "merge_decisions", new_id[0] if new_id else "", None, row)


def _incident_of(store: Store, key: str) -> str:
    with store.read() as conn:
        for r in conn.execute(select(t.incidents.c.id, t.incidents.c.summary)):
            if key in (r.summary or {}).get("members", []):
                return str(r.id)
    raise DecisionError(f"report {key} is in no incident")  # pragma: no cover


def merge_incidents(
    store: Store, incident_ids: Sequence[str], by: str, note: str | None = None
) -> str:
    """Join incidents into one, now and in every later merge; returns its id."""
    if len(set(incident_ids)) < 2:
        raise DecisionError("name at least two different incidents to merge")
    ensure_merged(store)
    members = _members(store, incident_ids)
    keys = [k for i in incident_ids for k in members[i]]
    _record(store, "merge", [keys], incident_ids, by, note)
    merge_store(store)
    return _incident_of(store, keys[0])


def split_incident(
    store: Store, incident_id: str, mention_ids: Sequence[int], by: str, note: str | None = None
) -> str:
    """Take the named reports (mention row ids) out of an incident into one of their own.

    They stay apart from the rest of that incident in every later merge; returns the
    new incident's id.
    """
    ensure_merged(store)
    members = _members(store, [incident_id])[incident_id]
    key_of = {m.mention_id: m.key for m in to_mentions(store.incident_mentions())}
    unknown = [i for i in mention_ids if key_of.get(i) not in members]
    if unknown:
        raise DecisionError(
            f"report(s) {', '.join(map(str, unknown))} are not in incident {incident_id}"
        )
    out = [key_of[i] for i in mention_ids]
    rest = [k for k in members if k not in out]
    if not rest:
        raise DecisionError("a split must leave at least one report in the incident")
    _record(store, "split", [out, rest], [incident_id], by, note)
    merge_store(store)
    return _incident_of(store, out[0])
