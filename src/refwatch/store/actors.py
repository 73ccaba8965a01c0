"""Actors: one row per real actor across documents, found again by key or by any known alias."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from typing import Any, cast

from sqlalchemy import Connection, delete, insert, select, update

from refwatch.model import Actor, ActorKind, Document
from refwatch.store import schema as t
from refwatch.store.records import StoredActor
from refwatch.store.rows import clean

_PUNCT = re.compile(r"[\W_]+", re.UNICODE)


def actor_key(actor: Actor) -> str:
    """Registry id when the extractor knew the actor, else its name normalised."""
    if actor.actor_id:
        return actor.actor_id
    name = unicodedata.normalize("NFKC", actor.name).casefold()
    return _PUNCT.sub(" ", name).strip()[:200] or clean(actor.name)[:200]


def _names(actor: Actor) -> list[str]:
    seen: dict[str, None] = {}
    for n in (actor.name, *actor.aliases):
        n = clean(n).strip()[:200]
        if n:
            seen.setdefault(n, None)
    return list(seen)


def _find(conn: Connection, actor: Actor) -> int | None:
    by_key = conn.execute(select(t.actors.c.id).where(t.actors.c.key == actor_key(actor))).scalar()
    if by_key is not None:
        return int(by_key)
    if actor.actor_id:  # a registry id is authoritative: never merge it by a shared alias
        return None
    by_alias = conn.execute(
        select(t.actor_aliases.c.actor_id)
        .join(t.actors, t.actors.c.id == t.actor_aliases.c.actor_id)
        .where(t.actor_aliases.c.alias.in_(_names(actor)), t.actors.c.kind == actor.kind)
        .order_by(t.actor_aliases.c.actor_id)
        .limit(1)
    ).scalar()
    return int(by_alias) if by_alias is not None else None


def upsert_actor(conn: Connection, actor: Actor, doc: Document) -> int:
    """The actor's id, creating it or filling fields it lacked; analysts' values stay."""
    actor_id = _find(conn, actor)
    known: set[str] = set()
    if actor_id is None:
        actor_id = int(
            conn.execute(
                insert(t.actors)
                .values(
                    key=actor_key(actor),
                    name=clean(actor.name),
                    kind=actor.kind,
                    country=actor.country,
                    org=actor.org,
                    role=actor.role,
                    protected=False,
                )
                .returning(t.actors.c.id)
            ).scalar_one()
        )
    else:
        row = conn.execute(select(t.actors).where(t.actors.c.id == actor_id)).mappings().one()
        fill = {
            k: v
            for k, v in (("country", actor.country), ("org", actor.org), ("role", actor.role))
            if v and not row[k]
        }
        if fill:
            conn.execute(update(t.actors).where(t.actors.c.id == actor_id).values(**fill))
        known = set(
            conn.execute(
                select(t.actor_aliases.c.alias).where(t.actor_aliases.c.actor_id == actor_id)
            ).scalars()
        )
    new = [n for n in _names(actor) if n not in known]
    if new:
        conn.execute(
            insert(t.actor_aliases),
            [{"actor_id": actor_id, "alias": n, "lang": doc.lang} for n in new],
        )
    if actor.role or actor.org:
        conn.execute(
            insert(t.actor_roles).values(
                actor_id=actor_id,
                role=actor.role,
                org=actor.org,
                since=doc.published,
                document_id=doc.id,
            )
        )
    return actor_id


def save_actors(conn: Connection, actors: list[Actor], doc: Document) -> dict[str, int]:
    """Store a document's actors; returns every name and alias -> actor id, for linking."""
    conn.execute(delete(t.actor_mentions).where(t.actor_mentions.c.document_id == doc.id))
    conn.execute(delete(t.actor_roles).where(t.actor_roles.c.document_id == doc.id))
    ids: dict[str, int] = {}
    for actor in actors:
        actor_id = upsert_actor(conn, actor, doc)
        for n in _names(actor):
            ids.setdefault(n, actor_id)
    mentioned = sorted(set(ids.values()))  # two spellings of one actor are one mention
    if mentioned:
        conn.execute(
            insert(t.actor_mentions),
            [{"actor_id": a, "document_id": doc.id} for a in mentioned],
        )
    return ids


def actor_of(row: Mapping[Any, Any], aliases: list[str], document_ids: list[str]) -> StoredActor:
    return StoredActor(
        id=row["id"],
        key=row["key"],
        protected=bool(row["protected"]),
        actor=Actor(
            name=row["name"],
            kind=cast(ActorKind, row["kind"]),
            aliases=[a for a in aliases if a != row["name"]],
            country=row["country"],
            org=row["org"],
            role=row["role"],
        ),
        document_ids=document_ids,
    )
