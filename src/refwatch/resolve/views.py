"""Merged incidents as the CLI and web show them: JSON-ready dicts read from the store.

Each incident carries its reports under "mentions", each with the document (source path
or URL exactly as ingested), its count, window and evidence span.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from refwatch.serialize import count_json, evidence_json, place_json, window_json
from refwatch.store import Store, StoredIncidentMention
from refwatch.store import schema as t

JSON = dict[str, Any]


@dataclass(frozen=True)
class IncidentFilter:
    since: dt.date | None = None  # window reaches on or after this day
    until: dt.date | None = None  # window starts on or before this day
    country: str | None = None  # from, to or place country
    kind: str | None = None
    min_sources: int = 0
    ids: Sequence[str] | None = None

    def keep(self, row: Any) -> bool:
        if self.ids is not None and row.id not in self.ids:
            return False
        if self.kind and row.kind != self.kind:
            return False
        if row.n_sources < self.min_sources:
            return False
        if self.country:
            c = self.country.upper()
            if c not in (row.from_country, row.to_country, row.country):
                return False
        latest = row.latest or row.last_reported
        earliest = row.earliest or row.first_reported
        if self.since and latest and latest < self.since:
            return False
        return not (self.until and earliest and earliest > self.until)


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def mention_json(s: StoredIncidentMention) -> JSON:
    i = s.incident
    return {
        "document": s.origin.source,
        "document_id": s.origin.document_id,
        "title": s.origin.title,
        "published": _iso(s.origin.published),
        "mention_id": s.id,
        "kind": i.kind,
        "count": count_json(i.count),
        "when": window_json(i.when),
        "where": place_json(i.where),
        "from_country": i.from_country,
        "to_country": i.to_country,
        "reported_by": list(i.reported_by),
        "crossing": list(i.crossing),
        "evidence": evidence_json(i.evidence),
        "review_status": s.provenance.review_status,
        "extractor": s.provenance.extractor,
    }


def incident_json(row: Any, mentions: Sequence[StoredIncidentMention]) -> JSON:
    summary = row.summary or {}
    return {
        "id": row.id,
        "kind": row.kind,
        "when": {
            "earliest": _iso(row.earliest),
            "latest": _iso(row.latest),
            "flag": row.window_flag,
        },
        "where": {
            "facility": row.facility,
            "city": row.city,
            "province": row.province,
            "country": row.country,
            "place_id": row.place_id,
            "lat": row.lat,
            "lon": row.lon,
        },
        "from_country": row.from_country,
        "to_country": row.to_country,
        "count": {
            "estimate": row.estimate,
            "rule": row.estimate_rule,
            "low": row.low,
            "high": row.high,
        },
        "n_sources": row.n_sources,
        "n_reports": row.n_reports,
        "first_reported": _iso(row.first_reported),
        "last_reported": _iso(row.last_reported),
        "conflict": bool(row.conflict),
        "conflict_reason": row.conflict_reason,
        "reported_by": summary.get("reported_by", []),
        "crossing": summary.get("crossing", []),
        "mentions": [mention_json(m) for m in mentions],
    }


def incidents(store: Store, flt: IncidentFilter | None = None) -> list[JSON]:
    """Stored merged incidents matching the filter, most recent event first."""
    flt = flt or IncidentFilter()
    with store.read() as conn:
        rows = [r for r in conn.execute(select(t.incidents)) if flt.keep(r)]
        wanted = {r.id for r in rows}
        members: dict[str, list[int]] = {}
        q = select(t.incident_members.c.incident_id, t.incident_members.c.mention_id)
        for m in conn.execute(q):
            if m.incident_id in wanted:
                members.setdefault(m.incident_id, []).append(m.mention_id)
    ids = [i for ms in members.values() for i in ms]
    # a long id list would pass the database's limit on query parameters: read all then
    few = ids if len(ids) <= 500 else None
    by_id = {s.id: s for s in store.incident_mentions(ids=few)} if ids else {}
    rows.sort(key=lambda r: (r.earliest or r.first_reported or dt.date.min, r.id), reverse=True)
    out = []
    for r in rows:
        ms = [by_id[i] for i in members.get(r.id, []) if i in by_id]
        ms.sort(key=lambda s: (s.origin.published or dt.date.max, s.origin.document_id, s.ordinal))
        out.append(incident_json(r, ms))
    return out
