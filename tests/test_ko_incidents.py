"""Korean incidents: which mentions are events, and the fields each one gets.

Every report below is written for these tests; the groups, people and events are invented.
"""

from __future__ import annotations

import datetime as dt

from ko_dev import extract
from refwatch.model import Incident


def incidents(text: str, published: dt.date) -> list[Incident]:
    return extract(text, published).incidents


def test_topic_mentions_of_returns_are_not_events() -> None:
    text = "\n".join(
        [
            "중국 공안이 지난 2일 창춘에서 탈북민 6명을 체포했다고 인권단체 새길연대가 밝혔다.",
            "새길연대 대표는 지난 4일 서울에서 국회 외교통일위원장을 만나 강제북송 실태를 담은 "
            "보고서를 건넸다.",
            "통일부 차관은 지난 5일 베이징에서 중국 측과 차관급 회의를 열고 탈북민 북송에 대한 "
            "우려를 전했다.",
            "중국 외교부 대변인은 지난 6일 브리핑에서 창춘 탈북민 북송 보도에 관한 질문에 답하지 "
            "않았다.",
        ]
    )
    found = incidents(text, dt.date(2025, 3, 8))
    assert [(i.kind, i.count.low if i.count else None) for i in found] == [("arrest", 6)]


def test_lead_summary_and_detailed_quote_are_one_arrest() -> None:
    text = "\n".join(
        [
            "지린성 창춘에서도 탈북 남성 2명이 공안에 붙잡힌 것으로 드러났다.",
            "창춘 현지 소식통은 “이틀 전 시장에서 장사하던 탈북 남성 2명이 공안에 끌려갔다”고 "
            "말했다.",
        ]
    )
    found = incidents(text, dt.date(2025, 6, 12))
    assert len(found) == 1
    arrest = found[0]
    assert arrest.kind == "arrest"
    assert (arrest.when.earliest, arrest.when.latest) == (dt.date(2025, 6, 10),) * 2
    assert arrest.where.city == "창춘"
    assert arrest.to_country == "KP"
    assert arrest.reported_by == ["창춘 현지 소식통"]


def test_taken_away_without_an_agent_is_not_an_arrest() -> None:
    text = "지난 3일 선양의 한 식당 앞에서 탈북 여성 2명이 어디론가 끌려갔다고 한 주민이 말했다."
    assert incidents(text, dt.date(2025, 6, 12)) == []


def test_days_ago_in_a_quote_count_from_the_day_it_was_said() -> None:
    text = '구호단체 푸른들판은 20일 "닷새 전 선양 시내에서 탈북민 3명이 공안에 체포됐다"고 밝혔다.'
    found = incidents(text, dt.date(2025, 4, 24))
    assert [(i.when.earliest, i.when.latest) for i in found] == [(dt.date(2025, 4, 15),) * 2]


def test_arrest_and_the_holding_that_follows_are_two_incidents() -> None:
    text = (
        "선양 사정을 잘 아는 소식통에 따르면 지난달 말 랴오닝성 일대에서 체포된 탈북민 "
        "약 15명이 현재 단둥 변방구류소에 갇혀 북송을 기다리고 있다."
    )
    found = incidents(text, dt.date(2025, 5, 14))
    assert [i.kind for i in found] == ["arrest", "detention"]
    arrest, held = found
    assert (arrest.when.earliest, arrest.when.latest) == (
        dt.date(2025, 4, 21),
        dt.date(2025, 4, 30),
    )
    assert not held.when.known  # "현재": the date before it is the arrest's
    assert held.to_country == arrest.to_country == "KP"
    assert held.where.facility == "단둥 변방구류소"
    assert held.reported_by == ["선양 사정을 잘 아는 소식통"]


def test_a_source_named_again_by_its_noun_keeps_its_full_phrase() -> None:
    text = "\n".join(
        [
            "중국 훈춘에서 탈북민 9명이 지난 3일 북한으로 송환된 것으로 알려졌다.",
            '함경북도 국경 소식통은 5일 "송환 차량이 새벽에 세관을 지났다"고 전했다.',
            '소식통은 이어 "훈춘 구류소에 아직 탈북민 20여 명이 갇혀 있다"고 말했다.',
        ]
    )
    found = incidents(text, dt.date(2025, 10, 7))
    held = next(i for i in found if i.kind == "detention")
    assert held.reported_by == ["함경북도 국경 소식통"]


def test_future_and_since_clauses() -> None:
    text = "\n".join(
        [
            "허룽에서 지난달 하순 체포된 탈북민 일가족 4명도 조만간 북송될 처지다.",
            "이번 사건은 작년 5월 탈북민 80여 명이 한꺼번에 북송된 이후 가장 큰 규모다.",
        ]
    )
    found = incidents(text, dt.date(2025, 11, 3))
    got = [(i.kind, i.count.low if i.count else None) for i in found]
    assert got == [("arrest", 4), ("forced_return", 80)]


def test_hearsay_in_an_organisations_statement_is_not_its_own_report() -> None:
    text = "\n".join(
        [
            "[성명] 중국은 탈북민 강제북송을 멈춰라",
            "우리는 지난 12일 창춘에서 탈북민 7명이 공안에 체포된 사실을 확인했다.",
            "지난주에는 훈춘에서 30명 넘는 탈북민이 북한으로 넘겨졌다는 소식이 전해졌다.",
            "푸른다리인권센터",
        ]
    )
    found = incidents(text, dt.date(2025, 8, 20))
    returned = next(i for i in found if i.kind == "forced_return")
    assert returned.reported_by == []
    assert returned.count is not None
    assert (returned.count.low, returned.count.high) == (30, None)


def test_arrest_moved_within_the_country_still_faces_return_north() -> None:
    text = "\n".join(
        [
            "중국 공안이 탈북민 일가족 3명을 이달 초 북한으로 강제 송환했다고 단체 희망다리가 "
            "밝혔다.",
            "단체에 따르면 이들은 지난달 중순 옌지 시내의 한 아파트에서 공안에 체포된 뒤 "
            "훈춘으로 옮겨졌다.",
        ]
    )
    found = incidents(text, dt.date(2025, 9, 20))
    arrest = next(i for i in found if i.kind == "arrest")
    assert arrest.to_country == "KP"
    assert arrest.where.city == "옌지"
    assert arrest.count is not None and arrest.count.low == 3  # "이들은": the family above


def test_of_several_cities_the_one_people_were_at() -> None:
    text = "지난 9일 훈춘의 탈북민 2명은 옌지에 숨어 지내다 공안에 체포됐다."
    found = incidents(text, dt.date(2025, 2, 14))
    assert [i.where.city for i in found] == ["옌지"]


def test_facility_named_without_its_city_takes_the_city_named_elsewhere() -> None:
    text = "\n".join(
        [
            "말레이시아 정부가 이민국 수용소에 가둬 온 로힝야족 25명을 12일 미얀마로 추방했다.",
            "이들은 그동안 쿠알라룸푸르 이민국 수용소에서 지내 왔다.",
        ]
    )
    found = incidents(text, dt.date(2025, 7, 14))
    assert [i.where.facility for i in found] == ["쿠알라룸푸르 이민국 수용소"]
    assert found[0].where.city == "쿠알라룸푸르"


def test_held_on_the_way_then_returned_are_two_steps() -> None:
    text = "\n".join(
        [
            "캄보디아 경찰이 지난달 초 프놈펜에서 붙잡은 탈북민 4명을 중국 측에 넘겼다고 단체 "
            "한울타리가 밝혔다.",
            "단체에 따르면 중국 공안은 이들을 쿤밍의 구류시설에 잠시 수용했다가 이달 초 단둥을 "
            "거쳐 북한으로 송환했다.",
        ]
    )
    found = incidents(text, dt.date(2025, 4, 16))
    held = next(i for i in found if i.kind == "detention")
    assert held.count is not None and held.count.low == 4  # "이들을": the people above
    assert held.where.city == "쿤밍"
    assert held.to_country == "KP"  # held in China, they face the return that leaves it
    last = [i for i in found if i.kind == "forced_return" and i.from_country == "CN"]
    assert [(i.when.earliest, i.to_country) for i in last] == [(dt.date(2025, 4, 1), "KP")]


def test_the_people_counted_before_are_now_held() -> None:
    text = "\n".join(
        [
            "태국 경찰은 지난 9일 치앙라이에서 탈북 청소년 3명을 불법 입국 혐의로 붙잡았다.",
            "이들은 현재 치앙라이 이민국 구치소에 수용돼 있다.",
        ]
    )
    found = incidents(text, dt.date(2025, 1, 20))
    held = next(i for i in found if i.kind == "detention")
    assert held.count is not None and held.count.low == 3
    assert held.to_country == "KP"
    assert held.where.facility == "치앙라이 이민국 구치소"


def test_a_source_described_by_what_it_knows_is_credited_by_that_phrase() -> None:
    text = (
        "현지 사정에 정통한 선교사는 “지난주 훈춘에서 탈북민 3명이 공안에 붙잡혔다”고 전했다.\n"
        "국경 사정에 밝은 브로커는 이들이 곧 북송될 것이라고 말했다."
    )
    (arrest,) = incidents(text, dt.date(2025, 6, 11))
    assert arrest.reported_by == ["현지 사정에 정통한 선교사"]


def test_a_second_source_recounts_the_handover_and_a_crackdown_is_an_arrest() -> None:
    text = "\n".join(
        [
            "지린성 왕칭에서 지내던 탈북민 9명이 지난 4일 북한 국경경비대에 넘겨졌다고 "
            "대북 소식통이 12일 전했다.",
            "다른 소식통은 넘겨진 인원이 11명이라고 말했다.",
            "이들은 지난달 하순 왕칭의 한 농가에서 공안 단속에 걸렸다.",
        ]
    )
    found = incidents(text, dt.date(2025, 8, 13))
    returns = [i for i in found if i.kind == "forced_return"]
    assert [(i.count.low if i.count else None, i.to_country) for i in returns] == [
        (9, "KP"),
        (11, "KP"),
    ]
    assert returns[1].reported_by == ["다른 소식통"]
    (arrest,) = [i for i in found if i.kind == "arrest"]
    assert arrest.when.earliest == dt.date(2025, 7, 21)


def test_an_earlier_return_dated_by_year_on_its_own_line() -> None:
    text = (
        "탈북민 4명이 지난 2일 투먼에서 북송됐다고 단체가 밝혔다.\n"
        "2022년 9월에도 50여 명이 북송됐다."
    )
    found = incidents(text, dt.date(2025, 3, 5))
    assert [i.when.earliest for i in found] == [dt.date(2025, 3, 2), dt.date(2022, 9, 1)]


def test_handed_over_adnominally_and_sent_by_a_crossing_city() -> None:
    text = (
        "지린성 공안은 지난 6일 탈북민 8명을 북한 보위부에 넘긴 것으로 확인됐다.\n"
        "이와 별도로 탈북민 3명이 지난 9일 투먼 세관을 통해 북한으로 돌려보내졌다."
    )
    found = incidents(text, dt.date(2025, 9, 12))
    assert [(i.count.low if i.count else None, i.to_country) for i in found] == [
        (8, "KP"),
        (3, "KP"),
    ]
    assert found[1].from_country == "CN"


def test_plain_verbs_of_sending_holding_and_seizing() -> None:
    text = "\n".join(
        [
            "탈북민 4명이 지난 7일 북한으로 보내졌다고 현지 소식통이 전했다.",
            "베트남 경찰은 지난 2일 탈북민 6명을 중국으로 되돌려 보냈다.",
            "탈북 여성 2명은 지난달 초부터 룽징 구류소에 구금된 상태다.",
            "지난 9일에는 허룽에서 탈북민 3명이 공안에 잡혀갔다.",
            "같은 날 옌지에서도 탈북 남성 1명이 체포당했다.",
        ]
    )
    found = incidents(text, dt.date(2025, 10, 14))
    got = [(i.kind, i.count.low if i.count else None, i.to_country) for i in found]
    assert got == [
        ("forced_return", 4, "KP"),
        ("forced_return", 6, "CN"),
        ("detention", 2, "KP"),
        ("arrest", 3, "KP"),
        ("arrest", 1, "KP"),
    ]


def test_sent_to_the_south_is_no_return() -> None:
    text = "탈북민 5명이 지난 3일 태국을 거쳐 한국으로 보내졌다고 단체가 밝혔다."
    assert incidents(text, dt.date(2025, 10, 14)) == []


def test_another_outlet_with_its_own_figure_is_a_second_report_of_the_event() -> None:
    text = (
        "탈북민 30여 명이 이달 초 투먼에서 북한으로 넘겨졌다고 인권단체 들꽃길이 밝혔다.\n"
        "다른 대북 매체는 송환된 인원을 45명으로 집계했다."
    )
    first, second = incidents(text, dt.date(2025, 11, 20))
    assert second.count is not None and second.count.low == 45
    assert second.reported_by == ["다른 대북 매체"]
    assert second.when == first.when  # no date of its own: the same event's


def test_the_sentence_that_takes_up_the_fact_names_the_lead_source() -> None:
    text = (
        "이달 중순 훈춘의 한 구류시설에서 탈북민 20여 명이 북한으로 넘겨졌다. "
        "인권단체 '물빛다리'는 이 사실을 확인하고 지난 25일 성명을 냈다."
    )
    (ret,) = incidents(text, dt.date(2025, 11, 27))
    assert ret.reported_by == ["물빛다리"]
