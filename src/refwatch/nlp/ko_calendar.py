"""Calendar arithmetic for Korean time expressions: months, their parts, parts of a year.

Korean reports divide a month into 초/상순 (days 1-10), 중순 (11-20) and 하순/말 (21-end),
and a year into 연초, 상반기, 하반기 and 연말; SCHEMA's windows for those live here.
"""

from __future__ import annotations

import calendar
import datetime as dt

Span = tuple[dt.date, dt.date]


def month_span(year: int, month: int) -> Span:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def shift_month(year: int, month: int, offset: int) -> tuple[int, int]:
    n = year * 12 + (month - 1) + offset
    return n // 12, n % 12 + 1


def day_span(year: int, month: int, day: int) -> Span | None:
    try:
        d = dt.date(year, month, day)
    except ValueError:
        return None
    return d, d


def part_of_month(span: Span, part: str) -> Span:
    first, last = span
    if part in ("초", "상순", "초순"):
        return first, first.replace(day=10)
    if part == "중순":
        return first.replace(day=11), first.replace(day=20)
    if part in ("하순", "말"):
        return first.replace(day=21), last
    return span


def part_of_year(year: int, part: str) -> Span:
    table = {
        "초": (1, 2),
        "연초": (1, 2),
        "상반기": (1, 6),
        "하반기": (7, 12),
        "말": (11, 12),
        "연말": (11, 12),
    }
    lo, hi = table.get(part, (1, 12))
    return month_span(year, lo)[0], month_span(year, hi)[1]
