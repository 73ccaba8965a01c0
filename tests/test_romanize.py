"""Hangul names and their romanised spellings: one person across scripts and spellings."""

from __future__ import annotations

import pytest

from refwatch.nlp.romanize import romanizations, same_person, standard, syllable_variants


def test_revised_romanization_comes_first() -> None:
    assert syllable_variants("열")[0] == "yeol"
    assert syllable_variants("정")[0] == "jeong"
    assert syllable_variants("박")[0] == "bak"


def test_standard_press_spelling() -> None:
    assert standard("윤서하") == "Yoon Seo-ha"
    assert standard("박도윤") == "Park Do-yun"
    assert same_person("최은비", standard("최은비"))


def test_romanizations_cover_customary_spellings() -> None:
    forms = romanizations("조태열")
    assert {"Cho Tae-yeol", "Cho Tae-yul", "Jo Taeyeol", "Tae-yul Cho"} <= forms
    lee = {"Lee Jun-il", "Yi Jun-il", "Rhee Jun-il", "Lee Junil", "Lee Jun Il"}
    assert lee <= romanizations("이준일")
    assert {"Park Min-su", "Pak Min-su", "Bak Min-su"} <= romanizations("박민수")
    assert "Jung Park" in romanizations("정 박")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("조태열", "Cho Tae-yeol"),
        ("조태열", "Cho Tae-yul"),
        ("Cho Tae-yul", "Tae-yeol Cho"),
        ("정 박", "Jung Park"),
        ("정 박", "Jeong Park"),
        ("정 박", "정박"),
        ("Jung Pak", "Jeong Park"),
        ("왕이", "Wang Yi"),
        ("윤석열", "Yoon Suk-yeol"),
        ("윤석열", "Yoon Suk Yeol"),
        ("김정은", "Kim Jong-un"),
        ("최은비", "Choi Eun-bi"),
        ("최은비", "Choe Eunbi"),
        ("Kim Jong-un", "Kim Jong Un"),
        ("노무현", "Roh Moo-hyun"),
    ],
)
def test_same_person(a: str, b: str) -> None:
    assert same_person(a, b)
    assert same_person(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("김정은", "Kim Jong-il"),
        ("박정", "정박"),
        ("Lee Jun-il", "Lee Jin-il"),
        ("이준일", "Lee Jin-il"),
        ("Kim Jong-il", "Kim Jong-un"),
        ("조태열", "Cho Tae-young"),
        ("윤서하", "Yoon Seo-yeon"),
        ("박도윤", "Park Do-hyun"),
        ("", "Kim"),
    ],
)
def test_different_people(a: str, b: str) -> None:
    assert not same_person(a, b)
