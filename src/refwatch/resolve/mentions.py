"""The record the merger works on: one incident as one document reports it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from refwatch.model import Count, Document, Evidence, Incident, Place, Window


@dataclass(frozen=True)
class IncidentMention:
    """One document's report of one incident, with what the merger needs about its source.

    `key` is stable across re-ingest and re-merge ("<document id>:<ordinal>"): document ids
    come from the content hash, so the same bytes always give the same keys.
    """

    key: str
    document_id: str
    source: str  # path or URL exactly as ingested
    kind: str
    evidence: Evidence
    published: dt.date | None = None
    lang: str | None = None
    count: Count | None = None
    when: Window = field(default_factory=Window)
    where: Place = field(default_factory=Place)
    crossing: tuple[str, ...] = ()
    from_country: str | None = None
    to_country: str | None = None
    reported_by: tuple[str, ...] = ()
    mention_id: int | None = None  # row id in the store, when it came from there
    ordinal: int = 0


def mention_key(document_id: str, ordinal: int) -> str:
    return f"{document_id}:{ordinal}"


def from_incident(doc: Document, ordinal: int, incident: Incident) -> IncidentMention:
    """A mention from an extracted Incident of `doc` (its `ordinal`-th incident)."""
    return from_report(
        incident,
        mention_key(doc.id, ordinal),
        doc.id,
        doc.source,
        doc.published,
        doc.lang,
        ordinal,
    )


def from_report(
    incident: Incident,
    key: str,
    document_id: str,
    source: str,
    published: dt.date | None,
    lang: str | None,
    ordinal: int,
    mention_id: int | None = None,
) -> IncidentMention:
    """A mention from an Incident and what is known of its document (extracted or stored)."""
    return IncidentMention(
        key=key,
        document_id=document_id,
        source=source,
        kind=incident.kind,
        evidence=incident.evidence,
        published=published,
        lang=lang,
        count=incident.count,
        when=incident.when,
        where=incident.where,
        crossing=tuple(incident.crossing),
        from_country=incident.from_country,
        to_country=incident.to_country,
        reported_by=tuple(incident.reported_by),
        mention_id=mention_id,
        ordinal=ordinal,
    )
