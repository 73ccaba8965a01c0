"""Korean meetings: who met, where, when, in sentence shapes reports often use. Sentences
are written for these tests."""

from __future__ import annotations

import datetime as dt

from ko_dev import extract

REF = dt.date(2025, 4, 20)


def _meetings(text: str) -> list[tuple[list[str], dt.date | None, str | None]]:
    return [(m.participants, m.date, m.place) for m in extract(text, REF).meetings]


def test_a_city_before_a_locative_is_the_place_not_a_participant() -> None:
    text = (
        "삼롱 위라차이 라오스 총리는 이달 9일 하노이에서 응우옌 반투 베트남 국가주석과 "
        "정상회담을 가졌다."
    )
    [(people, date, place)] = _meetings(text)
    assert people == ["삼롱 위라차이", "응우옌 반투"]
    assert (date, place) == (dt.date(2025, 4, 9), "하노이")


def test_the_person_of_a_group_is_met_not_the_group_and_the_city_is_the_place() -> None:
    text = (
        "오세린 통일부 차관은 11일 서울 종로구 정부서울청사에서 탈북난민 가족연대의 "
        "문해진 대표를 면담했다."
    )
    [(people, date, place)] = _meetings(text)
    assert people == ["오세린", "문해진"]
    assert (date, place) == (dt.date(2025, 4, 11), "서울")


def test_talks_held_with_an_official_named_with_hanja_and_a_long_title() -> None:
    text = (
        "최민규 외교부 국장은 이달 5일 베이징에서 량쯔밍(梁子明) 중국 외교부 영사사 부사장과 "
        "국장급 협의를 갖고 탈북민 문제를 논의했다."
    )
    [(people, date, place)] = _meetings(text)
    assert people == ["최민규", "량쯔밍"]
    assert (date, place) == (dt.date(2025, 4, 5), "베이징")


def test_an_office_where_they_met_is_no_participant() -> None:
    text = (
        "윤하림 북녘가족연대 대표는 성명을 냈다. 윤 대표는 지난 14일 서울 중구의 "
        "유엔아동기금(UNICEF) 한국대표부 사무소에서 마리아 슈텐 대표를 만나 자료를 전달했다."
    )
    [(people, date, place)] = _meetings(text)
    assert people == ["윤하림", "마리아 슈텐"]
    assert (date, place) == (dt.date(2025, 4, 14), "서울")


def test_the_two_people_named_before_meet_later() -> None:
    text = (
        "외교부는 하승민 제1차관이 전날 쑨카이 중국 외교부 부부장과 통화했다고 밝혔다. "
        "두 사람은 다음 달 12일 서울에서 차관급 전략대화를 열 예정이다."
    )
    [(people, date, place)] = _meetings(text)
    assert people == ["하승민", "쑨카이"]
    assert (date, place) == (dt.date(2025, 5, 12), "서울")


def test_a_meeting_noun_with_its_kind_and_a_day_inside_the_visit() -> None:
    text = (
        "정다온 외교부 장관은 이달 27~28일 일본을 방문하며, 방문 첫날인 27일 도쿄에서 "
        "이와타 겐지 일본 외무상과 외교장관회담을 한다."
    )
    [(people, date, place)] = _meetings(text)
    assert people == ["정다온", "이와타 겐지"]
    assert (date, place) == (dt.date(2025, 4, 27), "도쿄")
