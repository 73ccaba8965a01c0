"""English arrests and custody told around a return: each stage is an incident of its own
(SCHEMA conventions). Sentences are invented for these tests."""

from __future__ import annotations

import datetime as dt

from refwatch.extract.en_places import place_hits
from refwatch.extract.en_reporters import split_credits
from test_en_incidents import extract


def _kinds(text: str) -> dict[str, tuple[int | None, str | None]]:
    x = extract(text)
    return {i.kind: (i.count.low if i.count else None, i.where.facility) for i in x.incidents}


def test_the_group_held_at_a_named_jail_before_the_return_is_a_detention() -> None:
    found = _kinds(
        "Thailand deported 18 Hmong to Laos through the Nong Khai bridge on Monday, police "
        "said. The group had been held at the Bangkhen Central Jail for a year.\n"
    )
    assert found["forced_return"][0] == 18
    assert found["detention"] == (18, "Bangkhen Central Jail")


def test_part_of_the_group_held_somewhere_stays_background() -> None:
    x = extract(
        "Malaysia deported 60 Myanmar nationals on Friday, officials said. Several had been "
        "held for more than a year in a depot in Penang.\n"
    )
    assert [i.kind for i in x.incidents] == ["forced_return"]


def test_the_men_detained_before_their_deportation_is_an_arrest_of_the_same_count() -> None:
    x = extract(
        "Iranian guards deported 35 Afghan men through Dogharoun on Sunday, a monitor said. "
        "The men had been detained in Mashhad in early May, the monitor said.\n"
    )
    arrests = [i for i in x.incidents if i.kind == "arrest"]
    assert len(arrests) == 1 and arrests[0].count is not None and arrests[0].count.low == 35
    assert arrests[0].when.earliest == dt.date(2024, 5, 1)


def test_a_dated_arrest_in_a_relative_clause_is_its_own_incident() -> None:
    x = extract(
        "About 90 Hmong who were rounded up in Chiang Rai in May 2019 are still being held "
        "at an immigration centre in Bangkok, pending deportation to Laos.\n"
    )
    kinds = {i.kind: i for i in x.incidents}
    assert set(kinds) == {"arrest", "detention"}
    assert kinds["arrest"].when.earliest == dt.date(2019, 5, 1)
    assert not kinds["detention"].when.known


def test_an_arrest_clause_of_other_people_takes_no_count() -> None:
    x = extract(
        "About 300 Hmong remain in detention in Bangkok, pending deportation to Laos, "
        "among them mothers detained earlier this year.\n"
    )
    assert [i.kind for i in x.incidents] == ["detention"]


def test_named_places_of_custody() -> None:
    text = (
        "held at the Kota Removal Centre, the Tarin Border Defence Detention Centre, the "
        "Wadi transit camp and Insein Prison; the prison was full"
    )
    found = [h.words for h in place_hits(text) if h.kind == "facility"]
    assert found == [
        "Kota Removal Centre",
        "Tarin Border Defence Detention Centre",
        "Wadi transit camp",
        "Insein Prison",
    ]


def test_a_removal_centre_is_no_return() -> None:
    x = extract("Lawyers visited the Kota Removal Centre on Monday to meet Syrian clients.\n")
    assert x.incidents == []


def test_two_sources_joined_by_and_are_two_credits() -> None:
    x = extract(
        "In March 2022 about 300 Hmong were sent back to Laos in one week, according to "
        "monks and Thai opposition lawmakers at the time.\n"
    )
    assert x.incidents[0].reported_by == ["monks", "Thai opposition lawmakers"]


def test_a_name_running_across_and_stays_one_credit() -> None:
    assert split_credits("Tenaganita Migrant and Refugee Alliance") == [
        "Tenaganita Migrant and Refugee Alliance"
    ]
    assert split_credits("nurses and Thai officials") == ["nurses", "Thai officials"]
