"""Korean counts of people as ranges with their hedging (SCHEMA.md conventions)."""

from __future__ import annotations

import pytest

from refwatch.nlp.ko_numbers import find_counts, parse_count


@pytest.mark.parametrize(
    ("words", "low", "high", "approx"),
    [
        ("탈북민 300여 명이", 300, None, True),
        ("약 150명을", 150, 150, True),
        ("80명가량이", 80, 80, True),
        ("40명 정도가", 40, 40, True),
        ("100~150명이", 100, 150, False),
        ("수십 명이", 20, 99, True),
        ("수백 명의", 200, 999, True),
        ("수천 명", 2000, 9999, True),
        ("최소 40명", 40, None, True),
        ("3명 일가족이", 3, 3, False),
        ("50명 이상이", 50, None, True),
        ("70명이 넘는", 70, None, True),
        ("최대 90명", None, 90, True),
        ("1명", 1, 1, False),
        ("한 명", 1, 1, False),
        ("두 명이", 2, 2, False),
        ("2천여 명", 2000, None, True),
        ("1,200명", 1200, 1200, False),
        ("수 명이", 2, 9, True),
        ("십수 명", 11, 19, True),
    ],
)
def test_people_counts(words: str, low: int | None, high: int | None, approx: bool) -> None:
    c = parse_count(words)
    assert c is not None
    assert (c.low, c.high, c.approx) == (low, high, approx)


@pytest.mark.parametrize(
    "text", ["유해 40여 구", "기업 500여 곳", "버스 수십 대", "21조 원가량", "평균 수명"]
)
def test_things_that_are_not_people(text: str) -> None:
    assert find_counts(text) == []


def test_offsets_point_into_the_text() -> None:
    text = "공안은 어제 여성 12명과 아이 3명을 넘겼다."
    found = find_counts(text)
    assert [(text[c.start : c.end], c.count.low) for c in found] == [("12명", 12), ("3명", 3)]


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("30대 부부와 자녀 2명이 북송됐다", 4),
        ("탈북민 부부와 어린 아들 3명을 넘겼다", 5),
        ("50대 부부와 딸 1명이 붙잡혔다", 3),
        ("일가족 6명이 추방됐다", 6),
        ("7명 일가족을 돌려보냈다", 7),
    ],
)
def test_families_count_every_member(text: str, n: int) -> None:
    c = find_counts(text)[0].count
    assert (c.low, c.high, c.approx) == (n, n, False)


@pytest.mark.parametrize(
    "text",
    [
        "탈북민 25명 넘는 인원이",
        "25명이 넘게 붙잡혔다",
        "25명을 웃도는 주민이",
        "25명을 훌쩍 넘는",
        "떠난 사람이 25명을 넘었다",
        "쫓겨난 이들이 25명을 넘어섰고",
    ],
)
def test_more_than_n_opens_the_top(text: str) -> None:
    c = find_counts(text)[0].count
    assert (c.low, c.high, c.approx) == (25, None, True)
