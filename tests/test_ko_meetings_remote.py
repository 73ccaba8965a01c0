"""Korean meetings: contacts by phone or video are no meetings; the meeting noun joined to
its partner (와의), held as a subject (회담이 열렸다) or shared over a meal. Sentences are
written for these tests."""

from __future__ import annotations

import datetime as dt

from ko_dev import extract

REF = dt.date(2025, 11, 20)
A = "정하늘 외교부 1차관"
B = "쑨밍(孫明) 중국 외교부 부부장"


def _meetings(text: str) -> list[tuple[list[str], dt.date | None, str | None]]:
    return [(m.participants, m.date, m.place) for m in extract(text, REF).meetings]


def test_a_phone_call_is_no_meeting_and_lends_no_day_to_a_planned_summit() -> None:
    text = (
        f"{A}은 18일 {B}과 통화하면서 내달 베이징에서 갖기로 한 "
        "한중 차관 회담의 세부 사항을 점검했다."
    )
    assert _meetings(text) == []


def test_talks_by_video_are_no_meeting() -> None:
    assert _meetings(f"{A}은 18일 {B}과 화상으로 회담했다.") == []
    assert _meetings(f"{A}은 18일 {B}과 화상 회담을 열었다.") == []


def test_the_meeting_noun_joined_to_its_partner() -> None:
    text = f"{A}은 17일 서울에서 방한 중인 {B}과의 회담에서 탈북민 문제를 제기했다."
    assert _meetings(text) == [(["정하늘", "쑨밍"], dt.date(2025, 11, 17), "서울")]


def test_a_meeting_only_asked_for_is_none() -> None:
    assert _meetings(f"{A}은 17일 {B}과의 회담을 요청했다.") == []


def test_the_meeting_as_the_subject_of_its_holding() -> None:
    text = f"{A}과 쑨밍(孫明) 주한중국대사의 회담은 17일 서울에서 열렸다."
    assert _meetings(text) == [(["정하늘", "쑨밍"], dt.date(2025, 11, 17), "서울")]


def test_a_dinner_or_a_table_shared_in_person() -> None:
    dinner = f"{A}은 17일 베이징에서 {B}과 만찬을 함께했다."
    table = f"{A}은 17일 베이징에서 {B}과 마주 앉았다."
    for text in (dinner, table):
        assert _meetings(text) == [(["정하늘", "쑨밍"], dt.date(2025, 11, 17), "베이징")]
