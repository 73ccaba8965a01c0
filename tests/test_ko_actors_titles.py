"""Korean actors named by title: foreign officials written name-country-title, joined
titles ("A 겸 B"), hanja after a name, unnamed spokespeople, places that are no people.
Sentences are written for these tests."""

from __future__ import annotations

import datetime as dt

from refwatch.extract.ko_actors import find_actors
from refwatch.extract.ko_doc import read
from refwatch.extract.ko_refs import ActorTable

REF = dt.date(2025, 3, 10)


def _table(text: str) -> ActorTable:
    return find_actors(read(text, REF))


def _people(table: ActorTable) -> dict[str, tuple[str | None, str | None]]:
    return {a.name: (a.country, a.role) for a in table.actors.values() if a.kind == "person"}


def test_a_foreign_leader_written_name_country_title() -> None:
    people = _people(_table("삼롱 위라차이 라오스 총리는 8일 기자들과 만나 입장을 밝혔다."))
    assert people.get("삼롱 위라차이") == ("LA", "총리")


def test_a_two_syllable_chinese_name_before_country_and_ministry() -> None:
    people = _people(_table("이날 협의에는 탕밍 중국 공안부 국장이 참석했다."))
    assert "탕밍" in people and people["탕밍"][0] == "CN"


def test_joined_titles_make_one_person_with_the_last_particle() -> None:
    table = _table('누안 싯티퐁 태국 부총리 겸 내무장관은 9일 "절차대로 했다"고 말했다.')
    [person] = [a for a in table.actors.values() if a.kind == "person"]
    assert person.name == "누안 싯티퐁" and person.role == "부총리 겸 내무장관"
    assert any(m.particle == "은" for m in table.mentions if table.actors[m.key] is person)


def test_hanja_after_a_foreign_name_and_a_short_reference() -> None:
    text = (
        "최민규 외교부 국장은 5일 베이징에서 량쯔밍(梁子明) 중국 외교부 영사사 부사장과 만났다. "
        "량 부사장은 별다른 답을 하지 않았다."
    )
    table = _table(text)
    liang = next(a for a in table.actors.values() if a.name == "량쯔밍")
    assert "梁子明" in liang.aliases and liang.role == "영사사 부사장"
    short = text.index("량 부사장")
    assert any(m.start == short and table.actors[m.key] is liang for m in table.mentions)


def test_a_place_with_a_locative_particle_is_never_a_person() -> None:
    text = "시찰단은 지난 4일 하노이에서 응우옌 반투 베트남 공안부 차관과 만났다."
    people = _people(_table(text))
    assert not any(n.endswith("에서") for n in people)


def test_a_compound_noun_starting_like_a_surname_is_no_name() -> None:
    text = "장관은 이날 강제구금 피해자연대의 오세린 대표를 면담했다."
    people = _people(_table(text))
    assert "오세린" in people and "강제구금" not in people


def test_an_unnamed_spokesperson_is_a_post_of_its_own() -> None:
    text = '앞서 라오스 외교부 대변인은 정례 브리핑에서 "확인해 줄 수 있는 내용이 없다"고 답했다.'
    table = _table(text)
    post = next(a for a in table.actors.values() if a.kind == "person")
    assert (post.name, post.country, post.org) == ("라오스 외교부 대변인", "LA", "라오스 외교부")
    body = [m for m in table.mentions if table.actors[m.key].kind == "government"]
    assert all(not m.particle for m in body)  # the ministry itself does not speak


def test_a_mission_named_with_its_country_is_no_person() -> None:
    text = "그는 서울 중구의 유엔아동기금 한국대표부 사무소에서 마리아 슈텐 대표를 만났다."
    assert "한국대표부" not in _people(_table(text))


def test_two_words_before_a_foreign_country_are_one_name() -> None:
    people = _people(_table("다나카 히로시 일본 외무성 심의관은 8일 도쿄에서 기자들을 만났다."))
    assert "다나카 히로시" in people and people["다나카 히로시"][0] == "JP"


def test_a_rank_before_the_title_is_no_spokesperson_name() -> None:
    text = '베트남 외교부 수석 대변인은 "확인 중"이라고 말했다.'
    assert "수석" not in _people(_table(text))


def test_a_name_word_before_a_bare_kind_of_group_is_part_of_the_name() -> None:
    table = _table("한빛나래 인권센터는 9일 성명을 내고 중국 정부를 규탄했다.")
    orgs = [a.name for a in table.actors.values() if a.kind == "organization"]
    assert orgs == ["한빛나래 인권센터"]
