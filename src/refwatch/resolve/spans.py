"""Time windows as day-ordinal spans, and the time buckets that block the merge."""

from __future__ import annotations

import datetime as dt

from refwatch.resolve.mentions import IncidentMention

BUCKET_DAYS = 8  # finer than a month, so a day-precise report meets few clusters
OPEN = 10**7  # width in days of a window with an open side
Days = tuple[int, int]  # first and last day, as date ordinals


def span(m: IncidentMention) -> Days | None:
    """Window as day ordinals; an open side reaches as far as possible."""
    w = m.when
    if not w.known:
        return None
    lo = w.earliest.toordinal() if w.earliest else 1
    hi = w.latest.toordinal() if w.latest else dt.date.max.toordinal()
    return (lo, hi) if lo <= hi else (hi, lo)


def width(s: Days) -> int:
    if s[0] == 1 or s[1] == dt.date.max.toordinal():
        return OPEN
    return s[1] - s[0] + 1


def buckets(s: Days, reach: int) -> range:
    """The blocking buckets (`BUCKET_DAYS` each) a window touches; open sides reach `reach`."""
    top = dt.date.max.toordinal()
    lo, hi = s
    if lo <= 1 + 31:  # open (or padded open) side: reach back from the known end
        lo = max(1, min(hi, top) - reach)
    if hi >= top - 31:
        hi = min(top, lo + 2 * reach)
    return range(lo // BUCKET_DAYS, hi // BUCKET_DAYS + 1)


def month(d: int) -> int:
    x = dt.date.fromordinal(d)
    return x.year * 12 + x.month - 1


def overlap(a: Days, b: Days, slack: int) -> float | None:
    """Share of the narrower window the two have in common; None if they do not meet."""
    if a[0] - slack > b[1] or b[0] - slack > a[1]:
        return None
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]) + 1)
    return inter / max(1, min(width(a), width(b)))
