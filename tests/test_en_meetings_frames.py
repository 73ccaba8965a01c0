"""English meetings reported through frames, pronouns and titled guests, and idioms of
"meet" that are no meeting (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

from test_en_meetings import meetings_of

REF = dt.date(2025, 6, 2)


def test_a_holding_verb_with_modifiers_before_the_meeting_noun() -> None:
    (m,) = meetings_of(
        "Last Friday, when Deputy Minister Anton Varga held a two-day strategic dialogue in "
        "Vienna with Slovak State Secretary Marek Hollan, both sides praised the talks.\n",
        REF,
    )
    assert set(m.participants) == {"Anton Varga", "Marek Hollan"}
    assert m.date == dt.date(2025, 5, 30)


def test_consultations_with_a_partner() -> None:
    (m,) = meetings_of(
        "Ambassador Lucia Ferrante travelled to Tirana on Tuesday for consultations with "
        "Interior Minister Edon Kraja.\n",
        REF,
    )
    assert set(m.participants) == {"Lucia Ferrante", "Edon Kraja"}


def test_talks_in_general_are_no_meeting() -> None:
    text = (
        "Minister Petra Lindqvist said she had not ruled out any discussions with Governor "
        "Tomas Berg on the matter.\n"
    )
    assert meetings_of(text, REF) == []


def test_signing_an_agreement_with_someone_in_person() -> None:
    (m,) = meetings_of(
        "The library's chief curator, Helen Marsh, signed the loan memorandum with Oskar "
        "Lind, head of collections at the Nordic Archive Board, at the library on Monday.\n",
        REF,
    )
    assert set(m.participants) == {"Helen Marsh", "Oskar Lind"}
    assert m.date == dt.date(2025, 6, 2)


def test_a_pronoun_is_the_person_the_sentence_before_introduced() -> None:
    text = (
        "The ministry said that Piet Adema, deputy foreign minister of the Netherlands, "
        "will visit Rome from 9 to 11 June. Foreign Minister Carla Bruni will hold talks "
        "with him in Rome on 10 June.\n"
    )
    (m,) = meetings_of(text, REF)
    assert set(m.participants) == {"Carla Bruni", "Piet Adema"}
    assert m.date == dt.date(2025, 6, 10)
    assert m.place == "Rome"


def test_a_subject_pronoun_is_the_person_named_before() -> None:
    text = (
        "Finnish envoy Jukka Rinne arrived in Tallinn on Sunday. He met Estonian Interior "
        "Minister Kadri Tamm on Monday to discuss border cases.\n"
    )
    (m,) = meetings_of(text, REF)
    assert set(m.participants) == {"Jukka Rinne", "Kadri Tamm"}


def test_a_host_receives_a_guest_whose_title_comes_first() -> None:
    (m,) = meetings_of(
        "On 14 May the provincial governor, Ramil Sadykov, received Kazakhstan's consul "
        "general in Omsk, Nurlan Abenov, at the border checkpoint.\n",
        REF,
    )
    assert set(m.participants) == {"Ramil Sadykov", "Nurlan Abenov"}
    assert m.date == dt.date(2025, 5, 14)


def test_received_a_letter_is_still_no_meeting() -> None:
    text = (
        "Governor Ramil Sadykov received a letter from Minister Nurlan Abenov on Monday "
        "about the case.\n"
    )
    assert meetings_of(text, REF) == []


def test_things_that_meet_are_no_meeting() -> None:
    text = (
        "Minister Ilse Vogt spoke in Passau, which lies where the rivers Danube, Inn and Ilz "
        "meet, and Mayor Jan Brandl said Austria and Germany would act.\n"
    )
    assert meetings_of(text, REF) == []


def test_meeting_a_deadline_or_meeting_criticism_is_no_meeting() -> None:
    text = (
        "Minister Ilse Vogt said Austria and Germany would meet the deadline agreed with "
        "Commissioner Jan Brandl. The plan met with fierce criticism from Mayor Lena Ott "
        "and Senator Karl Huber.\n"
    )
    assert meetings_of(text, REF) == []


def test_received_by_a_host_is_a_meeting() -> None:
    (m,) = meetings_of(
        "Interior Minister Edon Kraja was received by Prime Minister Lucia Ferrante in "
        "Tirana on Tuesday.\n",
        REF,
    )
    assert set(m.participants) == {"Edon Kraja", "Lucia Ferrante"}


def test_a_handshake_a_greeting_or_a_dinner_for_a_guest() -> None:
    text = (
        "President Mara Jovic shook hands with Premier Tarik Osman in Sarajevo on Monday.\n"
        "King Harald Sten hosted a dinner for President Elin Roos in Oslo on Tuesday.\n"
    )
    got = {frozenset(m.participants) for m in meetings_of(text, REF)}
    assert got == {
        frozenset({"Mara Jovic", "Tarik Osman"}),
        frozenset({"Harald Sten", "Elin Roos"}),
    }


def test_a_virtual_summit_or_a_letter_is_no_meeting() -> None:
    text = (
        "President Mara Jovic held a virtual summit with Premier Tarik Osman on Monday.\n"
        "In a letter, President Elin Roos held out talks with King Harald Sten.\n"
    )
    assert meetings_of(text, REF) == []


def test_a_body_convening_its_own_session_is_no_meeting() -> None:
    text = (
        "Ambassador Ines Moreau convened a meeting of the standing committee, where Minister "
        "Paulo Reis presented the annual report.\n"
    )
    assert meetings_of(text, REF) == []


def test_the_next_sentence_gives_the_meetings_day_and_place() -> None:
    text = (
        "Deputy Minister Anton Varga met Slovak State Secretary Marek Hollan to discuss "
        "the returns. The talks, held in Bratislava on Thursday, lasted three hours.\n"
    )
    (m,) = meetings_of(text, REF)
    assert m.date == dt.date(2025, 5, 29)
    assert m.place == "Bratislava"


def test_the_two_countries_are_the_states_named_just_before() -> None:
    text = (
        "Peru has long insisted that the border stays open. Bolivia's interior minister "
        "disagreed last week. On Friday envoys of both governments met in La Paz to talk "
        "about migration.\n"
    )
    (m,) = meetings_of(text, REF)
    assert set(m.participants) == {"Peru", "Bolivia"}
    assert m.date == dt.date(2025, 5, 30)
