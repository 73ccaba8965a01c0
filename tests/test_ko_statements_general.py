"""Korean statements: declines in their usual phrasings, a short reference to a person
named before, a justification that names the return, unnamed spokespeople. Sentences are
written for these tests."""

from __future__ import annotations

import datetime as dt

from ko_dev import extract

REF = dt.date(2025, 5, 12)
LEAD = "라오스 당국이 지난 3일 탈북민 5명을 중국으로 강제 송환한 것으로 확인됐다."


def _said(*sentences: str) -> set[tuple[str, str]]:
    out = extract(" ".join([LEAD, *sentences]), REF)
    return {(s.speaker, s.type) for s in out.statements}


def test_not_giving_an_answer_is_a_decline() -> None:
    got = _said(
        "최민규 외교부 국장은 량쯔밍(梁子明) 중국 외교부 영사사 부사장과 협의를 가졌다.",
        "량 부사장은 이에 대해 뚜렷한 대답을 하지 않은 것으로 알려졌다.",
    )
    assert ("량쯔밍", "decline") in got


def test_a_stock_line_in_reply_to_a_question_about_the_return_is_a_decline() -> None:
    got = _said(
        "라오스 외교부 대변인은 지난 8일 브리핑에서 탈북민 송환 보도에 대한 질문을 받고 "
        "“자세한 경위를 파악하지 못했다”고 답했다."
    )
    assert ("라오스 외교부 대변인", "decline") in got


def test_saying_one_cannot_comment_on_single_cases_is_a_decline() -> None:
    got = _said(
        "국제이주기구 방콕사무소는 본지 문의에 “개별 사례에 대해서는 논평할 수 없다”고 답했다."
    )
    assert any(kind == "decline" for _, kind in got)


def test_a_short_reference_speaks_for_the_person_met_not_the_last_speaker() -> None:
    got = _said(
        "오세린 통일부 차관은 11일 탈북난민 가족연대의 문해진 대표를 면담했다.",
        "오 차관은 “할 수 있는 모든 노력을 다하겠다”고 말했다.",
        "문 대표는 “가족이 살아 있는지만이라도 알게 해 달라”고 호소했다.",
    )
    assert ("문해진", "urge") in got and ("오세린", "urge") not in got


def test_calling_the_return_lawful_is_a_defence() -> None:
    got = _said(
        "삼롱 위라차이 라오스 총리는 9일 기자회견에서 “당사자들의 안전을 약속받았다”며 "
        "이번 송환이 자국 법률과 국제 관행에 따른 것이라고 말했다."
    )
    assert ("삼롱 위라차이", "defend") in got


def test_a_spokesperson_named_between_ministry_and_title() -> None:
    got = _said(
        "중국 외교부 궈자오 대변인은 브리핑에서 관련 질문에 “구체적인 상황을 알지 못한다”며 "
        "“중국은 불법 월경자를 법에 따라 처리해 왔다”고 말했다."
    )
    assert ("궈자오", "decline") in got and ("궈자오", "defend") in got


def test_restating_the_standing_position_is_a_stock_line() -> None:
    got = _said(
        "통일부 당국자는 “사실관계를 확인 중”이라며 “탈북민이 강제북송되어서는 안 된다는 "
        "것이 정부의 일관된 입장”이라고 말했다."
    )
    assert ("통일부", "decline") in got and ("통일부", "urge") not in got


def test_a_ministry_telling_of_its_official_gives_the_official_its_country() -> None:
    out = extract(
        " ".join(
            [
                LEAD,
                "외교부는 하승민 제1차관이 전날 쑨카이 중국 외교부 부부장에게 이 문제를 "
                "제기하며 국제규범에 따라 처리해 줄 것을 요청했다고 밝혔다.",
            ]
        ),
        REF,
    )
    said = {(s.speaker, s.type, s.speaker_country, s.target_country) for s in out.statements}
    assert ("하승민", "urge", "KR", "CN") in said


def test_a_demand_on_a_party_with_no_country_is_aimed_at_no_state() -> None:
    text = "\n".join(
        [
            "[성명] 탈북민 북송을 멈춰라",
            "지난 3일 중국 공안이 탈북민 7명을 북한으로 강제 송환했다.",
            "한빛나래 인권센터는 이번 강제북송을 강력히 규탄한다.",
            "하나, 중국 정부는 구금된 탈북민을 즉각 석방하라.",
            "하나, 국제사회는 강제북송을 막는 데 힘을 모아라.",
        ]
    )
    out = extract(text, REF)
    said = {(s.speaker, s.type, s.target_country) for s in out.statements}
    assert ("한빛나래 인권센터", "urge", "CN") in said
    assert ("한빛나래 인권센터", "urge", None) in said


def test_a_warning_of_what_awaits_and_a_plea_for_what_is_needed() -> None:
    got = _said(
        '윤서진 변호사는 "송환된 이들은 혹독한 처벌에 직면할 것"이라고 경고했다.',
        '한도현 사무총장은 "유엔의 개입이 시급하다"고 덧붙였다.',
    )
    assert ("윤서진", "concern") in got
    assert ("한도현", "urge") in got


def test_sharp_words_and_lines_drawn_without_a_plain_saying_verb() -> None:
    got = _said(
        '오세린 사무국장은 "외교부는 도대체 언제 움직이는가"라고 반문했다.',
        '라오스 외무부 대변인은 "그러한 사안은 알지 못한다"며 선을 그었다.',
        '남궁현 대표는 "정부가 손을 놓고 있다"며 날을 세웠다.',
    )
    assert ("오세린", "criticize") in got
    assert ("라오스 외무부 대변인", "decline") in got
    assert ("남궁현", "criticize") in got
