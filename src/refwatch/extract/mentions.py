"""Incident mentions and how they become incidents: one record per real event per document.

A text names the same event many times ("the 9 October transfer", "the hundreds who were
sent back last week"); each sentence that does gives a `Mention`. `merge_mentions` groups
mentions that can be the same event (same kind, compatible counts, windows and countries)
and keeps the best-stated one as the evidence. Language-neutral: the English and Korean
extractors both produce mentions.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from refwatch.model import Count, Evidence, Incident, IncidentKind, Place, Window


@dataclass
class Mention:
    kind: IncidentKind
    evidence: Evidence
    count: Count | None = None
    when: Window = field(default_factory=Window)
    where: Place = field(default_factory=Place)
    crossing: list[str] = field(default_factory=list)
    from_country: str | None = None
    to_country: str | None = None
    reported_by: list[str] = field(default_factory=list)
    # True when the mention introduces an event of its own even without a count or date
    # ("a smaller group was sent back in late August").
    new_event: bool = False
    in_title: bool = False
    sentence: int = 0  # index of the sentence, so two counts of one sentence stay apart
    # the date is stated in the mention's own clause, outside quotes, by a verb of return
    dated_here: bool = False

    @property
    def anchor(self) -> bool:
        return self.count is not None or self.new_event


def counts_compatible(a: Count | None, b: Count | None) -> bool:
    """Ranges overlap within 10% (an open side is unbounded); a missing count fits anything."""
    if a is None or b is None:
        return True
    alo, ahi = _range(a)
    blo, bhi = _range(b)
    if a.high is None and b.high is None and a.low and b.low and max(alo, blo) > 10 * min(alo, blo):
        return False  # "at least 1,700 on Friday", "more than 100,000 since October": two tallies
    return alo <= bhi * 1.1 and blo <= ahi * 1.1


def _range(c: Count) -> tuple[float, float]:
    low = c.low if c.low is not None else c.high
    high = c.high if c.high is not None else float("inf")
    return float(low or 0), float(high)


def windows_compatible(a: Window, b: Window) -> bool:
    if not a.known or not b.known:
        return True
    a0, a1 = a.earliest or dt.date.min, a.latest or dt.date.max
    b0, b1 = b.earliest or dt.date.min, b.latest or dt.date.max
    return a0 <= b1 and b0 <= a1


def _same_or_unknown(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def compatible(a: Mention, b: Mention) -> bool:
    """Can the two mentions be one event? Same kind, nothing in them contradicts."""
    return (
        a.kind == b.kind
        and counts_compatible(a.count, b.count)
        and windows_compatible(a.when, b.when)
        and _same_or_unknown(a.from_country, b.from_country)
        and _same_or_unknown(a.to_country, b.to_country)
        and _places_compatible(a.where, b.where)
    )


def _places_compatible(a: Place, b: Place) -> bool:
    """Two different towns or facilities are two events, even in the same week."""
    return all(
        _same_or_unknown(_norm(getattr(a, k)), _norm(getattr(b, k)))
        for k in ("facility", "city", "province", "country")
    )


def _norm(name: str | None) -> str | None:
    return name.casefold() if name else None


def _arrest_then_held(arrest: Mention, held: Mention) -> bool:
    """An arrest of exactly the people later said to be held is the start of that detention."""
    return (
        arrest.kind == "arrest"
        and held.kind == "detention"
        # "170 people who were rounded up in May 2021 are still held": the sentence tells
        # the two stages apart, each an incident (SCHEMA)
        and arrest.sentence != held.sentence
        and arrest.count is not None
        and held.count is not None
        and (arrest.count.low, arrest.count.high) == (held.count.low, held.count.high)
        and _places_compatible(arrest.where, held.where)
        and _same_or_unknown(arrest.to_country, held.to_country)
    )


def _specificity(m: Mention) -> tuple[int, ...]:
    """How well a mention states its event: body over headline, exact counts, narrow dates."""
    c = m.count
    if c is None:
        count_rank = 0
    elif c.low is not None and c.high is not None and c.low == c.high:
        count_rank = 4
    elif c.low is not None and c.high is not None:
        count_rank = 3 if not _vague(c) else 1
    else:
        count_rank = 2
    days = (m.when.latest - m.when.earliest).days if m.when.earliest and m.when.latest else 100_000
    return (int(not m.in_title), count_rank, int(m.when.known), -days, len(m.reported_by))


def _vague(c: Count) -> bool:
    return c.approx and c.low is not None and c.high is not None and c.high > c.low * 2


def merge_mentions(mentions: list[Mention]) -> list[Incident]:
    """One incident per group of compatible mentions, in order of first mention."""
    clusters: list[list[Mention]] = []
    for m in sorted((m for m in mentions if m.anchor), key=lambda m: m.evidence.start):
        home = next(
            (
                c
                for c in clusters
                if all(x.sentence != m.sentence for x in c) and all(compatible(x, m) for x in c)
            ),
            None,
        )
        if home is None:
            clusters.append([m])
        else:
            home.append(m)
    clusters = _fold_arrests(clusters)
    for m in mentions:
        if m.anchor:
            continue
        fits = [c for c in clusters if all(compatible(x, m) for x in c) and _dated_alike(c, m)]
        if fits:
            before = [c for c in fits if c[0].evidence.start <= m.evidence.start]
            target = max(before, key=lambda c: c[0].evidence.start) if before else fits[0]
            target.append(m)
        elif _dated_event(m) and not any(_same_day(c, m) for c in clusters):
            clusters.append([m])  # "Syrians detained in Istanbul were deported on June 1"
    return [_incident(c) for c in sorted(clusters, key=lambda c: c[0].evidence.start)]


def _dated_event(m: Mention) -> bool:
    """A return at a stated time between stated countries is an event, count or not."""
    w = m.when
    return (
        m.kind == "forced_return"
        and m.dated_here
        and not m.in_title
        and w.earliest is not None
        and w.latest is not None
        and (w.latest - w.earliest).days <= 31  # a day, a week or a month, not "since 2020"
        and m.from_country is not None
        and m.to_country is not None
    )


def _same_day(cluster: list[Mention], m: Mention) -> bool:
    """Does a known event already cover the time (then this is a vaguer retelling)?"""
    return any(windows_compatible(x.when, m.when) and x.when.known for x in cluster)


def _dated_alike(cluster: list[Mention], m: Mention) -> bool:
    """A dated passing reference joins only an event whose own date it overlaps."""
    if not m.when.known:
        return True
    return any(x.when.known for x in cluster if x.anchor)


def _fold_arrests(clusters: list[list[Mention]]) -> list[list[Mention]]:
    held = [c for c in clusters if c[0].kind == "detention"]
    out: list[list[Mention]] = []
    for c in clusters:
        target = next((h for h in held if _arrest_then_held(c[0], h[0])), None)
        if target is None:
            out.append(c)
        else:
            target.extend(replace(m, kind="detention") for m in c)
    return out


def _incident(cluster: list[Mention]) -> Incident:
    best = max(cluster, key=_specificity)
    count = best.count or next((m.count for m in cluster if m.count), None)
    when = best.when
    if not when.known:
        dated = [m.when for m in cluster if m.anchor and m.when.known and m.when.earliest]
        if dated:
            when = min(dated, key=lambda w: (w.latest or dt.date.max) - (w.earliest or w.latest))  # type: ignore[operator]
    where = max((m.where for m in cluster if m.anchor), key=_place_rank, default=best.where)
    return Incident(
        kind=best.kind,
        evidence=best.evidence,
        count=count,
        when=when,
        where=where,
        crossing=_union(m.crossing for m in cluster),
        from_country=best.from_country
        or next((m.from_country for m in cluster if m.from_country), None),
        to_country=best.to_country or next((m.to_country for m in cluster if m.to_country), None),
        reported_by=_named(_union(m.reported_by for m in cluster if m.anchor or not best.anchor)),
    )


_UNNAMED = ("her ", "his ", "their ", "its ", "our ", "my ", "the ", "this ", "that ")


def _unnamed(source: str) -> bool:
    low = source.casefold()
    short = len(low.split()) <= 3 and not source.split()[-1][:1].isupper()
    return low.startswith(_UNNAMED) and short


def _named(sources: list[str]) -> list[str]:
    """Sources by name when any is named; 'her sister', 'the group' only when none is."""
    named = [s for s in sources if not _unnamed(s)]
    return named or sources[:1]


def _place_rank(p: Place) -> int:
    return sum(bool(x) for x in (p.facility, p.city, p.province, p.country))


def _union(lists: object) -> list[str]:
    out: list[str] = []
    seen: set[str] = set()
    for items in lists:  # type: ignore[attr-defined]
        for item in items:
            key = item.casefold()
            if key not in seen:
                seen.add(key)
                out.append(item)
    return out
