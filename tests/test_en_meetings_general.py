"""English meetings: appositions between participants, a body as one side, "the two" and
"the next day" (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

from test_en_meetings import meetings_of


def test_role_appositions_between_participants() -> None:
    (m,) = meetings_of(
        "Laos's envoy to Vietnam, Khamla Sisouk, met Vietnam's vice minister of public "
        "security, Tran Quoc Hung, in Hanoi on March 2 to discuss the cases.\n"
    )
    assert m.participants == ["Khamla Sisouk", "Tran Quoc Hung"]
    assert m.date == dt.date(2024, 3, 2)
    assert m.place == "Hanoi"


def test_the_two_are_the_people_of_the_sentence_before() -> None:
    (m,) = meetings_of(
        "Deputy Foreign Minister Erik Lund spoke with Chinese Vice Minister Sun Hao by "
        "telephone on Tuesday. The two are due to meet in Oslo on May 2 for annual "
        "consultations.\n"
    )
    assert set(m.participants) == {"Erik Lund", "Sun Hao"}
    assert m.date == dt.date(2024, 5, 2)


def test_a_person_meeting_officials_of_a_body() -> None:
    (m,) = meetings_of(
        "Ms Amara Diallo of the Harbour Refugee Network is due to meet officials of the "
        "Department for International Development in London on 9 April.\n"
    )
    assert m.participants == ["Amara Diallo", "Department for International Development"]
    assert m.place == "London"


def test_the_next_day_counts_from_the_last_date() -> None:
    (m,) = meetings_of(
        "On March 4, the Vientiane-based Mekong Legal Centre said it had written to the "
        "government. The next day, Lao Foreign Minister Somsak Vongsa met his Thai "
        "counterpart Arun Chaiyaporn on the sidelines of a regional forum in Luang Prabang.\n"
    )
    assert m.date == dt.date(2024, 3, 5)


def test_letting_an_agency_meet_detainees_is_no_meeting() -> None:
    assert (
        meetings_of(
            "Reporters asked whether Laos would let the UN refugee agency meet the detainees.\n"
        )
        == []
    )


def test_summit_courtesy_call_and_sidelines_talks() -> None:
    (summit,) = meetings_of(
        "Vietnamese President Le Van Thanh held a summit with Lao President Bounthong "
        "Keomany in Vientiane on Tuesday.\n"
    )
    assert summit.participants == ["Le Van Thanh", "Bounthong Keomany"]
    (call,) = meetings_of(
        "Japanese Ambassador Kenji Sato paid a courtesy call on Mongolian Foreign Minister "
        "Batmunkh Battsetseg in Ulaanbaatar on Wednesday.\n"
    )
    assert call.place == "Ulaanbaatar" and call.date == dt.date(2024, 3, 6)
    (talks,) = meetings_of(
        "Indonesian Foreign Minister Retno Marsudi held talks with his Malaysian counterpart "
        "Mohamad Hasan on the sidelines of a regional summit in Kuala Lumpur on Friday.\n"
    )
    assert talks.participants == ["Retno Marsudi", "Mohamad Hasan"]
    assert talks.place == "Kuala Lumpur"


def test_officials_from_both_sides_are_named_in_the_next_sentence() -> None:
    text = (
        "Customs officers from both sides met at the pass on 3 May to agree on longer hours. "
        "The district commissioner, Imran Qureshi, told reporters after talking with his "
        "Chinese counterpart, Zhang Wei, that the pass would stay open.\n"
        "The group urged Kabul to raise the case when Foreign Minister Lena Horvat meets her "
        "Thai counterpart, Somchai Rattana, in Geneva on Friday.\n"
    )
    got = {tuple(m.participants): m.date for m in meetings_of(text, dt.date(2024, 5, 8))}
    assert got[("Imran Qureshi", "Zhang Wei")] == dt.date(2024, 5, 3)
    assert got[("Lena Horvat", "Somchai Rattana")] == dt.date(2024, 5, 10)


def test_talks_before_the_ceremony_take_the_ceremonys_day() -> None:
    text = (
        "The ashes of 12 sailors were handed over to Vietnam at Da Nang airport on Monday. "
        "The ceremony was attended by Deputy Minister Tran Van Minh and Kenji Sato, a Japanese "
        "envoy. Before the ceremony, Tran and Sato held talks at the airport.\n"
    )
    (m,) = meetings_of(text, dt.date(2024, 5, 8))
    assert m.date == dt.date(2024, 5, 6)
