"""Numbers of people in English text, per the corpus SCHEMA count conventions."""

from __future__ import annotations

import pytest

from refwatch.nlp.en_numbers import find_counts, parse_number


@pytest.mark.parametrize(
    ("text", "low", "high", "approx"),
    [
        ("about 500 people", 500, 500, True),
        ("some 600 North Koreans", 600, 600, True),
        ("roughly 200 detainees", 200, 200, True),
        ("close to 200 defectors", 200, 200, True),
        ("more than 500 escapees", 500, None, True),
        ("no fewer than 40 women", 40, None, True),
        ("at least 92 people", 92, None, True),
        ("50 to 60 North Koreans", 50, 60, False),
        ("between 200 and 300 more", 200, 300, False),
        ("an estimated 700 to 800 migrants", 700, 800, False),
        ("about 40-50 fishermen", 40, 50, False),
        ("an additional 200 defectors", 200, 200, False),
        ("another 40 men", 40, 40, False),
        ("dozens of Afghan men", 24, 99, True),
        ("hundreds of North Koreans", 200, 999, True),
        ("several hundred refugees", 200, 999, True),
        ("thousands of migrants", 2000, 9999, True),
        ("tens of thousands of Afghans", 20000, 99999, True),
        ("a handful of escapees", 2, 9, True),
        ("a family of five", 5, 5, False),
        ("half a million Afghans", 500000, 500000, True),
        ("a quarter of a million refugees", 250000, 250000, True),
        ("a family of four", 4, 4, False),
        ("nine North Koreans", 9, 9, False),
        ("twenty-five men", 25, 25, False),
        ("as many as 2,000 North Koreans", None, 2000, True),
        ("up to 300 people", None, 300, True),
        ("nearly 1,000 refugees", None, 1000, True),
        ("370,000 Afghans", 370000, 370000, False),
        ("1.3 million Afghans", 1300000, 1300000, False),
        ("a dozen families", 12, 12, True),
        ("handed over seven escapees", 7, 7, False),
    ],
)
def test_count_conventions(text: str, low: int | None, high: int | None, approx: bool) -> None:
    found = find_counts(text)
    assert len(found) == 1, found
    c = found[0].count
    assert (c.low, c.high, c.approx) == (low, high, approx)
    assert text[found[0].start : found[0].end] == found[0].words


@pytest.mark.parametrize(
    "text",
    [
        "in 2014",
        "a 25-year-old woman",
        "aged 34",
        "Kim, 34, said",
        "1.1 trillion won",
        "$40 million",
        "95 percent of them",
        "12%",
        "on 18 September",
        "at 2:55 p.m.",
        "flew about 1,000 kilometers",
        "for more than a decade",
        "eleven years",
    ],
)
def test_not_counts_of_people(text: str) -> None:
    assert find_counts(text) == []


def test_two_counts_in_one_sentence_keep_their_own_spans() -> None:
    text = "about 80 people on 29 August and 40 on 18 September"
    found = find_counts(text)
    assert [(c.words, c.count.low) for c in found] == [("about 80", 80), ("40", 40)]


def test_parse_number() -> None:
    assert parse_number("370,000") == 370000
    assert parse_number("forty-two") == 42
    assert parse_number("two hundred") == 200
    assert parse_number("three thousand five hundred") == 3500
    assert parse_number("several") is None


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("at least 50 and possibly as many as 80 people", 50, 80),
        ("80-odd North Koreans", 80, None),
        ("some 200-plus detainees", 200, None),
        ("40 or so people", 40, 40),
        ("half a dozen men", 6, 6),
        ("two dozen women", 24, 24),
    ],
)
def test_bounds_and_rough_numbers(text: str, low: int | None, high: int | None) -> None:
    found = find_counts(text)
    assert len(found) == 1 and found[0].count.approx
    assert (found[0].count.low, found[0].count.high) == (low, high)
