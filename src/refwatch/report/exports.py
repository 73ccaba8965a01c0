"""Exports of incidents (merged, or one row per report), statements and actors as CSV,
JSON or GeoJSON. People marked protected are redacted everywhere they appear (names,
aliases, quotes, evidence) unless the caller is allowed to and asks to include them.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select

from refwatch.report.queries import Filters, incident_where
from refwatch.store.schema import (
    actor_aliases,
    actors,
    documents,
    incident_members,
    incident_mentions,
    incidents,
    statements,
)

WHAT = ("incidents", "statements", "actors")
FORMATS = {"csv": "text/csv", "json": "application/json", "geojson": "application/geo+json"}
REDACTED = "[protected]"


class ExportError(ValueError):
    pass


class Redactor:
    """Replaces every name or alias of a protected actor, case-insensitively."""

    def __init__(self, names: Iterable[str]) -> None:
        words = sorted({n for n in names if n.strip()}, key=len, reverse=True)
        self._re = re.compile("|".join(re.escape(w) for w in words), re.I) if words else None

    def __call__(self, value: Any) -> Any:
        if self._re is None:
            return value
        if isinstance(value, str):
            return self._re.sub(REDACTED, value)
        if isinstance(value, list):
            return [self(v) for v in value]
        return value


def protected_names(conn: Connection) -> set[str]:
    ids = select(actors.c.id).where(actors.c.protected.is_(True))
    names = set(conn.execute(select(actors.c.name).where(actors.c.id.in_(ids))).scalars())
    names |= set(
        conn.execute(
            select(actor_aliases.c.alias).where(actor_aliases.c.actor_id.in_(ids))
        ).scalars()
    )
    return names


def _plain(v: Any) -> Any:
    if isinstance(v, dt.date | dt.datetime):
        return v.isoformat()
    return v


def _sources(conn: Connection, incident_ids: list[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for chunk in range(0, len(incident_ids), 500):
        q = (
            select(incident_members.c.incident_id, documents.c.source)
            .join(incident_mentions, incident_mentions.c.id == incident_members.c.mention_id)
            .join(documents, documents.c.id == incident_mentions.c.document_id)
            .where(incident_members.c.incident_id.in_(incident_ids[chunk : chunk + 500]))
            .distinct()
        )
        for iid, src in conn.execute(q):
            out.setdefault(iid, []).append(src)
    return out


def incident_rows(conn: Connection, f: Filters) -> list[dict[str, Any]]:
    rows = [
        dict(r)
        for r in conn.execute(
            select(incidents)
            .where(*incident_where(f))
            .order_by(incidents.c.earliest, incidents.c.id)
        ).mappings()
    ]
    srcs = _sources(conn, [r["id"] for r in rows])
    for r in rows:
        r.pop("summary", None)
        r["sources"] = sorted(srcs.get(r["id"], []))
    return rows


def report_rows(conn: Connection, f: Filters) -> list[dict[str, Any]]:
    q = (
        select(
            incident_members.c.incident_id,
            incident_mentions,
            documents.c.source,
            documents.c.published,
        )
        .select_from(incident_mentions)
        .join(documents, documents.c.id == incident_mentions.c.document_id)
        .outerjoin(incident_members, incident_members.c.mention_id == incident_mentions.c.id)
        .outerjoin(incidents, incidents.c.id == incident_members.c.incident_id)
        .where(incident_mentions.c.review_status != "rejected", *incident_where(f))
        .order_by(incident_mentions.c.earliest, incident_mentions.c.id)
    )
    return [dict(r) for r in conn.execute(q).mappings()]


def statement_rows(conn: Connection, f: Filters) -> list[dict[str, Any]]:
    q = (
        select(statements, documents.c.source)
        .join(documents, documents.c.id == statements.c.document_id)
        .where(statements.c.review_status != "rejected")
        .order_by(statements.c.date, statements.c.id)
    )
    if f.since:
        q = q.where(statements.c.date >= f.since)
    if f.until:
        q = q.where(statements.c.date <= f.until)
    return [dict(r) for r in conn.execute(q).mappings()]


def actor_rows(conn: Connection, include_protected: bool) -> list[dict[str, Any]]:
    aliases: dict[int, list[str]] = {}
    for aid, alias in conn.execute(select(actor_aliases.c.actor_id, actor_aliases.c.alias)):
        aliases.setdefault(aid, []).append(alias)
    out = []
    for r in conn.execute(select(actors).order_by(actors.c.name)).mappings():
        row = dict(r)
        row["aliases"] = sorted(aliases.get(row["id"], []))
        if row["protected"] and not include_protected:
            row.update(key=REDACTED, name=REDACTED, aliases=[], org=None, role=None)
        out.append(row)
    return out


@dataclass(frozen=True)
class Export:
    body: str
    media_type: str
    filename: str


def _to_csv(rows: list[dict[str, Any]]) -> str:
    buf = io.StringIO()
    if rows:
        w = csv.DictWriter(buf, fieldnames=list(rows[0]), extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow(
                {
                    k: "; ".join(map(str, v)) if isinstance(v, list) else _plain(v)
                    for k, v in r.items()
                }
            )
    return buf.getvalue()


def _to_geojson(rows: list[dict[str, Any]]) -> str:
    feats = [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [r["lon"], r["lat"]]},
            "properties": {k: _plain(v) for k, v in r.items() if k not in ("lat", "lon")},
        }
        for r in rows
        if r.get("lat") is not None and r.get("lon") is not None
    ]
    return json.dumps(
        {"type": "FeatureCollection", "features": feats}, ensure_ascii=False, indent=1
    )


def export(
    conn: Connection,
    what: str,
    fmt: str,
    *,
    f: Filters | None = None,
    per_report: bool = False,
    include_protected: bool = False,
) -> Export:
    if what not in WHAT or fmt not in FORMATS:
        raise ExportError(f"export {what} as {fmt} is not offered")
    if fmt == "geojson" and what != "incidents":
        raise ExportError("only incidents have places for GeoJSON")
    f = f or Filters()
    if what == "incidents":
        rows = report_rows(conn, f) if per_report else incident_rows(conn, f)
    elif what == "statements":
        rows = statement_rows(conn, f)
    else:
        rows = actor_rows(conn, include_protected)
    if not include_protected:
        redact = Redactor(protected_names(conn))
        rows = [{k: redact(v) for k, v in r.items()} for r in rows]
    if fmt == "csv":
        body = _to_csv(rows)
    elif fmt == "geojson":
        body = _to_geojson(rows)
    else:
        body = json.dumps(
            [{k: _plain(v) for k, v in r.items()} for r in rows], ensure_ascii=False, indent=1
        )
    suffix = "-per-report" if per_report and what == "incidents" else ""
    return Export(body, FORMATS[fmt], f"refwatch-{what}{suffix}.{fmt}")
