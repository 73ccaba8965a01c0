"""What a cluster of reports says together: best estimate, range, window, conflicts.

Rules (stated, so an analyst can check them):
- A report's point value is its single number when it gives one (low == high, or one open
  side: "more than 500" -> 500, "up to 60" -> 60), else the middle of its range. Vague
  plurals ("hundreds" = 200..999) give a point only when no report gives a sharper number.
- Independent reports: syndicated copies of one story count once (same count, same group).
- Best estimate = the median of the independent reports' point values (`ESTIMATE_RULE`);
  range = lowest to highest number any report states.
- Reports conflict when no single number fits every report once each is widened by its own
  stated approximation (±`APPROX_TOLERANCE` for "about N", ±`EXACT_TOLERANCE` otherwise).
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Sequence
from dataclasses import dataclass

from refwatch.model import Count, Window

ESTIMATE_RULE = "median of independent reports"
APPROX_TOLERANCE = 0.5
EXACT_TOLERANCE = 0.1
VAGUE_RATIO = 2.0  # a range wider than high/low > 2 is a vague plural, not a figure


@dataclass(frozen=True)
class CountReport:
    count: Count
    source: str  # document source, named in conflict reasons
    group: str  # syndication group: copies of one story share it


@dataclass(frozen=True)
class Estimate:
    estimate: int | None
    rule: str
    low: int | None
    high: int | None
    conflict: bool
    reason: str | None


def bounds(c: Count, tolerance: bool = True) -> tuple[float, float] | None:
    """The interval of values a count allows, widened by its approximation if asked."""
    lo = c.low if c.low is not None else c.high
    hi = c.high if c.high is not None else c.low
    if lo is None or hi is None:
        return None
    if not tolerance:
        return float(lo), float(hi)
    t = 1 + (APPROX_TOLERANCE if c.approx else EXACT_TOLERANCE)
    return lo / t, hi * t


def counts_compatible(a: Count | None, b: Count | None) -> bool | None:
    """Could two counts describe the same group of people? None when either is unknown.

    Open sides are read as the number given ("more than 500" ~ 500), so "up to 2,000"
    is not taken as agreeing with 9.
    """
    if a is None or b is None:
        return None
    ba, bb = bounds(a), bounds(b)
    if ba is None or bb is None:
        return None
    return ba[0] <= bb[1] and bb[0] <= ba[1]


def is_vague(c: Count) -> bool:
    return c.low is not None and c.high is not None and c.low > 0 and c.high / c.low > VAGUE_RATIO


def point(c: Count) -> float | None:
    if c.low is None or c.high is None:
        value = c.low if c.low is not None else c.high
        return None if value is None else float(value)
    return (c.low + c.high) / 2


def estimate(reports: Sequence[CountReport]) -> Estimate:
    seen: set[tuple[str, int | None, int | None]] = set()
    independent: list[CountReport] = []
    for r in reports:
        sig = (r.group, r.count.low, r.count.high)
        if sig not in seen and (r.count.low is not None or r.count.high is not None):
            seen.add(sig)
            independent.append(r)
    if not independent:
        return Estimate(None, ESTIMATE_RULE, None, None, False, None)
    sharp = [r for r in independent if not is_vague(r.count)] or independent
    points = [p for p in (point(r.count) for r in sharp) if p is not None]
    best = round(statistics.median(points)) if points else None
    numbers = [n for r in independent for n in (r.count.low, r.count.high) if n is not None]
    conflict, reason = _count_conflict(independent)
    return Estimate(best, ESTIMATE_RULE, min(numbers), max(numbers), conflict, reason)


def _count_conflict(reports: Sequence[CountReport]) -> tuple[bool, str | None]:
    spans = [(b, r) for r in reports if (b := bounds(r.count)) is not None]
    if len(spans) < 2:
        return False, None
    lowest = min(spans, key=lambda s: s[0][1])
    highest = max(spans, key=lambda s: s[0][0])
    if highest[0][0] <= lowest[0][1]:
        return False, None
    return True, (
        f"counts disagree beyond their approximation: {_words(lowest[1].count)} "
        f"({lowest[1].source}) vs {_words(highest[1].count)} ({highest[1].source})"
    )


def _words(c: Count) -> str:
    if c.words:
        return repr(c.words)
    if c.low == c.high:
        return f"{'about ' if c.approx else ''}{c.low}"
    return f"{c.low if c.low is not None else '?'}-{c.high if c.high is not None else '?'}"


@dataclass(frozen=True)
class MergedWindow:
    earliest: dt.date | None
    latest: dt.date | None
    flag: str | None  # "intersection" | "union" (reports disagree) | None (no dated report)


def merge_windows(windows: Sequence[Window]) -> MergedWindow:
    """The intersection of the reports' windows when they agree, else their union (flagged)."""
    known = [w for w in windows if w.known]
    if not known:
        return MergedWindow(None, None, None)
    lows = [w.earliest for w in known if w.earliest is not None]
    highs = [w.latest for w in known if w.latest is not None]
    lo = max(lows) if lows else None
    hi = min(highs) if highs else None
    if lo is None or hi is None or lo <= hi:
        return MergedWindow(lo, hi, "intersection")
    return MergedWindow(min(lows), max(highs), "union")
