"""The known-actor registry and the English lexicons, read from the domain data files.

`domain/actors.yaml` holds language-neutral records (kind, country, org, roles);
`domain/en/actors.yaml` the English names of each and word lists that tell actors from
media and venues. Korean code reads the same `actors.yaml` with its own name file.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from refwatch.domain import load_data
from refwatch.model import ActorKind
from refwatch.nlp.en_names import fold, same_name, variant_key


@dataclass(frozen=True)
class Role:
    title: str
    since: str  # "YYYY" or "YYYY-MM-DD"


@dataclass(frozen=True)
class KnownActor:
    id: str
    kind: ActorKind
    country: str | None
    names: tuple[str, ...]  # preferred English name first
    org: str | None = None
    roles: tuple[Role, ...] = ()
    national: bool = False  # the government of a whole state (a regime, an administration)

    @property
    def name(self) -> str:
        return self.names[0] if self.names else self.id

    def role_on(self, day: dt.date | None) -> str | None:
        """The title held on `day` (the newest one taken up by then), else the newest."""
        if not self.roles:
            return None
        if day is not None:
            for role in sorted(self.roles, key=lambda r: r.since, reverse=True):
                if role.since <= day.isoformat():
                    return role.title
        return self.roles[0].title


def _kind(value: Any) -> ActorKind:
    if value == "person":
        return "person"
    if value == "government":
        return "government"
    return "organization"


@cache
def known_actors() -> dict[str, KnownActor]:
    records: dict[str, Any] = load_data("actors.yaml") or {}
    names: dict[str, Any] = (load_data("en/actors.yaml") or {}).get("names") or {}
    out: dict[str, KnownActor] = {}
    for aid, rec in records.items():
        rec = rec or {}
        roles = tuple(
            Role(str(r.get("title", "")), str(r.get("since", ""))) for r in rec.get("roles") or ()
        )
        out[aid] = KnownActor(
            id=aid,
            kind=_kind(rec.get("kind")),
            country=rec.get("country"),
            names=tuple(str(n) for n in names.get(aid) or ()),
            org=rec.get("org"),
            roles=roles,
            national=bool(rec.get("national")),
        )
    return out


@cache
def _by_folded_name() -> dict[str, str]:
    out: dict[str, str] = {}
    for actor in known_actors().values():
        for n in actor.names:
            out.setdefault(fold(n), actor.id)
    return out


@cache
def _by_surname_key() -> dict[str, list[str]]:
    """Person ids by the romanisation key of each name's first and last part."""
    out: dict[str, list[str]] = {}
    for actor in known_actors().values():
        if actor.kind != "person":
            continue
        for n in actor.names:
            key = variant_key(n).split()
            for k in {key[0], key[-1]} if key else set():
                out.setdefault(k, []).append(actor.id)
    return out


# Bounded: a long batch sees many names.
@lru_cache(maxsize=1 << 16)
def find_known(name: str) -> KnownActor | None:
    """The registry entry a name (any listed spelling or romanisation variant) belongs to."""
    table = known_actors()
    hit = _by_folded_name().get(fold(name))
    if hit is None and re.match(r"[A-Z][\w .]+['’]s\s", name):
        # "South Korea's Unification Ministry": the possessive only says whose
        hit = _by_folded_name().get(fold(re.sub(r"^[A-Z][\w .]+['’]s\s+", "", name)))
    if hit:
        return table[hit]
    if len(fold(name).split()) < 2:
        return None
    key = variant_key(name).split()
    ids = {i for k in {key[0], key[-1]} for i in _by_surname_key().get(k, [])}
    for aid in sorted(ids):
        if any(same_name(name, n) for n in table[aid].names):
            return table[aid]
    return None


@cache
def word_list(key: str) -> tuple[str, ...]:
    """A word list from `en/actors.yaml` (media_words, not_actor_words, ...)."""
    data = load_data("en/actors.yaml") or {}
    return tuple(str(w) for w in data.get(key) or ())


@cache
def lexicon(name: str) -> dict[str, Any]:
    """An English lexicon file (`statements`, `meetings`, `roles`) as a mapping."""
    data = load_data(f"en/{name}.yaml")
    return data if isinstance(data, dict) else {}
