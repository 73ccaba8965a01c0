"""Grouping an English document's actor mentions: one group per real actor.

People by romanisation key, registry id and short forms ("Cho", "Pak" for "Jung Pak");
organisations by name, registry id, acronym and first word ("Korvana" for "Korvana
Electronics"); ministries of one country by what they are ("Seoul's foreign ministry" is
the Ministry of Foreign Affairs); a state's government as a whole into one group.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from refwatch.extract.en_mention_base import Mention
from refwatch.extract.en_registry import known_actors
from refwatch.model import ActorKind
from refwatch.nlp.en_names import acronym, fold, parts, same_name, short_form_of


@dataclass
class Group:
    kind: ActorKind
    mentions: list[Mention] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    known_id: str | None = None
    country: str | None = None
    role: str | None = None
    org: str | None = None
    affiliation_only: bool = True
    inside_other: bool = False  # named as part of a larger body ("X Center at the Y")

    def add(self, m: Mention) -> None:
        self.mentions.append(m)
        if m.text not in self.names:
            self.names.append(m.text)
        self.known_id = self.known_id or m.known_id
        self.country = self.country or m.country


def dedupe(orgs: list[Mention], persons: list[Mention], bad: set[str]) -> list[Mention]:
    """One mention per span; none that is a place, a news outlet or holds a person's name."""
    out: dict[tuple[int, int], Mention] = {}
    for m in orgs:
        if fold(m.text) in bad and not m.known_id:
            continue
        if any(m.start <= p.start and p.end <= m.end for p in persons):
            continue
        if not m.known_id and any(short_form_of(m.text, p.text) for p in persons):
            continue
        prev = out.get((m.start, m.end))
        if prev is None or (m.known_id and not prev.known_id):
            out[(m.start, m.end)] = m
    return sorted(out.values(), key=lambda m: m.start)


def person_groups(persons: list[Mention]) -> list[Group]:
    full = [m for m in persons if len(parts(m.text)) >= 2]
    short = [m for m in persons if len(parts(m.text)) < 2]
    groups: list[Group] = []
    for m in full:
        for g in groups:
            if (m.known_id and m.known_id == g.known_id) or any(
                same_name(m.text, n) for n in g.names
            ):
                g.add(m)
                break
        else:
            g = Group("person")
            g.add(m)
            groups.append(g)
    # A short form joins a longer name it is part of, preferring the name it ends or
    # starts (a surname) and then the person named first (the story's main subject).
    for m in list(short) + [m for m in full if len(parts(m.text)) == 2]:
        cands = []
        for i, g in enumerate(groups):
            if m in g.mentions:
                continue
            for n in g.names:
                if short_form_of(m.text, n):
                    edge = parts(m.text)[-1] in (parts(n)[0], parts(n)[-1])
                    cands.append((not edge, i))
                    break
        if not cands:
            continue
        if any(m in g.mentions for g in groups) and len(parts(m.text)) >= 2:
            continue
        _, best = min(cands)
        groups[best].add(m)
    return [g for g in groups if any(len(parts(n)) >= 2 for n in g.names)]


def org_groups(
    text: str, orgs: list[Mention], page: Callable[[], str] | None = None
) -> list[Group]:
    """Organisation mentions grouped; an acronym takes its long form from the text or,
    failing that, from the page around it (a site name in the masthead)."""
    groups: list[Group] = []
    pairs = {
        (fold(m.group(1)), m.group(2))
        for m in re.finditer(r"([A-Z][\w'’ .-]+?)\s+\(([A-Z]{2,8})\)", text)
    }
    for m in orgs:
        key = fold(m.text)
        for g in groups:
            if m.country and g.country and m.country != g.country:
                continue
            if (
                (m.known_id and m.known_id == g.known_id)
                or any(fold(n) == key for n in g.names)
                or any((fold(n), m.text) in pairs or (key, n) in pairs for n in g.names)
                or any(fold(n).endswith(key) and len(key.split()) >= 2 for n in g.names)
                or any(key.endswith(fold(n)) and len(fold(n).split()) >= 2 for n in g.names)
                or any(_first_word_of(m.text, n) or _first_word_of(n, m.text) for n in g.names)
                or _same_body(m, g)
                or (m.text.isupper() and any(acronym(n) == m.text for n in g.names))
            ):
                g.add(m)
                break
        else:
            g = Group(m.kind)
            g.add(m)
            groups.append(g)
    bare = [g for g in groups if all(n.isupper() for n in g.names)]
    if bare:
        long_forms = _long_forms(text)
        if page is not None and any(n not in long_forms for g in bare for n in g.names):
            long_forms = {**_long_forms(page()), **long_forms}
        for g in bare:
            for n in list(g.names):
                if n in long_forms and not any(len(x) > len(n) for x in g.names):
                    g.names.insert(0, long_forms[n])
    return groups


def _long_forms(text: str) -> dict[str, str]:
    """Runs of capitalised words by their initials ("NCM": "Northern Crossings Monitor")."""
    return {
        acronym(m.group(0)): m.group(0)
        for m in re.finditer(
            r"(?:[A-Z][\w'’-]+[ \t]+(?:(?:of|for|on|and)[ \t]+)?){2,}[A-Z][\w'’-]+", text
        )
    }


def _first_word_of(short: str, full: str) -> bool:
    """ "Korvana" for "Korvana Electronics": a one-word name that starts a longer one."""
    return " " not in short and not short.isupper() and full.startswith(short + " ")


def _body_key(name: str) -> str:
    name = re.sub(r"Ministry of Foreign Affairs", "foreign ministry", name)
    name = re.sub(r"Ministry of Defen[cs]e", "defense ministry", name)
    return fold(name).split(" ", 1)[-1] if "'" in name else fold(name)


def _same_body(m: Mention, g: Group) -> bool:
    """Two names of one ministry of one country ("Seoul's foreign ministry")."""
    if m.kind != "government" or g.kind != "government" or not m.country:
        return False
    key = _body_key(m.text)
    return g.country == m.country and any(
        _body_key(n).endswith(key) or key.endswith(_body_key(n)) for n in g.names
    )


def national_groups(govs: list[Mention]) -> list[Group]:
    national: dict[str, Group] = {}
    for m in govs:
        if m.country:
            national.setdefault(m.country, Group("government", country=m.country)).add(m)
    return [g for g in national.values() if any(m.strong for m in g.mentions)]


def merge_known_national(groups: list[Group]) -> list[Group]:
    """A registry body that governs a whole state (a regime) absorbs that state's mentions."""
    table = known_actors()
    out = []
    regimes = {
        table[g.known_id].country: g
        for g in groups
        if g.known_id and g.known_id in table and table[g.known_id].national
    }
    for g in groups:
        target = regimes.get(g.country) if g.kind == "government" and not g.known_id else None
        if target is not None and target is not g and all(m.national for m in g.mentions):
            for m in g.mentions:
                target.add(m)
            continue
        out.append(g)
    return out
