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
