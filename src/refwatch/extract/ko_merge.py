"""Mentions of one incident across a Korean document (the lead sentence, the source's
quote, a later recap) merged into one record when nothing they say disagrees."""

from __future__ import annotations

from dataclasses import replace

from refwatch.model import Count, Incident, Window


def _counts_agree(a: Count | None, b: Count | None) -> bool:
    if a is None or b is None:
        return True
    alo, ahi = a.low if a.low is not None else a.high, a.high if a.high is not None else 10**9
    blo, bhi = b.low if b.low is not None else b.high, b.high if b.high is not None else 10**9
    return (alo or 0) <= bhi * 1.1 and (blo or 0) <= ahi * 1.1


def _same_figure(a: Count, b: Count) -> bool:
    """'50여 명' and '50명가량' on the same day: one figure told twice, not two reports."""
    x, y = a.low if a.low is not None else a.high, b.low if b.low is not None else b.high
    return x is not None and y is not None and abs(x - y) <= 0.1 * max(x, y)


def _summary_of(vague: Incident, exact: Incident) -> bool:
    """'이달 중순 탈북민 수십 명이 넘겨진 사실이 알려지면서' and '지난 16일 … 60명가량을
    넘겼다': a lead's round figure over a window sums up the counted event within it."""
    a, b, w, d = vague.count, exact.count, vague.when, exact.when
    if a is None or b is None or _has_digit(a) or not _has_digit(b):
        return False
    figure = b.low if b.low is not None else b.high
    low, high = a.low or 0, a.high if a.high is not None else 10**9
    return (
        figure is not None
        and low <= figure <= high
        and bool(w.earliest and w.latest and d.earliest and d.latest)
        and w.earliest != w.latest
        and _within(d, w)
    )


def _windows_agree(a: Window, b: Window) -> bool:
    if not a.known or not b.known:
        return True
    ae, al = a.earliest or a.latest, a.latest or a.earliest
    be, bl = b.earliest or b.latest, b.latest or b.earliest
    assert ae and al and be and bl
    return ae <= bl and be <= al


def merge(incidents: list[Incident]) -> list[Incident]:
    out: list[Incident] = []
    for inc in incidents:
        for i, kept in enumerate(out):
            if (
                kept.kind == inc.kind
                and _counts_agree(kept.count, inc.count)
                and _windows_agree(kept.when, inc.when)
                and (
                    kept.to_country == inc.to_country
                    or None in (kept.to_country, inc.to_country)
                    or (kept.kind != "forced_return" and not (kept.when.known and inc.when.known))
                )
                and (
                    kept.count is None
                    or inc.count is None
                    or not kept.when.known
                    or not inc.when.known
                    or _same_figure(kept.count, inc.count)
                    or _summary_of(kept, inc)
                    or _summary_of(inc, kept)
                )
                and not _another_report(kept, inc)
            ):
                out[i] = _absorb(kept, inc)
                break
        else:
            twin = next((k for k in out if k.kind == inc.kind and _another_report(k, inc)), None)
            if twin is not None and not inc.when.known:
                inc = replace(inc, when=twin.when)  # another count, for the same event
            out.append(inc)
    return out


def _another_report(kept: Incident, inc: Incident) -> bool:
    """'다른 소식통은 70명으로 집계했다': a source the text sets apart as another, giving
    its own figure, is a second report of the event (kept apart by convention)."""
    other = any(r.startswith(("다른 ", "또 다른 ", "또다른 ")) for r in inc.reported_by)
    return (
        other
        and kept.count is not None
        and inc.count is not None
        and not _same_figure(kept.count, inc.count)
    )


def _absorb(kept: Incident, other: Incident) -> Incident:
    when = kept.when
    if other.when.known and (
        not when.known
        or (other.when.earliest == other.when.latest != when.earliest)
        or _within(other.when, when)
    ):
        when = other.when if not when.known or _narrower(other.when, when) else when
    where = kept.where if kept.where.place_id else other.where
    # an undated mention (a lead's summary) defers to the dated one on countries
    lead, rest = (other, kept) if other.when.known and not kept.when.known else (kept, other)
    count = kept.count or other.count
    if kept.count and other.count and not _has_digit(kept.count) and _has_digit(other.count):
        count = other.count  # "40여 명" says more than "수십 명"
    return replace(
        kept,
        count=count,
        when=when,
        where=where,
        crossing=list(dict.fromkeys(kept.crossing + other.crossing)),
        from_country=(where.country if where.place_id else None)
        or (lead.from_country or rest.from_country),
        to_country=lead.to_country or rest.to_country,
        reported_by=_sources(kept.reported_by + other.reported_by),
    )


def _has_digit(c: Count) -> bool:
    return any(ch.isdigit() for ch in c.words)


def _within(a: Window, b: Window) -> bool:
    """'지난달 하순' inside '지난달': the later mention says more."""
    if not (a.earliest and a.latest and b.earliest and b.latest):
        return False
    return b.earliest <= a.earliest and a.latest <= b.latest


def _narrower(a: Window, b: Window) -> bool:
    assert a.earliest and a.latest and b.earliest and b.latest
    return (a.latest - a.earliest) < (b.latest - b.earliest)


def _sources(names: list[str]) -> list[str]:
    """'대북 인권단체들이 전했다' and, told in detail, the group that said it: an unnamed
    plural source gives way to the named one."""
    names = list(dict.fromkeys(names))
    named = [n for n in names if not n.endswith("들")]
    return named if named else names
