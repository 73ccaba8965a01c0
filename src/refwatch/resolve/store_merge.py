"""Merging inside the store: read mentions and decisions, cluster, write incidents.

`merge_store(store)` rebuilds `incidents` and `incident_members` in one transaction from
every non-rejected incident mention, applying analysts' merge decisions over the automatic
rules. Incident ids carry over from the previous merge (see `record.assign_ids`), using the
member keys kept in each incident's `summary`, so they survive re-ingest even when the
mention rows themselves are replaced.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, delete, insert, select
from sqlalchemy.exc import IntegrityError

from refwatch.resolve.constraints import Decision, build
from refwatch.resolve.mentions import IncidentMention, from_report
from refwatch.resolve.merge import MergeParams, cluster_mentions
from refwatch.resolve.record import MergedIncident, assign_ids, summarize
from refwatch.resolve.syndication import METHOD, group_signatures, signature
from refwatch.store import Store, StoredIncidentMention, queries
from refwatch.store import schema as t
from refwatch.store.monthly import rebuild_incident_months


@dataclass(frozen=True)
class MergeResult:
    incidents: int
    mentions: int
    fingerprint: str


def stable_keys(stored: Sequence[StoredIncidentMention]) -> list[str]:
    """Keys that name a report by its document, kind and evidence words, not by row id.

    Re-extraction replaces machine rows (new ids, maybe new ordinals, offsets shifted by a
    newer text cleaner) but finds the same sentence again, so its words are what stays; a
    repeat inside one document (two incidents in one sentence) gets "#n" in reading order.
    """
    used: dict[str, int] = {}
    out: list[str] = []
    for s in stored:
        words = " ".join(s.incident.evidence.text.split()).casefold()
        digest = hashlib.sha256(words.encode()).hexdigest()[:12]
        base = f"{s.origin.document_id}:{s.incident.kind}:{digest}"
        used[base] = used.get(base, 0) + 1
        out.append(base if used[base] == 1 else f"{base}#{used[base]}")
    return out


def to_mentions(stored: Sequence[StoredIncidentMention]) -> list[IncidentMention]:
    ordered = sorted(
        stored, key=lambda s: (s.origin.document_id, s.incident.evidence.start, s.ordinal, s.id)
    )
    out: list[IncidentMention] = []
    for s, key in zip(ordered, stable_keys(ordered), strict=True):
        o = s.origin
        out.append(
            from_report(
                s.incident, key, o.document_id, o.source, o.published, o.lang, s.ordinal, s.id
            )
        )
    return out


def load_decisions(conn: Connection) -> list[Decision]:
    d = t.merge_decisions
    out: list[Decision] = []
    for row in conn.execute(select(d.c.action, d.c.mention_ids).order_by(d.c.at, d.c.id)):
        groups = row.mention_ids or []
        if groups and not isinstance(groups[0], list):  # a flat list is one group
            groups = [groups]
        out.append(Decision(row.action, tuple(tuple(str(k) for k in g) for g in groups)))
    return out


def previous_members(conn: Connection) -> dict[str, set[str]]:
    rows = conn.execute(select(t.incidents.c.id, t.incidents.c.summary))
    return {r.id: set((r.summary or {}).get("members", [])) for r in rows}


def fingerprint(conn: Connection) -> str:
    """Changes whenever a merge would see different input: mentions, reviews, decisions."""
    m, d = t.incident_mentions, t.merge_decisions
    h = hashlib.sha256()
    q = select(m.c.id, m.c.review_status, m.c.reviewed_at, m.c.extractor).order_by(m.c.id)
    for row in conn.execute(q):
        h.update(repr(tuple(row)).encode())
    for dec in conn.execute(select(d.c.id, d.c.at).order_by(d.c.id)):
        h.update(repr(tuple(dec)).encode())
    return h.hexdigest()[:24]


def stored_fingerprint(conn: Connection) -> str | None:
    row = conn.execute(select(t.incidents.c.summary).limit(1)).first()
    if row is None:
        return None
    return str((row.summary or {}).get("fingerprint"))


def is_stale(store: Store) -> bool:
    with store.read() as conn:
        current = fingerprint(conn)
        stored = stored_fingerprint(conn)
        if stored is None:  # no incidents: stale only if there is something to merge
            m = t.incident_mentions
            q = select(m.c.id).where(m.c.review_status != "rejected").limit(1)
            return conn.execute(q).first() is not None
        return current != stored


def merge_store(store: Store, params: MergeParams | None = None, attempts: int = 3) -> MergeResult:
    """Rebuild the merged incidents from the stored mentions (one transaction).

    Two writers merging at once can both cache the same document's signature; the loser
    fails on the key. A merge is a full rebuild, so it is simply run again."""
    for attempt in range(attempts):
        try:
            return _merge_once(store, params)
        except IntegrityError:
            if attempt == attempts - 1:
                raise
    raise AssertionError("unreachable")


def _merge_once(store: Store, params: MergeParams | None) -> MergeResult:
    with store.write() as conn:
        # read inside the write transaction: the fingerprint must describe what was merged
        mentions = to_mentions(queries.incident_mentions(conn))
        decisions = load_decisions(conn)
        previous = previous_members(conn)
        signatures = _signatures(conn, {m.document_id for m in mentions})
        groups = group_signatures(signatures, ((m.document_id, m.evidence.text) for m in mentions))
        clusters = cluster_mentions(mentions, build(decisions), params)
        ids = assign_ids(clusters, previous)
        merged = [summarize(i, c, groups) for i, c in zip(ids, clusters, strict=True)]
        mark = fingerprint(conn)
        _write(conn, merged, mark)
    return MergeResult(len(merged), len(mentions), mark)


def _signatures(conn: Connection, doc_ids: set[str]) -> dict[str, list[int] | None]:
    """Each document's syndication signature, computing (and caching) the missing ones."""
    sig = t.document_signatures
    out: dict[str, list[int] | None] = {}
    for r in conn.execute(select(sig.c.document_id, sig.c.signature).where(sig.c.method == METHOD)):
        if r.document_id in doc_ids:
            out[r.document_id] = r.signature
    missing = sorted(doc_ids - out.keys())
    fresh = []
    for i in range(0, len(missing), 500):  # stay under the database's parameter limit
        q = select(t.documents.c.id, t.documents.c.text)
        for r in conn.execute(q.where(t.documents.c.id.in_(missing[i : i + 500]))):
            s = signature(r.text)
            out[r.id] = list(s) if s is not None else None
            fresh.append({"document_id": r.id, "method": METHOD, "signature": out[r.id]})
    if fresh:
        conn.execute(delete(sig).where(sig.c.method != METHOD))  # made by older settings
        conn.execute(insert(sig), fresh)
    return out


def ensure_merged(store: Store) -> bool:
    """Merge if the stored incidents no longer reflect the mentions; True if it merged."""
    if not is_stale(store):
        return False
    merge_store(store)
    return True


def _row(inc: MergedIncident, mark: str, now: dt.datetime) -> dict[str, Any]:
    w, e = inc.where, inc.estimate
    reporters = sorted({r for m in inc.mentions for r in m.reported_by})
    crossings = sorted({c for m in inc.mentions for c in m.crossing})
    return {
        "id": inc.id,
        "kind": inc.kind,
        "earliest": inc.earliest,
        "latest": inc.latest,
        "window_flag": inc.window_flag,
        "facility": w.facility,
        "city": w.city,
        "province": w.province,
        "country": w.country,
        "place_id": w.place_id,
        "lat": w.lat,
        "lon": w.lon,
        "from_country": inc.from_country,
        "to_country": inc.to_country,
        "estimate": e.estimate,
        "estimate_rule": e.rule,
        "low": e.low,
        "high": e.high,
        "n_sources": inc.n_sources,
        "n_reports": inc.n_reports,
        "first_reported": inc.first_reported,
        "last_reported": inc.last_reported,
        "conflict": inc.conflict,
        "conflict_reason": inc.conflict_reason,
        "summary": {
            "members": [m.key for m in inc.mentions],
            "reported_by": reporters,
            "crossing": crossings,
            "fingerprint": mark,
        },
        "updated_at": now,
    }


def _write(conn: Connection, merged: Sequence[MergedIncident], mark: str) -> None:
    now = dt.datetime.now(dt.UTC)
    conn.execute(delete(t.incident_members))
    conn.execute(delete(t.incidents))
    if not merged:
        rebuild_incident_months(conn)
        return
    conn.execute(insert(t.incidents), [_row(inc, mark, now) for inc in merged])
    members = [
        {"incident_id": inc.id, "mention_id": m.mention_id}
        for inc in merged
        for m in inc.mentions
        if m.mention_id is not None
    ]
    if members:
        conn.execute(insert(t.incident_members), members)
    # the timeline's monthly aggregate, in this transaction with the incidents it sums
    rebuild_incident_months(conn)
