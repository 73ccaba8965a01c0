"""English meetings: participants, dates, places, scheduled talks; scored on the dev corpus."""

from __future__ import annotations

import datetime as dt

import pytest

from en_dev import SHARED, dev_scores, make_doc
from refwatch.extract.en_actors import find_actors
from refwatch.extract.en_meetings import find_meetings
from refwatch.model import Meeting
from refwatch.nlp.spacy_model import english


def meetings_of(text: str, published: dt.date = dt.date(2024, 3, 8)) -> list[Meeting]:
    doc = make_doc(text, published)
    sdoc = english()(text)
    out = find_meetings(doc, sdoc, find_actors(doc, sdoc))
    for m in out:
        assert doc.text[m.evidence.start : m.evidence.end] == m.evidence.text
    return out


def test_held_meeting_with_date_and_place() -> None:
    (m,) = meetings_of(
        "Thai Prime Minister Paetongtarn Shinawatra met Chinese President Xi Jinping in "
        "Beijing on Tuesday, the two governments said.\n"
    )
    assert m.participants == ["Paetongtarn Shinawatra", "Xi Jinping"]
    assert m.date == dt.date(2024, 3, 5)
    assert m.place == "Beijing"


def test_scheduled_talks_resolve_forward() -> None:
    (m,) = meetings_of(
        "Foreign Minister Cho Tae-yul is due in Tokyo on Monday for talks with his Japanese "
        "counterpart, Kamikawa Yoko.\n"
    )
    assert set(m.participants) == {"Cho Tae-yul", "Kamikawa Yoko"}
    assert m.date == dt.date(2024, 3, 11)
    assert m.place == "Tokyo"


def test_same_meeting_reported_twice_is_one_and_same_day_dates() -> None:
    found = meetings_of(
        "On Thursday, Jeong Park held talks with Liu Xiaoming in Tokyo.\n"
        "Jung Pak and Liu Xiaoming also met over dinner, according to officials.\n"
        "On the same day, Jeong Park met Lee Jun-il and Namazu Hiroyuki.\n"
    )
    assert len(found) == 2
    assert found[0].participants == ["Jeong Park", "Liu Xiaoming"]
    assert found[1].date == found[0].date == dt.date(2024, 3, 7)


def test_vague_or_single_party_mentions_are_not_meetings() -> None:
    assert (
        meetings_of(
            "A summit of the three leaders planned for later this year would be the first "
            "since 2019.\n"
            "Foreign Minister Cho Tae-yul was also scheduled to meet senior officials.\n"
            "North Korean leader Kim Jong Un received a letter from the Russian president.\n"
        )
        == []
    )


@pytest.mark.skipif(not SHARED.is_dir(), reason="needs ../shared")
def test_dev_corpus_meeting_figures() -> None:
    assert dev_scores()["meetings"]["f1"] >= 0.85


def test_place_outside_the_gazetteer_and_officials_country_from_their_ministry() -> None:
    text = (
        "Unification Ministry spokesperson Koo Ha-jin told reporters the ministry was "
        "checking the reports.\n"
        "Foreign Minister Park Jin raised the issue with his Chinese counterpart Wang Yi "
        "during their talks in Munich last week, according to the ministry.\n"
    )
    doc = make_doc(text, dt.date(2024, 2, 14))
    sdoc = english()(text)
    actors = find_actors(doc, sdoc)
    (m,) = find_meetings(doc, sdoc, actors)
    assert m.participants == ["Park Jin", "Wang Yi"] and m.place == "Munich"
    koo = next(a for a in actors if a.name == "Koo Ha-jin")
    assert koo.country == "KR" and koo.role == "Spokesperson"


@pytest.mark.parametrize(
    ("text", "people", "day"),
    [
        (
            "Indonesian Foreign Minister Retno Marsudi sat down with his Malaysian counterpart, "
            "Mohamad Hasan, for talks in Jakarta on Wednesday.\n",
            {"Retno Marsudi", "Mohamad Hasan"},
            dt.date(2024, 3, 6),
        ),
        (
            "German Interior Minister Anna Vogt is scheduled to meet Turkish envoy Mehmet Kaya "
            "on March 21 in Berlin.\n",
            {"Anna Vogt", "Mehmet Kaya"},
            dt.date(2024, 3, 21),
        ),
        (
            "Thai Deputy Prime Minister Phumtham Wechayachai is scheduled to meet Chinese "
            "Foreign Minister Wang Yi on Oct. 26 in Bangkok, the ministry said.\n",
            {"Phumtham Wechayachai", "Wang Yi"},
            dt.date(2024, 10, 26),
        ),
        (
            "On 28 February, Pakistani minister Sarfraz Bugti met Zabihullah Mujahid at the "
            "Torkham crossing.\n",
            {"Sarfraz Bugti", "Zabihullah Mujahid"},
            dt.date(2024, 2, 28),
        ),
        (
            "Ambassador Laura Hill will meet Vice Minister Tran Van Long on Friday to discuss "
            "the deportations.\n",
            {"Laura Hill", "Tran Van Long"},
            dt.date(2024, 3, 8),
        ),
    ],
)
def test_meeting_phrasings(text: str, people: set[str], day: dt.date) -> None:
    (m,) = meetings_of(text)
    assert set(m.participants) == people
    assert m.date == day


def test_meetings_between_organisations() -> None:
    (m,) = meetings_of(
        "Officials from the Kenya Refugee Council and the International Organization for "
        "Migration met in Nairobi on March 4 to review the return flights.\n"
    )
    assert {"Kenya Refugee Council", "International Organization for Migration"} <= set(
        m.participants
    )
    assert m.date == dt.date(2024, 3, 4)


def test_phone_calls_and_vague_summits_are_not_meetings() -> None:
    assert (
        meetings_of(
            "Sarfraz Bugti spoke by phone with Zabihullah Mujahid on Tuesday.\n"
            "Wang Yi held a telephone call with Cho Tae-yul about the detainees.\n"
            "Marco Rubio and Wang Yi discussed the returns in a video call on Monday.\n"
            "Officials said a summit between Xi Jinping and Yoon Suk Yeol could take place "
            "sometime next year.\n"
        )
        == []
    )


def test_participant_introduced_by_an_apposition() -> None:
    (m,) = meetings_of(
        "Leonie Brandt, who directs the Harbour Rights Project, said the talks were overdue.\n"
        "On 3 March, Brandt met Tomasz Wierzbicki, a deputy director at the Ministry of "
        "Labour, in Warsaw to raise the case.\n"
    )
    assert m.participants == ["Leonie Brandt", "Tomasz Wierzbicki"]
    assert m.date == dt.date(2024, 3, 3)
    assert m.place == "Warsaw"


def test_scheduled_meeting_with_an_apposition_takes_its_coming_date() -> None:
    (m,) = meetings_of(
        "Ambassador Song Ha-neul is scheduled to meet Ingrid Solberg, a senior legal "
        "officer at the International Organization for Migration, in Vienna on April 9.\n"
    )
    assert m.participants == ["Song Ha-neul", "Ingrid Solberg"]
    assert m.date == dt.date(2024, 4, 9)
    assert m.place == "Vienna"


def test_short_name_and_embassy_city_give_the_meeting() -> None:
    (m,) = meetings_of(
        "Prasert Wongsakul, who heads the Chao Phraya Legal Aid Network, has followed the "
        "case since January.\n"
        "Prasert met Khamla Vongsay, second secretary at the Lao Embassy in Hanoi, on "
        "Feb. 27 to ask where the men were held.\n"
    )
    assert m.participants == ["Prasert Wongsakul", "Khamla Vongsay"]
    assert m.date == dt.date(2024, 2, 27)
    assert m.place == "Hanoi"


def test_meeting_as_a_generic_noun_is_no_meeting() -> None:
    text = (
        "Dana Whitfield, who runs the Northern Shelter Collective, was blunt: every quiet "
        "meeting teaches Moscow that silence is free.\n"
        "Such meetings rarely change anything, the Riverside Monitoring Group said.\n"
    )
    assert meetings_of(text) == []


def test_a_city_state_is_a_meeting_place() -> None:
    (m,) = meetings_of(
        "Nadia Ferro, a legal adviser at the Adriatic Asylum Council, met Prime Minister "
        "Tomas Vella in Singapore on Monday.\n"
    )
    assert m.place == "Singapore"


def test_a_name_the_tagger_misreads_after_met_with_is_a_person() -> None:
    (m,) = meetings_of(
        "Outreach worker Phonsavanh Keola met with Rosalind Achterberg in Geneva on Tuesday.\n"
    )
    assert m.participants == ["Phonsavanh Keola", "Rosalind Achterberg"]
    assert m.place == "Geneva"


def test_a_past_meeting_never_lies_after_the_story() -> None:
    (m,) = meetings_of(
        "Interior Minister Jonas Aaltonen met Senator Ruth Kagame in Helsinki on March 20.\n",
        published=dt.date(2024, 3, 8),
    )
    assert m.date == dt.date(2023, 3, 20)


@pytest.mark.parametrize(
    ("text", "people", "day", "place"),
    [
        (
            "Lao Foreign Minister Saleumxay Kommasith held talks with Chinese envoy Liu "
            "Jianchao in Vientiane on Monday.",
            ["Saleumxay Kommasith", "Liu Jianchao"],
            4,
            "Vientiane",
        ),
        (
            "Indonesian Foreign Minister Retno Marsudi and her Thai counterpart Parnpree "
            "Bahiddha-Nukara met on the sidelines of the ASEAN summit in Jakarta on Wednesday.",
            ["Retno Marsudi", "Parnpree Bahiddha-Nukara"],
            6,
            "Jakarta",
        ),
        (
            "South Korean President Yoon Suk Yeol hosted Vietnamese Prime Minister Pham Minh "
            "Chinh in Seoul on Tuesday.",
            ["Yoon Suk Yeol", "Pham Minh Chinh"],
            5,
            "Seoul",
        ),
        (
            "Vice Minister Park Sang-min received UNHCR envoy Carla Moretti at the ministry in "
            "Seoul on Friday.",
            ["Park Sang-min", "Carla Moretti"],
            8,
            "Seoul",
        ),
        (
            "Vice Minister Kim Hong-kyun and Chinese Vice Foreign Minister Sun Weidong discussed "
            "the returns when they met in Geneva on Wednesday.",
            ["Kim Hong-kyun", "Sun Weidong"],
            6,
            "Geneva",
        ),
        (
            "Envoy Lee Jun-il visited Bangkok on Monday and met Thai Deputy Foreign Minister "
            "Sihasak Phuangketkeow.",
            ["Lee Jun-il", "Sihasak Phuangketkeow"],
            4,
            "Bangkok",
        ),
        (
            "Srettha Thavisin welcomed Hun Manet to Bangkok on Monday for talks.",
            ["Srettha Thavisin", "Hun Manet"],
            4,
            "Bangkok",
        ),
        (
            "Srettha Thavisin paid a courtesy call on Hun Manet in Phnom Penh on Monday.",
            ["Srettha Thavisin", "Hun Manet"],
            4,
            "Phnom Penh",
        ),
        (
            "Srettha Thavisin conferred with Hun Manet in Phnom Penh on Monday.",
            ["Srettha Thavisin", "Hun Manet"],
            4,
            "Phnom Penh",
        ),
        (
            "Srettha Thavisin, meeting Hun Manet in Phnom Penh on Monday, raised the case.",
            ["Srettha Thavisin", "Hun Manet"],
            4,
            "Phnom Penh",
        ),
        (
            "Talks between Seoul and Beijing on the issue were held in Beijing on Tuesday.",
            ["South Korea", "China"],
            5,
            "Beijing",
        ),
        (
            "Consular talks were held in Beijing on Thursday between officials of South Korea "
            "and China.",
            ["South Korea", "China"],
            7,
            "Beijing",
        ),
        (
            "Officials from Thailand and Cambodia met in Bangkok on Monday.",
            ["Thailand", "Cambodia"],
            4,
            "Bangkok",
        ),
        (
            "Thailand and Cambodia held talks in Bangkok on Monday.",
            ["Thailand", "Cambodia"],
            4,
            "Bangkok",
        ),
        (
            "Foreign Minister Cho Tae-yul will meet Chinese Foreign Minister Wang Yi in Beijing "
            "on Monday.",
            ["Cho Tae-yul", "Wang Yi"],
            11,
            "Beijing",
        ),
    ],
)
def test_meeting_phrasing_classes(text: str, people: list[str], day: int, place: str) -> None:
    (m,) = meetings_of(text + "\n")
    assert (m.participants, m.date, m.place) == (people, dt.date(2024, 3, day), place)


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Cho Tae-yul told Wang Yi during a phone call on Friday that the "
        "returns must stop.",
        "Srettha Thavisin spoke with Hun Manet by video link on Monday.",
        "China said on Monday that Laos had returned the group.",
    ],
)
def test_remote_contacts_and_states_apart_are_no_meetings(text: str) -> None:
    assert meetings_of(text + "\n") == []
