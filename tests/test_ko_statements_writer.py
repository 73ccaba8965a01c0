"""Korean columns: the writer's own views and demands, stated in the first person with no
reporting verb, are the writer's statements. Sentences are written for these tests."""

from __future__ import annotations

import datetime as dt

from ko_dev import extract
from refwatch.extract.ko_lexicon import lexicon
from refwatch.extract.ko_writer import writer_name

REF = dt.date(2026, 5, 8)
BODY = (
    "지난달 말 라오스 당국은 탈북민 9명을 중국으로 넘겼다. "
    "나는 라오스 정부가 이들이 겪을 일을 알고도 송환한 것은 난민협약 위반이라고 본다. "
    "태국 정부는 침묵할 것이 아니라 남은 이들의 안전을 보장하라고 요구해야 한다."
)


def test_a_byline_with_a_title_names_the_writer() -> None:
    lines = ["오늘의 시선", "글 | 한도윤 새빛대 법학과 교수", "등록 2026.05.08"]
    assert writer_name(lines, lexicon()) == "한도윤"


def test_a_column_title_carrying_a_name_names_the_writer() -> None:
    assert writer_name(["한도윤의 국경 일기", "본문"], lexicon()) == "한도윤"


def test_the_writers_view_and_demand_are_statements() -> None:
    out = extract("한도윤 새빛대 법학과 교수\n" + BODY, REF)
    said = {(s.speaker, s.type, s.target_country) for s in out.statements}
    assert ("한도윤", "criticize", "LA") in said
    assert ("한도윤", "urge", "TH") in said
    assert "한도윤" in {a.name for a in out.actors}


def test_no_first_person_no_writer() -> None:
    out = extract("한도윤 새빛대 법학과 교수\n" + BODY.replace("나는 ", ""), REF)
    assert not any(s.speaker == "한도윤" for s in out.statements)
