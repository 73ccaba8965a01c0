"""A page's own publication date: from metadata strings and from visible datelines.

Metadata timestamps keep the date as written in the page's own offset ("2024-05-10T05:00
+09:00" is the 10th), because that is the date its relative expressions mean. Visible
dates are read only where pages print them (a labelled date, or a dateline before the
body), so dates inside the story are never taken for the publication date.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from refwatch.domain import load_data

EARLIEST = dt.date(1990, 1, 1)


@dataclass(frozen=True)
class DateWords:
    published: tuple[str, ...]
    updated: tuple[str, ...]
    months: dict[str, int]
    weekdays: tuple[str, ...]


@cache
def words() -> DateWords:
    data: dict[str, Any] = load_data("datelines.yaml") or {}
    pub: list[str] = []
    upd: list[str] = []
    months: dict[str, int] = {}
    weekdays: list[str] = []
    for lang in data.values():
        weekdays += [str(w).casefold() for w in lang.get("weekdays") or []]
        pub += [str(w) for w in lang.get("published") or []]
        upd += [str(w) for w in lang.get("updated") or []]
        months.update({str(k).casefold(): int(v) for k, v in (lang.get("months") or {}).items()})
    return DateWords(_longest_first(pub), _longest_first(upd), months, _longest_first(weekdays))


def _longest_first(items: list[str]) -> tuple[str, ...]:
    return tuple(sorted(set(items), key=len, reverse=True))


def _valid(y: int, m: int, d: int, today: dt.date | None = None) -> dt.date | None:
    try:
        date = dt.date(y, m, d)
    except ValueError:
        return None
    latest = (today or dt.date.today()) + dt.timedelta(days=2)
    return date if EARLIEST <= date <= latest else None


_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:\D|$)")


def parse_timestamp(value: str | None) -> dt.date | None:
    """A date from a metadata value: ISO 8601, RFC 2822, or the visible forms below."""
    if not value:
        return None
    s = value.strip()
    m = _ISO.match(s) or _COMPACT.match(s)
    if m:
        return _valid(int(m[1]), int(m[2]), int(m[3]))
    try:
        parsed = email.utils.parsedate_to_datetime(s)
    except (TypeError, ValueError, IndexError):
        parsed = None
    if parsed is not None:
        return _valid(parsed.year, parsed.month, parsed.day)
    found = find_dates(s)
    return found[0][1] if found else None


def _month_alt() -> str:
    names = sorted(words().months, key=len, reverse=True)
    return "|".join(re.escape(n) for n in names)


@cache
def _date_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    mon = _month_alt()
    return (
        (re.compile(r"(?<!\d)(\d{4})\s*[.\-/]\s*(\d{1,2})\s*[.\-/]\s*(\d{1,2})(?!\d)"), "ymd"),
        (re.compile(r"(\d{4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일"), "ymd"),
        (re.compile(rf"\b({mon})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I), "mdy"),
        (re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({mon})\.?,?\s+(\d{{4}})\b", re.I), "dmy"),
    )


def find_dates(text: str) -> list[tuple[int, dt.date]]:
    """Every full date (day, month and year) in `text`, with its offset, in text order."""
    return [(start, date) for start, _end, date in date_spans(text)]


def date_spans(text: str) -> list[tuple[int, int, dt.date]]:
    """Every full date in `text` as (start, end, date), in text order."""
    out: list[tuple[int, int, dt.date]] = []
    months = words().months
    for pattern, order in _date_patterns():
        for m in pattern.finditer(text):
            if order == "ymd":
                y, mo, d = int(m[1]), int(m[2]), int(m[3])
            elif order == "mdy":
                y, mo, d = int(m[3]), months[m[1].casefold()], int(m[2])
            else:
                y, mo, d = int(m[3]), months[m[2].casefold()], int(m[1])
            date = _valid(y, mo, d)
            if date:
                out.append((m.start(), m.end(), date))
    return sorted(out)


def _label_before(text: str, pos: int, labels: tuple[str, ...]) -> bool:
    head = text[max(0, pos - 36) : pos].casefold().rstrip(" ,:：\t")
    for filler in ("on", "at", *words().weekdays):
        if head.endswith(filler) and not head[: -len(filler)][-1:].isalpha():
            head = head[: -len(filler)].rstrip(" ,:：\t")
    return any(head.endswith(label.casefold()) for label in labels)


def labelled_date(lines: Iterable[str]) -> dt.date | None:
    """The first date a publication label introduces ("Published …", "입력 …")."""
    w = words()
    for line in lines:
        for pos, date in find_dates(line):
            if _label_before(line, pos, w.published) and not _label_before(line, pos, w.updated):
                return date
    return None


def dateline_date(lines: Iterable[str]) -> dt.date | None:
    """The first date in header lines that is not an update date (bylines, datelines)."""
    w = words()
    for line in lines:
        for pos, date in find_dates(line):
            if not _label_before(line, pos, w.updated):
                return date
    return None


def updated_date(lines: Iterable[str]) -> dt.date | None:
    """The first date an update label introduces ("Updated: March 10, 2025 21:14").

    A fallback for pages that print no other date: the update is usually within hours of
    publication, closer to the story's "yesterday" than no date at all.
    """
    w = words()
    for line in lines:
        for pos, date in find_dates(line):
            if _label_before(line, pos, w.updated):
                return date
    return None


_LEAD_DATELINE = re.compile(r"^(.{0,60}?)\s(?:-{1,2}|–|—)\s")


def lead_dateline(paragraph: str) -> dt.date | None:
    """A date in the wire-style dateline opening a story ("SEOUL, 16 October 2023 - ...")."""
    m = _LEAD_DATELINE.match(paragraph)
    if not m:
        return None
    found = find_dates(m[1])
    return found[0][1] if found else None


def is_date_line(line: str, max_words: int = 3) -> bool:
    """Mostly a date: a dateline, a "Date: ..." line, not a headline that names a day.

    `max_words` is how many other words (of two letters or more) it may have.
    """
    spans = date_spans(line)
    if not spans:
        return False
    rest = line
    for start, end, _ in reversed(spans):
        rest = rest[:start] + rest[end:]
    return len(re.findall(r"[^\W\d_]{2,}", rest)) <= max_words
