"""Korean time expressions resolved against a publication date (SCHEMA.md conventions)."""

from __future__ import annotations

import datetime as dt

import pytest

from refwatch.nlp.ko_time import find_times, resolve

D = dt.date
REF = D(2024, 5, 10)  # a Friday


@pytest.mark.parametrize(
    ("words", "ref", "earliest", "latest"),
    [
        ("8일(현지시간)", REF, D(2024, 5, 8), D(2024, 5, 8)),
        ("지난 9일", REF, D(2024, 5, 9), D(2024, 5, 9)),
        ("지난 27일", REF, D(2024, 4, 27), D(2024, 4, 27)),  # not yet come this month
        ("지난달 26일", REF, D(2024, 4, 26), D(2024, 4, 26)),
        ("지난달", REF, D(2024, 4, 1), D(2024, 4, 30)),
        ("지난달 하순", REF, D(2024, 4, 21), D(2024, 4, 30)),
        ("지난해 10월", REF, D(2023, 10, 1), D(2023, 10, 31)),
        ("작년 11월 중순", REF, D(2023, 11, 11), D(2023, 11, 20)),
        ("지난해 3월 초", REF, D(2023, 3, 1), D(2023, 3, 10)),
        ("지난해 10월 9일", REF, D(2023, 10, 9), D(2023, 10, 9)),
        ("이달 13~14일", REF, D(2024, 5, 13), D(2024, 5, 14)),
        ("지난주", REF, D(2024, 4, 29), D(2024, 5, 5)),
        ("작년 말", REF, D(2023, 11, 1), D(2023, 12, 31)),
        ("지난해 말", REF, D(2023, 11, 1), D(2023, 12, 31)),
        ("올해 초", REF, D(2024, 1, 1), D(2024, 2, 29)),
        ("2014년", REF, D(2014, 1, 1), D(2014, 12, 31)),
        ("2019년 7월", REF, D(2019, 7, 1), D(2019, 7, 31)),
        ("2023년 10월 16일", REF, D(2023, 10, 16), D(2023, 10, 16)),
        ("지난 3월 5일", REF, D(2024, 3, 5), D(2024, 3, 5)),
        ("지난 11월 2일", REF, D(2023, 11, 2), D(2023, 11, 2)),
        ("어제", REF, D(2024, 5, 9), D(2024, 5, 9)),
        ("지난해 가을", REF, D(2023, 9, 1), D(2023, 11, 30)),
        ("2022년 겨울", REF, D(2022, 12, 1), D(2023, 2, 28)),
        ("올 상반기", REF, D(2024, 1, 1), D(2024, 6, 30)),
        ("사흘 전", REF, D(2024, 5, 7), D(2024, 5, 7)),
        ("2주 전", REF, D(2024, 4, 22), D(2024, 4, 28)),
        ("두 달 전", REF, D(2024, 3, 1), D(2024, 3, 31)),
    ],
)
def test_resolves_against_reference(words: str, ref: D, earliest: D, latest: D) -> None:
    w = resolve(words, ref)
    assert (w.earliest, w.latest) == (earliest, latest)
    assert w.words


def test_recently_has_no_window_but_keeps_its_words() -> None:
    w = resolve("최근", REF)
    assert not w.known and w.words == "최근"


def test_finds_expressions_in_a_sentence_with_offsets() -> None:
    text = "인권단체는 12일 지난달 3일 국경 도시에서 주민 30여 명이 붙잡혔다고 밝혔다."
    found = find_times(text, REF)
    assert [t.words for t in found] == ["12일", "지난달 3일"]
    assert all(text[t.start : t.end] == t.words for t in found)
    assert found[1].window.earliest == D(2024, 4, 3)


@pytest.mark.parametrize("text", ["3년 넘게 갇혀 있었다", "74년 만에 돌아왔다", "30일간 단식했다"])
def test_durations_are_not_dates(text: str) -> None:
    assert not [t for t in find_times(text, REF) if t.window.known]


def test_no_reference_date_keeps_words_without_window() -> None:
    found = find_times("지난달 26일 송환됐다", None)
    assert found and not found[0].window.known and found[0].words == "지난달 26일"


@pytest.mark.parametrize(
    ("text", "earliest", "latest"),
    [
        ("지난 4일 저녁부터 6일 오전 사이 호송됐다", D(2024, 3, 4), D(2024, 3, 6)),
        ("7일부터 9일까지 이어졌다", D(2024, 3, 7), D(2024, 3, 9)),
        ("양국은 오는 20일 만난다", D(2024, 3, 20), D(2024, 3, 20)),
        ("오는 3일 회의가 열린다", D(2024, 4, 3), D(2024, 4, 3)),
        ("그제 붙잡혔다", D(2024, 3, 10), D(2024, 3, 10)),
        ("어제 넘겨졌다", D(2024, 3, 11), D(2024, 3, 11)),
        ("이달 초 추방됐다", D(2024, 3, 1), D(2024, 3, 10)),
    ],
)
def test_day_ranges_future_days_and_near_past(text: str, earliest: D, latest: D) -> None:
    first = find_times(text, D(2024, 3, 12))[0].window
    assert (first.earliest, first.latest) == (earliest, latest)


@pytest.mark.parametrize(
    ("text", "earliest", "latest"),
    [
        ("지난 1월 3일 체포됐고 같은 달 말 북송됐다", D(2024, 1, 21), D(2024, 1, 31)),
        ("작년 11월 중순 붙잡혀 같은 달 하순 추방됐다", D(2023, 11, 21), D(2023, 11, 30)),
        ("2월 8일 구금됐다가 그달 초 돌려보내졌다", D(2024, 2, 1), D(2024, 2, 10)),
    ],
)
def test_same_month_takes_the_month_named_before(text: str, earliest: D, latest: D) -> None:
    last = find_times(text, D(2024, 3, 12))[-1].window
    assert (last.earliest, last.latest) == (earliest, latest)


@pytest.mark.parametrize(
    ("text", "day"),
    [("나흘 전에 붙잡혔다", D(2024, 3, 8)), ("이틀 전에도 끌려갔다", D(2024, 3, 10))],
)
def test_days_ago_with_a_particle(text: str, day: D) -> None:
    w = find_times(text, D(2024, 3, 12))[0].window
    assert (w.earliest, w.latest) == (day, day)


def test_delivering_is_not_the_month_before() -> None:
    # 전달 is both "the month before" and the verb "to deliver"
    ref = D(2025, 6, 12)
    assert not find_times("정부는 중국 측에 우려를 전달했다", ref)
    assert not find_times("서한 전달 과정에서", ref)
    (found,) = find_times("전달 26일 풀려났다", ref)
    assert (found.window.earliest, found.window.latest) == (D(2025, 5, 26), D(2025, 5, 26))


def test_last_weekend_is_the_saturday_and_sunday_before_this_week() -> None:
    (found,) = find_times("지난 주말 국경 도시에서 탈북민 4명이 붙잡혔다", D(2025, 6, 11))
    assert (found.window.earliest, found.window.latest) == (D(2025, 6, 7), D(2025, 6, 8))
    (found,) = find_times("지난주 붙잡혔다", D(2025, 6, 11))
    assert (found.window.earliest, found.window.latest) == (D(2025, 6, 2), D(2025, 6, 8))


@pytest.mark.parametrize(
    ("text", "words", "earliest"),
    [
        ("2021년 이후 북송된 이들은", "2021년 이후", D(2021, 1, 1)),
        ("지난해 11월부터 구금돼 있다", "지난해 11월부터", D(2024, 11, 1)),
        ("지난 2일 이래 소식이 없다", "지난 2일 이래", D(2025, 6, 2)),
    ],
)
def test_since_a_time_runs_to_the_reference_date(text: str, words: str, earliest: D) -> None:
    found = find_times(text, D(2025, 6, 11))
    assert [(t.words, t.window.earliest, t.window.latest) for t in found] == [
        (words, earliest, D(2025, 6, 11))
    ]
    # a range with 까지 is not an open window
    (day_range,) = find_times("3일부터 5일까지 억류됐다", D(2025, 6, 11))
    assert day_range.window.latest == D(2025, 6, 5)


def _windows(text: str, ref: dt.date) -> list[tuple[str, dt.date | None, dt.date | None]]:
    return [(t.words, t.window.earliest, t.window.latest) for t in find_times(text, ref)]


def test_anaphoric_years_count_from_the_year_named_before() -> None:
    text = "2021년 3월 2일 국경에서 처음 확인됐다. 이듬해 7월 8일에는 다시 되풀이됐다."
    assert _windows(text, D(2025, 6, 1))[1] == ("이듬해 7월 8일", D(2022, 7, 8), D(2022, 7, 8))
    text = "3년 전 겨울의 일이다. 그해 2월 초 당국은 명령을 내렸다."
    assert _windows(text, D(2025, 6, 1))[-1] == ("그해 2월 초", D(2022, 2, 1), D(2022, 2, 10))


def test_a_bare_date_after_an_earlier_year_in_the_paragraph_takes_that_year() -> None:
    text = "2020년 5월 정부는 명령을 공포했다. 명령이 발효된 8월 3일부터 경찰이 움직였다."
    assert _windows(text, D(2025, 6, 1))[1][1] == D(2020, 8, 3)
    # a window running up to now, or a word of the present, breaks the link
    text = "2020년 이후 멈췄던 송환이 3월 5일 재개됐다."
    assert _windows(text, D(2025, 6, 1))[1][1:] == (D(2025, 3, 5), D(2025, 3, 5))
    text = "2020년의 일과 달리, 지난 3월 5일에는 조용했다."
    assert _windows(text, D(2025, 6, 1))[1][1] == D(2025, 3, 5)


def test_two_months_joined_are_one_window() -> None:
    assert _windows("지난해 5월과 6월 두 달 동안", D(2025, 6, 1)) == [
        ("지난해 5월과 6월", D(2024, 5, 1), D(2024, 6, 30))
    ]
    # the first month may drop its 월 before a tilde: one window, and the year carries
    assert _windows("작년 3~4월 사이 두 차례", D(2025, 6, 1)) == [
        ("작년 3~4월", D(2024, 3, 1), D(2024, 4, 30))
    ]
    assert _windows("2023년 9∼11월에", D(2025, 6, 1)) == [
        ("2023년 9∼11월", D(2023, 9, 1), D(2023, 11, 30))
    ]
    # a day range stays a day range, and a number that runs on is no month
    assert _windows("10월 3~4일", D(2025, 6, 1))[0][1:] == (D(2024, 10, 3), D(2024, 10, 4))
    assert [w for w, *_ in _windows("2013~4월", D(2025, 6, 1))] == ["4월"]


def _spans(text: str, ref: dt.date | None) -> list[tuple[str, dt.date | None, dt.date | None]]:
    return [(t.words, t.window.earliest, t.window.latest) for t in find_times(text, ref)]


def test_days_counted_on_from_the_day_told_before() -> None:
    text = "지난 3일 밤 옌지에서 9명이 붙잡혔다.\n\n그로부터 닷새 뒤에는 4명이 더 넘겨졌다."
    assert _spans(text, REF)[-1] == ("그로부터 닷새 뒤", D(2024, 5, 8), D(2024, 5, 8))
    later = _spans("2일 체포됐고 2주 후 이송됐다.", REF)[-1]
    assert later == ("2주 후", D(2024, 5, 16), D(2024, 5, 16))


def test_a_span_with_no_dated_day_before_is_no_date() -> None:
    assert _spans("그들은 사흘 뒤 다시 모이기로 했다.", REF) == []
    # a plain span across a paragraph break does not reach back
    assert _spans("지난달 2일 회의가 열렸다.\n나흘 뒤 발표가 있었다.", REF)[1:] == []


def test_a_season_may_take_a_particle() -> None:
    assert _spans("2019년 가을에도 같은 일이 있었다", REF) == [
        ("2019년 가을", D(2019, 9, 1), D(2019, 11, 30))
    ]
    assert _spans("2018년 3월에 붙잡혔고, 이듬해 여름에는 풀려났다", REF)[1] == (
        "이듬해 여름",
        D(2019, 6, 1),
        D(2019, 8, 31),
    )
    assert _spans("봄날 오후", REF) == []


def test_named_years_resolve_without_a_publication_date() -> None:
    got = _spans("2020년 11월 송환됐고, 이듬해 봄에도 이어졌다. 지난해 5월에는 없었다.", None)
    assert got == [
        ("2020년 11월", D(2020, 11, 1), D(2020, 11, 30)),
        ("이듬해 봄", D(2021, 3, 1), D(2021, 5, 31)),
        ("지난해 5월", None, None),
    ]
    assert _spans("이듬해 봄", None) == [("이듬해 봄", None, None)]
