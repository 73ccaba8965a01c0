"""English statements: briefing answers, joint statements and offices without a name."""

from __future__ import annotations

import datetime as dt
import hashlib

from refwatch.extract.en_actors import find_actors
from refwatch.extract.en_statements import find_statements
from refwatch.model import Document, Statement
from refwatch.nlp.spacy_model import english
from test_en_statements import one, statements_of


def test_briefing_answers_carry_their_own_types() -> None:
    found = statements_of(
        "Spokesperson Ana Petrova: Good morning.\n\n"
        "Reporter: Will Vientiane take back the fishermen?\n\n"
        "Ana Petrova: There is no such thing as a stateless fisherman in our waters. We hope "
        "the countries concerned will not exploit this case. Our patrols in the bay are "
        "completely lawful. The ministry has issued a readout, which you can refer to. We "
        "will share further details in due course. Our government stands ready to work with "
        "its neighbours on a hotline.\n"
    )
    types = {s.type for s in one(found, "Ana Petrova")}
    assert {"deny", "urge", "defend", "decline", "pledge"} <= types


def test_contested_consent_is_a_reproach_not_a_defence() -> None:
    found = statements_of(
        'Lena Ostrova, who heads the Baltic Returnee Watch, said: "A form signed in a cell '
        'is not consent. These are not voluntary departures."\n'
    )
    assert [s.type for s in one(found, "Lena Ostrova")] == ["criticize"]


def _doc(text: str, title: str, raw: str) -> Document:
    sha = hashlib.sha256(raw.encode()).hexdigest()
    return Document(
        id=sha[:16],
        sha256=sha,
        source="t.txt",
        raw=raw.encode(),
        text=text,
        title=title,
        published=dt.date(2024, 3, 8),
        lang="en",
    )


def _statements(doc: Document) -> list[Statement]:
    sdoc = english()(doc.text)
    return find_statements(doc, sdoc, find_actors(doc, sdoc))


def test_a_ministry_spokesperson_speaks_for_the_state_of_the_ministry_page() -> None:
    title = "Foreign Ministry Spokesperson Tomas Varga's Regular Briefing on May 2, 2024"
    body = "Tomas Varga: We urge all parties to exercise restraint over the border camps.\n"
    raw = f"Ministry of Foreign Affairs of Hungary\nHome > Briefings\n\n{title}\n\n{body}"
    (s,) = one(_statements(_doc(body, title, raw)), "Tomas Varga")
    assert s.type == "urge" and s.speaker_country == "HU"


def test_an_unnamed_office_holder_reports_his_states_protest() -> None:
    found = statements_of(
        "Reporter: Thailand's deputy foreign minister said on Monday that Bangkok had "
        "protested to Laos over the detention of its fishermen.\n"
    )
    (s,) = [s for s in found if s.type == "criticize"]
    assert s.speaker == "Thailand's deputy foreign minister" and s.speaker_country == "TH"
    assert s.target_country == "LA"


def test_a_joint_statement_speaks_for_each_body() -> None:
    found = statements_of(
        "Last week the Nordic Refugee Council and the Danube Migrant Forum said in a joint "
        "statement that they were dismayed by the arrests and urged Hungary to release the "
        "families.\n"
    )
    for body in ("Nordic Refugee Council", "Danube Migrant Forum"):
        assert {s.type for s in one(found, body)} == {"concern", "urge"}


def test_a_that_clause_after_an_adverbial_phrase_is_what_was_told() -> None:
    found = statements_of(
        "The district commissioner, Karim Baig, told reporters after meeting his Tajik "
        "counterpart, Rustam Nazarov, that the bridge would remain open for returning "
        "families.\n"
    )
    assert [s.type for s in one(found, "Karim Baig")] == ["pledge"]


def test_a_silent_junta_and_a_named_forum_looked_back_to() -> None:
    found = statements_of(
        "Lina Sabri of the Delta Detainee Support Forum said the men were sent back at "
        "night. The forum has asked the High Court to stop further removals.\n"
        "Laos's interim government has not commented.\n"
    )
    assert [s.type for s in one(found, "Delta Detainee Support Forum")] == ["urge"]
    (s,) = one(found, "Laos's interim government")
    assert s.type == "decline" and s.speaker_country == "LA"


def test_a_ministry_named_in_the_lead_gives_its_spokespersons_state() -> None:
    found = statements_of(
        "At a Ministry of External Affairs press briefing on Friday, spokesperson Arvind Sethi "
        "said the men had entered the country illegally.\n"
    )
    (s,) = one(found, "Arvind Sethi")
    assert s.type == "defend" and s.speaker_country == "IN"


def test_a_joint_agreement_reported_by_a_ministry_is_the_ministrys() -> None:
    found = statements_of(
        "Vice Defence Minister Kim Dong-su and Wang Lei, vice minister of China's Ministry of "
        "Civil Affairs, attended the ceremony. Before it began, Kim and Wang held talks and "
        "agreed to keep up joint searches for the missing, the defence ministry said.\n"
        "The ministry's records office said it would keep searching the hills this spring.\n"
    )
    assert [s.type for s in one(found, "Defence ministry")] == ["pledge"]
    assert [s.type for s in one(found, "Ministry's records office")] == ["pledge"]
    assert not [s for s in found if s.speaker in ("Kim Dong-su", "Wang Lei")]


def test_a_states_mission_speaks_for_the_state_not_the_host_body() -> None:
    found = statements_of(
        "Laos's mission to the United Nations in New York did not respond to a request for "
        "comment.\n"
        "The Burmese Embassy in Dhaka did not reply to a letter the group sent asking for "
        "access to the camp.\n"
    )
    (s,) = one(found, "Laos's mission to the United Nations in New York")
    assert s.type == "decline" and s.speaker_country == "LA"
    assert {s.type for s in found} == {"decline"}


def test_answers_marked_a_are_the_titled_spokespersons() -> None:
    title = "Foreign Ministry Spokesperson Milan Kovac's Regular Press Conference on May 2, 2024"
    body = (
        "Q: Will the government send the fishermen back to Laos?\n\n"
        "A: We are not aware of the details. We hope the parties concerned will stay calm.\n"
    )
    raw = f"Ministry of Foreign Affairs of Hungary\n\n{title}\n\n{body}"
    found = one(_statements(_doc(body, title, raw)), "Milan Kovac")
    assert {s.type for s in found} == {"decline", "urge"}
    assert {s.speaker_country for s in found} == {"HU"}


def test_a_briefing_answer_denies_defends_pledges_and_notes() -> None:
    found = statements_of(
        "Spokesperson Mira Holm: Good afternoon.\n\n"
        "Kyodo: Japan's foreign minister said Tokyo was concerned about the case. Comment?\n\n"
        "Mira Holm: The so-called forced expulsion is simply not true. Those people left the "
        "country illegally. Their rights will be fully protected. We have noted the relevant "
        "remarks.\n"
    )
    assert {s.type for s in one(found, "Mira Holm")} == {"deny", "defend", "pledge", "decline"}
    assert [s.type for s in one(found, "Japan's foreign minister")] == ["concern"]
