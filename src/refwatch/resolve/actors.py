"""One registry of actors across documents, spellings and scripts.

The store keeps an actor row per key the extractors produced; here rows that name the same
person, organisation or government are grouped: by the known-actor data
(`domain/actors.yaml` and `domain/<lang>/actors.yaml`), by shared normalised names and
aliases, and for people by `refwatch.nlp.romanize.same_person` ("Cho Tae-yul" = "조태열"),
never joining two rows whose countries disagree. Pure over plain records; `registry(store)`
reads the store.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations, pairwise
from typing import Any

from sqlalchemy import select

from refwatch.domain import languages, load_data
from refwatch.store import Store, StoredActor
from refwatch.store import schema as t


@dataclass(frozen=True)
class Role:
    role: str | None
    org: str | None
    since: dt.date | None
    document_id: str | None


@dataclass
class RegistryActor:
    id: str  # known-actor id, or "actor-<lowest row id>"
    name: str
    kind: str
    country: str | None
    org: str | None
    role: str | None
    protected: bool
    aliases: list[str] = field(default_factory=list)
    row_ids: list[int] = field(default_factory=list)
    document_ids: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    statement_ids: list[int] = field(default_factory=list)
    meeting_ids: list[int] = field(default_factory=list)


def norm(name: str) -> str:
    return re.sub(r"[\W_]+", "", unicodedata.normalize("NFKC", name).casefold())


def known_names() -> dict[str, str]:
    """Every name the known-actor data gives, normalised -> known id."""
    out: dict[str, str] = {}
    for lang in languages():
        data = load_data(f"{lang}/actors.yaml") or {}
        table = data.get("names", data) if isinstance(data, dict) else {}
        for known_id, names in table.items():
            for n in names or ():
                out.setdefault(norm(str(n)), str(known_id))
    return out


def _same_person() -> Callable[[str, str], bool] | None:
    try:
        from refwatch.nlp.romanize import same_person
    except ImportError:  # pragma: no cover - the Korean area ships it
        return None
    return same_person


class _Union:
    """Union-find that refuses to join groups acting for different states."""

    def __init__(self, countries: Sequence[str | None]) -> None:
        self.parent = list(range(len(countries)))
        self.country = list(countries)

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        ca, cb = self.country[ra], self.country[rb]
        if ra == rb or (ca and cb and ca != cb):
            return
        root, child = min(ra, rb), max(ra, rb)
        self.parent[child] = root
        self.country[root] = ca or cb


def _names(a: StoredActor) -> list[str]:
    return [a.actor.name, *a.actor.aliases]


def _full_name(name: str) -> bool:
    """More than a bare family name: two Latin words, or three Hangul syllables."""
    hangul = re.sub(r"[^\uac00-\ud7a3]", "", name)
    if hangul:
        return len(hangul) >= 3
    return len(re.findall(r"\w+", name)) >= 2


def group_actors(rows: Sequence[StoredActor]) -> list[tuple[str | None, list[StoredActor]]]:
    """Rows grouped into real actors, each with its known-actor id when there is one."""
    known = known_names()
    u = _Union([a.actor.country for a in rows])
    known_of: dict[int, str] = {}
    first_with: dict[tuple[str, str], int] = {}
    for i, a in enumerate(rows):
        kid = a.key if a.key in known.values() else None
        kid = kid or next((known[norm(n)] for n in _names(a) if norm(n) in known), None)
        if kid:
            known_of[i] = kid
            tag = ("known", kid)
            u.union(first_with.setdefault(tag, i), i)
        for n in _names(a):
            tag = (a.actor.kind, norm(n))
            if a.actor.kind == "person" and not _full_name(n):
                continue  # "Kim" or "Cho" alone names many people
            if tag[1]:
                u.union(first_with.setdefault(tag, i), i)
    same = _same_person()
    people = [i for i, a in enumerate(rows) if a.actor.kind == "person"]
    if same is not None:
        from refwatch.nlp.romanize import name_keys

        by_key: dict[Any, list[int]] = defaultdict(list)
        for i in people:
            for n in filter(_full_name, _names(rows[i])):
                for k in name_keys(n):
                    by_key[k].append(i)
        for members in by_key.values():
            # buckets are small (one romanised reading); very common ones only chain
            pairs = combinations(members, 2) if len(members) <= 40 else pairwise(members)
            for x, y in pairs:
                if u.find(x) == u.find(y):
                    continue
                px, py = (
                    filter(_full_name, _names(rows[x])),
                    list(filter(_full_name, _names(rows[y]))),
                )
                if any(same(p, q) for p in px for q in py):
                    u.union(x, y)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(rows)):
        groups[u.find(i)].append(i)
    out = []
    for members in groups.values():
        kid = next((known_of[i] for i in members if i in known_of), None)
        out.append((kid, [rows[i] for i in members]))
    return out


def _pick(values: Iterable[str | None]) -> str | None:
    counts: dict[str, int] = {}
    for v in values:
        if v:
            counts[v] = counts.get(v, 0) + 1
    return max(counts, key=lambda v: (counts[v], -len(v))) if counts else None


def build_registry(
    rows: Sequence[StoredActor],
    roles: dict[int, list[Role]] | None = None,
    statements: dict[int, list[int]] | None = None,
    meetings: Sequence[tuple[int, Sequence[str]]] = (),
) -> list[RegistryActor]:
    """Registry actors from store rows, with roles, statements and meetings attached."""
    roles, statements = roles or {}, statements or {}
    out: list[RegistryActor] = []
    for kid, members in group_actors(rows):
        members = sorted(members, key=lambda a: a.id)
        names = list(dict.fromkeys(n for a in members for n in _names(a)))
        name = _pick(a.actor.name for a in members) or names[0]
        keys = {norm(n) for n in names}
        out.append(
            RegistryActor(
                id=kid or f"actor-{members[0].id}",
                name=name,
                kind=_pick(a.actor.kind for a in members) or members[0].actor.kind,
                country=_pick(a.actor.country for a in members),
                org=_pick(a.actor.org for a in members),
                role=_pick(a.actor.role for a in members),
                protected=any(a.protected for a in members),
                aliases=[n for n in names if n != name],
                row_ids=[a.id for a in members],
                document_ids=sorted({d for a in members for d in a.document_ids}),
                roles=sorted(
                    (r for a in members for r in roles.get(a.id, [])),
                    key=lambda r: (r.since or dt.date.min, r.role or ""),
                ),
                statement_ids=sorted(s for a in members for s in statements.get(a.id, [])),
                meeting_ids=[m for m, parts in meetings if keys & {norm(p) for p in parts}],
            )
        )
    out.sort(key=lambda r: (-len(r.document_ids), r.name.casefold()))
    return out


def registry(store: Store) -> list[RegistryActor]:
    rows = store.actors()
    roles: dict[int, list[Role]] = defaultdict(list)
    statements: dict[int, list[int]] = defaultdict(list)
    with store.read() as conn:
        r = t.actor_roles
        for x in conn.execute(select(r.c.actor_id, r.c.role, r.c.org, r.c.since, r.c.document_id)):
            roles[x.actor_id].append(Role(x.role, x.org, x.since, x.document_id))
        s = t.statements
        q = select(s.c.id, s.c.actor_id).where(
            s.c.actor_id.is_not(None), s.c.review_status != "rejected"
        )
        for st in conn.execute(q):
            statements[st.actor_id].append(st.id)
    meetings = [(m.id, m.meeting.participants) for m in store.meetings()]
    return build_registry(rows, roles, statements, meetings)
