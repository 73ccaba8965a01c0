"""Korean time expressions read against their context: the years and months a report
leaves to what it said before, and windows that run on to now.

"그해 10월", "이듬해 2월 3일" count from the year the text named last, not from the day the
report came out; a month or a day named with no year ("7월 8일") in a paragraph that has
just named an earlier year ("2021년 3월 2일 … 7월 8일에는") belongs to that year's story.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import Protocol, TypeVar

from refwatch.model import Window
from refwatch.nlp.ko_calendar import month_span, part_of_month

MONTH_PART = r"(?:\s*(?P<part>초순|상순|초|중순|하순|말))?"
# "같은 달 말": the month of the time named just before
SAME_MONTH = r"(?:같은|그|그해 같은)\s*달"

# anaphoric years: "the same year" or "the year after" the one named before
ANAPHORIC = r"(?:그\s?)?이듬해|다음\s?해|그해(?![외결명안소석양군])|같은\s해"
_ANAPHORIC = re.compile("^(?:" + ANAPHORIC + ")")


def anaphoric_offset(words: str) -> int:
    """How many years after the year named before an anaphoric year lies."""
    return 1 if ("이듬" in words or "다음" in words) else 0


# expressions that name a year outright (or counted from now: "2년 전", "지난해")
_NAMES_YEAR = re.compile(r"(?:19|20)\d\d년|\d+년\s?전|재작년|지난해|작년|올해|금년|내년")
# a month or day with no year and no word tying it to now ("지난 3월", "이달")
_BARE = re.compile(r"^(?:(?:1[0-2]|0?[1-9])월|봄|여름|가을|겨울)")
# a window that runs up to now ("2023년 이후") anchors nothing
_OPEN = re.compile(r"\s?(?:이후|이래|부터)")
# words that bring the text back to the present between an anchor and a bare date
_NOW = re.compile(r"지난\s?\d|지난달|이달|이번\s?달|지난주|올해|최근|이번에|현재|오늘|어제")


class _Timed(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...

    @property
    def words(self) -> str: ...

    @property
    def window(self) -> Window: ...


_T = TypeVar("_T", bound=_Timed)


def _shift(d: dt.date | None, years: int) -> dt.date | None:
    if d is None or years == 0:
        return d
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


def _moved(t: _T, years: int) -> _T:
    w = t.window
    window = replace(w, earliest=_shift(w.earliest, years), latest=_shift(w.latest, years))
    return replace(t, window=window)  # type: ignore[type-var]


def anchor_years(text: str, found: list[_T], ref: dt.date | None) -> list[_T]:
    """Re-resolve anaphoric and bare years against the year the text named last. With no
    reference date an anaphoric year was read against a stand-in: it keeps a window only
    when a year named before anchors it."""
    out: list[_T] = []
    anchor: tuple[int, int] | None = None  # (year, where it was named)
    for t in found:
        first = t.window.earliest
        ana = _ANAPHORIC.match(t.words)
        if ana and first is not None:
            if anchor is not None:
                want = anchor[0] + anaphoric_offset(ana.group())
                t = _moved(t, want - first.year)
            elif ref is None:
                t = replace(t, window=Window(words=t.words))  # type: ignore[type-var]
            anchor = (t.window.earliest.year, t.end) if t.window.earliest else anchor
        elif _NAMES_YEAR.search(t.words) and first is not None and not _OPEN.match(text, t.end):
            anchor = (first.year, t.end)
        elif (
            ref is not None
            and _BARE.match(t.words)
            and first is not None
            and anchor is not None
            and anchor[0] < ref.year
            and first.year > anchor[0]
            and "\n" not in text[anchor[1] : t.start]
            and not _NOW.search(text, anchor[1], t.start)
        ):
            t = _moved(t, anchor[0] - first.year)  # the paragraph's story is in that year
        out.append(t)
    return out


# "2020년 이후", "지난해 10월부터 구금된": from that time up to the reference date, as English
# "since"; "…부터 …까지" is a range, not an open window.
_SINCE_AFTER = re.compile(r"\s?(?:이후|이래|부터)(?=[\s,로에은는도]|$)(?!\S*\s?\S*\s?\S*까지)")


def since(text: str, found: list[_T], ref: dt.date | None) -> list[_T]:
    out: list[_T] = []
    for t in found:
        m = _SINCE_AFTER.match(text, t.end)
        if m and t.window.earliest is not None and ref is not None and t.window.earliest <= ref:
            words = text[t.start : m.end()]
            window = Window(t.window.earliest, ref, words)
            t = replace(t, end=m.end(), words=words, window=window)  # type: ignore[type-var]
        out.append(t)
    return out


def same_month(found: list[_T]) -> list[_T]:
    """'같은 달 말' takes its month from the last expression before it that has one."""
    out: list[_T] = []
    for t in found:
        m = re.fullmatch(SAME_MONTH + MONTH_PART, t.words)
        prev = next((p.window.earliest for p in reversed(out) if p.window.earliest), None)
        if m and prev is not None:
            span = part_of_month(month_span(prev.year, prev.month), m["part"] or "")
            t = replace(t, window=Window(span[0], span[1], t.words))  # type: ignore[type-var]
        out.append(t)
    return out
