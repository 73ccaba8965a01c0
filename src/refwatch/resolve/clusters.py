"""A cluster of reports being built by the merger, and how a new report compares with it.

A cluster keeps what its members jointly say (countries, the window they share, place
levels, the union of their count intervals, their point values, reporters) so that each
comparison with a new report is cheap.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from refwatch.resolve.estimate import bounds, point
from refwatch.resolve.mentions import IncidentMention
from refwatch.resolve.places import Levels
from refwatch.resolve.spans import span

Span = tuple[float, float]


@dataclass
class Cluster:
    seq: int
    kind: str
    members: list[IncidentMention] = field(default_factory=list)
    from_c: str | None = None
    to_c: str | None = None
    core: tuple[int, int] | None = None
    levels: Levels = field(default_factory=dict)
    spans: list[Span] = field(default_factory=list)  # count bounds, merged
    points: list[float] = field(default_factory=list)  # sorted point values
    reporters: set[str] = field(default_factory=set)
    banned: set[str] = field(default_factory=set)

    def add(self, m: IncidentMention, levels: Levels, banned: set[str]) -> None:
        self.members.append(m)
        self.from_c = self.from_c or m.from_country
        self.to_c = self.to_c or m.to_country
        s = span(m)
        if s is not None:
            if self.core is None:
                self.core = s
            else:
                lo, hi = max(self.core[0], s[0]), min(self.core[1], s[1])
                if lo <= hi:  # keep the last consistent core when a report disagrees
                    self.core = (lo, hi)
        for k, v in levels.items():
            if k not in self.levels or self.levels[k].startswith("~"):
                self.levels[k] = v
        if m.count is not None:
            b, p = bounds(m.count), point(m.count)
            if b is not None:
                self.spans = _insertspan(self.spans, b)
            if p:
                bisect.insort(self.points, p)
        self.reporters |= {r.casefold() for r in m.reported_by}
        self.banned |= banned


def countries_ok(m: IncidentMention, c: Cluster) -> bool:
    return not (
        (m.from_country and c.from_c and m.from_country != c.from_c)
        or (m.to_country and c.to_c and m.to_country != c.to_c)
    )


def _insertspan(spans: list[Span], new: Span) -> list[Span]:
    """Add an interval to a sorted list of disjoint intervals, merging what it touches."""
    lo, hi = new
    out: list[Span] = []
    for a, b in spans:
        if b < lo or a > hi:
            out.append((a, b))
        else:
            lo, hi = min(lo, a), max(hi, b)
    bisect.insort(out, (lo, hi))
    return out


def count_agreement(m: IncidentMention, c: Cluster) -> bool | None:
    """True if it agrees with some report; False if with none; None if nothing to compare.

    Agreeing with some report = its bounds meet the union of the reports' bounds.
    """
    mb = bounds(m.count) if m.count is not None else None
    if mb is None or not c.spans:
        return None
    i = bisect.bisect_right(c.spans, (mb[1], float("inf")))
    return i > 0 and c.spans[i - 1][1] >= mb[0]


def gross_mismatch(m: IncidentMention, c: Cluster, gross: float) -> bool:
    """Is every report's number more than `gross` times bigger or smaller than this one's?"""
    p = point(m.count) if m.count else None
    if not p or not c.points:
        return False
    i = bisect.bisect_left(c.points, p / gross)
    return not (i < len(c.points) and c.points[i] <= p * gross)
