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


def test_a_crackdown_set_going_and_people_driven_out_over_two_months() -> None:
    text = "\n".join(
        [
            "정부 발표가 나왔다.",
            "2019년 4월 초 시리아 정부는 서류 없는 외국인들에게 떠나라고 통보했다. 시한이 넘은 "
            "5월 2일부터 경찰은 레바논 사람들이 사는 마을을 뒤지며 검거에 나섰다. 국제기구들의 "
            "집계에 따르면 그해 5월과 6월 두 달 동안 20만 명이 넘는 레바논인이 쫓기듯 국경을 "
            "넘었다.",
        ]
    )
    found = incidents(text, dt.date(2025, 6, 1))
    assert [(i.kind, i.from_country, i.to_country) for i in found] == [
        ("arrest", "SY", "LB"),
        ("forced_return", "SY", "LB"),
    ]
    arrest, driven = found
    assert arrest.when.earliest == dt.date(2019, 5, 2)
    assert driven.count is not None and (driven.count.low, driven.count.high) == (200000, None)
    assert (driven.when.earliest, driven.when.latest) == (dt.date(2019, 5, 1), dt.date(2019, 6, 30))


def test_a_leads_round_figure_over_a_window_sums_up_the_counted_event() -> None:
    text = "\n".join(
        [
            "지린성 훈춘에서 이달 초 탈북민 수십 명이 북한으로 넘겨진 사실이 뒤늦게 알려지면서 "
            "우려가 커지고 있다.",
            "현지 소식통에 따르면 중국 공안은 지난 4일 새벽 훈춘 구류소에 있던 탈북민 "
            "35명가량을 두만강 다리를 통해 북한으로 넘겼다.",
        ]
    )
    found = incidents(text, dt.date(2025, 6, 12))
    assert len(found) == 1
    ret = found[0]
    assert ret.count is not None and (ret.count.low, ret.count.high) == (35, 35)
    assert (ret.when.earliest, ret.when.latest) == (dt.date(2025, 6, 4),) * 2


def test_a_second_quote_giving_the_number_counts_the_people_of_the_first() -> None:
    text = "\n".join(
        [
            "지난 7일 지린성 훈춘 구류소의 탈북민 30~40명이 북한으로 송환됐다고 현지 소식통이 "
            "전했다.",
            '훈춘의 한 조선족 상인은 본지에 "지난 7일 새벽에 구류소에 있던 여자들을 강 건너로 '
            '넘겼다는 소문이 돈다"며 "인원은 25명쯤이라고 들었다"고 말했다.',
        ]
    )
    found = incidents(text, dt.date(2025, 6, 12))
    counts = [(i.count.low, i.count.high) for i in found if i.count]
    assert counts == [(30, 40), (25, 25)]  # the trader's own figure is its own report
    assert found[1].to_country == "KP"


def test_a_second_quote_about_other_people_lends_no_count() -> None:
    text = "\n".join(
        [
            "지난 7일 지린성 훈춘 구류소의 탈북민 30~40명이 북한으로 송환됐다고 현지 소식통이 "
            "전했다.",
            '소식통은 이어 "지난달 옌지에서 붙잡힌 탈북민들도 함께 넘겨졌다"면서 "구류소에는 '
            '아직 수십 명이 남아 있다"고 말했다.',
        ]
    )
    found = incidents(text, dt.date(2025, 6, 12))
    assert all(i.count is None or i.count.words != "수십 명" for i in found if i.kind == "arrest")


def test_unnamed_sources_keep_their_words() -> None:
    text = "\n".join(
        [
            "정부 소식통에 따르면 중국 공안은 지난 4일 훈춘 구류소의 탈북민 30명가량을 북한으로 "
            "넘겼다.",
            "2022년 6월 14일, 지린성의 구금시설에 있던 탈북민 300여 명이 북한으로 송환됐다고 "
            "국내외 인권단체들이 밝혔다.",
            '옌지의 한 조선족 상인은 "지난 8일 구류소에 있던 여자들을 강 건너로 넘겼다는 말이 '
            '돈다"며 "인원은 12명쯤이라고 들었다"고 말했다.',
        ]
    )
    found = incidents(text, dt.date(2025, 6, 12))
    assert [i.reported_by for i in found] == [
        ["정부 소식통"],
        ["국내외 인권단체들"],
        ["옌지의 한 조선족 상인"],
    ]


def test_a_lead_learned_on_a_day_takes_its_source_from_the_next_sentence() -> None:
    text = "\n".join(
        [
            "지린성 투먼 구류소의 탈북민 20여 명이 지난 3일 북한으로 송환된 것으로 5일 확인됐다.",
            "투먼 소식통은 이날 본지와 통화에서 이 같은 사실을 전했다.",
        ]
    )
    found = incidents(text, dt.date(2025, 6, 6))
    assert [i.reported_by for i in found] == [["투먼 소식통"]]


def test_a_bare_facility_noun_is_the_facility_named_before() -> None:
    text = "\n".join(
        [
            "지난 4일 지린성 투먼 변방구류소의 탈북민 20여 명이 북한으로 송환됐다고 현지 "
            "소식통이 전했다.",
            '단체의 한 간사는 "구류소 안에는 아직도 북송 차례를 기다리는 탈북민이 15명가량 '
            '남아 있다"고 말했다.',
        ]
    )
    held = [i for i in incidents(text, dt.date(2025, 6, 12)) if i.kind == "detention"]
    assert len(held) == 1
    assert (held[0].where.facility, held[0].where.city) == ("투먼 변방구류소", "투먼")


def test_an_event_announced_with_a_date_dates_the_telling_after_it() -> None:
    text = "\n".join(
        [
            "그로부터 한 해가 지난 지난달 초, 두만강 다리 위에서 비슷한 일이 또 벌어졌다. "
            "구호단체 새빛연대에 따르면 훈춘 구류소에 갇혀 있던 탈북민 30여 명이 한밤중에 "
            "북한으로 넘겨졌다.",
        ]
    )
    found = incidents(text, dt.date(2025, 6, 12))
    assert [(i.when.earliest, i.when.latest) for i in found] == [
        (dt.date(2025, 5, 1), dt.date(2025, 5, 10))
    ]


def _day(d: dt.date | None) -> str | None:
    return str(d) if d else None


def _brief(found: list[Incident]) -> list[tuple[str, int | None, str | None, str | None]]:
    return [
        (i.kind, i.count.low if i.count else None, _day(i.when.earliest), i.to_country)
        for i in found
    ]


def test_a_handover_dated_by_the_days_since_the_one_before() -> None:
    text = (
        "지난 2일 새벽, 지린성 투먼 구류소에 갇혀 있던 탈북민 14명이 북한 남양으로 끌려갔다.\n\n"
        "그로부터 나흘 뒤에는 랴오닝성 단둥에서 탈북민 6명이 강 건너 신의주로 넘겨졌다."
    )
    found = incidents(text, dt.date(2025, 9, 12))
    assert _brief(found) == [
        ("forced_return", 14, "2025-09-02", "KP"),
        ("forced_return", 6, "2025-09-06", "KP"),
    ]


def test_one_more_handover_goes_where_the_one_before_went() -> None:
    text = (
        "중국은 2021년 5월 탈북민 300여 명을 한꺼번에 북한으로 돌려보냈고, 이듬해 가을에도 "
        "지린성 투먼에서 90명가량을 다시 넘겼다. 2023년 2월 6일에도 창춘 구류소 등에 있던 "
        "40여 명을 추가로 넘긴 것으로 전해졌다."
    )
    found = incidents(text, dt.date(2025, 9, 12))
    assert _brief(found) == [
        ("forced_return", 300, "2021-05-01", "KP"),
        ("forced_return", 90, "2022-09-01", "KP"),
        ("forced_return", 40, "2023-02-06", "KP"),
    ]
    # with no return told before, a bare handover names no destination and is left out
    assert incidents("지난 3일 창춘에서 50여 명을 다시 넘겼다.", dt.date(2025, 9, 12)) == []


def test_people_sent_to_their_own_country_are_returned() -> None:
    text = (
        "말레이시아 당국은 지난해 9월 초 수용소에 가둬 두었던 로힝야족 25명을 새벽에 "
        "미얀마로 보냈다."
    )
    assert _brief(incidents(text, dt.date(2025, 9, 12))) == [
        ("forced_return", 25, "2024-09-01", "MM")
    ]
    # a family sending its children abroad returns no one
    assert incidents("최씨 부부는 지난해 자녀 두 명을 미국으로 보냈다.", dt.date(2025, 9, 12)) == []
    # any one adverb may stand between the destination and the verb, not only a listed few
    moved = "태국 경찰은 지난 5일 구금 중이던 라오스인 14명을 라오스로 서둘러 보냈다."
    assert _brief(incidents(moved, dt.date(2025, 9, 12))) == [
        ("forced_return", 14, "2025-09-05", "LA")
    ]


def test_people_left_in_a_holding_centre_await_return() -> None:
    text = (
        "새빛연대는 지난 3일 창춘에서 탈북민 12명이 북한으로 넘겨졌다고 밝혔다. "
        "단체는 창춘 구류소에는 지금도 7명이 남아 북송될 날만 기다리고 있다고 말했다.\n"
        "한 소식통은 투먼 구류소에는 아직 20여 명이 남아 있는데, 곧 넘길 것이라는 말이 돈다고 "
        "전했다."
    )
    found = incidents(text, dt.date(2025, 9, 12))
    held = [(i.count.low if i.count else None, i.where.city) for i in found]
    held = [h for h, i in zip(held, found, strict=True) if i.kind == "detention"]
    assert held == [(7, "창춘"), (20, "투먼")]


def test_a_reaction_to_a_report_is_not_a_new_event() -> None:
    text = (
        "인권단체 새빛연대는 지난 3일 중국 옌지에서 탈북민 12명이 북한으로 강제북송됐다고 "
        "밝혔다.\n"
        "통일부는 7일 중국 옌지에서 탈북민들이 강제북송됐다는 보도에 대해 사실관계를 확인하고 "
        "있다고 말했다."
    )
    assert _brief(incidents(text, dt.date(2025, 9, 9))) == [
        ("forced_return", 12, "2025-09-03", "KP")
    ]


def test_a_past_event_recalled_to_describe_someone_is_not_the_authors_report() -> None:
    text = (
        "[성명] 중국은 강제북송을 멈춰라\n\n"
        "지난 5일 옌지 구류소에 갇혀 있던 탈북민 17명이 북한으로 끌려갔다. 2022년 3월 2일 "
        "하루에만 탈북민 90명을 북한에 넘겼던 중국 정부가 이를 모를 리 없다.\n\n"
        "들꽃난민연대는 탈북민을 또다시 사지로 몰아넣은 베이징 당국에 깊은 분노를 표한다. "
        "우리의 요구는 다음과 같다.\n\n들꽃난민연대"
    )
    found = incidents(text, dt.date(2026, 4, 16))
    assert [(i.count.low if i.count else None, i.reported_by) for i in found] == [
        (17, ["들꽃난민연대"]),
        (90, []),
    ]


def test_this_source_is_the_one_introduced_before() -> None:
    text = (
        "지난 3일 새벽 중국 지린성 투먼에서 북한으로 넘겨진 탈북민은 12명이었다고 현지 소식통이 "
        "전했다.\n"
        '투먼 사정에 밝은 한 조선족 소식통은 5일 "투먼 변방구류소 앞에서 새벽에 버스가 '
        '떠났다"고 말했다.\n'
        '이 소식통은 "구류소에는 아직 9명이 남아 있다"고 덧붙였다.\n'
        "한편 랴오닝성의 또 다른 소식통은 지난 4일 단둥에서 탈북민 3명이 공안에 붙잡혔다고 "
        "전했다."
    )
    found = incidents(text, dt.date(2026, 4, 6))
    got = [(i.kind, i.where.facility, i.reported_by) for i in found]
    assert got == [
        ("forced_return", None, ["현지 소식통"]),
        ("detention", "투먼 변방구류소", ["투먼 사정에 밝은 한 조선족 소식통"]),
        ("arrest", None, ["랴오닝성의 또 다른 소식통"]),
    ]


def test_a_plain_facility_takes_the_fuller_name_the_report_gives_it() -> None:
    text = (
        "중국 지린성 투먼(圖們)의 구금시설에 있던 탈북민 8명이 지난 2일 북한으로 넘겨졌다고 "
        "인권단체 들꽃연대가 밝혔다.\n"
        '단체는 "투먼 변방구류소에 갇혀 있던 이들이 새벽에 끌려갔다"고 설명했다.'
    )
    found = incidents(text, dt.date(2026, 4, 6))
    assert [i.where.facility for i in found] == ["투먼 변방구류소"]


def test_going_back_is_a_return_only_after_a_state_drove_people_out() -> None:
    text = (
        "이란은 작년 가을부터 체류 허가가 없는 아프가니스탄 이주민들을 국경 밖으로 쫓아내고 "
        "있다. 국제이주기구(IOM) 집계로는 작년 11월 한 달 동안 이슬람 칼라 검문소를 지나 "
        "아프가니스탄으로 돌아온 이들만 15만 명이 넘는다."
    )
    found = incidents(text, dt.date(2026, 4, 16))
    got = [(i.count.low if i.count else None, i.from_country, i.to_country) for i in found]
    assert got == [(150000, "IR", "AF")]
    assert found[0].count is not None and found[0].count.high is None
    # people going home of their own accord are no incident
    calm = (
        "전쟁이 끝나자 시리아 난민 3만여 명이 지난해 고향으로 돌아갔다.\n"
        "레바논에 살던 시리아인 1200명이 지난해 5월 시리아로 돌아갔다고 유엔은 밝혔다."
    )
    assert incidents(calm, dt.date(2026, 4, 16)) == []


def test_a_report_told_inside_a_briefing_is_its_sources() -> None:
    text = (
        "최민우 외교부 대변인은 9일 정례브리핑에서 국내 인권단체가 지난 2일 훈춘에서 탈북민 "
        '약 25명이 강제북송됐다고 주장한 것과 관련한 물음에 "상황을 면밀히 살피는 중"이라고 '
        "했다.\n"
        "-지난 6일 랴오닝성 단둥에서도 탈북민 8명이 신의주로 넘겨졌다는 일부 대북매체 보도가 "
        "있다.\n"
        '"그 보도 역시 인지하고 있다."'
    )
    found = incidents(text, dt.date(2026, 4, 9))
    assert [(i.count.low if i.count else None, i.reported_by) for i in found] == [
        (25, ["국내 인권단체"]),
        (8, ["일부 대북매체"]),
    ]


def test_a_group_that_said_so_before_still_reports_it() -> None:
    text = (
        "북한인권단체 들꽃인권연대는 5일 보도자료를 내고 지난 3일 투먼에서 탈북민 12명이 "
        "북한으로 넘겨졌다고 밝혔다.\n"
        "단체는 작년 말에도 지린성 룽징에서 탈북민 4명이 체포됐다고 밝힌 바 있다."
    )
    found = incidents(text, dt.date(2026, 4, 5))
    assert [i.reported_by for i in found] == [["들꽃인권연대"], ["들꽃인권연대"]]
