"""Days counted on from a day told before: "그로부터 엿새 뒤에는", "사흘 후".

A report that has dated one event often dates the next by the days between ("8일 새벽 …
넘겨졌다. 그로부터 엿새 뒤에는 …"). Such a span is counted from the last single day named
before it, in the same paragraph, or across a paragraph break when "그로부터"/"그 뒤" points
back explicitly. With no such day the words stay unresolved (they are a duration).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import TypeVar

from refwatch.model import Window
from refwatch.nlp.ko_calendar import number_word
from refwatch.nlp.ko_time_context import _Timed

_T = TypeVar("_T", bound=_Timed)

_AFTER = re.compile(
    r"(?P<back>그로부터\s?|그\s?(?:뒤|후)\s?)?(?<![가-힣\d])"
    r"(?P<n>하루|이틀|사흘|나흘|닷새|엿새|이레|열흘|\d{1,2}|한|두|세|네)"
    r"\s?(?P<unit>일|주일?|주)?\s?(?:뒤|후|만)(?=(?:에는|에도|에|엔|인)?(?![가-힣]))"
)


def _days(m: re.Match[str]) -> int | None:
    n = number_word(m["n"])
    unit = m["unit"] or ""
    if n is None or (not unit and (m["n"].isdigit() or m["n"] in ("한", "두", "세", "네"))):
        return None  # "3 뒤", "두 뒤": not a span of days
    return n * 7 if unit.startswith("주") else n


def counted_on(text: str, found: list[_T], make: Callable[[int, int, str, Window], _T]) -> list[_T]:
    """`found` with each "N일 뒤" after a dated day resolved to that day plus N days."""
    out = list(found)
    for m in _AFTER.finditer(text):
        days = _days(m)
        if days is None:
            continue
        s, e = m.start(), m.end()
        clash = [t for t in out if t.start < e and s < t.end]
        if any(not re.fullmatch(r"\d{1,2}일", t.words) for t in clash):
            continue  # part of a longer expression already read
        before = [t for t in out if t.end <= s and t.window.earliest is not None]
        anchor = before[-1] if before else None
        first = anchor.window.earliest if anchor else None
        if anchor is None or first is None or first != anchor.window.latest:
            continue
        breaks = len(re.findall(r"\n\s*", text[anchor.end : s]))
        if breaks > (1 if m["back"] else 0):
            continue
        day = first + dt.timedelta(days=days)
        words = text[s:e]
        new = make(s, e, words, Window(day, day, words))
        out = sorted([t for t in out if t not in clash] + [new], key=lambda t: t.start)
    return out
