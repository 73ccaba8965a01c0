"""The patterns of English time expressions and how each resolves to a span of days.

Each entry of `PATTERNS` is a compiled pattern and a handler that turns a match and the
reference date into (earliest, latest), or None when the words are not a date after all.
`en_time` runs them and picks the longest non-overlapping matches.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from refwatch.nlp import en_calendar as cal
from refwatch.nlp.en_calendar import Part

_MONTH = (
    r"(?P<month>(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
)
_MONTH2 = _MONTH.replace("?P<month>", "?P<month2>")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_DAY2 = r"(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?"
_ORD = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)"
_ORD2 = r"(?P<day2>[0-3]?\d)(?:st|nd|rd|th)"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_RANGE_SEP = r"\s*(?:-|–|~|and|to|or)\s*(?:the\s+)?"
_REL = r"(?P<rel>last|this|next|previous|past|the\s+previous|the\s+same)"
_MOD = (
    r"(?P<mod>early|mid|late|the\s+(?:beginning|start|middle|end|first\s+half|second\s+half"
    r"|(?:first|second|third|fourth|last|final)\s+week)"
    r"\s+of|the\s+(?:early|middle|late)\s+part\s+of)"
)
_SEASON = r"(?P<season>spring|summer|autumn|fall|winter)"
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NUMWORD = r"(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_UNIT = r"(?P<unit>day|week|month|year)s?"
# Words after an ordinal that show it is not a date ("the 5th floor", "20th anniversary").
NOT_DATE_AFTER = re.compile(
    r"\s+(?!of\b|and\b|to\b|at\b|in\b|on\b|local\b|when\b|after\b|"
    r"before\b|this\b|last\b|night\b|morning\b|evening\b|afternoon\b|"
    r"or\b|that\b|as\b|with\b|from\b|until\b|amid\b|during\b)[a-zA-Z]"
)

Handler = Callable[[re.Match[str], dt.date | None], tuple[dt.date | None, dt.date | None] | None]


def _rel_year(rel: str | None, ref: dt.date | None) -> int | None:
    if ref is None:
        return None
    rel = (rel or "this").split()[-1].casefold()
    return ref.year - 1 if rel in {"last", "previous", "past"} else ref.year + (rel == "next")


def _year_of(m: re.Match[str], ref: dt.date | None) -> int | None:
    groups = m.groupdict()
    if groups.get("year"):
        return int(groups["year"])
    if groups.get("yrel"):
        return _rel_year(groups["yrel"], ref)
    return None


def _day_month_year(m: re.Match[str], ref: dt.date | None) -> cal.Span | None:
    month = cal.month_number(m["month"])
    year = _year_of(m, ref)
    day, day2 = int(m["day"]), int(m["day2"] or m["day"])
    if year is None:
        if ref is None:
            return None
        year = cal.year_for_month_day(month, day, ref)
    if not (cal.valid(year, month, day) and cal.valid(year, month, day2)) or day2 < day:
        return None
    return dt.date(year, month, day), dt.date(year, month, day2)


def _ordinal_of_month(m: re.Match[str], ref: dt.date | None) -> cal.Span | None:
    """'the 26th of last month', 'the 13th-14th', 'on the 9th (local time)'."""
    if ref is None:
        return None
    day, day2 = int(m["day"]), int(m["day2"] or m["day"])
    rel = (m.groupdict().get("mrel") or "").split()[-1:] or [""]
    if rel[0] in {"last", "previous"}:
        year, month = cal.add_months(ref.year, ref.month, -1)
    elif rel[0] == "this":
        year, month = ref.year, ref.month
    else:
        year, month = cal.month_with_day_on_or_before(day, ref)
    if not (cal.valid(year, month, day) and cal.valid(year, month, day2)) or day2 < day:
        return None
    return dt.date(year, month, day), dt.date(year, month, day2)


def _month(m: re.Match[str], ref: dt.date | None) -> cal.Span | None:
    month = cal.month_number(m["month"])
    year = _year_of(m, ref)
    if year is None:
        if ref is None:
            return None
        rel = (m.groupdict().get("rel") or "").split()[-1:] or [""]
        year = cal.year_for_month(month, ref, strictly_past=rel[0] in {"last", "previous", "past"})
    span = cal.month_span(year, month)
    return cal.part(span, _part(m))


def _part(m: re.Match[str]) -> Part:
    mod = (m.groupdict().get("mod") or "").casefold()
    if not mod:
        return "whole"
    for key, part in (
        ("first week", "week1"),
        ("second week", "week2"),
        ("third week", "week3"),
        ("fourth week", "week4"),
        ("last week", "last_week"),
        ("final week", "last_week"),
        ("first half", "first_half"),
        ("second half", "second_half"),
        ("early", "early"),
        ("beginning", "early"),
        ("start", "early"),
        ("mid", "mid"),
        ("late", "late"),
        ("end", "late"),
    ):
        if key in mod:
            return part  # type: ignore[return-value]
    return "whole"


def _year(m: re.Match[str], ref: dt.date | None) -> cal.Span | None:
    year = _year_of(m, ref)
    if year is None:
        return None
    return cal.year_part((dt.date(year, 1, 1), dt.date(year, 12, 31)), _part(m))


def _decade(m: re.Match[str], _ref: dt.date | None) -> cal.Span | None:
    start = int(m["decade"])
    return dt.date(start, 1, 1), dt.date(start + 9, 12, 31)


def _rel_month(m: re.Match[str], ref: dt.date | None) -> cal.Span | None:
    if ref is None:
        return None
    rel = m["rel"].split()[-1].casefold()
    offset = {"last": -1, "previous": -1, "past": -1, "next": 1}.get(rel, 0)
    year, month = cal.add_months(ref.year, ref.month, offset)
    return cal.part(cal.month_span(year, month), _part(m))


def _rel_week(m: re.Match[str], ref: dt.date | None) -> cal.Span | None:
    if ref is None:
        return None
    rel = m["rel"].split()[-1].casefold()
    offset = {"last": -1, "previous": -1, "past": -1, "next": 1}.get(rel, 0)
    monday, sunday = cal.week_span(ref + dt.timedelta(weeks=offset))
    if m.group(0).casefold().endswith("weekend"):  # that week's Saturday and Sunday
        return sunday - dt.timedelta(days=1), sunday
    return monday, sunday


def _recent_weekend(_m: re.Match[str], ref: dt.date | None) -> cal.Span | None:
    """'over the weekend': the Saturday and Sunday just past (or this one, said on it)."""
    if ref is None:
        return None
    sunday = ref + dt.timedelta(days=6 - ref.weekday())
    if ref.weekday() < 5:
        sunday -= dt.timedelta(weeks=1)
    return sunday - dt.timedelta(days=1), sunday


def _season(m: re.Match[str], ref: dt.date | None) -> cal.Span | None:
    year = _year_of(m, ref)
    season = m["season"].casefold()
    if year is None:
        if ref is None:
            return None
        rel = (m.groupdict().get("rel") or "this").split()[-1].casefold()
        return cal.recent_season(season, ref, past=rel in {"last", "previous", "past"})
    return cal.season_span(season, year)


def _weekday(m: re.Match[str], ref: dt.date | None) -> cal.Span | None:
    if ref is None:
        return None
    strictly = bool(m.groupdict().get("rel"))
    day = cal.weekday_on_or_before(cal.weekday_number(m["weekday"]), ref, strictly=strictly)
    return day, day


def _ago(m: re.Match[str], ref: dt.date | None) -> cal.Span | None:
    if ref is None:
        return None
    n = cal.small_number(m["n"])
    if n is None:
        return None
    return cal.ago(n, m["unit"].casefold(), ref)


def _fixed(delta_days: int) -> Handler:
    def handler(_m: re.Match[str], ref: dt.date | None) -> cal.Span | None:
        if ref is None:
            return None
        day = ref + dt.timedelta(days=delta_days)
        return day, day

    return handler


def vague(_m: re.Match[str], _ref: dt.date | None) -> cal.Span | None:
    return None


def _iso(m: re.Match[str], _ref: dt.date | None) -> cal.Span | None:
    y, mo, d = int(m["year"]), int(m["mo"]), int(m["day"])
    return (dt.date(y, mo, d),) * 2 if cal.valid(y, mo, d) else None


_YEAR_REL = r"(?:,?\s+|\s+of\s+)(?:" + _YEAR + r"|(?P<yrel>last|this|next|the\s+previous)\s+year)"
_P = [
    (rf"\b{_YEAR}-(?P<mo>[01]\d)-(?P<day>[0-3]\d)\b", _iso, True),
    (rf"\b{_MONTH}\s+{_DAY}(?:{_RANGE_SEP}{_DAY2})?(?:{_YEAR_REL})?\b", _day_month_year, True),
    (
        rf"\b(?:the\s+)?{_DAY}(?:{_RANGE_SEP}{_DAY2})?\s+(?:of\s+)?{_MONTH}(?:{_YEAR_REL})?\b",
        _day_month_year,
        True,
    ),
    (
        rf"\b(?:on\s+)?the\s+{_ORD}(?:{_RANGE_SEP}{_ORD2})?"
        r"(?:\s+of\s+(?P<mrel>last|this|the\s+previous)\s+month)?",
        _ordinal_of_month,
        False,
    ),
    (rf"\b(?:on\s+)?{_ORD}{_RANGE_SEP}{_ORD2}", _ordinal_of_month, False),
    (rf"\b(?:{_MOD}[\s-]*)?(?:{_REL}\s+)?{_MONTH}(?:{_YEAR_REL})?(?![\s-]*\d)", _month, True),
    (
        rf"\b(?:{_MOD}[\s-]*)?(?:{_YEAR}|(?P<yrel>last|this|next|the\s+previous)\s+year)\b",
        _year,
        False,
    ),
    (
        rf"\b(?:{_MOD}[\s-]*)?(?P<rel>last|this|next|the\s+previous|the\s+same)\s+month\b",
        _rel_month,
        False,
    ),
    (r"\bearlier\s+this\s+(?P<rel>month)\b", lambda m, r: _rel_month_to_date(r), False),
    (r"\bearlier\s+this\s+year\b", lambda m, r: _year_to_date(r), False),
    (r"\b(?P<rel>last|this|next|the\s+previous|past)\s+week(?:end)?\b", _rel_week, False),
    (r"\b(?:over|at|during)\s+the\s+weekend\b", _recent_weekend, False),
    (
        rf"\b(?:the\s+)?(?:(?P<rel>last|this|next|past)\s+)?{_SEASON}(?:\s+(?:of\s+)?{_YEAR}"
        r"|\s+(?P<yrel>last|this)\s+year)?\b",
        _season,
        False,
    ),
    (rf"\b(?:{_MOD}[\s-]*)?the\s+(?P<decade>(?:19|20)\d0)s\b", _decade, True),
    (rf"\b(?:(?P<rel>last)\s+)?{_WEEKDAY}(?:'s)?", _weekday, True),
    (rf"\b{_NUMWORD}\s+{_UNIT}\s+ago\b", _ago, False),
    (r"\byesterday\b|\blast\s+night\b", _fixed(-1), False),
    (r"\btoday\b|\btonight\b|\bthis\s+morning\b", _fixed(0), False),
    (
        r"\b(?:recently|lately|(?:in\s+)?recent\s+(?:days|weeks|months|years)|of\s+late)\b",
        vague,
        False,
    ),
]
PATTERNS: list[tuple[re.Pattern[str], Handler]] = [
    (re.compile(p, 0 if case else re.IGNORECASE), h) for p, h, case in _P
]


def _rel_month_to_date(ref: dt.date | None) -> cal.Span | None:
    return (ref.replace(day=1), ref) if ref else None


def _year_to_date(ref: dt.date | None) -> cal.Span | None:
    return (dt.date(ref.year, 1, 1), ref) if ref else None
