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


_NATIVE_N = {
    "하루": 1,
    "이틀": 2,
    "사흘": 3,
    "나흘": 4,
    "닷새": 5,
    "엿새": 6,
    "이레": 7,
    "열흘": 10,
}
_SMALL = {"한": 1, "두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9}


def number_word(word: str) -> int | None:
    """'엿새' -> 6, '두' -> 2, '12' -> 12: a count of days or units in words or digits."""
    return int(word) if word.isdigit() else _NATIVE_N.get(word) or _SMALL.get(word)


def ago_span(word: str, unit: str, ref: dt.date) -> Span | None:
    """'사흘 전', '2주 전', '한 달 전': the day, week or month that far back."""
    n = number_word(word)
    if n is None:
        return None
    if word in _NATIVE_N or unit == "일":
        d = ref - dt.timedelta(days=n)
        return d, d
    if unit == "주":
        monday = ref - dt.timedelta(days=ref.weekday()) - dt.timedelta(weeks=n)
        return monday, monday + dt.timedelta(days=6)
    if unit in ("달", "개월"):
        year, month = shift_month(ref.year, ref.month, -n)
        return month_span(year, month)
    return dt.date(ref.year - n, 1, 1), dt.date(ref.year - n, 12, 31)
