"""Read-side queries over the store's tables for the dashboard, pages and briefings.

Aggregation happens in SQL (grouped by month or place) so the dashboard stays fast with
100,000 incidents; the functions return plain dataclasses for templates and charts.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, String, Text, and_, cast, func, or_, select, type_coerce
from sqlalchemy import text as sql_text
from sqlalchemy.sql.elements import ColumnElement

from refwatch.domain import languages, place_names, places
from refwatch.report.charts import MonthBar, strongest
from refwatch.report.mapsvg import Pin
from refwatch.store.schema import (
    CROSSING_NAMED,
    actors,
    audit_log,
    incident_members,
    incident_mentions,
    incident_months,
    incidents,
    statements,
)


@dataclass(frozen=True)
class Filters:
    since: dt.date | None = None
    until: dt.date | None = None
    from_country: str | None = None
    to_country: str | None = None
    kind: str | None = None

    def query(self) -> dict[str, str]:
        """The filters as URL parameters (for links that keep them)."""
        out = {
            "since": self.since.isoformat() if self.since else "",
            "until": self.until.isoformat() if self.until else "",
            "from_country": self.from_country or "",
            "to_country": self.to_country or "",
            "kind": self.kind or "",
        }
        return {k: v for k, v in out.items() if v}


def incident_where(f: Filters) -> list[ColumnElement[bool]]:
    c = incidents.c
    cond: list[ColumnElement[bool]] = []
    # an incident is in the period when its window overlaps it
    if f.since:
        cond.append(or_(func.coalesce(c.latest, c.earliest) >= f.since, c.earliest.is_(None)))
    if f.until:
        cond.append(or_(func.coalesce(c.earliest, c.latest) <= f.until, c.latest.is_(None)))
    if f.since or f.until:
        cond.append(or_(c.earliest.is_not(None), c.latest.is_not(None)))
    if f.from_country:
        cond.append(c.from_country == f.from_country)
    if f.to_country:
        cond.append(c.to_country == f.to_country)
    if f.kind:
        cond.append(c.kind == f.kind)
    return cond


def _month_expr(conn: Connection, col: Any) -> Any:
    if conn.dialect.name == "postgresql":
        return func.to_char(col, "YYYY-MM")
    return func.substr(col, 1, 7)  # SQLite keeps dates as ISO text


def month_bars(conn: Connection, f: Filters) -> list[MonthBar]:
    """Incidents and people per month of the incident's window start (of its end when it has
    no start).

    The months a period covers whole are read from the monthly aggregate `incident_months`
    (kept by the merge step); only the partial months at a day-level edge, the incidents
    that start before the period but reach into it, and those without a start are summed
    from `incidents`. The result is the same as `month_bars_direct`."""
    months: dict[str, list[int]] = {}
    m = incident_months.c
    lo = _first_whole_month(f.since)
    hi = _last_whole_month(f.until)
    if lo is not None and hi is not None and lo > hi:
        return month_bars_direct(conn, f)  # no whole month: the base table alone
    cond: list[ColumnElement[bool]] = []
    if lo is not None:
        cond.append(m.month >= lo.isoformat()[:7])
    if hi is not None:
        cond.append(m.month <= hi.isoformat()[:7])
    for col, value in (
        (m.kind, f.kind),
        (m.from_country, f.from_country),
        (m.to_country, f.to_country),
    ):
        if value:
            cond.append(col == value)
    since = f.since.isoformat() if f.since else None
    recheck: set[str] = set()  # whole months holding a window that ends before it starts
    q = select(m.month, m.n, m.est, m.low, m.high, m.min_end).where(*cond)
    for month, n, est, low, high, min_end in conn.execute(q):
        if since is not None and min_end < since:
            recheck.add(month)
            continue
        acc = months.setdefault(month, [0, 0, 0, 0])
        for i, v in enumerate((n, est, low, high)):
            acc[i] += int(v)
    c = incidents.c
    edges: list[ColumnElement[bool]] = []
    if f.since and lo is not None:
        # windows starting before the first whole month that reach into the period: none
        # starts further back than the longest window
        span = conn.execute(select(func.max(m.max_span))).scalar() or 0
        edges.append(and_(c.earliest >= f.since - dt.timedelta(days=int(span)), c.earliest < lo))
    if f.until and hi is not None:
        edges.append(c.earliest >= _next_month(hi))
    for month in sorted(recheck):
        first = dt.date.fromisoformat(month + "-01")
        edges.append(and_(c.earliest >= first, c.earliest < _next_month(first)))
    _sum_days(conn, f, months, or_(*edges) if edges else None, starts=bool(edges))
    return [MonthBar(dt.date.fromisoformat(k + "-01"), *months[k]) for k in sorted(months)]


def _first_whole_month(since: dt.date | None) -> dt.date | None:
    if since is None:
        return None
    return since if since.day == 1 else _next_month(since)


def _last_whole_month(until: dt.date | None) -> dt.date | None:
    """The first day of the last month that ends on or before `until`."""
    if until is None:
        return None
    first = until.replace(day=1)
    if _next_month(first) - dt.timedelta(days=1) == until:
        return first
    return (first - dt.timedelta(days=1)).replace(day=1)


def _next_month(day: dt.date) -> dt.date:
    return (day.replace(day=1) + dt.timedelta(days=32)).replace(day=1)


def month_bars_direct(conn: Connection, f: Filters) -> list[MonthBar]:
    """`month_bars` computed from `incidents` alone (the reference the aggregate must equal)."""
    months: dict[str, list[int]] = {}
    _sum_days(conn, f, months, None, starts=True)
    return [MonthBar(dt.date.fromisoformat(k + "-01"), *months[k]) for k in sorted(months)]


def _sum_days(
    conn: Connection,
    f: Filters,
    months: dict[str, list[int]],
    extra: ColumnElement[bool] | None,
    *,
    starts: bool,
) -> None:
    """Add the incidents matching `f` (and `extra`, on dated starts) to `months`; those
    without a start always, those with one when `starts`.

    Grouped by day in SQL, then by month here: rows arrive in the order of the covering
    index `ix_incidents_timeline`, so the database needs no sort or temporary table (a
    GROUP BY on a month expression costs a sort of every row)."""
    c = incidents.c
    sums = (
        func.count().label("n"),
        func.sum(func.coalesce(c.estimate, c.low, c.high, 0)).label("est"),
        func.sum(func.coalesce(c.low, c.estimate, c.high, 0)).label("low"),
        func.sum(func.coalesce(c.high, c.estimate, c.low, 0)).label("high"),
    )
    cond = incident_where(f)
    # days read as text: SQLite stores ISO dates, and parsing thousands of them costs more
    # than the query (PostgreSQL's dates print the same way)
    start, end = type_coerce(c.earliest, String), type_coerce(c.latest, String)
    by_start = select(start, *sums).where(c.earliest.is_not(None), *cond)
    if extra is not None:
        by_start = by_start.where(extra)
    by_end = select(end, *sums).where(c.earliest.is_(None), c.latest.is_not(None), *cond)
    queries = [by_start.group_by(c.earliest)] if starts else []
    for q in (*queries, by_end.group_by(c.latest)):
        for day, *values in conn.execute(q):
            acc = months.setdefault(str(day)[:7], [0, 0, 0, 0])
            for i, v in enumerate(values):
                acc[i] += int(v or 0)


def incident_label(row: Any) -> str:
    return row.facility or row.city or row.province or row.country or "unknown place"


def map_pins(conn: Connection, f: Filters, href: str = "/incidents") -> list[Pin]:
    """One pin per place with the incidents there; crossings named in reports as diamonds.

    Grouped by gazetteer id (names come from the gazetteer, which is cheaper than
    aggregating strings over every row); places without an id are grouped by coordinates.
    """
    c = incidents.c
    people = func.sum(func.coalesce(c.estimate, c.low, c.high, 0)).label("people")
    where = [
        c.lat.is_not(None),
        c.lon.is_not(None),
        # a country's centroid is no place anyone was held: leave country-only reports off
        or_(c.facility.is_not(None), c.city.is_not(None), c.province.is_not(None)),
        *incident_where(f),
    ]
    by_id = (
        select(
            c.place_id,
            func.min(c.lat).label("lat"),
            func.min(c.lon).label("lon"),
            func.count().label("n"),
            people,
        )
        .where(c.place_id.is_not(None), *where)
        .group_by(c.place_id)
    )
    by_point = (
        select(
            c.lat,
            c.lon,
            func.min(func.coalesce(c.facility, c.city, c.province)).label("name"),
            func.count().label("n"),
            people,
        )
        .where(c.place_id.is_(None), *where)
        .group_by(c.lat, c.lon)
    )
    table = places()
    pins = []
    for r in conn.execute(by_id):
        entry = table.get(r.place_id)
        name = (
            (entry.names.get("en") or entry.names.get("ko") or (r.place_id,))[0]
            if entry
            else r.place_id
        )
        label = f"{name} — {r.n} incident(s), about {int(r.people):,} people"
        kind = entry.kind if entry else "city"
        pins.append(Pin(r.lat, r.lon, label, f"{href}?place={r.place_id}", kind, int(r.people)))
    for r in conn.execute(by_point):
        label = f"{r.name} — {r.n} incident(s), about {int(r.people):,} people"
        pins.append(Pin(r.lat, r.lon, label, href, "city", int(r.people)))
    return pins + crossing_pins(conn, f, {p.label.split(" — ")[0] for p in pins})


def crossing_pins(conn: Connection, f: Filters, taken: set[str]) -> list[Pin]:
    """Border crossings the reports name, placed by the gazetteer, drawn as diamonds."""
    names: dict[str, str] = {}
    for lang in languages():
        names.update(place_names(lang))
    m = incident_mentions.c
    # The few reports naming a crossing are picked first (a materialised CTE): left to
    # itself SQLite walks every incident and looks up its reports, several times slower.
    # Grouped by the stored JSON text, so a few distinct lists are decoded, not every row.
    # the WHERE is written as the partial index `ix_incident_mentions_crossing` has it (a
    # bound parameter would not match it): SQLite then reads that small index alone
    named = (
        select(m.id, cast(m.crossing, Text).label("crossing"))
        .where(sql_text(CROSSING_NAMED))
        .cte("crossing_reports")
        .prefix_with("MATERIALIZED")
    )
    q = (
        select(named.c.crossing, func.count().label("n"))
        .select_from(
            named.join(incident_members, incident_members.c.mention_id == named.c.id).join(
                incidents, incidents.c.id == incident_members.c.incident_id
            )
        )
        .where(*incident_where(f))
        .group_by(named.c.crossing)
    )
    seen: dict[str, int] = {}
    for crossing, n in conn.execute(q):
        for name in json.loads(crossing) if crossing else []:
            pid = names.get(str(name).casefold())
            if pid:
                seen[pid] = seen.get(pid, 0) + n
    table = places()
    out = []
    for pid, n in seen.items():
        p = table[pid]
        label = (p.names.get("en") or (pid,))[0]
        if p.lat is None or p.lon is None or label in taken:
            continue
        out.append(
            Pin(p.lat, p.lon, f"{label} — crossing named in {n} report(s)", None, "crossing")
        )
    return out


@dataclass(frozen=True)
class MatrixCell:
    type: str
    count: int


@dataclass(frozen=True)
class Matrix:
    rows: list[str]
    months: list[str]
    cells: dict[tuple[str, str], MatrixCell]


def statement_row_key(
    speaker: str, country: str | None, kind: str | None, org: str | None = None
) -> str:
    """Governments by country code (their officials speak for them); people who speak for
    no state by the body they work for; other bodies by name."""
    if country and kind != "organization":
        return country
    if kind == "person" and org:
        return org
    return speaker


def who_said_what(conn: Connection, f: Filters) -> Matrix:
    s = statements.c
    month = _month_expr(conn, s.date).label("month")
    cond: list[ColumnElement[bool]] = [s.date.is_not(None), s.review_status != "rejected"]
    if f.since:
        cond.append(s.date >= f.since)
    if f.until:
        cond.append(s.date <= f.until)
    if f.from_country:  # statements aimed at the returning country
        cond.append(s.target_country == f.from_country)
    # grouped by actor id in the statements' covering index; the few actors are read after
    # (a join in the grouping costs more than the rest of the query)
    q = (
        select(s.speaker, s.speaker_country, s.actor_id, month, s.type, func.count().label("n"))
        .where(and_(*cond))
        .group_by(s.speaker, s.speaker_country, s.actor_id, month, s.type)
    )
    grouped = conn.execute(q).all()
    ids = {r.actor_id for r in grouped if r.actor_id is not None}
    who = select(actors.c.id, actors.c.kind, actors.c.name, actors.c.org)
    if len(ids) <= 500:  # else all of them: a long id list would pass the parameter limit
        who = who.where(actors.c.id.in_(ids))
    by_id = {a.id: a for a in conn.execute(who)} if ids else {}
    types: dict[tuple[str, str], list[str]] = {}
    counts: dict[tuple[str, str], int] = {}
    for r in grouped:
        a = by_id.get(r.actor_id)
        name, kind, org = (a.name, a.kind, a.org) if a else (None, None, None)
        row = statement_row_key(name or r.speaker, r.speaker_country, kind, org)
        key = (row, r.month)
        types.setdefault(key, []).append(r.type)
        counts[key] = counts.get(key, 0) + r.n
    cells = {}
    for key, ts in types.items():
        top = strongest(ts)
        if top:
            cells[key] = MatrixCell(top, counts[key])
    rows = sorted(
        {k[0] for k in cells},
        key=lambda r: (-sum(v.count for k, v in cells.items() if k[0] == r), r),
    )
    months = sorted({k[1] for k in cells})
    return Matrix(rows, months, cells)


def data_version(conn: Connection) -> tuple[Any, ...]:
    """A cheap fingerprint of what the dashboard shows; it changes whenever that might.

    Merging rewrites every incident with a new updated_at; ingest adds statements with new
    ids; every review, protection and decision adds an audit_log row.
    """
    inc = conn.execute(select(func.count(), func.max(incidents.c.updated_at))).one()
    st = conn.execute(select(func.count(), func.max(statements.c.id))).one()
    audit = conn.execute(select(func.max(audit_log.c.id))).scalar()
    return (*inc, *st, audit)
