"""Model records <-> table rows, as pure functions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any, cast

from refwatch.model import (
    Count,
    Evidence,
    Incident,
    IncidentKind,
    Meeting,
    Place,
    Statement,
    StatementType,
    Topic,
    Window,
)
from refwatch.store.records import FactSource, Provenance, ReviewStatus

Row = dict[str, Any]


def clean(text: str) -> str:
    """Text safe for every backend: PostgreSQL refuses NUL; same length keeps offsets valid."""
    return text.replace("\x00", "\ufffd")


def _opt(text: str | None) -> str | None:
    return clean(text) if text is not None else None


def evidence_row(e: Evidence) -> Row:
    return {"ev_start": e.start, "ev_end": e.end, "ev_text": clean(e.text)}


def incident_row(i: Incident) -> Row:
    c = i.count
    return {
        "kind": i.kind,
        "count_low": c.low if c else None,
        "count_high": c.high if c else None,
        "count_approx": c.approx if c else None,
        "count_words": _opt(c.words) if c else None,
        "earliest": i.when.earliest,
        "latest": i.when.latest,
        "when_words": _opt(i.when.words) or None,
        "facility": _opt(i.where.facility),
        "city": _opt(i.where.city),
        "province": _opt(i.where.province),
        "country": i.where.country,
        "place_id": i.where.place_id,
        "lat": i.where.lat,
        "lon": i.where.lon,
        "crossing": [clean(x) for x in i.crossing],
        "from_country": i.from_country,
        "to_country": i.to_country,
        "reported_by": [clean(x) for x in i.reported_by],
        **evidence_row(i.evidence),
    }


def meeting_row(m: Meeting) -> Row:
    return {
        "participants": [clean(p) for p in m.participants],
        "date": m.date,
        "date_words": _opt(m.date_words) or None,
        "place": _opt(m.place),
        **evidence_row(m.evidence),
    }


def statement_row(s: Statement) -> Row:
    return {
        "speaker": clean(s.speaker),
        "speaker_country": s.speaker_country,
        "type": s.type,
        "target_country": s.target_country,
        "topic": s.topic,
        "date": s.date,
        "quote": _opt(s.quote),
        **evidence_row(s.evidence),
    }


def evidence_of(r: Mapping[Any, Any]) -> Evidence:
    return Evidence(start=r["ev_start"], end=r["ev_end"], text=r["ev_text"])


def incident_of(r: Mapping[Any, Any]) -> Incident:
    count = None
    if r["count_low"] is not None or r["count_high"] is not None or r["count_words"]:
        count = Count(
            low=r["count_low"],
            high=r["count_high"],
            approx=bool(r["count_approx"]),
            words=r["count_words"] or "",
        )
    return Incident(
        kind=cast(IncidentKind, r["kind"]),
        evidence=evidence_of(r),
        count=count,
        when=Window(r["earliest"], r["latest"], r["when_words"] or ""),
        where=Place(
            facility=r["facility"],
            city=r["city"],
            province=r["province"],
            country=r["country"],
            place_id=r["place_id"],
            lat=r["lat"],
            lon=r["lon"],
        ),
        crossing=list(r["crossing"] or []),
        from_country=r["from_country"],
        to_country=r["to_country"],
        reported_by=list(r["reported_by"] or []),
    )


def meeting_of(r: Mapping[Any, Any]) -> Meeting:
    return Meeting(
        participants=list(r["participants"] or []),
        evidence=evidence_of(r),
        date=r["date"],
        place=r["place"],
        date_words=r["date_words"] or "",
    )


def statement_of(r: Mapping[Any, Any]) -> Statement:
    return Statement(
        speaker=r["speaker"],
        type=cast(StatementType, r["type"]),
        evidence=evidence_of(r),
        speaker_country=r["speaker_country"],
        target_country=r["target_country"],
        topic=cast(Topic, r["topic"]),
        date=r["date"],
        quote=r["quote"],
    )


def provenance_of(r: Mapping[Any, Any]) -> Provenance:
    return Provenance(
        extractor=r["extractor"],
        review_status=cast(ReviewStatus, r["review_status"]),
        reviewed_by=r["reviewed_by"],
        reviewed_at=r["reviewed_at"],
    )


def source_of(r: Mapping[Any, Any]) -> FactSource:
    return FactSource(
        document_id=r["document_id"],
        source=r["source"],
        published=r["published"],
        lang=r["lang"],
        title=r["title"],
    )


def jsonable(row: Mapping[Any, Any]) -> dict[str, object]:
    """A row as JSON-safe values, for the audit log."""
    out: dict[str, object] = {}
    for key, value in row.items():
        if isinstance(value, dt.date | dt.datetime):
            out[key] = value.isoformat()
        elif isinstance(value, bytes):
            out[key] = f"<{len(value)} bytes>"
        else:
            out[key] = value
    return out
