"""Korean time expressions resolved against a reference (publication) date.

`find_times(text, ref)` returns every expression with its span and window, following the
conventions of SCHEMA.md: a day gives earliest=latest, a month the whole month, 초/중순/하순
the days 1-10/11-20/21-end, 말 of a year November-December, 지난주 the Monday-Sunday before
the reference week, and vague words ("최근") a window with no ends. The words are kept.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from refwatch.model import Window
from refwatch.nlp.ko_calendar import (
    Span,
    ago_span,
    day_span,
    month_span,
    part_of_month,
    part_of_year,
    shift_month,
)
from refwatch.nlp.ko_time_after import counted_on
from refwatch.nlp.ko_time_context import (
    ANAPHORIC,
    MONTH_PART,
    SAME_MONTH,
    anaphoric_offset,
    anchor_years,
    same_month,
    since,
)


@dataclass(frozen=True)
class TimeExpr:
    start: int
    end: int
    words: str
    window: Window

    @property
    def is_day(self) -> bool:
        w = self.window
        return w.earliest is not None and w.earliest == w.latest


_REL_YEAR = {"지난해": -1, "작년": -1, "올해": 0, "올": 0, "금년": 0, "내년": 1, "재작년": -2}
_REL_MONTH = {"지난달": -1, "이달": 0, "이번 달": 0, "다음 달": 1, "내달": 1, "전달": -1}
_MONTH_PART = MONTH_PART
_YEAR_PART = r"\s*(?P<part>초|연초|상반기|하반기|말|연말)"
_DAYS_ALT = r"(?P<day>[0-3]?\d)(?:\s*[~∼\-–]\s*(?P<day2>[0-3]?\d))?일"
# "9일 밤부터 10일 새벽 사이", "3일부터 5일까지": one window over the days named
_DAY_TO_DAY = (
    r"(?P<day>[0-3]?\d)일(?:\s*(?:밤|새벽|오전|오후|저녁|아침|낮))?\s*부터\s*"
    r"(?P<day2>[0-3]?\d)일"
)
_SAME_MONTH = SAME_MONTH
_NOT_DURATION = r"(?!\s*(?:간|동안|만에|째|치|분))"


def _year_of(m: re.Match[str], ref: dt.date) -> int:
    g = m.groupdict()
    if g.get("year"):
        return int(g["year"])
    rel = g.get("rel") or ""
    return ref.year + _REL_YEAR.get(rel, 0) + (anaphoric_offset(rel) if rel not in _REL_YEAR else 0)


def _days_span(year: int, month: int, m: re.Match[str]) -> Span | None:
    first = day_span(year, month, int(m["day"]))
    if first is None:
        return None
    last = day_span(year, month, int(m["day2"])) if m["day2"] else first
    if last is None or last[0] < first[0]:
        return None
    return first[0], last[0]


def _full_date(m: re.Match[str], ref: dt.date) -> Span | None:
    return _days_span(_year_of(m, ref), int(m["month"]), m)


def _month_day(m: re.Match[str], ref: dt.date) -> Span | None:
    """'3월 5일' / '지난 3월 5일': the most recent such day, allowing the coming weeks."""
    month = int(m["month"])
    year = ref.year
    past = bool(m["past"])
    later = (month, int(m["day"])) > (ref.month, ref.day)
    if (past and later) or (not past and month > ref.month + 1):
        year -= 1
    return _days_span(year, month, m)


def _year_month(m: re.Match[str], ref: dt.date) -> Span | None:
    month = int(m["month"])
    if not 1 <= month <= 12:
        return None
    return part_of_month(month_span(_year_of(m, ref), month), m["part"] or "")


def _bare_month(m: re.Match[str], ref: dt.date) -> Span | None:
    month = int(m["month"])
    if not 1 <= month <= 12:
        return None
    year = ref.year - 1 if (m["past"] and month > ref.month) or month > ref.month + 1 else ref.year
    return part_of_month(month_span(year, month), m["part"] or "")


def _year_part(m: re.Match[str], ref: dt.date) -> Span | None:
    return part_of_year(_year_of(m, ref), m["part"])


def _year_only(m: re.Match[str], ref: dt.date) -> Span | None:
    year = _year_of(m, ref)
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _rel_month_days(m: re.Match[str], ref: dt.date) -> Span | None:
    year, month = shift_month(ref.year, ref.month, _REL_MONTH[m["relm"]])
    return _days_span(year, month, m)


def _rel_month(m: re.Match[str], ref: dt.date) -> Span | None:
    year, month = shift_month(ref.year, ref.month, _REL_MONTH[m["relm"]])
    return part_of_month(month_span(year, month), m["part"] or "")


def _past_day(m: re.Match[str], ref: dt.date) -> Span | None:
    """'지난 9일', '9일': that day of this month, or of last month once it is past."""
    day = int(m["day"])
    year, month = ref.year, ref.month
    if day > ref.day and not m.groupdict().get("day2"):
        year, month = shift_month(year, month, -1)
    return _days_span(year, month, m)


def _coming_day(m: re.Match[str], ref: dt.date) -> Span | None:
    """'오는 16일': that day of this month, or of next month once it is past."""
    year, month = ref.year, ref.month
    if int(m["day"]) < ref.day:
        year, month = shift_month(year, month, 1)
    return _days_span(year, month, m)


def _week(offset: int) -> Callable[[re.Match[str], dt.date], Span | None]:
    def handler(_m: re.Match[str], ref: dt.date) -> Span | None:
        monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=offset)
        return monday, monday + dt.timedelta(days=6)

    return handler


def _last_weekend(_m: re.Match[str], ref: dt.date) -> Span | None:
    """The Saturday and Sunday of the week before the reference week ("지난 주말")."""
    monday = ref - dt.timedelta(days=ref.weekday() + 7)
    return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)


def _offset(days: int) -> Callable[[re.Match[str], dt.date], Span | None]:
    def handler(_m: re.Match[str], ref: dt.date) -> Span | None:
        d = ref + dt.timedelta(days=days)
        return d, d

    return handler


_SEASONS = {"봄": (3, 5), "여름": (6, 8), "가을": (9, 11), "겨울": (12, 2)}


def _ago(m: re.Match[str], ref: dt.date) -> Span | None:
    """'사흘 전', '2주 전', '한 달 전': the day, week or month that far back."""
    return ago_span(m["n"], m["unit"] or "일", ref)


def _month_pair(m: re.Match[str], ref: dt.date) -> Span | None:
    """'11월과 12월', '3~4월': both months, as one window."""
    lo, hi = int(m["month"]), int(m["month2"])
    if not 1 <= lo < hi <= 12:
        return None
    year = _year_of(m, ref) if (m["year"] or m["rel"]) else ref.year - (hi > ref.month + 1)
    return month_span(year, lo)[0], month_span(year, hi)[1]


def _season(m: re.Match[str], ref: dt.date) -> Span | None:
    """'지난해 가을' -> Sep-Nov; winter runs December into the next year's February."""
    lo, hi = _SEASONS[m["season"]]
    year = _year_of(m, ref)
    if not (m["year"] or m["rel"]) and lo > ref.month:
        year -= 1  # a bare season not yet begun this year is last year's
    end_year = year + 1 if hi < lo else year
    return month_span(year, lo)[0], month_span(end_year, hi)[1]


def _vague(_m: re.Match[str], _ref: dt.date) -> Span | None:
    return None


_ANA = ANAPHORIC  # "그해", "이듬해": resolved from the reference year, then anchored in context
_REL_Y = (
    r"(?:(?P<year>(?:19|20)\d\d)년|(?P<rel>재작년|지난해|작년|올해|금년|내년|올(?=\s)|"
    + _ANA
    + r"))"
)
# "전달" is also the verb "to deliver" (우려를 전달했다): as "the month before" it must be
# followed by a day or a part of the month.
_REL_M = (
    r"(?P<relm>지난달|이번 달|이달|다음 달|내달|"
    r"(?<![가-힣])전달(?=\s*(?:[0-3]?\d\s*일|초순|상순|초|중순|하순|말)))"
)
Handler = Callable[[re.Match[str], dt.date], Span | None]

_PARTICLE = r"(?=(?:에는|에도|에|엔|부터|까지|의|인|이던|이었)?(?![가-힣]))"
_MON = r"(?P<month>1[0-2]|0?[1-9])월"
_PAST = r"(?P<past>지난\s*)?"
_YEAR_ALONE = (
    r"(?P<rel>재작년|지난해|작년|올해|금년|내년|" + _ANA + r")"
    r"|(?P<year>(?:19|20)\d\d)년(?!\s*(?:간|동안|만에|째|생))"
)

# Order matters: longer, more specific patterns first; matches may not overlap.
_RULES: list[tuple[re.Pattern[str], Handler]] = [
    (
        re.compile(
            # the first month may drop its 월 before a tilde or dash ("3~4월")
            r"(?:" + _REL_Y + r"\s*)?(?<!\d)(?P<month>1[0-2]|0?[1-9])"
            r"(?:월\s?(?:과|와|부터|[~∼～\-])|\s?[~∼～\-])\s?"
            r"(?P<month2>1[0-2]|0?[1-9])월(?:까지)?(?!\s*\d)"
        ),
        _month_pair,
    ),
    (re.compile(_REL_Y + r"\s*" + _MON + r"\s*" + _DAYS_ALT + _NOT_DURATION), _full_date),
    (re.compile(_REL_Y + r"\s*" + _MON + _MONTH_PART), _year_month),
    (re.compile(_REL_Y + _YEAR_PART), _year_part),
    (
        # "이듬해 봄에도", "지난해 겨울부터": a particle may follow the season
        re.compile(r"(?:" + _REL_Y + r"\s*)?(?P<season>봄|여름|가을|겨울)(?:철)?" + _PARTICLE),
        _season,
    ),
    (re.compile(_YEAR_ALONE), _year_only),
    (re.compile(_PAST + _MON + r"\s*" + _DAYS_ALT + _NOT_DURATION), _month_day),
    (re.compile(_PAST + _MON + _MONTH_PART + r"(?!\s*\d)"), _bare_month),
    (re.compile(_REL_M + r"\s*" + _DAYS_ALT + _NOT_DURATION), _rel_month_days),
    (re.compile(_REL_M + _MONTH_PART), _rel_month),
    (re.compile(r"지난\s*주말"), _last_weekend),
    (re.compile(r"지난주|지난 주"), _week(-1)),
    (re.compile(r"이번\s*주|금주"), _week(0)),
    (re.compile(r"다음\s*주"), _week(1)),
    (
        re.compile(
            r"(?P<n>하루|이틀|사흘|나흘|닷새|엿새|이레|열흘|\d+|한|두|세|네|다섯|여섯|일곱|여덟|아홉)"
            r"\s?(?P<unit>일|주|달|개월|년)?\s?(?:전|前)(?=(?:에는|에도|에|쯤|께)?(?![가-힣]))"
        ),
        _ago,
    ),
    (re.compile(r"오는\s*" + _DAYS_ALT + _NOT_DURATION), _coming_day),
    (re.compile(_SAME_MONTH + _MONTH_PART), _vague),
    (re.compile(r"전날"), _offset(-1)),
    (re.compile(r"그제|그저께"), _offset(-2)),
    (re.compile(r"어제"), _offset(-1)),
    (re.compile(r"오늘"), _offset(0)),
    (re.compile(r"(?:지난\s*)?" + _DAY_TO_DAY + _NOT_DURATION), _past_day),
    (re.compile(r"(?:지난\s*)?" + _DAYS_ALT + _NOT_DURATION), _past_day),
    (re.compile(r"최근|얼마 전|며칠 전|최근 몇 년|그동안|한동안|당시"), _vague),
]

# "\Z", not "$": "$" also matches before a newline, so a year opening a new line was read
# as the tail of a number ending the line before it.
_WORD_BEFORE = re.compile(r"[\d.,]\Z")


def _named_year(m: re.Match[str]) -> dt.date | None:
    """A reference for words that name their year ("2023년 10월"): they need no other;
    "이듬해 봄" takes its year from the one named before (see anchor_years)."""
    g = m.groupdict()
    if g.get("rel") and re.fullmatch(_ANA, g["rel"]):
        return dt.date(2000, 12, 31)  # a stand-in, re-read from the year named before
    return dt.date(int(g["year"]), 12, 31) if g.get("year") and not g.get("rel") else None


def find_times(text: str, ref: dt.date | None) -> list[TimeExpr]:
    """Every time expression in `text`, left to right, with its resolved window.

    With no reference date, relative expressions keep their words but get no window; those
    that name their year still resolve.
    """
    taken: list[tuple[int, int]] = []
    found: list[TimeExpr] = []
    for pattern, handler in _RULES:
        for m in pattern.finditer(text):
            s, e = m.span()
            if _WORD_BEFORE.search(text[:s]) or any(s < b and a < e for a, b in taken):
                continue
            base = ref or _named_year(m)
            span = handler(m, base) if base is not None else None
            if ref is not None and span is None and handler is not _vague:
                continue
            taken.append((s, e))
            window = Window(span[0], span[1], m.group()) if span else Window(words=m.group())
            found.append(TimeExpr(s, e, m.group(), window))
    found.sort(key=lambda t: t.start)
    found = since(text, same_month(anchor_years(text, found, ref)), ref)
    return counted_on(text, found, TimeExpr)


def resolve(words: str, ref: dt.date | None) -> Window:
    """The window of one expression (the first found in `words`), or an empty window."""
    times = find_times(words, ref)
    return times[0].window if times else Window(words=words)
