"""Korean actors: foreign officials whose names the press glosses in hanja, and Chinese
ministry ranks. Sentences are written for these tests."""

from __future__ import annotations

import datetime as dt

from ko_dev import extract

REF = dt.date(2026, 6, 3)


def _people(text: str) -> dict[str, list[str]]:
    out = extract(text, REF)
    return {a.name: a.aliases for a in out.actors if a.kind == "person"}


def test_a_name_glossed_in_hanja_before_a_post_is_a_person() -> None:
    got = _people(
        "탈북민 8명이 지난주 중국에서 북한으로 강제 송환됐다. "
        "박서진 통일부 차관은 3일 샤오핑안(肖平安) 주한 중국대사와 만나 송환 문제를 논의했다."
    )
    assert "샤오핑안" in got and "肖平安" in got["샤오핑안"]


def test_an_assistant_minister_is_a_post() -> None:
    got = _people(
        "탈북민 8명이 지난주 중국에서 북한으로 강제 송환됐다. "
        "정부는 지난 1일 루밍더(陸明德) 중국 외교부 부장조리에게 우려를 전달했다."
    )
    assert "루밍더" in got


def test_a_place_glossed_in_hanja_is_no_person() -> None:
    got = _people("탈북민 8명이 지난주 훈춘(琿春)에서 북한으로 강제 송환됐다.")
    assert "훈춘" not in got
