"""Korean statements: declines phrased as non-answers (a request left unanswered, only a
stock line repeated), a briefing's question-and-answer transcript, and one stance strung
over several quotes. Sentences are written for these tests."""

from __future__ import annotations

import datetime as dt

from ko_dev import extract

REF = dt.date(2026, 5, 11)
LEAD = "라오스 경찰이 지난 3일 비엔티안에서 탈북민 6명을 붙잡아 중국으로 넘겼다."


def _said(*lines: str, sep: str = " ") -> list[tuple[str, str, str | None]]:
    out = extract(sep.join([LEAD, *lines]), REF)
    return [(s.speaker, s.type, s.speaker_country) for s in out.statements]


def test_a_request_for_comment_left_unanswered_is_a_decline() -> None:
    got = _said("주한라오스대사관은 한빛통신의 확인 요청에 응하지 않았다.")
    assert ("주한라오스대사관", "decline", "LA") in got


def test_a_query_not_answered_is_a_decline() -> None:
    got = _said("라오스 내무부는 본지의 서면 질의에 답하지 않았다.")
    assert ("라오스 내무부", "decline", "LA") in got


def test_only_a_stock_line_repeated_is_a_decline() -> None:
    got = _said('통일부는 그동안 "상황을 살피고 있다"는 말만 되풀이했다.')
    assert ("통일부", "decline", "KR") in got


def test_only_an_answer_given_is_a_decline() -> None:
    got = _said('외교부는 사건 직후 "현지 공관이 챙기고 있다"는 답만 내놨다.')
    assert ("외교부", "decline", "KR") in got


def test_no_reply_to_a_proposal_is_a_decline() -> None:
    got = _said("라오스 정부는 작년 가을 이후 여태껏 한국이 건넨 실무협의 제안에 회신하지 않았다.")
    assert ("라오스 정부", "decline", "LA") in got


def test_briefing_answers_are_the_spokespersons_words() -> None:
    got = _said(
        '윤서하 통일부 대변인은 정례브리핑에서 "관련 동향을 예의 주시하고 있다"고 답했다.',
        "다음은 일문일답.",
        "-라오스 측에 항의할 계획이 있나.",
        '"필요한 협의를 하고 있다. 구체적인 논의 사항까지 언급하는 것은 바람직하지 않다."',
        "-추가로 붙잡힌 사람이 있다는 보도가 있다.",
        '"그 보도도 알고 있다. 관계기관과 사실관계를 파악하고 있다."',
        "-장관 통화에서도 다뤄졌나.",
        '"여러 현안을 논의했다. 더 이상은 말씀드리기 어렵다."',
        sep="\n",
    )
    answers = [x for x in got if x == ("윤서하", "decline", "KR")]
    assert len(answers) == 4


def test_a_quoted_line_after_no_question_is_not_an_answer() -> None:
    got = _said(
        '윤서하 통일부 대변인은 "관련 동향을 예의 주시하고 있다"고 답했다.',
        "통일부는 대책회의를 열었다.",
        '"그 이상은 말씀드리기 어렵다."',
        sep="\n",
    )
    assert len(got) == 1


def test_one_stance_over_two_quotes_is_one_statement() -> None:
    out = extract(
        LEAD + ' 백도윤 한결대 정치학과 교수는 "정부가 말로만 유감을 표할 뿐 달라진 게 없다"며 '
        '"라오스 눈치만 보는 것 아니냐는 말이 나오는 이유"라고 꼬집었다.',
        REF,
    )
    said = [(s.speaker, s.type, s.target_country) for s in out.statements]
    assert said == [("백도윤", "criticize", "KR")]
