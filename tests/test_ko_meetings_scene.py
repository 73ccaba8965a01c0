"""Korean meetings: a meeting that names neither day nor place takes those of the event
it refers back to; a scheduled meeting is a meeting. Sentences are written for these
tests."""

from __future__ import annotations

import datetime as dt

from ko_dev import extract

REF = dt.date(2025, 11, 20)


def _meetings(text: str) -> list[tuple[list[str], dt.date | None, str | None]]:
    return [(m.participants, m.date, m.place) for m in extract(text, REF).meetings]


def test_a_meeting_before_a_ceremony_takes_its_day_and_place() -> None:
    text = (
        "통일부는 14일 서울에서 이산가족 기록물 인도식을 열었다고 밝혔다. "
        "인도식에는 우리 측에서 하예준 통일부 국장이, 상대측에서 왕소연(王素妍) 중국 적십자회 "
        "부회장이 참석했다. 두 사람은 인도식에 앞서 면담하고 협력 방안을 논의했다."
    )
    [(people, date, place)] = _meetings(text)
    assert people == ["하예준", "왕소연"]
    assert (date, place) == (dt.date(2025, 11, 14), "서울")


def test_an_event_only_mentioned_lends_nothing() -> None:
    text = (
        "통일부는 14일 서울에서 기록물 보존 현황을 점검했다. "
        "하예준 통일부 국장은 왕소연(王素妍) 중국 적십자회 부회장과 만나 협력 방안을 논의했다."
    )
    [(_, date, place)] = _meetings(text)
    assert (date, place) == (None, None)
