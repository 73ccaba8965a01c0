"""The date of a meeting sentence: its time expression, read forward for plans ("is due in
Beijing on Monday": the coming Monday) and backward for past meetings ("met X on March 20"
in a story of March 8: last year's), or the last date given for "the same day" (and the
day after or before it for "the next day", "the day before").
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span

from refwatch.nlp.en_time import find_times


def meeting_date(
    sent: Span, ref: dt.date | None, last: dt.date | None, told: dt.date | None = None
) -> tuple[dt.date | None, str]:
    """`last`: the date of the last meeting or, failing one, the last date the text gave;
    `told`: the last date the text gave, for "the next day" and "the day before"."""
    if re.search(r"\bthe same day\b", sent.text, re.IGNORECASE) and last is not None:
        return last, "the same day"
    shift = _RELATIVE_DAY.search(sent.text)
    if shift is not None and (told or last) is not None and not find_times(sent.text, ref):
        base = told or last
        assert base is not None
        step = -1 if re.search(r"before|previous|earlier", shift.group(0), re.I) else 1
        return base + dt.timedelta(days=step), shift.group(0)
    ahead = _FUTURE.search(sent.text) is not None
    for t in find_times(sent.text, ref):
        w = t.window
        if w.earliest is not None and w.earliest == w.latest:
            day = w.earliest
            # "is due in Beijing on Monday": a weekday in a forward-looking sentence is
            # the coming one, where the resolver takes the last one.
            if ahead and ref is not None and day < ref and _WEEKDAY.search(t.words):
                day += dt.timedelta(days=7)
            elif ahead and ref is not None and day < ref and not _PAST_PLAN.search(sent.text):
                # "is scheduled to meet X on Oct. 26": the next Oct. 26
                day = _next_year(day)
            elif (
                not ahead
                and ref is not None
                and day > ref
                and _PAST_MEET.search(sent.text)
                and not re.search(r"\d{4}", t.words)
            ):
                # "met X on March 20" in a story of March 8: last year's March 20
                day = _last_year(day)
            return day, t.words
    event = _THE_EVENT.search(sent.text)
    if event is not None and told is not None:
        # "Before the ceremony, A and B held talks": the day of the ceremony just told of
        return told, event.group(0)
    return None, ""


# an event the story has just dated, referred back to by a definite article
_THE_EVENT = re.compile(
    r"\b(?:[Bb]efore|[Aa]fter|[Dd]uring|[Aa]head of|on the (?:sidelines|margins) of|at)"
    r" the (?:ceremony|handover|summit|signing|event|funeral|parade|conference|forum)\b"
)


# a day counted from the last date the story gave ("On March 4, ... The next day, X met Y")
_RELATIVE_DAY = re.compile(
    r"\b(?:the (?:next|following|previous) day|a day (?:later|earlier)|the day (?:after|before))"
    r"(?!\s+(?:the|a|an|his|her|their|its)\b)",
    re.IGNORECASE,
)
_PAST_PLAN = re.compile(r"\b(?:was|were) (?:due|scheduled|expected|set)\b|\d{4}")


_PAST_MEET = re.compile(r"\b(?:met|held talks|received|hosted|sat down)\b")


def _last_year(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day - dt.timedelta(days=365)


def _next_year(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day + dt.timedelta(days=365)


_FUTURE = re.compile(
    r"\b(?:is|are|was|were) (?:due|scheduled|expected|set) "
    r"|\bwill (?:be|hold|meet|visit|travel|host|sit)\b|\bnext (?:week|month)\b"
    r"|\b(?:is|are) (?:to|going to) (?:meet|hold|visit)\b"
    # a present-tense encounter is a plan: "when the minister meets his counterpart on Friday"
    r"|\b(?:meets|visits|hosts|holds talks)\b"
)
_WEEKDAY = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


# "The talks, held behind closed doors on Monday, ...": the next sentence opens on the
# meeting itself and gives the day or place its own sentence left out
_REFERS_BACK = re.compile(
    r"^\W*(?:The|Their|This|That|Both|Those)\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|dialogue|"
    r"consultations|summit|encounter|discussions|session)\b(?!\s+(?:of|between|among|with)\b)"
)


def refers_back(sent: Span) -> bool:
    """Whether `sent` opens on the meeting the sentence before reported."""
    return _REFERS_BACK.search(sent.text) is not None
