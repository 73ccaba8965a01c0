"""Korean statements in a group's own voice: the group that acts in the present tense is
the author, not a body it cites first. Sentences are written for these tests."""

from __future__ import annotations

import datetime as dt

from ko_dev import extract

REF = dt.date(2026, 4, 2)
TEXT = (
    "[성명] 라오스는 탈북민 강제송환을 멈춰라\n"
    "지난달 28일 라오스 비엔티안에서 탈북민 7명이 중국으로 강제 송환됐다. "
    "우리 단체가 확인한 바에 따르면 이들 중 두 명은 미성년자다.\n"
    "유엔 인권이사회(UNHRC)는 지난해 결의에서 송환된 이들이 처벌받을 위험이 크다고 밝혔다.\n"
    "새벽길난민연대는 송환을 묵인한 라오스 정부를 강력히 규탄한다.\n"
    "우리는 라오스 정부에 다음과 같이 요구한다.\n"
    "하나, 남은 탈북민들의 송환 절차를 즉각 중단하라.\n"
    "우리는 마지막 한 사람이 안전해질 때까지 행동을 멈추지 않을 것이다.\n"
)


def test_the_group_acting_in_the_present_tense_is_the_author() -> None:
    out = extract(TEXT, REF)
    said = {(s.speaker, s.type) for s in out.statements}
    assert ("새벽길난민연대", "urge") in said
    assert ("새벽길난민연대", "pledge") in said
    assert not any("인권이사회" in s.speaker and s.type == "urge" for s in out.statements)
