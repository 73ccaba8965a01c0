"""Korean incidents: general sentence shapes seen in unseen reports.

Every report below is written for these tests; the groups, people and events are invented.
"""

from __future__ import annotations

import datetime as dt

from ko_dev import extract
from refwatch.model import Incident


def incidents(text: str, published: dt.date) -> list[Incident]:
    return extract(text, published).incidents


def test_people_awaiting_their_turn_for_return_are_held_not_returned() -> None:
    text = (
        '새빛연대 오민경 간사는 "훈춘 구류소에는 지금도 북송 차례를 기다리는 탈북민이 '
        '30명가량 남아 있다"고 말했다.'
    )
    found = incidents(text, dt.date(2025, 5, 10))
    assert [(i.kind, i.count.low if i.count else None) for i in found] == [("detention", 30)]
    assert found[0].to_country == "KP"


def test_taken_away_to_a_place_in_the_north_is_a_return() -> None:
    text = (
        "지난 3일 새벽, 지린성 훈춘 구류소에 갇혀 있던 탈북민 최소 25명이 두만강을 건너 "
        "북한 온성으로 끌려갔다."
    )
    found = incidents(text, dt.date(2025, 5, 10))
    assert len(found) == 1
    ret = found[0]
    assert (ret.kind, ret.to_country, ret.from_country) == ("forced_return", "KP", "CN")
    assert ret.count is not None and (ret.count.low, ret.count.high) == (25, None)
    # the date set off by a comma before the clause is the event's
    assert (ret.when.earliest, ret.when.latest) == (dt.date(2025, 5, 3),) * 2


def test_a_full_date_set_off_by_a_comma_dates_the_clause_after_it() -> None:
    text = (
        "2022년 6월 14일, 지린성의 구금시설에 있던 탈북민 300여 명이 한꺼번에 북한으로 "
        "송환됐다고 인권단체 새빛연대가 밝혔다."
    )
    found = incidents(text, dt.date(2025, 5, 10))
    assert [(i.when.earliest, i.when.latest) for i in found] == [(dt.date(2022, 6, 14),) * 2]


def test_where_a_source_sits_is_not_where_the_event_happened() -> None:
    text = (
        "서울에 있는 탈북민 지원단체 새날센터는 지난 5일 밤 훈춘에서 북송된 인원을 최소 "
        "30명으로 집계했다고 밝혔다."
    )
    found = incidents(text, dt.date(2025, 5, 10))
    assert len(found) == 1
    assert (found[0].where.city, found[0].from_country) == ("훈춘", "CN")
