"""Records to and from the JSON shape of the annotated corpus (`shared/corpus/SCHEMA.md`)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from refwatch.model import (
    Actor,
    Count,
    Document,
    Evidence,
    Extraction,
    Incident,
    Meeting,
    Place,
    Statement,
    Window,
)

JSON = dict[str, Any]


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def evidence_json(e: Evidence) -> JSON:
    return {"start": e.start, "end": e.end, "text": e.text}


def count_json(c: Count | None) -> JSON | None:
    if c is None:
        return None
    return {"low": c.low, "high": c.high, "approx": c.approx, "words": c.words}


def window_json(w: Window) -> JSON:
    return {"earliest": _iso(w.earliest), "latest": _iso(w.latest), "words": w.words}


def place_json(p: Place) -> JSON:
    out: JSON = {
        "facility": p.facility,
        "city": p.city,
        "province": p.province,
        "country": p.country,
    }
    if p.place_id:
        out.update(place_id=p.place_id, lat=p.lat, lon=p.lon)
    return out


def document_json(doc: Document, *, relevant: bool, with_text: bool = True) -> JSON:
    out: JSON = {
        "id": doc.id,
        "sha256": doc.sha256,
        "file": doc.source,
        "title": doc.title,
        "published": _iso(doc.published),
        "lang": doc.lang,
        "encoding": doc.encoding,
        "relevant": relevant,
    }
    if with_text:
        out["text"] = doc.text
    return out


def incident_json(i: Incident) -> JSON:
    return {
        "kind": i.kind,
        "count": count_json(i.count),
        "when": window_json(i.when),
        "where": place_json(i.where),
        "crossing": list(i.crossing),
        "from_country": i.from_country,
        "to_country": i.to_country,
        "reported_by": list(i.reported_by),
        "evidence": evidence_json(i.evidence),
    }


def meeting_json(m: Meeting) -> JSON:
    return {
        "participants": list(m.participants),
        "date": _iso(m.date),
        "place": m.place,
        "evidence": evidence_json(m.evidence),
    }


def statement_json(s: Statement) -> JSON:
    return {
        "speaker": s.speaker,
        "speaker_country": s.speaker_country,
        "type": s.type,
        "target_country": s.target_country,
        "topic": s.topic,
        "date": _iso(s.date),
        "quote": s.quote,
        "evidence": evidence_json(s.evidence),
    }


def actor_json(a: Actor) -> JSON:
    out: JSON = {
        "name": a.name,
        "aliases": list(a.aliases),
        "kind": a.kind,
        "country": a.country,
        "org": a.org,
        "role": a.role,
    }
    if a.actor_id:
        out["actor_id"] = a.actor_id
    return out


def extraction_json(x: Extraction) -> JSON:
    """One document's facts in the SCHEMA shape, with the document itself under "document"."""
    doc = x.document
    return {
        "id": doc.id,
        "file": doc.source,
        "lang": doc.lang,
        "published": _iso(doc.published),
        "title": doc.title,
        "relevant": x.relevant,
        "extractor": x.extractor,
        "document": document_json(doc, relevant=x.relevant),
        "incidents": [incident_json(i) for i in x.incidents],
        "meetings": [meeting_json(m) for m in x.meetings],
        "statements": [statement_json(s) for s in x.statements],
        "actors": [actor_json(a) for a in x.actors],
    }
