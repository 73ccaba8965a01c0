"""Korean actors: the name a body is listed under. Sentences are written for these
tests."""

from __future__ import annotations

import datetime as dt

from ko_dev import extract

REF = dt.date(2026, 7, 14)


def test_a_government_first_called_ours_is_listed_by_its_country() -> None:
    out = extract(
        "라오스 당국이 지난 5일 탈북민 6명을 중국으로 넘겼다. 아쉬운 것은 우리 정부의 "
        "대응이다. 한국 정부는 이번에도 사실상 침묵했다.",
        REF,
    )
    said = {(s.speaker, s.type) for s in out.statements}
    assert ("한국 정부", "decline") in said
    assert "우리 정부" not in {s.speaker for s in out.statements}


def test_a_name_ending_like_a_particle_before_body_and_title_is_a_person() -> None:
    out = extract(
        "라오스 당국이 지난 5일 탈북민 6명을 중국으로 넘겼다. "
        '채미란 통일부 장관은 "남은 이들을 끝까지 보호하겠다"고 밝혔다.',
        REF,
    )
    assert ("채미란", "pledge") in {(s.speaker, s.type) for s in out.statements}
