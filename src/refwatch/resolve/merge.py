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
  that agrees with one of its reports. Failing that, undated reports of one kind and
  country pair from different documents published within two weeks of each other join
  when every count agrees (or, without counts, they name the same city/facility): they
  describe one standing situation ("about N are still held"). Otherwise they stay alone.
Among compatible clusters the mention picks the best by time overlap, count, place and
reporter agreement. Mentions are taken most precisely dated first, so clusters form
around sharp reports. Blocking by kind, country pair and 8-day bucket keeps the work
near-linear. Analysts' constraints (`constraints.py`) seed clusters and veto joins.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from refwatch.resolve.clusters import Cluster, count_agreement, countries_ok, gross_mismatch
from refwatch.resolve.constraints import Constraints
from refwatch.resolve.estimate import counts_compatible
from refwatch.resolve.mentions import IncidentMention
from refwatch.resolve.places import Levels, level_conflict, place_levels, specific_agreement
from refwatch.resolve.spans import OPEN, buckets, month, overlap, span, width


@dataclass(frozen=True)
class MergeParams:
    narrow_days: int = 31
    slack_days: int = 2
    gross_ratio: float = 10.0  # counts this far apart are never one event
    undated_lag_days: int = 92  # how soon after the event an undated report must appear
    undated_max_width: int = 92  # undated reports only join clusters dated this tightly
    undated_peer_days: int = 14  # undated reports published this close may be one situation
    open_reach_days: int = 366  # how far an open-ended window reaches, for blocking


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
        self.clusters: list[Cluster] = []
        self.levels = {m.key: place_levels(m.where) for m in self.mentions}
        # kind -> (from, to) -> 8-day bucket -> clusters
        self.index: dict[str, dict[tuple[str | None, str | None], dict[int, list[Cluster]]]]
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
        peers: list[Cluster] = []  # clusters of undated reports only
        for m in free:
            if span(m) is None:
                best = self._best_undated(m, undated_index)
                if best is None and (best := self._undated_peer(m, peers)) is None:
                    peers.append(self._new(m))
                else:
                    self._join(best, m)
        return [[self.originals[m.key] for m in c.members] for c in self.clusters]

    # -- building

    def _new(self, m: IncidentMention) -> Cluster:
        c = Cluster(seq=len(self.clusters), kind=m.kind)
        self.clusters.append(c)
        self._join(c, m)
        return c

    def _join(self, c: Cluster, m: IncidentMention) -> None:
        before = (c.from_c, c.to_c, c.core)
        c.add(m, self.levels[m.key], self.cons.banned(m.key))
        moved = (c.from_c, c.to_c) != before[:2] or before[2] is None
        if moved and c.core is not None:  # a shrinking core needs no new entries
            for bucket in buckets(c.core, self.p.open_reach_days):
                self.index[c.kind][(c.from_c, c.to_c)][bucket].append(c)

    # -- dated reports

    def _candidates(self, m: IncidentMention, keys: range) -> Iterator[Cluster]:
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

    def _compatible(self, m: IncidentMention, c: Cluster) -> bool:
        if c.kind != m.kind or m.key in c.banned or not countries_ok(m, c):
            return False
        lv = self.levels[m.key]
        return not any(level_conflict(lv[k], c.levels[k]) for k in lv.keys() & c.levels.keys())

    def _score(self, m: IncidentMention, c: Cluster, overlap: float, agree: bool | None) -> float:
        lv = self.levels[m.key]
        reporters = {r.casefold() for r in m.reported_by} & c.reporters
        return (
            overlap
            + (1.0 if agree else -0.5 if agree is False else 0.0)
            + 0.5 * specific_agreement(lv, c.levels)
            + (0.5 if reporters else 0.0)
        )

    def _best_dated(self, m: IncidentMention) -> Cluster | None:
        own = span(m)
        assert own is not None
        pad = (own[0] - self.p.slack_days, own[1] + self.p.slack_days)
        best: tuple[float, int, Cluster] | None = None
        for c in self._candidates(m, buckets(pad, self.p.open_reach_days)):
            if c.core is None:
                continue
            ov = overlap(own, c.core, self.p.slack_days)
            if ov is None or not self._compatible(m, c):
                continue
            if gross_mismatch(m, c, self.p.gross_ratio):
                continue
            narrow = max(width(own), width(c.core)) <= self.p.narrow_days
            agree = count_agreement(m, c)
            place = specific_agreement(self.levels[m.key], c.levels) > 0
            if not (narrow or agree or place):
                continue
            score = self._score(m, c, ov, agree)
            if best is None or (score, -c.seq) > (best[0], -best[1]):
                best = (score, c.seq, c)
        return best[2] if best else None

    # -- undated reports

    def _undated_index(self) -> dict[tuple[str, str | None, str | None], dict[int, list[Cluster]]]:
        out: dict[tuple[str, str | None, str | None], dict[int, list[Cluster]]] = {}
        for c in self.clusters:
            if c.core and c.from_c and c.to_c and width(c.core) <= self.p.undated_max_width:
                by_month = out.setdefault((c.kind, c.from_c, c.to_c), {})
                by_month.setdefault(month(c.core[1]), []).append(c)
        return out

    def _best_undated(
        self,
        m: IncidentMention,
        index: dict[tuple[str, str | None, str | None], dict[int, list[Cluster]]],
    ) -> Cluster | None:
        if not (m.published and m.from_country and m.to_country):
            return None
        by_month = index.get((m.kind, m.from_country, m.to_country), {})
        pub = m.published.toordinal()
        first = month(pub - self.p.undated_lag_days)
        best: tuple[int, float, Cluster] | None = None
        for m_index in range(first, month(pub) + 1):
            for c in by_month.get(m_index, ()):
                assert c.core is not None
                lag = pub - c.core[1]
                if not (-self.p.slack_days <= lag <= self.p.undated_lag_days):
                    continue
                if pub < c.core[0] or not self._compatible(m, c):
                    continue
                agree = count_agreement(m, c)
                place = specific_agreement(self.levels[m.key], c.levels) > 0
                if not (agree or (agree is None and place)):
                    continue
                score = self._score(m, c, 0.0, agree)
                if best is None or (-lag, score) > (-best[0], best[1]):
                    best = (lag, score, c)
        return best[2] if best else None

    def _undated_peer(self, m: IncidentMention, peers: Sequence[Cluster]) -> Cluster | None:
        """An earlier undated-only cluster every member of which could be this report.

        Complete linkage: each member must be from another document (one document giving
        two undated figures names two groups), published within `undated_peer_days`, and
        agree on the count, or lack one as this report does and share a specific place.
        """
        if not (m.published and m.from_country and m.to_country):
            return None
        lv = self.levels[m.key]
        for c in peers:
            if c.from_c != m.from_country or c.to_c != m.to_country or not self._compatible(m, c):
                continue
            if all(self._peer_fits(m, o, lv) for o in c.members):
                return c
        return None

    def _peer_fits(self, m: IncidentMention, o: IncidentMention, lv: Levels) -> bool:
        if o.document_id == m.document_id or not (o.published and m.published):
            return False
        if abs((o.published - m.published).days) > self.p.undated_peer_days:
            return False
        if m.count is None and o.count is None:
            return specific_agreement(lv, self.levels[o.key]) > 0
        return counts_compatible(m.count, o.count) is True


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
