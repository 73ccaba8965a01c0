"""Registering Korean actors: one entry per referent, every mention with its span.

`Registry` is the bookkeeping under `ko_actors`: it adds an actor the first time it is
named (taking the registry's spellings as aliases), fills in fields later mentions give,
records each mention, and remembers which stretches of text are already taken so that a
later pass does not read the same words as a second actor.
"""

from __future__ import annotations

from refwatch.extract.ko_doc import KoText
from refwatch.extract.ko_lexicon import lexicon
from refwatch.extract.ko_names import hangul, known_actors
from refwatch.extract.ko_refs import ActorTable, Mention, Pending
from refwatch.model import Actor, ActorKind


class Registry:
    def __init__(self, doc: KoText) -> None:
        self.doc = doc
        self.lex = lexicon()
        self.table = ActorTable()
        self.taken: list[tuple[int, int]] = []
        self.pending: list[Pending] = []

    def add(
        self,
        key: str,
        name: str,
        kind: ActorKind,
        span: tuple[int, int],
        particle: str,
        **fields: str | None,
    ) -> None:
        actors = self.table.actors
        if key not in actors:
            known = known_actors().get(key)
            if known and not hangul(name[:1]):
                name = known.names[0]  # a Latin abbreviation seen first: list the Korean name
            aliases = [n for n in (known.names + known.other if known else ()) if n != name]
            actors[key] = Actor(
                name=name,
                kind=kind,
                aliases=aliases,
                country=fields.get("country") or (known.country if known else None),
                org=fields.get("org"),
                role=fields.get("role"),
                actor_id=known.id if known else None,
            )
        else:
            a = actors[key]
            if _deictic(a.name) and " " in name and not _deictic(name):
                # "우리 정부" then "한국 정부": list the name any reader can place
                a.aliases = [n for n in [a.name, *a.aliases] if n != name]
                a.name = name
            a.org = a.org or fields.get("org")
            a.role = a.role or fields.get("role")
            a.country = a.country or fields.get("country")
        alias = fields.get("alias")
        if alias and alias not in actors[key].aliases and alias != actors[key].name:
            actors[key].aliases.append(alias)
        self.table.mentions.append(Mention(span[0], span[1], key, particle))
        self.taken.append(span)

    def free(self, start: int, end: int) -> bool:
        return not any(start < b and a < end for a, b in self.taken)

    def short(self, surname: str, role: str | None, span: tuple[int, int], particle: str) -> None:
        """'윤 대표': a surname and title, resolved once every full name is known."""
        self.pending.append((surname, role, span, particle))


def _deictic(name: str) -> bool:
    """'우리 정부': named from the writer's side ('our'), not by its country."""
    return name.split()[0] in lexicon().self_reference
