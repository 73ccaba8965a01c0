"""Analysts' changes: accept, correct or reject a fact, split or merge incidents, protect a
person. Each change and its audit_log entry (who, when, before, after) commit together.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Boolean, Date, Float, Integer, insert, select, update

from refwatch.model import INCIDENT_KINDS, STATEMENT_TYPES
from refwatch.resolve import DecisionError, ensure_merged, merge_incidents, split_incident
from refwatch.store import ReviewError as StoreReviewError
from refwatch.store import Store, audit
from refwatch.store.records import ReviewStatus
from refwatch.store.schema import actor_aliases, actors
from refwatch.web.data import FACT_TABLES

# What an analyst may correct, per fact table (provenance and evidence stay as extracted).
EDITABLE = {
    "incident_mentions": (
        "kind",
        "count_low",
        "count_high",
        "count_approx",
        "count_words",
        "earliest",
        "latest",
        "when_words",
        "facility",
        "city",
        "province",
        "country",
        "place_id",
        "lat",
        "lon",
        "crossing",
        "from_country",
        "to_country",
        "reported_by",
    ),
    "meetings": ("participants", "date", "date_words", "place"),
    "statements": (
        "speaker",
        "speaker_country",
        "type",
        "target_country",
        "topic",
        "date",
        "quote",
    ),
}
CHOICES = {
    "kind": INCIDENT_KINDS,
    "type": STATEMENT_TYPES,
    "topic": ("forced_return", "other"),
}


class ReviewError(ValueError):
    """A change that cannot be made as asked (bad value, unknown record)."""


def parse_field(table: str, name: str, raw: str) -> Any:
    """A form value as the column's type; empty means null."""
    col = FACT_TABLES[table].c[name]
    value = raw.strip()
    if isinstance(col.type, JSON):
        return [p.strip() for p in value.split(";") if p.strip()]
    if value == "":
        if not col.nullable:
            raise ReviewError(f"{name} cannot be empty")
        return None
    if name in CHOICES and value not in CHOICES[name]:
        raise ReviewError(f"{name} must be one of {', '.join(CHOICES[name])}")
    try:
        if isinstance(col.type, Boolean):
            return value.lower() in ("1", "true", "yes", "on")
        if isinstance(col.type, Integer):
            return int(value.replace(",", ""))
        if isinstance(col.type, Float):
            return float(value)
        if isinstance(col.type, Date):
            return dt.date.fromisoformat(value)
    except ValueError as err:
        raise ReviewError(f"{name}: {value!r} is not valid") from err
    if name.endswith("country") and len(value) != 2:
        raise ReviewError(f"{name} must be a two-letter ISO code")
    return value.upper() if name.endswith("country") else value


def review_fact(
    store: Store,
    user: str,
    table: str,
    record_id: int,
    status: ReviewStatus,
    changes: dict[str, str] | None = None,
) -> None:
    """Accept, reject or correct one fact (audited by the store), then re-merge incidents."""
    if table not in EDITABLE:
        raise ReviewError(f"{table} holds no reviewable facts")
    values: dict[str, Any] = {}
    if status == "corrected":
        for name, raw in (changes or {}).items():
            if name not in EDITABLE[table]:
                raise ReviewError(f"{name} cannot be corrected")
            values[name] = parse_field(table, name, raw)
    try:
        store.review(table, record_id, user, status, values)
    except StoreReviewError as err:
        raise ReviewError(str(err)) from err
    ensure_merged(store)


def split(store: Store, user: str, incident_id: str, mention_ids: list[int], note: str) -> str:
    try:
        return split_incident(store, incident_id, mention_ids, user, note or None)
    except DecisionError as err:
        raise ReviewError(str(err)) from err


def merge(store: Store, user: str, incident_ids: list[str], note: str) -> str:
    try:
        return merge_incidents(store, incident_ids, user, note or None)
    except DecisionError as err:
        raise ReviewError(str(err)) from err


def set_protected(store: Store, user: str, actor_id: int, protected: bool) -> None:
    with store.write() as conn:
        row = conn.execute(select(actors.c.protected).where(actors.c.id == actor_id)).first()
        if row is None:
            raise ReviewError(f"no actor {actor_id}")
        conn.execute(update(actors).where(actors.c.id == actor_id).values(protected=protected))
        audit.log(
            conn,
            user,
            "protect" if protected else "unprotect",
            "actors",
            actor_id,
            {"protected": bool(row.protected)},
            {"protected": protected},
        )


ACTOR_FIELDS = ("name", "kind", "country", "org", "role")
ACTOR_KINDS = ("person", "organization", "government")


def correct_actor(store: Store, user: str, actor_id: int, form: dict[str, str]) -> None:
    """Change an actor's name, kind, country, organisation or role, or add a spelling."""
    values: dict[str, Any] = {}
    for name in ACTOR_FIELDS:
        if name not in form:
            continue
        value = form[name].strip() or None
        if name in ("name", "kind") and value is None:
            raise ReviewError(f"{name} cannot be empty")
        if name == "kind" and value not in ACTOR_KINDS:
            raise ReviewError(f"kind must be one of {', '.join(ACTOR_KINDS)}")
        if name == "country" and value is not None:
            if len(value) != 2 or not value.isalpha():
                raise ReviewError("country must be a two-letter ISO code")
            value = value.upper()
        values[name] = value
    alias = form.get("alias", "").strip()
    with store.write() as conn:
        before = conn.execute(select(actors).where(actors.c.id == actor_id)).mappings().first()
        if before is None:
            raise ReviewError(f"no actor {actor_id}")
        if values:
            conn.execute(update(actors).where(actors.c.id == actor_id).values(**values))
        if alias:
            known = conn.execute(
                select(actor_aliases.c.id).where(
                    actor_aliases.c.actor_id == actor_id, actor_aliases.c.alias == alias
                )
            ).first()
            if known is None:
                conn.execute(insert(actor_aliases).values(actor_id=actor_id, alias=alias))
        after = conn.execute(select(actors).where(actors.c.id == actor_id)).mappings().one()
        changed = {k: after[k] for k in ACTOR_FIELDS if after[k] != before[k]}
        audit.log(
            conn,
            user,
            "correct",
            "actors",
            actor_id,
            {k: before[k] for k in changed},
            {**changed, **({"alias": alias} if alias else {})},
        )
