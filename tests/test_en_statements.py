"""English statements: speakers, types, targets, quotes and evidence; scored on the dev corpus."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from en_dev import SHARED, dev_scores
from refwatch.extract.en_actors import find_actors
from refwatch.extract.en_statements import find_statements
from refwatch.model import Document, Statement
from refwatch.nlp.spacy_model import english


def statements_of(text: str, published: dt.date = dt.date(2024, 3, 8)) -> list[Statement]:
    raw = text.encode()
    sha = hashlib.sha256(raw).hexdigest()
    doc = Document(
        id=sha[:16], sha256=sha, source="t.txt", raw=raw, text=text, published=published, lang="en"
    )
    sdoc = english()(text)
    out = find_statements(doc, sdoc, find_actors(doc, sdoc))
    for s in out:
        assert doc.text[s.evidence.start : s.evidence.end] == s.evidence.text
    return out


def one(found: list[Statement], speaker: str) -> list[Statement]:
    hits = [s for s in found if s.speaker == speaker]
    assert hits, f"no statement by {speaker}: {[(s.speaker, s.type) for s in found]}"
    return hits


def test_typed_verbs_give_type_and_target() -> None:
    found = statements_of(
        "The Mekong Migrant Defence Network condemned the deportation of 30 Hmong asylum "
        "seekers by Laos on Wednesday.\n"
        "Human Rights Watch urged Vientiane to halt further removals.\n"
    )
    (crit,) = one(found, "Mekong Migrant Defence Network")
    assert crit.type == "criticize" and crit.target_country == "LA"
    assert crit.speaker_country is None and crit.topic == "forced_return"
    assert crit.date == dt.date(2024, 3, 6)
    (urge,) = one(found, "Human Rights Watch")
    assert urge.type == "urge" and urge.target_country == "LA"


def test_neutral_verbs_take_type_from_content_and_pronouns_resolve() -> None:
    found = statements_of(
        "Laotian Interior Minister Somsak Vongsa told reporters that the men had entered the "
        "country illegally and would be dealt with in accordance with the law.\n"
        "He said there were no refugees among them.\n"
        "The ministry declined to comment on the number of people held.\n"
    )
    types = sorted(s.type for s in one(found, "Somsak Vongsa"))
    assert types == ["defend", "deny"]
    assert all(s.speaker_country == "LA" for s in found if s.speaker == "Somsak Vongsa")


def test_quotes_are_attributed_and_typed() -> None:
    found = statements_of(
        '"Nobody should be sent back to a country where they face torture. Thailand must '
        'stop these deportations now," said Ratana Siri, director of the Bangkok Asylum '
        "Support Centre.\n"
        '"My brother did nothing wrong," said Nguyen Van Binh, who lives in Hanoi.\n'
    )
    (urge,) = one(found, "Ratana Siri")
    assert urge.type == "urge" and urge.target_country == "TH"
    assert urge.quote is not None and urge.quote.startswith("Nobody should be sent back")
    assert not [s for s in found if s.speaker == "Nguyen Van Binh"]


def test_stock_lines_in_a_briefing_are_one_decline_per_answer() -> None:
    found = statements_of(
        "Question: Can the ministry confirm that 40 people were returned last week?\n"
        "Spokesperson Lim Ha-neul: We are aware of the reports. The relevant agencies are "
        "checking the facts. The government's position is that no one should be returned "
        "against their will.\n"
        "Question: Will the minister raise it in Beijing?\n"
        "Spokesperson Lim Ha-neul: I have nothing to add on the minister's schedule.\n"
    )
    lim = one(found, "Lim Ha-neul")
    assert [s.type for s in lim] == ["decline", "decline"]


def test_modal_recommendations_are_not_statements() -> None:
    found = statements_of(
        "Seoul should press Beijing to let the United Nations refugee agency see detainees.\n"
        "Beijing will continue to say that these are domestic matters.\n"
    )
    assert found == []


@pytest.mark.skipif(not SHARED.is_dir(), reason="needs ../shared")
def test_dev_corpus_statement_figures() -> None:
    res = dev_scores()
    assert res["statements"]["f1"] >= 0.75
    assert res["statement_type_acc"] >= 0.85


@pytest.mark.parametrize(
    "text",
    [
        "",
        '""""',
        "In a statement, the group said it would continue to fight.",
        "According to, said.",
        "X calls on:\n- Y to do Z;",
        "“An unclosed quote, said Kim Min-su, director of the Seoul Refugee Network.",
        "Spokesperson: We will continue.\nQuestion: ?\nSpokesperson: no comment.",
    ],
)
def test_odd_inputs_do_not_break(text: str) -> None:
    for s in statements_of(text):
        assert s.evidence.text


WIRE_STORY = (
    "Laos hands over 12 North Koreans to China, rights group says\n"
    "VIENTIANE, June 3 (Harbour Wire) - Laotian police handed 12 North Korean escapees to "
    "Chinese authorities at the border last week, the Seoul-based group Freedom Bridge "
    "Alliance said on Monday.\n"
    '"We urge the Lao government to stop cooperating with Beijing on these transfers," said '
    "Park Sun-hee, the group's director.\n"
    "Laos's foreign ministry did not respond to a request for comment. China's foreign "
    "ministry spokesperson Lin Jian told a regular briefing on Tuesday that he was not aware "
    "of the case, adding that China handles illegal border crossers in accordance with the "
    "law.\n"
    "The UN special rapporteur on North Korea, Elizabeth Salmon, said in a statement that "
    "she was deeply concerned and called on China not to return the group.\n"
)


def test_wire_story_speakers_and_types() -> None:
    found = statements_of(WIRE_STORY, published=dt.date(2024, 6, 4))
    got = {(s.speaker, s.type) for s in found}
    assert ("Park Sun-hee", "urge") in got
    assert ("Laos's foreign ministry", "decline") in got
    assert {("Lin Jian", "decline"), ("Lin Jian", "defend")} <= got
    assert {("Elizabeth Salmon", "concern"), ("Elizabeth Salmon", "urge")} <= got
    lin = [s for s in found if s.speaker == "Lin Jian"]
    assert all(s.speaker_country == "CN" and s.date == dt.date(2024, 6, 4) for s in lin)
    urge = next(s for s in found if s.speaker == "Elizabeth Salmon" and s.type == "urge")
    assert urge.target_country == "CN" and urge.speaker_country is None
    assert not [s for s in found if "Harbour Wire" in s.speaker]


def test_signed_commentary_recommendations_are_the_authors() -> None:
    text = (
        "Thailand has returned more than 100 people to China since 2015.\n"
        "First, Bangkok should publish the assurances it says it received.\n"
        "Second, donor governments should fund legal aid for detainees.\n"
    )
    raw = text.encode()
    doc = Document(
        id="c",
        sha256="c",
        source="c.txt",
        raw=raw,
        text=text,
        published=dt.date(2025, 3, 1),
        lang="en",
        meta={"author": "Mara Okonjo"},
    )
    sdoc = english()(text)
    actors = find_actors(doc, sdoc)
    assert any(a.name == "Mara Okonjo" and a.kind == "person" for a in actors)
    found = find_statements(doc, sdoc, actors)
    assert [(s.speaker, s.type, s.target_country) for s in found] == [
        ("Mara Okonjo", "urge", "TH"),
        ("Mara Okonjo", "urge", None),
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "target"),
    [
        (
            "Malaysia deported 60 Rohingya refugees to Myanmar on Monday.\n"
            "The Andaman Refugee Network condemned the deportation as unlawful.\n",
            "Andaman Refugee Network",
            "MY",
        ),
        (
            "Turkish authorities sent 120 Syrians back across the border last week.\n"
            "The German foreign minister, Anna Vogt, voiced concern about the returns.\n",
            "Anna Vogt",
            "TR",
        ),
        (
            "Afghans expelled from Iran crossed at Islam Qala on Sunday.\n"
            "Amnesty International urged an immediate halt to the expulsions.\n",
            "Amnesty International",
            "IR",
        ),
    ],
)
def test_unnamed_target_is_the_returning_state(text: str, speaker: str, target: str) -> None:
    (st,) = one(statements_of(text), speaker)
    assert st.target_country == target


def test_the_returning_state_defends_at_no_one() -> None:
    found = statements_of(
        "Egypt deported 80 Eritrean asylum seekers to Asmara on Tuesday.\n"
        "Egyptian officials said the men had entered the country illegally.\n"
        "Human Rights Watch criticized Egypt and Eritrea over the returns.\n"
    )
    (defence,) = [s for s in found if s.type == "defend"]
    assert defence.target_country is None
    (crit,) = one(found, "Human Rights Watch")
    assert crit.target_country == "EG"


def test_justifications_refusals_and_pledges_in_new_words() -> None:
    found = statements_of(
        "Malaysian authorities deported 45 Myanmar nationals from Penang on Friday.\n"
        "The Malaysian home ministry said the men were immigration offenders who had "
        "overstayed their permits.\n"
        "A spokesman for the Myanmar embassy in Kuala Lumpur would not confirm the number.\n"
        "The Penang Migrant Solidarity Network said the deportees faced arrest on arrival.\n"
        "Thailand's foreign ministry said in a statement that it would ensure the men were "
        "treated humanely.\n"
        "Home Minister Saifuddin Ismail vowed to review the detention centres.\n"
        "Asked about the case, Myanmar's embassy said it had no comment.\n"
    )
    got = {(s.speaker, s.type) for s in found}
    assert ("Malaysian home ministry", "defend") in got
    assert ("Myanmar embassy in Kuala Lumpur", "decline") in got
    assert ("Penang Migrant Solidarity Network", "concern") in got
    assert ("Thailand's foreign ministry", "pledge") in got
    assert ("Saifuddin Ismail", "pledge") in got
    assert ("Myanmar's embassy", "decline") in got
    defence = next(s for s in found if s.type == "defend")
    assert defence.speaker_country == "MY" and defence.target_country is None


def test_it_did_not_respond_is_the_body_just_asked() -> None:
    found = statements_of(
        "The Kachin Refugee Network said 30 people were sent back to Myanmar from Yunnan.\n"
        "We asked the Chinese embassy in Yangon for comment. It did not respond.\n"
    )
    assert [(s.speaker, s.type) for s in found if s.type == "decline"] == [
        ("Chinese embassy in Yangon", "decline")
    ]


def test_a_typed_verb_and_a_neutral_one_make_one_statement() -> None:
    found = statements_of(
        "Laos deported 12 Hmong men to Vietnam on Monday.\n"
        "Human Rights Watch condemned the deportation and said the men faced reprisals.\n"
    )
    assert [(s.speaker, s.type, s.target_country) for s in found] == [
        ("Human Rights Watch", "criticize", "LA")
    ]


@pytest.mark.parametrize(
    ("sentence", "speaker", "kind"),
    [
        (
            "Human Rights Watch said it was deeply troubled by the removals.",
            "Human Rights Watch",
            "concern",
        ),
        (
            "Amnesty International said it was alarmed at the pace of the expulsions.",
            "Amnesty International",
            "concern",
        ),
        (
            "Sarfraz Bugti said registered refugees would not be deported.",
            "Sarfraz Bugti",
            "pledge",
        ),
        (
            "Phumtham Wechayachai said the men were returned under Thai law.",
            "Phumtham Wechayachai",
            "defend",
        ),
        (
            "The Mekong Migrant Defence Network said the camps were overcrowded.",
            "Mekong Migrant Defence Network",
            "criticize",
        ),
    ],
)
def test_content_cues_in_other_words(sentence: str, speaker: str, kind: str) -> None:
    text = "Thailand deported 30 Cambodian workers on Monday.\n" + sentence + "\n"
    assert (speaker, kind) in {(s.speaker, s.type) for s in statements_of(text)}


def test_statements_by_one_person_spelled_three_ways_share_one_name() -> None:
    found = statements_of(
        "China sent 60 North Koreans back across the Tumen River on Monday.\n"
        "Unification Minister Kim Yeong-su said he was deeply troubled by the returns.\n"
        "Kim Young-su urged Beijing to halt further transfers.\n"
        "Kim Yung-su said Seoul would not stop raising the case.\n"
    )
    people = {s.speaker for s in found if s.speaker.startswith("Kim")}
    assert len(people) == 1, people


ATTRIBUTION = (
    "Iran deported 300 Afghans through the Islam Qala crossing on Sunday.\n"
    "The Norwegian Refugee Council's country director in Kabul, Ingrid Dahl, said the "
    "returnees faced reprisals.\n"
    "Foreign Minister Heiko Brandt said Berlin had urged Tehran to suspend the expulsions.\n"
    "The Iranian interior ministry said in a statement that the men were illegal migrants.\n"
    "The ministry said in a statement that it would review the cases.\n"
)


def test_speakers_in_apposition_reports_and_statements() -> None:
    found = statements_of(ATTRIBUTION)
    got = {(s.speaker, s.type, s.speaker_country) for s in found}
    assert ("Ingrid Dahl", "concern", None) in got
    assert ("Heiko Brandt", "urge", "DE") in got
    assert ("Iranian interior ministry", "defend", "IR") in got
    assert ("Iranian interior ministry", "pledge", "IR") in got
    assert not [s for s in found if s.speaker in ("Berlin", "Norwegian Refugee Council")]


def test_spokesman_for_a_body_and_joined_pledges() -> None:
    found = statements_of(
        "Vietnam returned 25 Hmong men to Laos on Monday.\n"
        "Vietnam's foreign ministry has said little about the case.\n"
        "A spokesman for the foreign ministry, asked on Tuesday whether Hanoi had named the "
        "men specifically, said only that the matter had been handled properly.\n"
        "Provincial governor Tran Thi Mai said the delays were unacceptable and pledged that "
        "every returnee would be fed and housed.\n"
    )
    got = {(s.speaker, s.type) for s in found}
    assert ("Vietnam's foreign ministry", "decline") in got
    assert {("Tran Thi Mai", "criticize"), ("Tran Thi Mai", "pledge")} <= got


def test_worry_about_the_reports_is_aimed_at_the_returning_state() -> None:
    found = statements_of(
        "Egyptian police deported 50 Sudanese refugees across the border on Friday.\n"
        "The German foreign minister, Anna Vogt, said she was deeply troubled by the reports.\n"
        "Separately, Anna Vogt voiced concern about missile tests in the region.\n"
    )
    targets = {s.target_country for s in one(found, "Anna Vogt") if "reports" in s.evidence.text}
    assert targets == {"EG"}
    missiles = [s for s in found if "missile" in s.evidence.text]
    assert all(s.target_country is None for s in missiles)


def test_the_group_and_its_spokesperson() -> None:
    found = statements_of(
        "Turkey deported 70 Afghans through the Kapikoy crossing on Sunday.\n"
        "The Anatolia Refugee Alliance said the returns were unlawful. The group urged Ankara "
        "to halt the flights.\n"
        "Its spokesperson, Farid Noori, said the group would keep monitoring the border.\n"
    )
    got = {(s.speaker, s.type, s.target_country) for s in found}
    assert ("Anatolia Refugee Alliance", "criticize", "TR") in got
    assert ("Anatolia Refugee Alliance", "urge", "TR") in got
    assert ("Farid Noori", "pledge", None) in got


def test_the_country_people_fled_from_is_not_the_returning_state() -> None:
    found = statements_of(
        "The 40 men had fled from Myanmar in 2021.\n"
        "Thai police sent them back to Myanmar on Monday.\n"
        "The Mae Sot Refugee Network condemned the returns.\n"
    )
    (st,) = one(found, "Mae Sot Refugee Network")
    assert st.target_country == "TH"


def test_labelling_the_returned_as_offenders_is_a_defence_not_a_denial() -> None:
    found = statements_of(
        "Malaysia deported 45 Myanmar nationals on Friday.\n"
        "The Malaysian home ministry said there were no refugees among them, only "
        "immigration offenders.\n"
    )
    assert [(s.speaker, s.type) for s in found] == [("Malaysian home ministry", "defend")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Mae Sot Legal Aid Network said the relocation allowance was far too small to live on.",
        "Mae Sot Legal Aid Network said the ministry's patience with the camps had run its course.",
        '"It is a betrayal of every promise made to these families," said Saw Lin Htet.',
        "Saw Lin Htet called the midnight transfers disgraceful.",
        "Mae Sot Legal Aid Network said the expulsions were a failure of basic decency.",
        '"Their lawyers were not even allowed to read the order," Saw Lin Htet said.',
    ],
)
def test_disapproval_without_a_lexicon_verb_is_criticism(sentence: str) -> None:
    text = "Thailand deported 40 Myanmar workers on Tuesday.\n" + sentence + "\n"
    assert "criticize" in {s.type for s in statements_of(text)}, statements_of(text)


def test_unnamed_target_follows_the_nearest_incident_of_two_states() -> None:
    from refwatch.extract.en_incidents import find_incidents

    text = (
        "Malaysia deported 120 Rohingya refugees to Myanmar on Monday, officials said.\n"
        "The Arakan Refugee Forum condemned the deportation.\n"
        "Separately, Indonesia deported 35 Rohingya refugees to Myanmar on Wednesday.\n"
        "Asia Rights Monitor condemned the deportation as cruel.\n"
    )
    raw = text.encode()
    sha = hashlib.sha256(raw).hexdigest()
    doc = Document(
        id=sha[:16],
        sha256=sha,
        source="t.txt",
        raw=raw,
        text=text,
        published=dt.date(2024, 3, 8),
        lang="en",
    )
    sdoc = english()(text)
    found = find_statements(doc, sdoc, find_actors(doc, sdoc), find_incidents(doc, sdoc))
    targets = {s.speaker: s.target_country for s in found}
    assert targets.get("Arakan Refugee Forum") == "MY", targets
    assert targets.get("Asia Rights Monitor") == "ID", targets


@pytest.mark.parametrize(
    ("text", "speaker", "target"),
    [
        (
            "China sent 60 defectors back to North Korea last week.\n"
            "Hana Lim, who heads the Seoul-based group Bridge of Hope, urged the government"
            " to raise the returns at every summit it attends.\n",
            "Hana Lim",
            "KR",
        ),
        (
            "Thailand deported 25 Vietnamese dissidents on Friday.\n"
            "Somchai Rattana, a Thai rights lawyer, said the government had failed to"
            " protect them.\n",
            "Somchai Rattana",
            "TH",
        ),
        (
            "China sent 60 defectors back to North Korea last week.\n"
            "Human Rights Watch urged the government to halt the returns.\n",
            "Human Rights Watch",
            "CN",
        ),
    ],
)
def test_the_government_in_a_critics_words_is_their_own_state(
    text: str, speaker: str, target: str
) -> None:
    found = {(s.speaker, s.target_country) for s in statements_of(text)}
    assert (speaker, target) in found, found


@pytest.mark.parametrize(
    ("quote", "kind"),
    [
        ('"I asked the guards for a lawyer and they laughed," said Tran Van Minh.', None),
        ('"We begged them to let us phone our families," Tran Van Minh said.', None),
        ('"We ask Bangkok to halt these flights," said Tran Van Minh.', "urge"),
        ('"I asked for water and got none. It was inhumane," said Tran Van Minh.', "criticize"),
    ],
)
def test_a_quote_said_after_takes_its_type_from_its_stance_not_its_story(
    quote: str, kind: str | None
) -> None:
    text = "Thailand deported 25 Vietnamese dissidents on Friday.\n" + quote + "\n"
    types = {s.type for s in statements_of(text) if s.speaker == "Tran Van Minh"}
    assert "urge" not in types if kind is None else kind in types, types


def test_a_demand_to_the_governments_of_several_states_has_no_one_target() -> None:
    text = (
        "China sent 60 defectors back to North Korea last week.\n"
        "Amnesty International called on the governments of Canada, Germany and Japan to"
        " offer the families resettlement.\n"
    )
    found = {(s.speaker, s.type, s.target_country) for s in statements_of(text)}
    assert ("Amnesty International", "urge", None) in found, found


def test_the_government_after_a_named_one_is_that_state() -> None:
    text = (
        "China sent 60 defectors back to North Korea last week.\n"
        "Campaigners then turned on the Japanese government. Aiko Mori, a volunteer at the"
        ' rally, said, "The government has been shameful in its silence."\n'
    )
    found = {(s.speaker, s.target_country) for s in statements_of(text)}
    assert ("Aiko Mori", "JP") in found, found


# --- classes of statement that unseen reports phrase differently (invented sentences) ---


def test_acronym_defined_earlier_names_the_speaker() -> None:
    found = statements_of(
        "The Delta Refugee Forum (DRF) said on Monday that 14 Hmong had been held in Bokeo.\n"
        "DRF urged Vientiane to stop the removals at once.\n"
    )
    urges = [s for s in one(found, "Delta Refugee Forum") if s.type == "urge"]
    assert urges and urges[0].target_country == "LA"


def test_we_outside_quotes_is_the_publishing_organisation() -> None:
    found = statements_of(
        "Harbour Light Rights Watch | Press release\n\n"
        "Harbour Light Rights Watch condemns the deportation of nine Khmer activists by"
        " Thailand on 3 May.\n"
        "Harbour Light Rights Watch calls on the Thai government to free the two men still"
        " held. We also urge the Cambodian government to release those it has received.\n"
    )
    targets = {s.target_country for s in one(found, "Harbour Light Rights Watch")}
    assert {"TH", "KH"} <= targets


def test_fears_of_a_named_body_are_concern_but_not_of_anyone() -> None:
    found = statements_of(
        "Laos sent 12 Hmong back to Vietnam on Tuesday.\n"
        "The Delta Refugee Forum fears that more families will be sent back.\n"
        "Their neighbours fear that the police will return.\n"
    )
    assert [s.type for s in one(found, "Delta Refugee Forum")] == ["concern"]
    assert all("neighbours" not in s.speaker for s in found)


def test_described_as_a_violation_is_criticism_of_the_state_named() -> None:
    found = statements_of(
        "Amnesty International has described the expulsions as a flagrant violation of"
        " Malaysia's duties under international law.\n"
    )
    (crit,) = one(found, "Amnesty International")
    assert crit.type == "criticize" and crit.target_country == "MY"


def test_written_reply_with_no_information_is_a_decline_by_the_embassy_named_before() -> None:
    found = statements_of(
        "Ms Tran visited the Cambodian Embassy in Hanoi on 2 June.\n"
        "The embassy later said in a letter that it had no information about the detainees.\n"
    )
    (dec,) = one(found, "Cambodian Embassy in Hanoi")
    assert dec.type == "decline" and dec.speaker_country == "KH"


def test_meeting_to_ask_a_question_is_no_demand() -> None:
    found = statements_of(
        "Vietnam deported four Montagnards on Friday.\n"
        "Pastor Hoang Van Loc met the consul on May 2 to ask what had become of the boys.\n"
    )
    assert not [s for s in found if s.type == "urge"]


def test_a_refusal_is_not_aimed_at_the_city_its_mission_sits_in() -> None:
    found = statements_of(
        "Laos sent 12 Hmong back to Vietnam on Tuesday.\n"
        "The Vietnamese embassy in Vientiane did not respond to a request for comment.\n"
    )
    (dec,) = [s for s in found if s.type == "decline"]
    assert dec.speaker_country == "VN" and dec.target_country is None


def test_capitalised_government_is_the_target_and_a_un_addressee_is_no_state() -> None:
    found = statements_of(
        "The Delta Refugee Forum (DRF) condemned the Royal Lao Government's deportation of"
        " 12 Hmong to Vietnam.\n"
        "DRF urged the UN refugee agency to press Hanoi for access to the men.\n"
    )
    by_type = {s.type: s for s in one(found, "Delta Refugee Forum")}
    assert by_type["criticize"].target_country == "LA"
    assert by_type["urge"].target_country is None


def test_an_opinion_writer_recommends_to_each_state_named() -> None:
    text = (
        "OPINION | WORLD\n\n"
        "Deportation has become too cheap\n\n"
        "By Jana Okafor\n\n"
        "Malaysia sent 200 Rohingya back to Myanmar in March.\n"
        "Tokyo should offer to resettle those still held in Malaysian camps.\n"
        "Canberra, which has long funded detention in the region, should stop doing so.\n\n"
        "Jana Okafor is a research fellow at an invented institute.\n"
    )
    found = one(statements_of(text), "Jana Okafor")
    assert {(s.type, s.target_country) for s in found} >= {("urge", "JP"), ("urge", "AU")}


@pytest.mark.parametrize(
    ("quote", "kind"),
    [
        ("Returning the scrolls is the least we can do.", "pledge"),
        ("The bells will be handed back to the abbey next spring.", "pledge"),
        ("We fear these deportations will only grow.", "concern"),
    ],
)
def test_new_content_cues(quote: str, kind: str) -> None:
    from refwatch.extract.en_cues import content_type

    assert content_type(quote) == kind


def test_a_commentary_signed_by_name_and_title_recommends_but_not_to_itself() -> None:
    text = (
        "Commentary\n\n"
        "Why transit states keep sending people back\n\n"
        "Ilse Varga\n"
        "Senior Fellow, Migration Program\n\n"
        "Vietnam deported 30 Hmong to Laos in April.\n"
        "First, Canberra should fund legal aid for those held in Vietnam.\n"
        "Second, states that resettle refugees should offer places quickly.\n"
        "The rest of us should stop looking away.\n"
    )
    found = one(statements_of(text), "Ilse Varga")
    assert sorted((s.target_country or "-") for s in found) == ["-", "AU"]


def test_a_quote_after_a_colon_belongs_to_the_subject_before_it() -> None:
    found = statements_of(
        "Vietnam sent 30 Hmong back to Laos last week.\n"
        "Dao Thi Lan, a lawyer for the families, put it plainly when we met on Monday:"
        ' "These deportations are unlawful and cruel."\n'
    )
    assert [s.type for s in one(found, "Dao Thi Lan")] == ["criticize"]
