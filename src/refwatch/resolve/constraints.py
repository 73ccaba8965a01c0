"""Analysts' merge decisions as must-link / cannot-link constraints on mention keys.

Decisions apply in the order they were made, so a later decision overrides an earlier one
about the same mentions. Every decision is a list of mention-key groups:
- merge / keep_together: all keys in all groups belong together;
- split / keep_apart: the first group stands apart from the other groups (a split names
  the split-off mentions first and the rest of the incident second).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations, product

TOGETHER = ("merge", "keep_together")
APART = ("split", "keep_apart")


@dataclass(frozen=True)
class Decision:
    action: str
    groups: tuple[tuple[str, ...], ...]


@dataclass
class Constraints:
    must_link: list[frozenset[str]] = field(default_factory=list)  # disjoint groups
    cannot_link: dict[str, set[str]] = field(default_factory=dict)

    def banned(self, key: str) -> set[str]:
        return self.cannot_link.get(key, set())


def _pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a < b else (b, a)


def build(decisions: Iterable[Decision]) -> Constraints:
    edges: set[tuple[str, str]] = set()
    cannot: set[tuple[str, str]] = set()
    for d in decisions:
        keys = [k for g in d.groups for k in g]
        if d.action in TOGETHER:
            for a, b in combinations(sorted(set(keys)), 2):
                cannot.discard((a, b))
            edges |= {_pair(keys[0], k) for k in keys[1:] if k != keys[0]}
        elif d.action in APART and len(d.groups) >= 2:
            sides = [set(d.groups[0])] + ([set(d.groups[1])] if d.action == "keep_apart" else [])
            for side in sides:
                for a, b in combinations(sorted(side), 2):
                    cannot.discard((a, b))
                # cut every link that ties this side to anything outside it
                edges = {e for e in edges if (e[0] in side) == (e[1] in side)}
                first = min(side)
                edges |= {_pair(first, k) for k in side if k != first}
            rest = {k for g in d.groups[1:] for k in g}
            cannot |= {_pair(a, b) for a, b in product(d.groups[0], rest) if a != b}
    return Constraints(must_link=_components(edges), cannot_link=_index(cannot))


def _components(edges: Iterable[tuple[str, str]]) -> list[frozenset[str]]:
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, set[str]] = {}
    for x in list(parent):
        groups.setdefault(find(x), set()).add(x)
    return [frozenset(g) for g in groups.values() if len(g) > 1]


def _index(pairs: Iterable[tuple[str, str]]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for a, b in pairs:
        out.setdefault(a, set()).add(b)
        out.setdefault(b, set()).add(a)
    return out


def decision(action: str, groups: Sequence[Sequence[str]]) -> Decision:
    return Decision(action, tuple(tuple(g) for g in groups))
