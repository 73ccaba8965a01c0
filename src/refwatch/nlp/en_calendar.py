"""Calendar arithmetic for resolving time expressions: months, weeks, seasons, parts.

Pure functions over `datetime.date`; the conventions follow the corpus SCHEMA: early / mid /
late month = days 1-10 / 11-20 / 21-end; seasons are meteorological (spring Mar-May ...
winter Dec-Feb, named by the year of its December); weeks run Monday-Sunday.
"""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Literal

Span = tuple[dt.date, dt.date]
Part = Literal[
    "whole", "early", "mid", "late", "first_half", "second_half",
    "week1", "week2", "week3", "week4", "last_week",
]  # fmt: skip

_MONTHS = {
    name: i
    for i, names in enumerate(
        [
            (),
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for name in names
}
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_SMALL = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}
_SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
# How far ahead of the reference date an undated "May 3" may lie and still mean this year
# (news announces scheduled events); further ahead it means the previous year.
FUTURE_SLACK = dt.timedelta(days=60)


def month_number(name: str) -> int:
    return _MONTHS[name.rstrip(".").casefold()]


def weekday_number(name: str) -> int:
    return _WEEKDAYS.index(name.casefold())


def small_number(word: str) -> int | None:
    return int(word) if word.isdigit() else _SMALL.get(word.casefold())


def valid(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def month_span(year: int, month: int) -> Span:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def add_months(year: int, month: int, offset: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + offset
    return index // 12, index % 12 + 1


def part(span: Span, which: Part) -> Span:
    """Early / mid / late part of a month-long span (1-10, 11-20, 21-end), or its halves."""
    first, last = span
    if which == "early":
        return first, first.replace(day=10)
    if which == "mid":
        return first.replace(day=11), first.replace(day=20)
    if which == "late":
        return first.replace(day=21), last
    if which.startswith("week") and first.day == 1 and last.day >= 28:
        n = int(which[-1])  # "the second week of March": days 8-14
        return first.replace(day=7 * n - 6), first.replace(day=7 * n)
    if which == "last_week" and first.day == 1 and last.day >= 28:
        return last - dt.timedelta(days=6), last
    if which == "first_half":
        return first, first.replace(day=15)
    if which == "second_half":
        return first.replace(day=16), last
    return span


def year_part(span: Span, which: Part) -> Span:
    """Parts of a year: early Jan-Feb, mid Jun-Jul, late Nov-Dec, halves Jan-Jun / Jul-Dec."""
    year = span[0].year
    if which.startswith("week") or which == "last_week":  # "the first week of 2024"
        return part(month_span(year, 12 if which == "last_week" else 1), which)
    months = {
        "early": (1, 2),
        "mid": (6, 7),
        "late": (11, 12),
        "first_half": (1, 6),
        "second_half": (7, 12),
    }.get(which)
    if months is None:
        return span
    return month_span(year, months[0])[0], month_span(year, months[1])[1]


def year_for_month_day(month: int, day: int, ref: dt.date) -> int:
    """The year an undated "<month> <day>" most plausibly means in a report dated `ref`."""
    if valid(ref.year, month, day) and dt.date(ref.year, month, day) <= ref + FUTURE_SLACK:
        return ref.year
    return ref.year - 1


def year_for_month(month: int, ref: dt.date, *, strictly_past: bool = False) -> int:
    """The year of "in <month>" ("last <month>" when strictly_past) for a report dated `ref`."""
    if strictly_past:
        return ref.year if month < ref.month else ref.year - 1
    first = dt.date(ref.year, month, 1)
    return ref.year if first <= ref + FUTURE_SLACK / 2 else ref.year - 1


def month_with_day_on_or_before(day: int, ref: dt.date) -> tuple[int, int]:
    """The month of "the 9th": this month if the 9th has come, else the one before."""
    year, month = ref.year, ref.month
    if day > ref.day:
        year, month = add_months(year, month, -1)
    for _ in range(3):  # "the 31st" in a 30-day month: keep going back
        if valid(year, month, day):
            break
        year, month = add_months(year, month, -1)
    return year, month


def week_span(day: dt.date) -> Span:
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def weekday_on_or_before(weekday: int, ref: dt.date, *, strictly: bool = False) -> dt.date:
    """News-style "Monday": the latest such day not after the reference ("last": before it)."""
    back = (ref.weekday() - weekday) % 7
    if strictly and back == 0:
        back = 7
    return ref - dt.timedelta(days=back)


def season_span(season: str, year: int) -> Span:
    start = _SEASON_START[season.casefold()]
    first = dt.date(year, start, 1)
    end_year, end_month = add_months(year, start, 2)
    return first, month_span(end_year, end_month)[1]


def recent_season(season: str, ref: dt.date, *, past: bool) -> Span:
    """'this spring': the season in the reference year; 'last spring': the latest one ended."""
    span = season_span(season, ref.year)
    if span[0] > ref:
        span = season_span(season, ref.year - 1)
    if past and span[1] >= ref:
        span = season_span(season, span[0].year - 1)
    return span


def ago(n: int, unit: str, ref: dt.date) -> Span:
    """'N days/weeks/months/years ago': the day, the Monday-Sunday week, the month, the year."""
    if unit == "day":
        day = ref - dt.timedelta(days=n)
        return day, day
    if unit == "week":
        return week_span(ref - dt.timedelta(weeks=n))
    if unit == "month":
        return month_span(*add_months(ref.year, ref.month, -n))
    return dt.date(ref.year - n, 1, 1), dt.date(ref.year - n, 12, 31)
