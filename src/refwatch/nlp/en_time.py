"""English time expressions in news text, resolved to windows against the publication date.

`find_times` scans for dates the way news reports write them ("on the 26th of last month",
"late on Monday", "October last year", "in the spring of 2012") and resolves each to a
`Window`. Relative expressions need a reference date; without one they keep their words
and an unknown window. Vague words ("recently") are found too, with an unknown window, so
callers can tell "the text says recently" from "the text says nothing".
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from refwatch.model import Window
from refwatch.nlp.en_time_rules import NOT_DATE_AFTER, PATTERNS, vague


@dataclass(frozen=True)
class TimeExpr:
    """A time expression: character span in the scanned text, its words, its window."""

    start: int
    end: int
    words: str
    window: Window


_SINCE = re.compile(r"\b(?:since|from)\s+$", re.IGNORECASE)
_BEFORE = re.compile(r"\b(?:before|until|till|prior\s+to)\s+$", re.IGNORECASE)


def _candidates(text: str, ref: dt.date | None) -> list[TimeExpr]:
    found: list[TimeExpr] = []
    for pattern, handler in PATTERNS:
        for m in pattern.finditer(text):
            if not m.group(0).strip() or _is_false_date(text, m):
                continue
            span = handler(m, ref)
            is_vague = handler is vague
            if span is None and not is_vague and not _relative_unresolved(m, ref):
                continue
            window = Window(*span, words=m.group(0)) if span else Window(words=m.group(0))
            found.append(TimeExpr(m.start(), m.end(), m.group(0), window))
    return found


def _relative_unresolved(m: re.Match[str], ref: dt.date | None) -> bool:
    """A relative expression with no reference date is still a time expression."""
    return ref is None


def _is_false_date(text: str, m: re.Match[str]) -> bool:
    groups = m.groupdict()
    if groups.get("day") and not groups.get("month") and not groups.get("mo"):
        # a bare ordinal: "the 5th floor", "the 20th Party Congress"
        return bool(NOT_DATE_AFTER.match(text, m.end())) or bool(
            re.match(r"\s*[A-Z]", text[m.end() : m.end() + 2])
        )
    if groups.get("month") == "May" and not (
        groups.get("day") or groups.get("year") or groups.get("mod") or groups.get("rel")
    ):
        return not re.search(
            r"\b(?:in|since|by|until|of|from|to|through|during)\s+$",
            text[max(0, m.start() - 12) : m.start()],
        )
    return False


def find_times(text: str, reference: dt.date | None) -> list[TimeExpr]:
    """Time expressions in `text`, longest first where they overlap, in text order."""
    chosen: list[TimeExpr] = []
    taken: list[tuple[int, int]] = []
    for expr in sorted(_candidates(text, reference), key=lambda e: (-(e.end - e.start), e.start)):
        if any(expr.start < e and s < expr.end for s, e in taken):
            continue
        taken.append((expr.start, expr.end))
        chosen.append(_with_prefix(text, expr, reference))
    return _anchored(text, _ranges(text, sorted(chosen, key=lambda e: e.start)))


_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_BARE_MONTH = re.compile(rf"(?:(?:early|mid|late)[- ]?)?\b(?:{_MONTHS})\b\.?", re.IGNORECASE)
_HAS_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+[A-Z\"“]")


def _anchored(text: str, exprs: list[TimeExpr]) -> list[TimeExpr]:
    """'detained in July 2023 and handed over in September': a bare month later in the
    sentence than a dated one, and not before it in the year, is in that year - not the
    reference year's."""
    out: list[TimeExpr] = []
    anchor: TimeExpr | None = None
    for e in exprs:
        if anchor is not None and _SENTENCE_END.search(text, anchor.end, e.start):
            anchor = None
        w = e.window
        if (
            anchor is not None
            and w.earliest is not None
            and w.latest is not None
            and _BARE_MONTH.fullmatch(e.words.strip())
            and anchor.window.earliest is not None
        ):
            year = anchor.window.earliest.year
            if w.earliest.year > year and w.earliest.month >= anchor.window.earliest.month:
                try:
                    window = Window(
                        w.earliest.replace(year=year), w.latest.replace(year=year), words=w.words
                    )
                    e = TimeExpr(e.start, e.end, e.words, window)
                except ValueError:  # 29 February
                    pass
        if _HAS_YEAR.search(e.words) and e.window.earliest is not None:
            anchor = e
        out.append(e)
    return out


_RANGE_OPEN = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)
_RANGE_JOIN = re.compile(r"\s*(?:and|to|until|through|till|-|–)\s*", re.IGNORECASE)


def _ranges(text: str, exprs: list[TimeExpr]) -> list[TimeExpr]:
    """'between October and December', 'from Sept. 23 to Oct. 8': one window, end to end."""
    out: list[TimeExpr] = []
    i = 0
    while i < len(exprs):
        a = exprs[i]
        b = exprs[i + 1] if i + 1 < len(exprs) else None
        opener = _RANGE_OPEN.search(text[max(0, a.start - 10) : a.start])
        if (
            b is not None
            and opener is not None
            and _RANGE_JOIN.fullmatch(text[a.end : b.start])
            and a.window.earliest is not None
            and b.window.latest is not None
            and a.window.earliest <= b.window.latest
        ):
            start = a.start - (len(text[max(0, a.start - 10) : a.start]) - opener.start())
            words = text[start : b.end]
            window = Window(a.window.earliest, b.window.latest, words=words)
            out.append(TimeExpr(start, b.end, words, window))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


def _with_prefix(text: str, expr: TimeExpr, ref: dt.date | None) -> TimeExpr:
    """Open the window for 'since X' (to the reference date) and 'before X' (from nothing)."""
    before = text[max(0, expr.start - 20) : expr.start]
    w = expr.window
    if not w.known:
        return expr
    if (m := _SINCE.search(before)) and before.rstrip().casefold().endswith("since"):
        start = expr.start - (len(before) - m.start())
        words = text[start : expr.end]
        return TimeExpr(start, expr.end, words, Window(w.earliest, ref, words=words))
    if m := _BEFORE.search(before):
        start = expr.start - (len(before) - m.start())
        words = text[start : expr.end]
        return TimeExpr(start, expr.end, words, Window(None, w.latest, words=words))
    return expr


def resolve_time(words: str, reference: dt.date | None) -> Window | None:
    """The window for words that are one time expression; None if they are not one."""
    found = find_times(words, reference)
    if len(found) != 1:
        return None
    expr = found[0]
    rest = (words[: expr.start] + words[expr.end :]).casefold()
    rest = rest.replace("(local time)", "").strip(" ,.()")
    if rest not in {"", "in", "on", "at", "during", "of"}:
        return None
    return expr.window
