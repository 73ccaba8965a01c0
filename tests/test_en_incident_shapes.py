"""English incidents told in sentence shapes beyond a verb and its object: a count on a
verb joined to the return, a count hung off a preposition, asides inside the count,
particles the parse misplaces, "delivered into the hands of", people waiting to be sent."""

from __future__ import annotations

import datetime as dt

from tests.test_en_incidents import extract, only


def test_joined_verb_lends_its_people_date_and_place_to_them() -> None:
    x = extract(
        "Thai police marched about 40 Hmong refugees, among them several babies, out of "
        "a holding centre in Nong Khai before dawn on Tuesday and handed them to Lao "
        "officials, a rights group said on Friday."
    )
    inc = only(x)
    assert inc.kind == "forced_return"
    assert inc.count is not None and (inc.count.low, inc.count.high) == (40, 40)
    assert inc.when.earliest is not None and inc.when.earliest.weekday() == 1  # Tuesday
    assert inc.where.city == "Nong Khai"
    assert inc.to_country == "LA"


def test_count_right_before_the_passive_subject_numbers_it() -> None:
    x = extract(
        "Neighbours reported that roughly a dozen Khmer labourers were seized at a guesthouse "
        "in Trat on Sunday and handed over to Cambodian soldiers at the checkpoint."
    )
    inc = only(x)
    assert inc.count is not None and inc.count.low == 12


def test_a_part_described_inside_the_count_is_not_the_group() -> None:
    x = extract(
        "The network deplores the expulsion of between 40 and 45 Eritreans, at least nine "
        "of them minors, from a camp near Kassala, Sudan, on 3 March."
    )
    inc = only(x)
    assert inc.count is not None and (inc.count.low, inc.count.high) == (40, 45)


def test_a_part_sent_back_itself_keeps_its_count() -> None:
    x = extract(
        "Police held 70 Laotian workers in May. Two weeks later Thailand deported 52 of "
        "them to Laos."
    )
    ret = next(i for i in x.incidents if i.kind == "forced_return")
    assert ret.count is not None and ret.count.low == 52


def test_back_hung_off_the_place_is_still_the_verbs_particle() -> None:
    x = extract(
        "Officials said border guards sent some 25 Afghans, including women, from a camp "
        "in Zahedan back to Afghanistan on 4 May."
    )
    inc = only(x)
    assert inc.kind == "forced_return"
    assert inc.count is not None and inc.count.low == 25
    assert inc.to_country == "AF"


def test_delivered_into_the_hands_of_a_state_is_a_return() -> None:
    x = extract(
        "On 2 June about 18 Uyghurs were delivered into the hands of China's public "
        "security police, according to activists in Istanbul."
    )
    inc = only(x)
    assert inc.kind == "forced_return"
    assert inc.to_country == "CN"
    assert inc.where.country != "TR"  # where the source sits is not where it happened


def test_people_waiting_to_be_sent_back_are_held() -> None:
    x = extract(
        "Migrants describe a crowded yard near Zahedan, Iran, where they say hundreds of "
        "Afghans were waiting to be trucked back across the border."
    )
    inc = only(x)
    assert inc.kind == "detention"
    assert inc.count is not None and inc.count.low == 200
    assert inc.to_country == "AF"


def test_no_incident_for_moves_of_other_things() -> None:
    x = extract(
        "Drivers delivered about 30 crates of rice into the hands of aid workers in "
        "Zahedan on Monday."
    )
    assert x.incidents == []


def test_families_counted_as_units_give_no_count_of_people() -> None:
    x = extract(
        "Police in Mae Sot detained three Karen families last month and deported them to "
        "Myanmar on 10 June."
    )
    ret = next(i for i in x.incidents if i.kind == "forced_return")
    assert ret.count is None


def test_a_question_without_a_count_reports_nothing() -> None:
    x = extract(
        "Malaysia deported 60 Rohingya refugees on 2 June. Why does Malaysia keep the "
        "others in detention in Penang?"
    )
    assert [i.kind for i in x.incidents] == ["forced_return"]


def test_date_after_a_condemned_event_noun_is_the_events() -> None:
    x = extract(
        "The alliance denounces the expulsion of 33 Tibetan monks from Kathmandu shortly "
        "before midnight on 11 June."
    )
    inc = only(x)
    assert inc.when.earliest == inc.when.latest == dt.date(2024, 6, 11)


def test_date_of_a_passive_report_with_an_infinitive_is_the_events() -> None:
    x = extract(
        "In March 2023 about 150 more Afghans were said to have been deported from "
        "camps near Quetta."
    )
    inc = only(x)
    assert inc.when.earliest == dt.date(2023, 3, 1)
    assert inc.when.latest == dt.date(2023, 3, 31)
