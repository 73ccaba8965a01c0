"""Cross-document incident clustering: which reports describe the same real event.

A mention joins an existing cluster only if it is compatible with the cluster as a whole
(complete-linkage on the hard rules, so a year-wide report cannot chain two distinct
events together):
- same kind; the same countries where both name them; no place level that disagrees;
- time windows overlap (a couple of days' slack for day-precise reports), and then either
  both windows are narrow (a month or less), or the counts agree within their stated
  approximation, or both name the same city/facility - but never counts a factor of ten
  apart;
- reports with no date ("recently") join only a tightly dated cluster of the same country
  pair that their document was published soon after, with a count (or specific place)
  that agrees with one of its reports; otherwise they stay alone.
Among compatible clusters the mention picks the best by time overlap, count, place and
reporter agreement. Mentions are taken most precisely dated first, so clusters form
around sharp reports. Blocking by kind, country pair and 8-day bucket keeps the work
near-linear. Analysts' constraints (`constraints.py`) seed clusters and veto joins.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace

from refwatch.resolve.constraints import Constraints
from refwatch.resolve.estimate import bounds, point
from refwatch.resolve.mentions import IncidentMention
from refwatch.resolve.places import Levels, level_conflict, place_levels, specific_agreement
from refwatch.resolve.spans import OPEN, buckets, month, overlap, span, width

Span = tuple[float, float]


@dataclass(frozen=True)
class MergeParams:
    narrow_days: int = 31
    slack_days: int = 2
    gross_ratio: float = 10.0  # counts this far apart are never one event
    undated_lag_days: int = 92  # how soon after the event an undated report must appear
    undated_max_width: int = 92  # undated reports only join clusters dated this tightly
    open_reach_days: int = 366  # how far an open-ended window reaches, for blocking


@dataclass
class _Cluster:
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


def _countries_ok(m: IncidentMention, c: _Cluster) -> bool:
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


def _count_agreement(m: IncidentMention, c: _Cluster) -> bool | None:
    """True if it agrees with some report; False if with none; None if nothing to compare.

    Agreeing with some report = its bounds meet the union of the reports' bounds.
    """
    mb = bounds(m.count) if m.count is not None else None
    if mb is None or not c.spans:
        return None
    i = bisect.bisect_right(c.spans, (mb[1], float("inf")))
    return i > 0 and c.spans[i - 1][1] >= mb[0]


def _gross_mismatch(m: IncidentMention, c: _Cluster, gross: float) -> bool:
    """Is every report's number more than `gross` times bigger or smaller than this one's?"""
    p = point(m.count) if m.count else None
    if not p or not c.points:
        return False
    i = bisect.bisect_left(c.points, p / gross)
    return not (i < len(c.points) and c.points[i] <= p * gross)


class Merger:
    """One clustering run; `run()` returns the clusters as lists of mentions."""

    def __init__(
        self,
        mentions: Sequence[IncidentMention],
        constraints: Constraints | None = None,
        params: MergeParams | None = None,
    ) -> None:
        self.originals = {m.key: m for m in mentions}
        self.mentions = [_effective(m) for m in mentions]
        self.cons = constraints or Constraints()
        self.p = params or MergeParams()
        self.clusters: list[_Cluster] = []
        self.levels = {m.key: place_levels(m.where) for m in self.mentions}
        # kind -> (from, to) -> 8-day bucket -> clusters
        self.index: dict[str, dict[tuple[str | None, str | None], dict[int, list[_Cluster]]]]
        self.index = defaultdict(lambda: defaultdict(lambda: defaultdict(list)))

    def run(self) -> list[list[IncidentMention]]:
        by_key = {m.key: m for m in self.mentions}
        seeded: set[str] = set()
        for group in self.cons.must_link:
            members = sorted((by_key[k] for k in group if k in by_key), key=_order)
            if len(members) > 1:
                c = self._new(members[0])
                for m in members[1:]:
                    self._join(c, m)
                seeded |= {m.key for m in members}
        free = sorted((m for m in self.mentions if m.key not in seeded), key=_order)
        dated = [m for m in free if span(m) is not None]
        for m in dated:
            best = self._best_dated(m)
            self._join(best, m) if best else self._new(m)
        undated_index = self._undated_index()
        for m in free:
            if span(m) is None:
                best = self._best_undated(m, undated_index)
                self._join(best, m) if best else self._new(m)
        return [[self.originals[m.key] for m in c.members] for c in self.clusters]

    # -- building

    def _new(self, m: IncidentMention) -> _Cluster:
        c = _Cluster(seq=len(self.clusters), kind=m.kind)
        self.clusters.append(c)
        self._join(c, m)
        return c

    def _join(self, c: _Cluster, m: IncidentMention) -> None:
        before = (c.from_c, c.to_c, c.core)
        c.add(m, self.levels[m.key], self.cons.banned(m.key))
        moved = (c.from_c, c.to_c) != before[:2] or before[2] is None
        if moved and c.core is not None:  # a shrinking core needs no new entries
            for bucket in buckets(c.core, self.p.open_reach_days):
                self.index[c.kind][(c.from_c, c.to_c)][bucket].append(c)

    # -- dated reports

    def _candidates(self, m: IncidentMention, keys: range) -> Iterator[_Cluster]:
        seen: set[int] = set()
        for (f, t), by_bucket in self.index[m.kind].items():
            if (m.from_country and f and f != m.from_country) or (
                m.to_country and t and t != m.to_country
            ):
                continue
            for bucket in keys:
                for c in by_bucket.get(bucket, ()):
                    if c.seq not in seen:
                        seen.add(c.seq)
                        yield c

    def _compatible(self, m: IncidentMention, c: _Cluster) -> bool:
        if c.kind != m.kind or m.key in c.banned or not _countries_ok(m, c):
            return False
        lv = self.levels[m.key]
        return not any(level_conflict(lv[k], c.levels[k]) for k in lv.keys() & c.levels.keys())

    def _score(self, m: IncidentMention, c: _Cluster, overlap: float, agree: bool | None) -> float:
        lv = self.levels[m.key]
        reporters = {r.casefold() for r in m.reported_by} & c.reporters
        return (
            overlap
            + (1.0 if agree else -0.5 if agree is False else 0.0)
            + 0.5 * specific_agreement(lv, c.levels)
            + (0.5 if reporters else 0.0)
        )

    def _best_dated(self, m: IncidentMention) -> _Cluster | None:
        own = span(m)
        assert own is not None
        pad = (own[0] - self.p.slack_days, own[1] + self.p.slack_days)
        best: tuple[float, int, _Cluster] | None = None
        for c in self._candidates(m, buckets(pad, self.p.open_reach_days)):
            if c.core is None:
                continue
            ov = overlap(own, c.core, self.p.slack_days)
            if ov is None or not self._compatible(m, c):
                continue
            if _gross_mismatch(m, c, self.p.gross_ratio):
                continue
            narrow = max(width(own), width(c.core)) <= self.p.narrow_days
            agree = _count_agreement(m, c)
            place = specific_agreement(self.levels[m.key], c.levels) > 0
            if not (narrow or agree or place):
                continue
            score = self._score(m, c, ov, agree)
            if best is None or (score, -c.seq) > (best[0], -best[1]):
                best = (score, c.seq, c)
        return best[2] if best else None

    # -- undated reports

    def _undated_index(self) -> dict[tuple[str, str | None, str | None], dict[int, list[_Cluster]]]:
        out: dict[tuple[str, str | None, str | None], dict[int, list[_Cluster]]] = {}
        for c in self.clusters:
            if c.core and c.from_c and c.to_c and width(c.core) <= self.p.undated_max_width:
                by_month = out.setdefault((c.kind, c.from_c, c.to_c), {})
                by_month.setdefault(month(c.core[1]), []).append(c)
        return out

    def _best_undated(
        self,
        m: IncidentMention,
        index: dict[tuple[str, str | None, str | None], dict[int, list[_Cluster]]],
    ) -> _Cluster | None:
        if not (m.published and m.from_country and m.to_country):
            return None
        by_month = index.get((m.kind, m.from_country, m.to_country), {})
        pub = m.published.toordinal()
        first = month(pub - self.p.undated_lag_days)
        best: tuple[int, float, _Cluster] | None = None
        for m_index in range(first, month(pub) + 1):
            for c in by_month.get(m_index, ()):
                assert c.core is not None
                lag = pub - c.core[1]
                if not (-self.p.slack_days <= lag <= self.p.undated_lag_days):
                    continue
                if pub < c.core[0] or not self._compatible(m, c):
                    continue
                agree = _count_agreement(m, c)
                place = specific_agreement(self.levels[m.key], c.levels) > 0
                if not (agree or (agree is None and place)):
                    continue
                score = self._score(m, c, 0.0, agree)
                if best is None or (-lag, score) > (-best[0], best[1]):
                    best = (lag, score, c)
        return best[2] if best else None


def _effective(m: IncidentMention) -> IncidentMention:
    """The place's country stands in for a missing from-country (people leave from there)."""
    if m.from_country or not m.where.country:
        return m
    return replace(m, from_country=m.where.country.upper())


def _order(m: IncidentMention) -> tuple[int, int, str, str]:
    s = span(m)
    if s is None:
        return (OPEN + 1, 0, str(m.published or ""), m.key)
    return (width(s), s[0], str(m.published or ""), m.key)


def cluster_mentions(
    mentions: Sequence[IncidentMention],
    constraints: Constraints | None = None,
    params: MergeParams | None = None,
) -> list[list[IncidentMention]]:
    """Group mentions into real-world incidents (pure; see the module doc for the rules)."""
    return Merger(mentions, constraints, params).run()
