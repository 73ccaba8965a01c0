"""Korean statements: verbs and phrasings that carry a type of their own - insisting,
labelling, forecasting, polite refusals, first-person will. Sentences are written for
these tests."""

from __future__ import annotations

import datetime as dt

from ko_dev import extract

REF = dt.date(2026, 3, 20)
LEAD = "태국 경찰이 지난 9일 미얀마 출신 난민 12명을 국경 너머로 강제 송환했다."


def _said(*sentences: str) -> set[tuple[str, str]]:
    out = extract(" ".join([LEAD, *sentences]), REF)
    return {(s.speaker, s.type) for s in out.statements}


def test_insisting_on_ones_case_is_a_defence() -> None:
    got = _said("태국 정부는 이들이 난민이 아니라 서류 없이 일하던 노동자일 뿐이라고 강변했다.")
    assert ("태국 정부", "defend") in got


def test_a_label_given_is_typed_by_its_words() -> None:
    got = _said("태국 내무부는 이들을 '불법 입국자'라고 부른다.")
    assert ("태국 내무부", "defend") in got


def test_a_quoted_forecast_is_a_warning() -> None:
    got = _said(
        '난민 법률가 모임의 한서윤 변호사는 "국경 수용소가 다시 차면 같은 일이 또 벌어질 것"'
        "이라고 내다봤다."
    )
    assert ("한서윤", "concern") in got


def test_an_estimate_of_fact_is_no_statement() -> None:
    got = _said("현지 소식통들은 단속이 다음 달까지 이어질 것으로 전망했다.")
    assert not any(kind == "concern" for _, kind in got)


def test_nothing_to_say_politely_is_a_decline() -> None:
    got = _said(
        '외교부 당국자는 "현지 공관이 상황을 살피고 있다는 것 외에 말씀드릴 내용이 없다"고 답했다.'
    )
    assert ("외교부", "decline") in got


def test_hard_to_disclose_is_a_decline() -> None:
    got = _said(
        '외교부는 본지 질의에 "상대국과의 협의 내용을 하나하나 공개하기는 어렵다"는 입장을 내놨다.'
    )
    assert ("외교부", "decline") in got


def test_first_person_will_to_send_back_is_a_pledge() -> None:
    got = _said('국방부 장인호 국장은 "남은 유해도 끝까지 찾아 가족에게 보내겠다"고 말했다.')
    assert ("장인호", "pledge") in got


def test_the_same_stance_taken_again_later_is_a_second_statement() -> None:
    out = extract(
        LEAD
        + ' 오지환 외교부 대변인은 송환 경위를 묻자 "확인해 드릴 수 있는 내용이 없다"고 답했다.'
        ' 그는 "태국 정부는 추가 송환을 중단해야 한다"고 촉구했다.'
        ' 오 대변인은 후속 협의 일정을 묻는 질문에는 "정해진 바 없다"고만 했다.',
        REF,
    )
    declines = [s for s in out.statements if s.type == "decline"]
    assert len(declines) == 2


def test_a_demand_and_its_items_are_one_statement() -> None:
    text = (
        "[성명] 태국은 송환을 멈춰라\n" + LEAD + " 해오름난민연대는 송환을 강행한 태국 정부를 "
        "규탄한다.\n우리는 태국 정부에 다음과 같이 요구한다.\n하나, 남은 난민들을 즉시 "
        "석방하라.\n둘, 유엔난민기구의 면담을 허용하라.\n"
    )
    out = extract(text, REF)
    urges = [s for s in out.statements if s.type == "urge" and s.target_country == "TH"]
    assert len(urges) == 1


def test_saying_they_are_not_refugees_is_a_defence() -> None:
    assert ("태국 정부", "defend") in _said("태국 정부는 이들이 난민이 아니라고 주장했다.")


def test_reaffirming_a_will_is_a_pledge() -> None:
    got = _said("말레이시아 내무부는 난민들을 받아들이겠다는 방침을 재확인했다.")
    assert ("말레이시아 내무부", "pledge") in got


def test_showing_no_reaction_either_is_a_decline() -> None:
    assert ("태국 당국", "decline") in _said("태국 당국은 이에 대해 아무런 반응도 내놓지 않았다.")
