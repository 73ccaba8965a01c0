"""Statements, meetings and actors as the CLI and the Python API list them: JSON-ready dicts
with their document and review status, filtered the same way for both."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict
from typing import Any

from refwatch.store import Store

JSON = dict[str, Any]


def _in_range(d: str | None, since: dt.date | None, until: dt.date | None) -> bool:
    if not (since or until):
        return True
    if d is None:
        return False
    day = dt.date.fromisoformat(d)
    return (since is None or day >= since) and (until is None or day <= until)


def _fact_json(fact: JSON, s: Any) -> JSON:
    return {
        "id": s.id,
        **fact,
        "document": s.origin.source,
        "document_id": s.origin.document_id,
        "published": s.origin.published.isoformat() if s.origin.published else None,
        "review_status": s.provenance.review_status,
        "extractor": s.provenance.extractor,
    }


def statements(
    store: Store,
    speaker: str | None = None,
    type: str | None = None,
    country: str | None = None,
    topic: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> list[JSON]:
    """Who said what about whom; dated by the statement, else by its report's publication."""
    from refwatch.serialize import statement_json

    out = []
    c = (country or "").upper()
    for s in store.statements():
        rec = _fact_json(statement_json(s.statement), s)
        rec["actor_id"] = s.actor_id
        if speaker and speaker.casefold() not in rec["speaker"].casefold():
            continue
        if (type and rec["type"] != type) or (topic and rec["topic"] != topic):
            continue
        if c and c not in (rec["speaker_country"], rec["target_country"]):
            continue
        if _in_range(rec["date"] or rec["published"], since, until):
            out.append(rec)
    return out


def meetings(
    store: Store,
    participant: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> list[JSON]:
    """Diplomatic meetings with their participants, date and place."""
    from refwatch.serialize import meeting_json

    out = []
    for m in store.meetings():
        rec = _fact_json(meeting_json(m.meeting), m)
        names = " | ".join(rec["participants"]).casefold()
        if participant and participant.casefold() not in names:
            continue
        if _in_range(rec["date"] or rec["published"], since, until):
            out.append(rec)
    return out


def actors(
    store: Store, kind: str | None = None, country: str | None = None, name: str | None = None
) -> list[JSON]:
    """The actor registry, one entry per person, organisation or government."""
    from refwatch.resolve.actors import registry

    out = []
    for a in registry(store):
        if (kind and a.kind != kind) or (country and (a.country or "") != country.upper()):
            continue
        if name and not any(name.casefold() in n.casefold() for n in [a.name, *a.aliases]):
            continue
        out.append(json.loads(json.dumps(asdict(a), default=str)))
    return out
