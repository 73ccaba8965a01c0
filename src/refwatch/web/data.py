"""Queries behind the detail pages: an incident with its reports, a document with its facts,
an actor, search, and the review queue."""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, and_, func, or_, select

from refwatch.report.queries import Filters, incident_where
from refwatch.store.schema import (
    actor_aliases,
    actor_mentions,
    actor_roles,
    actors,
    documents,
    incident_members,
    incident_mentions,
    incidents,
    meetings,
    statements,
)

FACT_TABLES = {
    "incident_mentions": incident_mentions,
    "meetings": meetings,
    "statements": statements,
}
RELATED_DAYS = 21  # meetings/statements within three weeks of an incident's window go with it
PAGE = 50

DOC_COLS = (documents.c.source, documents.c.title, documents.c.published, documents.c.lang)


def list_incidents(
    conn: Connection, f: Filters, place: str | None = None, page: int = 0
) -> tuple[list[Any], int]:
    cond = incident_where(f)
    if place:
        cond.append(incidents.c.place_id == place)
    total = conn.execute(select(func.count()).select_from(incidents).where(*cond)).scalar_one()
    rows = conn.execute(
        select(incidents)
        .where(*cond)
        .order_by(incidents.c.earliest.desc().nulls_last(), incidents.c.id)
        .limit(PAGE)
        .offset(page * PAGE)
    ).all()
    return list(rows), int(total)


@dataclass
class IncidentPage:
    incident: Any
    mentions: list[Any]
    meetings: list[Any]
    statements: list[Any]


def incident_reports(conn: Connection, incident_id: str, by_date: bool = True) -> list[Any]:
    """The reports merged into an incident, with their documents' source, title and date."""
    order = (
        (documents.c.published, incident_mentions.c.id) if by_date else (incident_mentions.c.id,)
    )
    return list(
        conn.execute(
            select(incident_mentions, *DOC_COLS)
            .join(incident_members, incident_members.c.mention_id == incident_mentions.c.id)
            .join(documents, documents.c.id == incident_mentions.c.document_id)
            .where(incident_members.c.incident_id == incident_id)
            .order_by(*order)
        )
    )


def incident_page(conn: Connection, incident_id: str) -> IncidentPage | None:
    row = conn.execute(select(incidents).where(incidents.c.id == incident_id)).first()
    if row is None:
        return None
    mentions = incident_reports(conn, incident_id)
    doc_ids = {m.document_id for m in mentions}
    # Related means near the incident's own window. Being in the same report is not enough:
    # a report from months later also tells of that month's meetings and statements. An
    # undated fact counts as of its report's publication date.
    lo, hi = row.earliest or row.latest, row.latest or row.earliest
    near_m: Any = meetings.c.document_id.in_(doc_ids)
    near_s: Any = statements.c.document_id.in_(doc_ids)
    if lo and hi:
        lo, hi = lo - dt.timedelta(days=RELATED_DAYS), hi + dt.timedelta(days=RELATED_DAYS)
        published_near = documents.c.published.between(lo, hi)
        near_m = or_(
            meetings.c.date.between(lo, hi),
            and_(near_m, meetings.c.date.is_(None), published_near),
        )
        near_s = or_(
            and_(statements.c.date.between(lo, hi), statements.c.topic == "forced_return"),
            and_(near_s, statements.c.date.is_(None), published_near),
        )
    mts = conn.execute(
        select(meetings)
        .join(documents, documents.c.id == meetings.c.document_id)
        .where(near_m, meetings.c.review_status != "rejected")
        .order_by(meetings.c.date.nulls_last(), meetings.c.id)
    ).all()
    sts = conn.execute(
        select(statements)
        .join(documents, documents.c.id == statements.c.document_id)
        .where(near_s, statements.c.review_status != "rejected")
        .order_by(statements.c.date.nulls_last(), statements.c.id)
    ).all()
    return IncidentPage(row, mentions, list(mts), list(sts))


@dataclass
class Segment:
    text: str
    facts: list[str] = field(default_factory=list)  # anchors of the facts whose evidence covers it
    starts: list[str] = field(
        default_factory=list
    )  # anchors of the facts whose evidence begins here


@dataclass
class DocumentPage:
    document: Any
    facts: dict[str, list[Any]]
    segments: list[Segment]
    incident_of: dict[int, str]


def highlight(body: str, spans: list[tuple[int, int, str]]) -> list[Segment]:
    """Cut the text at every span edge; each piece knows which facts cover it."""
    cuts = {0, len(body)}
    for start, end, _ in spans:
        if 0 <= start < end <= len(body):
            cuts.update((start, end))
    edges = sorted(cuts)
    out = []
    for a, b in itertools.pairwise(edges):
        covering = [anchor for s, e, anchor in spans if s <= a and b <= e]
        starting = [anchor for s, e, anchor in spans if s == a and e > s]
        out.append(Segment(body[a:b], covering, starting))
    return out


def document_page(conn: Connection, doc_id: str) -> DocumentPage | None:
    doc = conn.execute(
        select(*(c for c in documents.c if c.name != "raw")).where(documents.c.id == doc_id)
    ).first()
    if doc is None:
        return None
    facts = {
        name: list(conn.execute(select(t).where(t.c.document_id == doc_id).order_by(t.c.ordinal)))
        for name, t in FACT_TABLES.items()
    }
    spans = [(r.ev_start, r.ev_end, f"{name}-{r.id}") for name, rows in facts.items() for r in rows]
    ids = [r.id for r in facts["incident_mentions"]]
    q = select(incident_members.c.mention_id, incident_members.c.incident_id).where(
        incident_members.c.mention_id.in_(ids)
    )
    incident_of = {int(m): str(i) for m, i in conn.execute(q)}
    return DocumentPage(doc, facts, highlight(doc.text, spans), incident_of)


@dataclass
class ActorPage:
    actor: Any
    aliases: list[Any]
    roles: list[Any]
    statements: list[Any]
    documents: list[Any]


def actor_page(conn: Connection, actor_id: int) -> ActorPage | None:
    row = conn.execute(select(actors).where(actors.c.id == actor_id)).first()
    if row is None:
        return None
    aliases = conn.execute(select(actor_aliases).where(actor_aliases.c.actor_id == actor_id)).all()
    roles = conn.execute(
        select(actor_roles).where(actor_roles.c.actor_id == actor_id).order_by(actor_roles.c.since)
    ).all()
    sts = conn.execute(
        select(statements).where(statements.c.actor_id == actor_id).order_by(statements.c.date)
    ).all()
    docs = conn.execute(
        select(documents.c.id, *DOC_COLS)
        .join(actor_mentions, actor_mentions.c.document_id == documents.c.id)
        .where(actor_mentions.c.actor_id == actor_id)
        .order_by(documents.c.published)
    ).all()
    return ActorPage(row, list(aliases), list(roles), list(sts), list(docs))


def list_actors(conn: Connection, q: str = "") -> list[Any]:
    query = select(actors).order_by(actors.c.name).limit(500)
    if q:
        query = query.where(actors.c.name.ilike(f"%{q}%"))
    return list(conn.execute(query))


def review_queue(conn: Connection, limit: int = 30) -> list[tuple[Any, list[Any]]]:
    """Merged incidents that still have machine facts, most sources and people first."""
    pending = (
        select(incident_members.c.incident_id)
        .join(incident_mentions, incident_mentions.c.id == incident_members.c.mention_id)
        .where(incident_mentions.c.review_status == "machine")
        .distinct()
    )
    rows = conn.execute(
        select(incidents)
        .where(incidents.c.id.in_(pending))
        .order_by(
            incidents.c.n_sources.desc(),
            func.coalesce(incidents.c.estimate, incidents.c.high, incidents.c.low, 0).desc(),
            incidents.c.id,
        )
        .limit(limit)
    ).all()
    return [(r, incident_reports(conn, r.id, by_date=False)) for r in rows]


def pending_facts(conn: Connection, table: str, limit: int = 30) -> list[Any]:
    t = FACT_TABLES[table]
    return list(
        conn.execute(
            select(t)
            .where(t.c.review_status == "machine")
            .order_by(t.c.date.desc().nulls_last(), t.c.id)
            .limit(limit)
        )
    )


def list_statements(conn: Connection, speaker: str = "", month: str = "") -> list[Any]:
    """Statements of one matrix row (country code or body name) in one month (YYYY-MM)."""
    from refwatch.report.queries import statement_row_key

    q = (
        select(
            statements,
            actors.c.kind.label("actor_kind"),
            actors.c.name.label("actor_name"),
            actors.c.org.label("actor_org"),
        )
        .select_from(statements.outerjoin(actors, actors.c.id == statements.c.actor_id))
        .where(statements.c.review_status != "rejected")
        .order_by(statements.c.date, statements.c.id)
        .limit(1000)
    )
    try:
        start = dt.date.fromisoformat(month + "-01") if month else None
    except ValueError:
        start = None
    if start:
        end = (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        q = q.where(statements.c.date >= start, statements.c.date < end)
    if speaker:  # narrow in SQL; the exact row rule is applied below
        s, a = statements.c, actors.c
        q = q.where(
            or_(
                s.speaker_country == speaker,
                s.speaker == speaker,
                a.name == speaker,
                a.org == speaker,
            )
        )
    rows = conn.execute(q).all()
    if speaker:
        rows = [
            r
            for r in rows
            if statement_row_key(
                r.actor_name or r.speaker, r.speaker_country, r.actor_kind, r.actor_org
            )
            == speaker
        ]
    return list(rows)
