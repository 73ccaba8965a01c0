"""English time expressions resolved against a publication date."""

from __future__ import annotations

import datetime as dt

import pytest

from refwatch.nlp.en_time import find_times, resolve_time

D = dt.date
REF = D(2024, 5, 10)  # a Friday


@pytest.mark.parametrize(
    ("words", "ref", "earliest", "latest"),
    [
        ("on the 9th (local time)", REF, D(2024, 5, 9), D(2024, 5, 9)),
        ("the 26th of last month", REF, D(2024, 4, 26), D(2024, 4, 26)),
        ("on the 28th", REF, D(2024, 4, 28), D(2024, 4, 28)),  # not yet come this month
        ("October last year", REF, D(2023, 10, 1), D(2023, 10, 31)),
        ("on the 13th-14th", D(2024, 5, 20), D(2024, 5, 13), D(2024, 5, 14)),
        ("two weeks ago", REF, D(2024, 4, 22), D(2024, 4, 28)),
        ("four days ago", REF, D(2024, 5, 6), D(2024, 5, 6)),
        ("late last month", REF, D(2024, 4, 21), D(2024, 4, 30)),
        ("in the spring of 2012", REF, D(2012, 3, 1), D(2012, 5, 31)),
        ("the winter of 2015", REF, D(2015, 12, 1), D(2016, 2, 29)),
        ("last Tuesday", REF, D(2024, 5, 7), D(2024, 5, 7)),
        ("Monday", REF, D(2024, 5, 6), D(2024, 5, 6)),
        ("on Friday", REF, D(2024, 5, 10), D(2024, 5, 10)),  # same-day report
        ("last Friday", REF, D(2024, 5, 3), D(2024, 5, 3)),
        ("Oct 9", REF, D(2023, 10, 9), D(2023, 10, 9)),
        ("Sept. 3", REF, D(2023, 9, 3), D(2023, 9, 3)),
        ("October 9, 2023", REF, D(2023, 10, 9), D(2023, 10, 9)),
        ("18 September 2023", REF, D(2023, 9, 18), D(2023, 9, 18)),
        ("in 2014", REF, D(2014, 1, 1), D(2014, 12, 31)),
        ("last week", REF, D(2024, 4, 29), D(2024, 5, 5)),
        ("early March", REF, D(2024, 3, 1), D(2024, 3, 10)),
        ("mid-February", REF, D(2024, 2, 11), D(2024, 2, 20)),
        ("late February", REF, D(2024, 2, 21), D(2024, 2, 29)),  # leap year
        ("late February", D(2023, 5, 1), D(2023, 2, 21), D(2023, 2, 28)),
        ("late last year", REF, D(2023, 11, 1), D(2023, 12, 31)),
        ("in early 2020", REF, D(2020, 1, 1), D(2020, 2, 29)),
        ("in July 2015", REF, D(2015, 7, 1), D(2015, 7, 31)),
        ("last October", REF, D(2023, 10, 1), D(2023, 10, 31)),
        ("in March", REF, D(2024, 3, 1), D(2024, 3, 31)),
        ("in November", REF, D(2023, 11, 1), D(2023, 11, 30)),  # months ahead: last year's
        ("the middle of last month", REF, D(2024, 4, 11), D(2024, 4, 20)),
        ("since January", REF, D(2024, 1, 1), REF),
        ("since the start of October", D(2023, 11, 24), D(2023, 10, 1), D(2023, 11, 24)),
        ("the 1990s", REF, D(1990, 1, 1), D(1999, 12, 31)),
        ("yesterday", REF, D(2024, 5, 9), D(2024, 5, 9)),
        ("on October 9 of last year", REF, D(2023, 10, 9), D(2023, 10, 9)),
        ("on Oct. 9 of last year", REF, D(2023, 10, 9), D(2023, 10, 9)),
        ("the 9th of October last year", REF, D(2023, 10, 9), D(2023, 10, 9)),
        ("December 30 of last year", D(2024, 1, 4), D(2023, 12, 30), D(2023, 12, 30)),
        ("in the first week of April", REF, D(2024, 4, 1), D(2024, 4, 7)),
        ("during the second week of March", REF, D(2024, 3, 8), D(2024, 3, 14)),
        ("in the last week of February", REF, D(2024, 2, 23), D(2024, 2, 29)),  # leap year
        ("the final week of last month", REF, D(2024, 4, 24), D(2024, 4, 30)),
        ("the first week of 2023", REF, D(2023, 1, 1), D(2023, 1, 7)),
        ("the last week of last year", D(2024, 1, 10), D(2023, 12, 25), D(2023, 12, 31)),
    ],
)
def test_phrasings_resolve(words: str, ref: dt.date, earliest: dt.date, latest: dt.date) -> None:
    window = resolve_time(words, ref)
    assert window is not None, words
    assert (window.earliest, window.latest) == (earliest, latest)


def test_last_month_in_january_is_december_of_the_year_before() -> None:
    window = resolve_time("last month", D(2024, 1, 15))
    assert window is not None
    assert (window.earliest, window.latest) == (D(2023, 12, 1), D(2023, 12, 31))


def test_last_week_across_a_year_boundary() -> None:
    window = resolve_time("last week", D(2025, 1, 2))  # a Thursday
    assert window is not None
    assert (window.earliest, window.latest) == (D(2024, 12, 23), D(2024, 12, 29))


def test_day_of_month_that_does_not_exist_goes_back_further() -> None:
    # on 15 March "the 31st" cannot be 31 February: it is 31 January
    window = resolve_time("on the 31st", D(2023, 3, 15))
    assert window is not None
    assert window.earliest == D(2023, 1, 31)


def test_recently_is_found_but_unknown() -> None:
    found = find_times("Officials recently sent them back.", REF)
    assert [t.words for t in found] == ["recently"]
    assert not found[0].window.known


def test_relative_words_without_reference_stay_unresolved_but_absolute_dates_resolve() -> None:
    rel = resolve_time("the 26th of last month", None)
    assert rel is not None and not rel.known
    absolute = resolve_time("October 9, 2023", None)
    assert absolute is not None and absolute.earliest == D(2023, 10, 9)


def test_offsets_point_into_the_text_and_words_are_kept() -> None:
    text = "Police said on Thursday that 40 people were sent back in late August."
    found = find_times(text, D(2023, 10, 12))
    assert [t.words for t in found] == ["Thursday", "late August"]
    for t in found:
        assert text[t.start : t.end] == t.words == t.window.words


def test_things_that_are_not_dates() -> None:
    text = "He may return to the 5th floor for the 20th anniversary in the 21st century."
    assert find_times(text, REF) == []
    assert resolve_time("a plane", REF) is None


def test_before_an_event_leaves_the_start_open() -> None:
    found = find_times("held in custody before Monday's transfer", D(2023, 10, 12))
    assert len(found) == 1
    assert (found[0].window.earliest, found[0].window.latest) == (None, D(2023, 10, 9))


def test_ranges_join_their_ends() -> None:
    found = find_times("Between October and December, thousands were expelled.", REF)
    assert [(t.window.earliest, t.window.latest) for t in found] == [
        (D(2023, 10, 1), D(2023, 12, 31))
    ]
    games = find_times("held from Sept. 23 to Oct. 8", D(2023, 10, 12))
    assert [(t.window.earliest, t.window.latest) for t in games] == [
        (D(2023, 9, 23), D(2023, 10, 8))
    ]


def test_a_bare_month_after_a_dated_one_in_the_sentence_takes_its_year() -> None:
    ref = dt.date(2025, 4, 10)

    def windows(text: str) -> list[tuple[str, dt.date | None]]:
        return [(t.words, t.window.earliest) for t in find_times(text, ref)]

    assert windows("A poet held in June 2022 was sent back in late August, his wife said.") == [
        ("June 2022", dt.date(2022, 6, 1)),
        ("late August", dt.date(2022, 8, 21)),
    ]
    # a new sentence, or a month before the anchor's month, keeps the usual reading
    assert windows("A poet was held in June 2022. In August, talks began.")[1] == (
        "August",
        dt.date(2024, 8, 1),
    )
    assert windows("He was sent back in October 2022, the group said in March.")[1] == (
        "March",
        dt.date(2025, 3, 1),
    )


@pytest.mark.parametrize(
    ("text", "ref", "earliest", "latest"),
    [
        ("last weekend", D(2025, 6, 11), D(2025, 6, 7), D(2025, 6, 8)),
        ("over the weekend", D(2025, 6, 9), D(2025, 6, 7), D(2025, 6, 8)),
        ("at the weekend", D(2025, 6, 15), D(2025, 6, 14), D(2025, 6, 15)),
        ("last week", D(2025, 6, 11), D(2025, 6, 2), D(2025, 6, 8)),
    ],
)
def test_weekends_are_saturday_and_sunday(text: str, ref: D, earliest: D, latest: D) -> None:
    window = resolve_time(text, ref)
    assert window is not None and (window.earliest, window.latest) == (earliest, latest)
