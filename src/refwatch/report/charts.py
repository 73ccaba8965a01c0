"""Server-side SVG charts: the monthly timeline of returns and the who-said-what colours."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from refwatch.report import svg


@dataclass(frozen=True)
class MonthBar:
    """People returned in one month: best estimate, and the range the reports allow."""

    month: dt.date  # first day of the month
    incidents: int
    estimate: int
    low: int
    high: int


def month_start(d: dt.date) -> dt.date:
    return d.replace(day=1)


def next_month(d: dt.date) -> dt.date:
    return (d.replace(day=28) + dt.timedelta(days=4)).replace(day=1)


def fill_months(bars: list[MonthBar]) -> list[MonthBar]:
    """The bars with empty months in between added, so the x axis is true time."""
    if not bars:
        return []
    by_month = {b.month: b for b in bars}
    out, m, last = [], min(by_month), max(by_month)
    while m <= last:
        out.append(by_month.get(m, MonthBar(m, 0, 0, 0, 0)))
        m = next_month(m)
    return out


def _nice_max(v: int) -> int:
    if v <= 10:
        return 10
    magnitude = 10 ** (len(str(v)) - 1)
    for step in (1, 2, 2.5, 5, 10):
        top = int(step * magnitude)
        if top >= v:
            return top
    return v


def timeline_svg(bars: list[MonthBar], width: int = 760, height: int = 260) -> str:
    """Bars: best estimate of people per month; whiskers: lowest to highest report."""
    bars = fill_months(bars)
    label = (
        "People returned per month: best estimate (bars), range of reports (whiskers) and"
        " number of incidents (figures above the bars)"
    )
    if not bars:
        body = svg.text(
            width / 2, height / 2, "No dated incidents", class_="empty", text_anchor="middle"
        )
        return svg.svg(width, height, body, label, "chart timeline")
    left, right, top, bottom = 48, 12, 14, 40
    plot_w, plot_h = width - left - right, height - top - bottom
    ymax = _nice_max(max(max(b.high, b.estimate) for b in bars))
    slot = plot_w / len(bars)

    def y(v: int) -> float:
        return top + plot_h - plot_h * v / ymax

    parts = []
    for i in range(5):  # horizontal grid with labels
        v = ymax * i // 4
        parts.append(svg.line(left, y(v), width - right, y(v), "grid"))
        parts.append(svg.text(left - 6, y(v) + 4, f"{v:,}", class_="tick", text_anchor="end"))
    label_every = max(1, len(bars) // 12)
    for i, b in enumerate(bars):
        x = left + i * slot
        cx = x + slot / 2
        tip = (
            f"{b.month:%Y-%m}: {b.incidents} incident(s), best estimate {b.estimate:,} people"
            f" (reports {b.low:,}–{b.high:,})"
        )
        group = [svg.title(tip)]
        if b.estimate:
            bw = max(2.0, slot * 0.7)
            group.append(svg.rect(cx - bw / 2, y(b.estimate), bw, y(0) - y(b.estimate), "bar"))
        if b.high > b.low:
            ww = max(2.0, slot * 0.3)
            for v in (b.low, b.high):
                group.append(svg.line(cx - ww / 2, y(v), cx + ww / 2, y(v), "whisker"))
            group.append(svg.line(cx, y(b.low), cx, y(b.high), "whisker"))
        if b.incidents:
            group.append(svg.rect(x, top, slot, plot_h, "hit"))
            if slot >= 16:  # how many incidents the bar sums, where there is room to say
                ty = y(max(b.estimate, b.high)) - 4
                group.append(
                    svg.text(cx, ty, str(b.incidents), class_="count", text_anchor="middle")
                )
        parts.append(svg.el("g", "".join(group), class_="month", data_month=f"{b.month:%Y-%m}"))
        if i % label_every == 0:
            parts.append(
                svg.text(
                    cx,
                    height - bottom + 16,
                    f"{b.month:%Y-%m}",
                    class_="tick",
                    text_anchor="middle",
                )
            )
    parts.append(svg.line(left, y(0), width - right, y(0), "axis"))
    return svg.svg(width, height, "".join(parts), label, "chart timeline")


# How strongly a statement takes a side; the matrix shows each cell's strongest.
TYPE_RANK = {
    "criticize": 7,
    "urge": 6,
    "concern": 5,
    "pledge": 4,
    "defend": 3,
    "deny": 2,
    "decline": 1,
}


def strongest(types: list[str]) -> str | None:
    known = [t for t in types if t in TYPE_RANK]
    return max(known, key=TYPE_RANK.__getitem__) if known else None


def stance_strip(items: list[tuple[dt.date, str]], width: int = 760, height: int = 90) -> str:
    """One dot per dated statement along a time axis, coloured by its type (actor pages)."""
    label = "Statements over time, coloured by type"
    if not items:
        body = svg.text(
            width / 2, height / 2, "No dated statements", class_="empty", text_anchor="middle"
        )
        return svg.svg(width, height, body, label, "chart strip")
    left, right = 20, 20
    first, last = min(d for d, _ in items), max(d for d, _ in items)
    first, last = first.replace(day=1), next_month(last)
    span = max(1, (last - first).days)

    def x(d: dt.date) -> float:
        return left + (width - left - right) * (d - first).days / span

    parts = [svg.el("line", x1=left, x2=width - right, y1=40, y2=40, class_="axis")]
    stacked: dict[int, int] = {}
    for d, kind in sorted(items):
        px = round(x(d))
        n = stacked.get(px // 8, 0)
        stacked[px // 8] = n + 1
        dot = svg.el("circle", cx=px, cy=40 - 10 * n, r=5, class_=f"dot t-{kind}")
        parts.append(svg.el("g", svg.title(f"{d}: {kind}") + dot))
    for d in (first, last):
        parts.append(svg.text(x(d), 70, f"{d:%Y-%m}", class_="tick", text_anchor="middle"))
    return svg.svg(width, height, "".join(parts), label, "chart strip")
