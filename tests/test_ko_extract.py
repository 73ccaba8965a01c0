"""Korean extraction: incidents, statements, meetings and actors from Korean news text.

The example reports below are written for these tests (names of groups and people in them
are invented); the corpus test at the end reads the annotated dev set at run time.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from ko_dev import extract
from refwatch.extract.korean import KoreanExtractor
from refwatch.model import Document, Extraction

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DEV = SHARED / "corpus" / "dev"

ARREST_REPORT = "\n".join(
    [
        "중국 랴오닝성 선양에서 탈북민 7명이 공안에 체포돼 북송 위기에 처한 것으로 알려졌다.",
        '북한인권단체 북방인권연대는 지난 20일 "선양 시내 은신처에 머물던 탈북민 7명이 지난 '
        '17일 현지 공안에 붙잡혔다"고 밝혔다.',
        '정베드로 북방인권연대 대표는 "이들이 북송되면 가혹한 처벌을 받게 된다"며 "중국 정부는 '
        '이들을 즉각 석방해야 한다"고 촉구했다.',
        '외교부 당국자는 "관련 사항을 확인 중"이라며 말을 아꼈다.',
        '한편 중국 외교부 린젠 대변인은 21일 정례 브리핑에서 "중국은 국내법과 국제법에 따라 '
        '불법 입국자를 처리하고 있다"고 말했다.',
        "지난해 12월에도 윈난성 쿤밍에서 탈북민 10여 명이 체포된 바 있다.",
    ]
)

DEPORTATION_REPORT = "\n".join(
    [
        "태국 정부가 27일 새벽 방콕 이민자수용소에 구금돼 있던 위구르인 40명을 중국으로 "
        "추방했다고 현지 언론이 보도했다.",
        '휴먼라이츠워치는 "추방된 위구르인들은 중국에서 고문과 장기 구금에 직면할 수 있다"며 '
        "태국 정부를 강하게 비판했다.",
        '국제앰네스티도 성명을 통해 "태국은 국제법상 강제송환 금지 의무를 위반했다"고 규탄했다.',
        '태국 정부 대변인은 "중국 측으로부터 이들의 안전을 보장받았다"고 해명했다.',
    ]
)

MEETING_REPORT = "\n".join(
    [
        "유엔 인권최고대표사무소(OHCHR)는 15일 성명을 내고 중국이 최근 탈북민 수십 명을 "
        "강제송환했다며 깊은 우려를 표명했다.",
        '이에 대해 중국 외교부는 "이른바 탈북자 문제는 존재하지 않는다"며 관련 보도를 부인했다.',
        "방한 중인 캐나다 하원의 마거릿 윌슨 의원은 지난 14일 서울에서 한도현 북방인권연대 "
        "사무총장과 만나 탈북민 문제를 논의했다.",
    ]
)

REMAINS_REPORT = "\n".join(
    [
        "국방부는 12일 인천국제공항에서 중국군 유해 송환식을 열고 유해 30여 구를 중국 측에 "
        "인도했다.",
        "한중 양국은 해마다 유해 송환을 이어 왔으며 지금까지 돌아간 유해는 900구를 넘었다.",
    ]
)


@pytest.fixture(scope="module")
def arrest() -> Extraction:
    return extract(ARREST_REPORT, dt.date(2024, 6, 22))


def test_version_names_the_rules() -> None:
    assert KoreanExtractor().version.startswith("ko-rules@")


def test_arrest_with_date_place_and_source(arrest: Extraction) -> None:
    assert arrest.relevant
    first = arrest.incidents[0]
    assert first.kind == "arrest"
    assert first.count is not None and (first.count.low, first.count.high) == (7, 7)
    assert first.when.earliest == first.when.latest == dt.date(2024, 6, 17)
    assert (first.where.city, first.where.province, first.where.country) == (
        "선양",
        "랴오닝성",
        "CN",
    )
    assert (first.from_country, first.to_country) == ("CN", "KP")
    assert first.reported_by == ["북방인권연대"]


def test_background_arrest_is_its_own_incident(arrest: Extraction) -> None:
    older = [i for i in arrest.incidents if i.when.earliest == dt.date(2023, 12, 1)]
    assert len(older) == 1
    assert older[0].count is not None and (older[0].count.low, older[0].count.high) == (10, None)
    assert older[0].where.city == "쿤밍"


def test_evidence_spans_point_into_the_text(arrest: Extraction) -> None:
    text = arrest.document.text
    for fact in [*arrest.incidents, *arrest.statements]:
        e = fact.evidence
        assert text[e.start : e.end] == e.text


def test_statements_speakers_types_and_targets(arrest: Extraction) -> None:
    got = {(s.speaker, s.type, s.target_country) for s in arrest.statements}
    assert ("정베드로", "urge", "CN") in got
    assert ("외교부", "decline", None) in got
    assert ("린젠", "defend", None) in got
    lin = next(s for s in arrest.statements if s.speaker == "린젠")
    assert lin.speaker_country == "CN" and lin.date == dt.date(2024, 6, 21)
    assert lin.quote and lin.quote.startswith("중국은 국내법과")


def test_actors_with_role_org_and_registry_aliases(arrest: Extraction) -> None:
    actors = {a.name: a for a in arrest.actors}
    assert actors["정베드로"].org == "북방인권연대" and actors["정베드로"].role == "대표"
    assert actors["북방인권연대"].kind == "organization"
    assert "Lin Jian" in actors["린젠"].aliases and actors["린젠"].country == "CN"
    assert actors["외교부"].kind == "government" and actors["외교부"].country == "KR"


def test_deportation_to_china_and_object_targets() -> None:
    x = extract(DEPORTATION_REPORT, dt.date(2025, 2, 28))
    [inc] = x.incidents
    assert (inc.kind, inc.from_country, inc.to_country) == ("forced_return", "TH", "CN")
    assert inc.when.earliest == dt.date(2025, 2, 27)
    assert inc.where.city == "방콕"
    got = {(s.speaker, s.type, s.target_country) for s in x.statements}
    assert ("휴먼라이츠워치", "criticize", "TH") in got
    assert ("국제앰네스티", "criticize", "TH") in got
    assert ("태국 정부 대변인", "defend", None) in got


def test_meeting_and_statement_carried_across_a_statement_frame() -> None:
    x = extract(MEETING_REPORT, dt.date(2024, 2, 16))
    [meeting] = x.meetings
    assert meeting.participants == ["마거릿 윌슨", "한도현"]
    assert meeting.date == dt.date(2024, 2, 14) and meeting.place == "서울"
    got = {(s.speaker, s.type) for s in x.statements}
    assert ("유엔 인권최고대표사무소", "concern") in got
    assert ("중국 외교부", "deny") in got
    ohchr = next(a for a in x.actors if a.name == "유엔 인권최고대표사무소")
    assert "OHCHR" in ohchr.aliases
    [inc] = x.incidents
    assert inc.count is not None and (inc.count.low, inc.count.high) == (20, 99)
    assert not inc.when.known  # "최근"


def test_withheld_names_and_groups_named_after_a_common_noun() -> None:
    text = "\n".join(
        [
            "인권단체 들꽃은 지난 3일 탈북민 12명이 지린성 투먼에서 북송됐다고 밝혔다.",
            '탈북민 박모(34)씨는 "동생이 북송될까 걱정된다"고 말했다.',
        ]
    )
    x = extract(text, dt.date(2024, 5, 6))
    [inc] = x.incidents
    assert inc.reported_by == ["들꽃"] and inc.where.city == "투먼"
    names = {a.name: a.kind for a in x.actors}
    assert names == {"들꽃": "organization", "박모 씨": "person"}
    assert [(s.speaker, s.type) for s in x.statements] == [("박모 씨", "concern")]


def test_an_unnamed_post_that_speaks_is_the_speaker() -> None:
    text = "\n".join(
        [
            "중국이 지난 10일 탈북민 50여 명을 북한으로 강제 송환한 것으로 알려졌다.",
            '유엔 북한인권 특별보고관은 12일 "중국은 송환을 즉각 중단해야 한다"고 촉구했다.',
            "한국 외교부 장관이 중국을 방문하는 것은 6년 만이다.",
        ]
    )
    x = extract(text, dt.date(2024, 5, 15))
    [s] = x.statements
    assert (s.speaker, s.type, s.target_country) == ("유엔 북한인권 특별보고관", "urge", "CN")
    assert [a.name for a in x.actors] == ["유엔 북한인권 특별보고관"]  # the minister never spoke


def test_talks_between_known_ministers_and_short_references() -> None:
    text = "\n".join(
        [
            "조태열 외교부 장관은 13일 베이징 댜오위타이에서 왕이 중국 외교부장과 "
            "외교장관회담을 갖고 양국 관계를 논의했다.",
            '왕 부장은 "중국은 국내법과 국제법에 따라 관련 문제를 처리하고 있다"고 답했다.',
            "앞서 윤석열 대통령은 지난달 시진핑 국가주석과 통화했다.",
        ]
    )
    x = extract(text, dt.date(2024, 5, 14))
    [talks] = x.meetings  # a phone call (통화) is no meeting, as in English
    assert (talks.participants, talks.date, talks.place) == (
        ["조태열", "왕이"],
        dt.date(2024, 5, 13),
        "베이징",
    )
    [s] = x.statements
    assert (s.speaker, s.type, s.speaker_country) == ("왕이", "defend", "CN")
    wang = next(a for a in x.actors if a.name == "왕이")
    assert "Wang Yi" in wang.aliases


def test_repatriated_remains_are_not_relevant() -> None:
    x = extract(REMAINS_REPORT, dt.date(2024, 9, 13))
    assert not x.relevant and x.incidents == [] and x.actors == []


def _dev_documents() -> list[tuple[Document, dict[str, object]]]:
    from refwatch.ingest import load_documents

    golds = {p.stem: json.loads(p.read_text()) for p in sorted((DEV / "gold").glob("ko-*.json"))}
    out = []
    for gold in golds.values():
        ref = dt.date.fromisoformat(gold["reference_date"])
        published = None if gold.get("published") else ref
        for doc in load_documents([str(DEV / "docs" / gold["file"])], published=published):
            assert isinstance(doc, Document)
            doc.lang = "ko"
            out.append((doc, gold))
    return out


@pytest.mark.skipif(not DEV.is_dir(), reason="shared dev corpus not present")
def test_dev_corpus_facts_match_the_annotations() -> None:
    extractor = KoreanExtractor()
    found = expected = relevant_ok = 0
    for doc, gold in _dev_documents():
        x = extractor.extract(doc)
        relevant_ok += x.relevant == gold["relevant"]
        gold_incidents = gold["incidents"]
        assert isinstance(gold_incidents, list)
        expected += len(gold_incidents)
        for g in gold_incidents:
            found += any(
                i.kind == g["kind"]
                and i.count is not None
                and (i.count.low, i.count.high) == (g["count"]["low"], g["count"]["high"])
                for i in x.incidents
            )
    assert relevant_ok == 9
    assert found / expected >= 0.85


def _incidents(text: str) -> list[tuple[str, int | None, str | None, str | None]]:
    out = extract(text, dt.date(2024, 3, 12))
    return [
        (i.kind, i.count.low if i.count else None, i.from_country, i.to_country)
        for i in out.incidents
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "베트남 공안이 지난 3일 붙잡은 탈북민 8명을 중국 측에 넘겼다고 우리 외교부가 밝혔다.",
            [("forced_return", 8, "VN", "CN")],
        ),
        (
            "이란 정부가 어제 아프간 난민 300여 명을 아프가니스탄으로 강제 추방했다.",
            [("forced_return", 300, "IR", "AF")],
        ),
        (
            "태국 이민국은 그제 위구르인 40명을 중국으로 돌려보냈다.",
            [("forced_return", 40, "TH", "CN")],
        ),
        (
            "지난달 말 연해주에서 일하던 북한 노동자 3명이 러시아 경찰에 체포돼 북한으로 추방됐다.",
            [("forced_return", 3, "RU", "KP")],
        ),
        (
            "중국 당국은 지난 5일 탈북민 12명을 한꺼번에 돌려보냈다.",
            [("forced_return", 12, "CN", "KP")],
        ),
        (
            "러시아 당국은 지난달 하순 탈북민 최모 씨를 북한으로 추방했다.",
            [("forced_return", 1, "RU", "KP")],
        ),
        (
            "캄보디아 경찰은 지난 2일 40대 부부와 자녀 3명을 붙잡아 북송 대기 중인 것으로 "
            "전해졌다.",
            [("arrest", 5, "KH", "KP"), ("detention", 5, "KH", "KP")],
        ),
    ],
)
def test_returns_across_country_pairs(
    text: str, expected: list[tuple[str, int | None, str | None, str | None]]
) -> None:
    assert _incidents(text) == expected


def test_each_leg_of_a_multi_leg_return_is_its_own_incident() -> None:
    text = "\n".join(
        [
            "미얀마 북부에서 붙잡힌 탈북민 6명이 며칠 뒤 중국 공안에 인계됐다고 인권단체 "
            "국경넘기모임이 10일 밝혔다.",
            "단체에 따르면 중국 당국은 이들 6명을 지난 5일 투먼을 거쳐 북한으로 북송했다.",
        ]
    )
    got = {(k, f, t) for k, _, f, t in _incidents(text)}
    assert {("arrest", "MM", "CN"), ("forced_return", "MM", "CN")} <= got
    assert ("forced_return", "CN", "KP") in got


def test_a_return_reported_twice_with_a_day_range_is_one_incident() -> None:
    text = "\n".join(
        [
            "중국 당국이 지난 3일 밤 탈북민 70여 명을 북한으로 강제 송환한 것으로 확인됐다.",
            '인권단체 압록강지킴이는 5일 "호송차들이 3일 밤부터 4일 새벽 사이 단둥의 세관을 '
            '거쳐 북측에 넘겨졌다"고 밝혔다.',
        ]
    )
    out = extract(text, dt.date(2024, 3, 12))
    assert len(out.incidents) == 1
    inc = out.incidents[0]
    assert inc.crossing == ["단둥"]
    assert inc.reported_by == ["압록강지킴이"]


def test_strung_quotes_are_separate_statements() -> None:
    text = (
        '통일부 장관은 "강제송환이 이뤄진 것으로 보여 깊이 우려한다"며 "구체적인 경위는 '
        '확인 중"이라고 말했다.\n'
        '중국 외교부 대변인은 "중국에 난민은 존재하지 않는다"며 "불법 입국자는 법에 따라 '
        '처리한다"고 밝혔다.'
    )
    out = extract(text, dt.date(2024, 3, 12))
    kinds = {(s.speaker_country, s.type) for s in out.statements}
    assert {("KR", "concern"), ("KR", "decline"), ("CN", "deny"), ("CN", "defend")} <= kinds


def test_an_ambassador_named_by_country_speaks_for_it() -> None:
    text = '주한 미국대사는 10일 "탈북민 강제북송은 즉각 중단돼야 한다"고 말했다.'
    out = extract(text, dt.date(2024, 3, 12))
    assert [(s.speaker, s.speaker_country, s.type) for s in out.statements] == [
        ("주한 미국대사", "US", "urge")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "한국과 중국은 오는 16일 베이징에서 외교장관 회담을 연다.",
        "태국과 중국은 지난 5일 방콕에서 국경 관리 문제를 논의했다.",
    ],
)
def test_states_meet_when_no_person_is_named(text: str) -> None:
    out = extract(text, dt.date(2024, 3, 12))
    assert len(out.meetings) == 1 and len(out.meetings[0].participants) == 2


def test_a_member_of_the_national_assembly_acts_for_the_home_country() -> None:
    text = '국회 정보위원회 소속 윤채린 의원은 "정부가 북송 사실을 알고도 침묵했다"고 비판했다.'
    out = extract(text, dt.date(2024, 3, 12))
    assert [(s.speaker, s.speaker_country) for s in out.statements] == [("윤채린", "KR")]


def test_a_named_ambassador_keeps_his_name() -> None:
    text = "국무부는 한나 리드 특사가 지난 9일 도쿄에서 쑨웨이 주일 중국대사를 만났다고 발표했다."
    out = extract(text, dt.date(2024, 3, 12))
    names = {a.name for a in out.actors}
    assert "주일 중국대사" not in names


def test_a_group_speaks_through_its_unnamed_official() -> None:
    text = "\n".join(
        [
            '인권단체 두레난민연대는 지난 3일 "탈북민 9명이 단둥을 거쳐 북송됐다"고 밝혔다.',
            '단체 관계자는 "현지 협력자들이 위험해질 수 있어 경로는 밝히기 어렵다"고 말했다.',
        ]
    )
    out = extract(text, dt.date(2024, 3, 12))
    assert ("두레난민연대", "decline") in {(s.speaker, s.type) for s in out.statements}


def test_a_legislator_criticises_the_home_government() -> None:
    text = (
        '국회 외교통일위원회 소속 한가온 의원은 "정부가 손을 놓은 사이 탈북민들이 '
        '끌려갔다"며 "중국 당국은 송환을 멈춰야 한다"고 정부를 질타했다.'
    )
    out = extract(text, dt.date(2024, 3, 12))
    assert ("criticize", "KR") in {(s.type, s.target_country) for s in out.statements}
    assert "외교통일위원회" not in {a.name for a in out.actors}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("지난 4일 태국 경찰에 붙잡힌 탈북민 6명이 중국으로 추방됐다.", "태국 경찰"),
        ("북한 노동자 2명이 지난달 러시아 당국에 체포돼 북한으로 넘겨졌다.", "러시아 당국"),
    ],
)
def test_the_body_that_caught_the_people_is_an_actor(text: str, body: str) -> None:
    out = extract(text, dt.date(2024, 3, 12))
    assert body in {a.name for a in out.actors}


def test_a_quoted_group_name_cited_as_source_is_the_main_organisation() -> None:
    text = "\n".join(
        [
            "인권 단체인 '압록강희망연대'에 따르면 중국 공안은 지난 2일 탈북민 11명을 북한에 "
            "넘겼다.",
            '단체 측은 "남은 이들도 곧 북송될 가능성이 크다"고 우려했다.',
            "단체 측은 앞으로도 확인되는 내용을 계속 공개하겠다는 입장이다.",
        ]
    )
    out = extract(text, dt.date(2024, 3, 12))
    got = {(s.speaker, s.type) for s in out.statements}
    assert {("압록강희망연대", "concern"), ("압록강희망연대", "pledge")} <= got


def test_places_on_other_routes_are_in_the_korean_gazetteer() -> None:
    text = (
        "지난 7일 라오스 루앙남타주에서 붙잡힌 탈북민 4명이 며칠 뒤 보텐 국경검문소를 "
        "통해 중국 측에 인계됐다."
    )
    out = extract(text, dt.date(2024, 3, 12))
    by_kind = {i.kind: i for i in out.incidents}
    assert by_kind["forced_return"].where.province == "루앙남타주"
    assert by_kind["forced_return"].crossing == ["보텐"]
    assert by_kind["arrest"].crossing == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("북한인권단체 새길은 밝혔다", ["북한"]),
        ("중국인권 감시 모임", ["중국"]),
        ("북한인 3명이 붙잡혔다", ["북한인"]),
    ],
)
def test_human_rights_is_not_a_demonym(text: str, words: list[str]) -> None:
    from refwatch.nlp.countries import country_mentions

    assert [c.words for c in country_mentions(text, "ko")] == words


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        (
            '인권단체 북녘동행은 "중국 정부가 국제법을 정면으로 어겼다"고 말했다.',
            "북녘동행",
            "criticize",
        ),
        (
            '중국 외교부 대변인은 "관련 상황을 알지 못한다"고 말했다.',
            "중국 외교부 대변인",
            "decline",
        ),
        (
            '탈북민 지원단체 새빛나루는 "강제북송은 명백한 인권 침해"라고 강조했다.',
            "새빛나루",
            "criticize",
        ),
        (
            '주한 러시아대사는 "불법 체류자를 법에 따라 처리했을 뿐"이라고 말했다.',
            "주한 러시아대사",
            "defend",
        ),
    ],
)
def test_plain_verbs_take_the_stance_of_the_quote(text: str, speaker: str, kind: str) -> None:
    out = extract(text, dt.date(2024, 3, 12))
    assert [(s.speaker, s.type) for s in out.statements] == [(speaker, kind)]


def test_a_people_word_names_where_they_are_sent() -> None:
    got = _incidents("파키스탄 정부가 지난주 아프간인 500명가량을 국경 밖으로 추방했다.")
    assert got == [("forced_return", 500, "PK", "AF")]


@pytest.mark.parametrize(
    "text",
    [
        "중국 당국이 지난 5일 탈북민 50여 명을 북한으로 강제 북송한 것으로 알려졌다.\n"
        '인권단체 압록강사람들은 7일 "5일 새벽 투먼 세관을 통해 탈북민 50명가량이 북측에 '
        '넘겨졌다"고 밝혔다.',
        "러시아 당국이 지난달 탈북 노동자 3명을 북한으로 돌려보냈다.\n"
        "현지 소식통에 따르면 이들 3명은 지난달 하순 블라디보스토크에서 북한 측에 인계됐다.",
    ],
)
def test_one_figure_told_twice_is_one_incident(text: str) -> None:
    out = extract(text, dt.date(2024, 3, 12))
    assert len(out.incidents) == 1
    when = out.incidents[0].when
    assert when.earliest is not None and when.latest is not None
    assert (when.latest - when.earliest).days < 10


@pytest.mark.parametrize(
    "text",
    [
        '새날연대 측은 2014년 유엔 조사위원회가 지적한 문제가 그대로라며 "중국 정부는 '
        '책임을 져야 한다"고 말했다.',
        '유엔 조사위원회(COI) 보고서를 인용한 새날연대는 "중국 정부가 반인도 범죄에 '
        '가담했다"고 비판했다.',
        '탈북민 9명이 강제 북송됐다는 소식이 알려진 뒤 새날연대는 "정부가 당장 나서야 '
        '한다"고 말했다.',
    ],
)
def test_the_group_speaking_not_the_body_it_cites(text: str) -> None:
    out = extract(text, dt.date(2024, 3, 12))
    assert [s.speaker for s in out.statements] == ["새날연대"]


def test_a_hearsay_lead_is_credited_to_the_next_sentences_source() -> None:
    text = (
        "중국 당국이 지난 5일 탈북민 30명을 북한으로 북송한 것으로 확인됐다.\n"
        "인권단체 새날연대는 6일 기자회견을 열고 이같이 밝혔다."
    )
    out = extract(text, dt.date(2024, 3, 12))
    assert [i.reported_by for i in out.incidents] == [["새날연대"]]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '북송 소식이 전해지자 시민단체들은 "중국은 강제송환을 멈춰야 한다"고 촉구했다.',
            "시민단체들",
        ),
        ("탈북민 단체들도 이번 북송에 깊은 우려를 나타냈다.", "탈북민 단체들"),
        ('국제 인권단체들은 "송환된 이들이 고문을 당할 수 있다"며 우려를 표했다.', "인권단체들"),
    ],
)
def test_groups_spoken_of_in_the_plural_speak_as_written(text: str, speaker: str) -> None:
    out = extract(text, dt.date(2024, 3, 12))
    assert [s.speaker for s in out.statements] == [speaker]
    assert [(a.name, a.kind) for a in out.actors] == [(speaker, "organization")]


def test_plural_groups_are_not_listed_beside_a_named_group() -> None:
    text = (
        '인권단체 새날연대는 "탈북민 12명이 지난주 북송됐다"고 밝혔다.\n'
        "인권단체들은 그동안 이들의 안전을 우려해 왔다."
    )
    out = extract(text, dt.date(2024, 3, 12))
    assert "인권단체들" in [s.speaker for s in out.statements]
    assert [a.name for a in out.actors] == ["새날연대"]


@pytest.mark.parametrize(
    ("text", "facility", "place_id"),
    [
        (
            "중국 지린성 투먼 변방부대 구류소에 갇혀 있던 탈북민 6명이 지난 3일 북한으로 "
            "강제 송환됐다.",
            "투먼 변방부대 구류소",
            "cn-tumen-border-detention",
        ),
        (
            "백산 수용소에 수감된 탈북민 20여 명이 지난달 북송됐다고 인권단체가 전했다.",
            "백산 수용소",
            "cn-baishan-detention",
        ),
        (
            "중국 당국이 단둥시의 구류시설에 있던 탈북민 9명을 지난 2일 북송했다.\n"
            "단체는 단둥 변방구류소에 아직 10명이 남아 있다고 밝혔다.",
            "단둥 변방구류소",
            "cn-dandong-border-detention",
        ),
    ],
)
def test_a_city_and_a_facility_noun_name_the_citys_facility(
    text: str, facility: str, place_id: str
) -> None:
    out = extract(text, dt.date(2024, 3, 12))
    where = out.incidents[0].where
    assert (where.facility, where.place_id) == (facility, place_id)


@pytest.mark.parametrize(
    "held",
    [
        "붙잡힌 일행은 아직 현지 수용소에 있으며 곧 북송될 것으로 보인다.",
        "체포된 가족은 여전히 구류소에 갇혀 있다.",
        "이들은 현재 공안국 구치소에 수감돼 있다고 단체는 전했다.",
    ],
)
def test_a_detention_told_without_count_carries_the_count_before(held: str) -> None:
    text = "지난 8일 중국 훈춘에서 탈북민 일가족 3명이 공안에 체포됐다.\n" + held
    out = extract(text, dt.date(2024, 3, 12))
    got = [(i.kind, i.count.low if i.count else None) for i in out.incidents]
    assert got == [("arrest", 3), ("detention", 3)]


def test_a_facility_sentence_with_no_one_carried_is_no_incident() -> None:
    text = (
        "지난 8일 중국 훈춘에서 탈북민 5명이 공안에 체포됐다.\n인근 구류소에 있는 CCTV가 공개됐다."
    )
    out = extract(text, dt.date(2024, 3, 12))
    assert [i.kind for i in out.incidents] == ["arrest"]


def test_a_report_on_something_else_lists_the_bodies_that_speak_or_are_cited() -> None:
    text = (
        "통일부는 올해 이산가족 화상 상봉 신청자가 지난해보다 40% 늘었다고 5일 밝혔다.\n"
        "외교부에 따르면 해외 거주 신청자도 300명을 넘었다.\n"
        '현장을 찾은 주민 박영호(61) 씨는 "올해는 비가 자주 와서 다행"이라고 말했다.'
    )
    out = extract(text, dt.date(2024, 4, 5))
    assert not out.relevant and not out.incidents
    names = {a.name for a in out.actors}
    assert {"통일부", "외교부"} <= names
    assert "박영호" not in names


def test_a_ministry_is_listed_when_its_named_official_speaks() -> None:
    text = (
        "중국이 지난 4일 탈북민 30명을 북한으로 강제 북송했다.\n"
        '러시아 외교부 일리야 페트로프 대변인은 "다른 나라 일에 답하지 않겠다"고 말했다.'
    )
    out = extract(text, dt.date(2024, 3, 12))
    names = [a.name for a in out.actors]
    assert "러시아 외교부" in names


def test_anonymous_sources_are_credited_but_not_listed() -> None:
    text = "\n".join(
        [
            "지난 3일 중국 랴오닝성 단둥의 구류시설에 있던 탈북민 30여 명이 북한으로 넘겨졌다.",
            "중국 측은 이에 대해 아무런 설명도 내놓지 않았다.",
            "국경 지역 소식통에 따르면 이들은 새벽에 세관 뒤편 통로로 옮겨졌다.",
            "지난 2월에도 투먼에서 탈북민 8명이 북송됐다고 여러 명의 현지 소식통이 전했다.",
        ]
    )
    out = extract(text, dt.date(2024, 4, 9))
    by_count = {i.count.low if i.count else None: i.reported_by for i in out.incidents}
    assert by_count[30] == ["국경 지역 소식통"]
    assert by_count[8] == ["여러 명의 현지 소식통"]
    assert not any("소식통" in a.name for a in out.actors)


def test_a_group_written_solid_in_hangul_is_an_organisation_and_its_anaphor() -> None:
    text = "\n".join(
        [
            "베트남에서 붙잡힌 탈북민 4명이 중국으로 넘겨진 것으로 파악됐다.",
            "이 문제는 지난해부터 꾸준히 제기돼 왔다.",
            "탈북민 구호단체 리버브릿지코리아는 지난 2일 이 같은 사실을 공개했다.",
            "이 단체는 또 하노이 이민국에 탈북민 최소 2명이 억류돼 있다며 이들도 중국에 "
            "넘겨질 수 있다고 우려했다.",
            '한 단체 관계자는 "정부가 직접 나서야 한다"고 말했다.',
        ]
    )
    out = extract(text, dt.date(2024, 6, 7))
    names = {a.name: a.kind for a in out.actors}
    assert names.get("리버브릿지코리아") == "organization"
    assert out.incidents[0].reported_by == ["리버브릿지코리아"]
    got = {(s.speaker, s.type) for s in out.statements}
    assert ("리버브릿지코리아", "concern") in got
    assert not any(s.type == "urge" for s in out.statements)  # "한 단체": some other group


def test_a_verb_before_a_name_is_not_part_of_it() -> None:
    text = (
        "통일부에 따르면 조명호 통일부 차관은 오는 20일 베이징에서 류칭 중국 외교부 국장과 "
        "만나 탈북민 북송 문제를 논의할 예정이다."
    )
    out = extract(text, dt.date(2024, 6, 7))
    names = {a.name for a in out.actors} | {p for m in out.meetings for p in m.participants}
    assert "조명호" in names and not any(n.startswith("따르면") for n in names)


def test_a_mission_posted_abroad_is_listed_and_an_anonymous_official_is_not_a_voice() -> None:
    text = "\n".join(
        [
            "지난 5일 캄보디아에서 탈북민 6명이 체포돼 중국으로 추방됐다.",
            "한 정부 소식통은 주캄보디아 한국대사관이 현지 당국과 접촉했다고 전했다.",
        ]
    )
    out = extract(text, dt.date(2024, 6, 7))
    names = {a.name for a in out.actors}
    assert "주캄보디아 한국대사관" in names
    assert not names & {"정부", "한국 정부"}


def test_a_legislative_committee_speaks_through_its_members() -> None:
    text = "\n".join(
        [
            "중국이 지난 2일 탈북민 40여 명을 북한으로 강제북송했다.",
            "국회 정보위원회 여야 의원들은 이날 성명을 내고 중국 정부에 북송 중단을 요구했다.",
        ]
    )
    out = extract(text, dt.date(2024, 6, 3))
    got = {(s.speaker, s.type, s.target_country) for s in out.statements}
    assert ("국회 정보위원회", "urge", "CN") in got
    committee = next(a for a in out.actors if a.name == "국회 정보위원회")
    assert (committee.kind, committee.country) == ("government", "KR")


def test_a_groups_own_statement_demands_and_pledges_in_its_own_voice() -> None:
    text = "\n".join(
        [
            "지난 12일 중국 헤이룽장성의 구류시설에 있던 탈북민 30여 명이 북한으로 끌려가 "
            "강제송환됐다.",
            "러시아도 지난해 탈북민을 돌려보낸 바 있다.",
            "송환 때마다 러시아는 이들이 불법 체류자일 뿐이라는 주장을 되풀이해 왔다.",
            "유엔 자의적구금실무그룹은 이런 관행을 문제로 지적한 바 있다.",
            "(사)새벽길인권연대는 생명을 외면한 이번 강제송환을 강력히 규탄한다.",
            "우리는 헤이룽장성 구금시설에 아직 10여 명의 탈북민이 남아 있다는 사실을 확인했다.",
            "중국 정부는 남은 이들의 송환 절차를 멈추고 즉각 풀어주라.",
            "정부는 다음 정상회담에서 이 문제를 반드시 거론해야 한다.",
            "우리 단체는 이 사건을 국제형사재판소에 알리는 활동을 이어갈 것이다.",
        ]
    )
    out = extract(text, dt.date(2024, 6, 20))
    got = {(s.speaker, s.type, s.target_country) for s in out.statements}
    group = "(사)새벽길인권연대"
    assert (group, "criticize", "CN") in got
    assert (group, "urge", "CN") in got
    assert (group, "urge", "KR") in got
    assert (group, "pledge", None) in got
    assert ("러시아", "defend", None) in got
    assert "러시아" not in {a.name for a in out.actors}  # a speaker, not a listed body
    held = [i for i in out.incidents if i.kind == "detention"]
    assert held and held[0].reported_by == [group]
    assert held[0].count is not None and held[0].count.low == 10
    assert group in {a.name for a in out.actors}


def test_home_ministries_cited_together_and_a_conditional_warning() -> None:
    text = "\n".join(
        [
            "올해 1분기 해외 법인 배당금의 국내 송금이 크게 늘었다.",
            "보건복지부와 국세청에 따르면 관련 신고 건수는 지난해보다 30% 증가했다.",
            '산업통상자원부 관계자는 "제도를 손질해 투자가 늘도록 지원하겠다"고 말했다.',
            '서하늘 미래정책연구원 선임연구위원은 "금리가 더 오르면 기업 부담은 커질 수밖에 '
            '없다"고 말했다.',
        ]
    )
    out = extract(text, dt.date(2024, 4, 20))
    assert not out.relevant
    kinds = {a.name: (a.kind, a.country) for a in out.actors}
    assert kinds["보건복지부"] == kinds["국세청"] == ("government", "KR")
    got = {(s.speaker, s.type) for s in out.statements}
    assert ("산업통상자원부", "pledge") in got
    assert ("서하늘", "concern") in got


def test_a_quoted_arrest_and_later_handover_each_keep_their_date_and_place() -> None:
    text = (
        '인권단체 새길연대는 어제 서울 중구에서 기자회견을 열고 "지난달 3일 라오스 '
        "루앙남타주에서 체포된 남매 2명이 같은 달 말 국경검문소에서 중국 측에 넘겨졌고, "
        '이후 북한으로 보내졌다"고 밝혔다.'
    )
    out = extract(text, dt.date(2024, 8, 12))
    got = {(i.kind, i.when.earliest) for i in out.incidents}
    assert ("arrest", dt.date(2024, 7, 3)) in got
    handover = [i for i in out.incidents if i.when.earliest == dt.date(2024, 7, 21)]
    assert [(i.kind, i.to_country) for i in handover] == [("forced_return", "CN")]
    assert all(i.where.city != "서울" for i in out.incidents)
    assert all(i.reported_by == ["새길연대"] for i in out.incidents)


def test_a_there_are_none_line_denies_and_two_quotes_of_one_demand_are_one_statement() -> None:
    text = "\n".join(
        [
            "중국 공안이 지난 7일 훈춘에서 탈북민 9명을 북한으로 넘겼다.",
            '주한 중국대사관은 "우리나라에 탈북민은 없다"는 입장을 밝혔다.',
            '남해인권센터 오다솜 국장은 "아이들만큼은 꼭 지켜야 한다"며 "한국 정부가 직접 '
            '유엔에 이 문제를 알려야 한다"고 촉구했다.',
        ]
    )
    out = extract(text, dt.date(2024, 9, 10))
    got = [(s.speaker, s.type, s.target_country) for s in out.statements]
    assert ("주한 중국대사관", "deny", None) in got
    assert [g for g in got if g[0] == "오다솜"] == [("오다솜", "urge", "KR")]


@pytest.mark.parametrize(
    ("text", "people", "place"),
    [
        (
            "박진영 외교부 차관은 12일 서울에서 왕샤오밍 중국 외교부 부부장과 회담을 가졌다.",
            ["박진영", "왕샤오밍"],
            "서울",
        ),
        (
            "박진영 차관과 왕샤오밍 부부장은 12일 제네바에서 만나 탈북민 문제를 논의했다.",
            ["박진영", "왕샤오밍"],
            "제네바",
        ),
        (
            "김영호 통일부 장관은 12일 서울에서 엘레나 마르티 유엔 특별보고관과 면담했다.",
            ["김영호", "엘레나 마르티"],
            "서울",
        ),
        ("조태열 장관과 왕이 부장은 12일 베이징에서 회동했다.", ["조태열", "왕이"], "베이징"),
        (
            "조태열 외교부 장관과 왕이 중국 외교부장이 12일 베이징에서 회담했다.",
            ["조태열", "왕이"],
            "베이징",
        ),
        ("조태열 장관은 12일 베이징을 방문해 왕이 부장과 만났다.", ["조태열", "왕이"], "베이징"),
        ("한국과 중국은 12일 베이징에서 영사 협의를 열었다.", ["한국", "중국"], "베이징"),
        ("한중 외교장관 회담이 12일 베이징에서 열렸다.", ["한국", "중국"], "베이징"),
        (
            "12일 베이징에서 열린 한중 외교장관 회담에서 조태열 장관은 탈북민 문제를 제기했다.",
            ["한국", "중국"],
            "베이징",
        ),
    ],
)
def test_meeting_phrasings(text: str, people: list[str], place: str) -> None:
    [m] = extract(text, dt.date(2024, 3, 14)).meetings
    assert (m.participants, m.date, m.place) == (people, dt.date(2024, 3, 12), place)


@pytest.mark.parametrize(
    "text",
    [
        "조태열 장관은 12일 왕이 부장과 통화하고 강제북송 중단을 요청했다.",
        "시민단체들은 한중 외교장관 회담의 의제로 강제북송 문제를 다뤄야 한다고 밝혔다.",
        "북한은 2018년 북미 정상회담 이후 유해를 넘겼다.",
        "정부는 한중 정상회담 개최를 추진하고 있다.",
    ],
)
def test_calls_and_passing_mentions_are_no_meetings(text: str) -> None:
    assert extract(text, dt.date(2024, 3, 14)).meetings == []
