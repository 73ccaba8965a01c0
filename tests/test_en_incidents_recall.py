"""English incident recall: events told in background clauses, boarding verbs, professions."""

from __future__ import annotations

import datetime as dt

from tests.test_en_incidents import extract, only


def test_when_clause_after_a_reported_since_keeps_its_date() -> None:
    x = extract(
        "Rights monitors said the removal was the biggest recorded since May 2022, when "
        "Malaysia sent back about 300 Myanmar nationals from a camp in Sabah."
    )
    inc = only(x)
    assert inc.count is not None and inc.count.low == 300
    assert inc.when.earliest == dt.date(2022, 5, 1)
    assert inc.when.latest == dt.date(2022, 5, 31)


def test_put_on_a_vehicle_after_a_relative_clause_is_a_return() -> None:
    x = extract(
        "On Monday the authorities put 25 Hmong refugees who had been kept for two years "
        "at a detention site outside Nong Khai on a chartered plane to Laos."
    )
    inc = only(x)
    assert inc.kind == "forced_return"
    assert inc.count is not None and inc.count.low == 25


def test_a_profession_is_people_and_a_dated_arrest_before_a_return_is_its_own() -> None:
    x = extract(
        "A Vietnamese blogger's colleague, a Vietnamese journalist, was not the only case: "
        "in Phnom Penh, a Vietnamese writer was detained in March 2023 while renewing his "
        "visa, and was handed over to Vietnamese police in June."
    )
    kinds = sorted(i.kind for i in x.incidents)
    assert kinds == ["arrest", "forced_return"]
    arrest = next(i for i in x.incidents if i.kind == "arrest")
    assert arrest.when.earliest == dt.date(2023, 3, 1)
    assert arrest.count is not None and arrest.count.low == 1


def test_described_people_are_not_the_speaker() -> None:
    x = extract(
        "In Karachi, an advocate who represents detained Sudanese, Omar Haddad, said the "
        "cells were crowded."
    )
    assert x.incidents == []


def test_they_two_sentences_after_a_counted_arrest_carry_its_count() -> None:
    x = extract(
        "Eight Lao students who shared a flat in Udon Thani were arrested by immigration "
        "police on 3 June, their lawyer said. All eight had joined a banned reading circle. "
        "A week later they were put on a van to the Friendship Bridge and handed to Lao police."
    )
    ret = next(i for i in x.incidents if i.kind == "forced_return")
    assert ret.count is not None and ret.count.low == 8


def test_people_detained_and_said_to_be_waiting_still_are_in_custody() -> None:
    x = extract(
        "Early this month, officers in Penang detained a dozen Rohingya teenagers, who are "
        "still waiting to hear whether they will be deported to Myanmar."
    )
    assert only(x).kind == "detention"


def test_a_participle_the_tagger_reads_as_past_tense_still_describes_its_noun() -> None:
    # spaCy tags "rounded" in this shape as a finite verb with no subject of its own
    x = extract(
        "Thailand deported 14 Uyghur men in May 2019. They were among more than 60 activists "
        "rounded up in 2018 near the Cambodian border, a monitor said."
    )
    arrests = [i for i in x.incidents if i.kind == "arrest"]
    assert len(arrests) == 1
    assert arrests[0].count is not None and arrests[0].count.low == 60
    assert arrests[0].when.earliest == dt.date(2018, 1, 1)
