"""Korean actors: a unit inside a government body, named after the body ("…부 …조사단",
"…부 대변인실"), is listed as written; and a pledge to carry on reported by a ministry is
the pledger's. Sentences are written for these tests."""

from __future__ import annotations

import datetime as dt

from ko_dev import extract

REF = dt.date(2026, 8, 14)
LEAD = "라오스 경찰이 지난 3일 비엔티안에서 탈북민 6명을 붙잡아 중국으로 넘겼다."


def test_a_unit_after_a_ministry_is_named_in_full() -> None:
    out = extract(LEAD + " 국방부 합동조사단은 현지 조사를 확대하겠다고 밝혔다.", REF)
    actor = next(a for a in out.actors if a.name == "국방부 합동조사단")
    assert actor.kind == "government" and actor.country == "KR"
    assert "합동조사단" in actor.aliases
    assert ("국방부 합동조사단", "pledge") in {(s.speaker, s.type) for s in out.statements}


def test_a_spokespersons_office_keeps_the_body_as_alias() -> None:
    out = extract(
        LEAD + ' 미국 국무부 대변인실은 "라오스가 송환을 멈출 것을 촉구한다"고 답했다.', REF
    )
    said = {(s.speaker, s.type, s.speaker_country) for s in out.statements}
    assert ("미국 국무부 대변인실", "urge", "US") in said
    actor = next(a for a in out.actors if a.name == "미국 국무부 대변인실")
    assert "미국 국무부" in actor.aliases


def test_a_bare_ministry_stays_itself() -> None:
    out = extract(LEAD + ' 국방부는 "현지 상황을 예의 주시하고 있다"고 말했다.', REF)
    assert ("국방부", "decline") in {(s.speaker, s.type) for s in out.statements}


def test_carrying_on_reported_by_a_ministry_is_the_officials_pledge() -> None:
    out = extract(
        LEAD + " 라오스 내무부의 분타 시수크 국장은 지난 10일 한국 측과 만났다. "
        '시수크 국장은 "양국의 협력을 계속 이어 가겠다"고 화답했다고 외교부는 전했다.',
        REF,
    )
    said = {(s.speaker, s.type) for s in out.statements}
    assert any(kind == "pledge" and "시수크" in who for who, kind in said)
