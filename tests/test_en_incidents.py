"""English incident extraction on realistic news text, and the dev corpus as a check."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from refwatch.extract.english import EnglishExtractor
from refwatch.extract.relevance import incident_candidate, topic_candidate
from refwatch.model import Document, Extraction, Incident

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
REF = dt.date(2024, 6, 14)  # a Friday


def extract(text: str, published: dt.date | None = REF) -> Extraction:
    doc = Document(
        id="t",
        sha256="",
        source="test.txt",
        raw=text.encode(),
        text=text,
        published=published,
        lang="en",
    )
    return EnglishExtractor().extract(doc)


def only(x: Extraction) -> Incident:
    assert len(x.incidents) == 1, x.incidents
    return x.incidents[0]


def test_return_with_count_date_countries_and_source() -> None:
    text = (
        "Chinese authorities forcibly repatriated about 50 North Koreans through the "
        "Hunchun crossing on Monday night, a Seoul-based monitoring group said.\n"
    )
    inc = only(extract(text))
    assert inc.kind == "forced_return"
    assert inc.count is not None and (inc.count.low, inc.count.high, inc.count.approx) == (
        50,
        50,
        True,
    )
    assert (inc.when.earliest, inc.when.latest) == (dt.date(2024, 6, 10), dt.date(2024, 6, 10))
    assert (inc.from_country, inc.to_country) == ("CN", "KP")
    assert inc.crossing == ["Hunchun"]
    assert inc.reported_by == ["a Seoul-based monitoring group"]
    assert text[inc.evidence.start : inc.evidence.end] == inc.evidence.text


def test_other_contexts_take_countries_from_the_acting_state_and_the_people() -> None:
    x = extract(
        "Malaysian authorities deported 114 Myanmar nationals on Tuesday, the immigration "
        "department said.\nIran expelled thousands of Afghans last month, according to "
        "the International Organization for Migration.\n"
    )
    pairs = [(i.from_country, i.to_country, i.count.low if i.count else None) for i in x.incidents]
    assert pairs == [("MY", "MM", 114), ("IR", "AF", 2000)]
    assert x.incidents[1].reported_by == ["the International Organization for Migration"]


def test_place_held_before_return_comes_from_the_relative_clause() -> None:
    inc = only(
        extract(
            "Roughly 120 escapees who had been held at a detention facility in Tumen, Jilin "
            "province, were sent back across the border on the 3rd, activists said.\n"
        )
    )
    assert inc.kind == "forced_return"
    assert (inc.where.city, inc.where.province, inc.where.country) == ("Tumen", "Jilin", "CN")
    assert inc.where.lat is not None
    assert inc.when.earliest == dt.date(2024, 6, 3)


@pytest.mark.parametrize(
    "text",
    [
        "The remains of 43 soldiers were repatriated to South Korea on Friday.\n",
        "The company will repatriate about 2 billion dollars in profits from China.\n",
        "About 300 refugees returned voluntarily to Syria last week with UN help.\n",
        "The museum agreed to return 12 stolen artefacts to Cambodia next month.\n",
        "The ambassador was sent back to Seoul for consultations on Monday.\n",
    ],
)
def test_not_forced_returns_of_people(text: str) -> None:
    x = extract(text)
    assert x.incidents == [] and not x.relevant


def test_arrest_then_custody_of_the_same_people_is_one_detention() -> None:
    x = extract(
        "Nine North Koreans are still held in a police detention facility in Yanji, kin say.\n"
        "The nine were picked up by police in early May.\n"
    )
    inc = only(x)
    assert inc.kind == "detention"
    assert inc.where.city == "Yanji"
    assert (inc.when.earliest, inc.when.latest) == (dt.date(2024, 5, 1), dt.date(2024, 5, 10))


def test_custody_said_to_go_on_has_no_date_of_its_own() -> None:
    inc = only(
        extract(
            "Between 100 and 150 more North Koreans are believed to remain in detention in "
            "Liaoning, including women arrested earlier this year.\n"
        )
    )
    assert inc.kind == "detention"
    assert not inc.when.known
    assert inc.count is not None and (inc.count.low, inc.count.high) == (100, 150)


def test_mentions_of_one_event_merge_but_different_reports_stay_apart() -> None:
    x = extract(
        "On Thursday Thailand deported some 40 Uyghur men to China.\n"
        "The deportation drew protests.\n"
        "A rights group said 40 Uyghurs were flown to Kashgar on Thursday.\n"
        "In July 2015, Thailand sent 109 Uyghurs back to China.\n"
        "A separate report said 60 men had been returned recently.\n"
    )
    counts = sorted(i.count.low for i in x.incidents if i.count and i.count.low)
    assert counts == [40, 60, 109]
    recent = next(i for i in x.incidents if i.count and i.count.low == 60)
    assert not recent.when.known


def test_two_counts_with_two_dates_in_one_sentence_are_two_events() -> None:
    x = extract(
        "The group documented two earlier transfers of North Koreans: about 80 people on 2 March "
        "and 30 on 19 April.\n"
    )
    got = sorted((i.count.low, i.when.earliest) for i in x.incidents if i.count)
    assert got == [(30, dt.date(2024, 4, 19)), (80, dt.date(2024, 3, 2))]


def test_prefilter_skips_unrelated_news() -> None:
    text = "The home side won 3-1 on Saturday, with two goals in the second half.\n"
    assert not topic_candidate(text) and not incident_candidate(text)
    x = extract(text)
    assert not x.relevant and x.incidents == [] and x.actors == []


def test_without_a_publication_date_relative_dates_stay_unknown() -> None:
    inc = only(extract("Police arrested 25 North Korean defectors last week.\n", published=None))
    assert inc.kind == "arrest" and not inc.when.known


def _dev_documents() -> list[tuple[Document, dict[str, object]]]:
    from refwatch.ingest import load_documents

    docs = sorted((SHARED / "corpus" / "dev" / "docs").glob("en-*"))
    out = []
    for path in docs:
        gold = json.loads((SHARED / "corpus" / "dev" / "gold" / f"{path.stem}.json").read_text())
        ref = dt.date.fromisoformat(str(gold["reference_date"]))
        for doc in load_documents([str(path)], published=ref):
            if isinstance(doc, Document):
                out.append((doc, gold))
    return out


@pytest.mark.skipif(not (SHARED / "corpus").is_dir(), reason="shared corpus not present")
def test_dev_corpus_relevance_and_evidence_spans() -> None:
    pairs = _dev_documents()
    assert pairs
    agree = 0
    for doc, gold in pairs:
        x = EnglishExtractor().extract(doc)
        agree += x.relevant == gold["relevant"]
        for inc in x.incidents:
            assert doc.text[inc.evidence.start : inc.evidence.end] == inc.evidence.text
            assert inc.evidence.text.strip()
    assert agree >= len(pairs) - 1


@pytest.mark.parametrize(
    "text",
    [
        "Russian police detained a journalist in Moscow on Monday, his lawyer said.\n",
        "Police arrested 25 protesters in Bangkok on Sunday after clashes near parliament.\n",
    ],
)
def test_arrests_of_people_not_facing_return_are_not_incidents(text: str) -> None:
    assert extract(text).incidents == []


def test_arrest_of_foreigners_facing_deportation() -> None:
    inc = only(
        extract("Five refugees were detained at the airport and face deportation to Iran.\n")
    )
    assert inc.kind == "arrest" and inc.to_country == "IR"
    assert inc.count is not None and inc.count.low == 5


def test_a_single_person_extradited_is_one_person() -> None:
    inc = only(extract("Kazakh officials extradited a Uyghur activist to China in 2019.\n"))
    assert inc.count is not None and (inc.count.low, inc.count.high) == (1, 1)
    assert (inc.from_country, inc.to_country) == ("KZ", "CN")
    assert (inc.when.earliest, inc.when.latest) == (dt.date(2019, 1, 1), dt.date(2019, 12, 31))


def test_credit_goes_to_the_full_name_behind_an_acronym() -> None:
    x = extract(
        "The Border Rights Monitor (BRM) tracks transfers along the frontier.\n"
        "BRM said that 70 North Koreans were sent back through Namyang on the 2nd.\n"
    )
    inc = only(x)
    assert inc.reported_by == ["Border Rights Monitor"]
    assert inc.crossing == ["Namyang"]


def test_people_who_returned_by_themselves_are_not_incidents() -> None:
    x = extract("About 2,000 refugees returned home last month under a UN programme.\n")
    assert x.incidents == []


def test_arrest_then_deportation_of_them_is_two_legs() -> None:
    x = extract("Lao authorities arrested three North Koreans and deported them to China.\n")
    legs = sorted((i.kind, i.from_country, i.to_country) for i in x.incidents)
    assert legs == [("arrest", "LA", "KP"), ("forced_return", "LA", "CN")]
    assert all(i.count is not None and i.count.low == 3 for i in x.incidents)


def test_the_next_day_counts_from_the_date_before_it() -> None:
    x = extract(
        "Vietnamese police caught 11 North Koreans near the border on Sunday and handed them "
        "over to Chinese authorities the next day.\n"
    )
    days = sorted((i.kind, i.when.earliest) for i in x.incidents)
    assert days == [
        ("arrest", dt.date(2024, 6, 9)),
        ("forced_return", dt.date(2024, 6, 10)),
    ]


def test_feared_or_future_returns_are_not_events() -> None:
    x = extract(
        "Rights groups fear that the 14 North Koreans will be sent back within weeks.\n"
        "Officials said 30 Afghans could be deported next month.\n"
    )
    assert x.incidents == []


def test_custody_after_capture_takes_the_capture_date_place_and_credit() -> None:
    inc = only(
        extract(
            "Three North Korean defectors were caught by Chinese police in Kunming, Yunnan "
            "Province, on the 3rd and are currently being held at a detention facility, a "
            "source familiar with the matter said on the 7th.\n"
        )
    )
    assert inc.kind == "detention"
    assert inc.when.earliest == dt.date(2024, 6, 3)
    assert (inc.where.city, inc.where.province, inc.from_country) == ("Kunming", "Yunnan", "CN")
    assert inc.reported_by == ["a source familiar with the matter"]


def test_two_legs_of_one_journey_each_with_its_own_countries() -> None:
    x = extract(
        "Laos deported eight North Koreans to China in March, and Chinese police sent them "
        "back to North Korea two weeks later, the group said.\n"
    )
    legs = [(i.from_country, i.to_country, i.count.low if i.count else None) for i in x.incidents]
    assert sorted(legs) == [("CN", "KP", 8), ("LA", "CN", 8)]
    later = next(i for i in x.incidents if i.from_country == "CN")
    assert later.when.earliest == dt.date(2024, 3, 15)


def test_two_cities_two_groups_in_one_sentence() -> None:
    x = extract(
        "Police in Quetta detained some 300 Afghans on 3 November, and in Peshawar 150 more "
        "were held, officials said.\n"
    )
    got = sorted((i.count.low, i.where.city) for i in x.incidents if i.count)
    assert got == [(150, "Peshawar"), (300, "Quetta")]
    assert all((i.from_country, i.to_country) == ("PK", "AF") for i in x.incidents)


def test_meetings_and_hostages_held_are_not_custody_for_return() -> None:
    x = extract(
        "A meeting was held in Seoul on Monday to discuss North Korean refugees.\n"
        "The hostages were held for three days before being freed.\n"
    )
    assert x.incidents == []


def test_dateline_date_is_not_the_event_date() -> None:
    inc = only(
        extract(
            "SEOUL, June 14 (Wire) - Chinese authorities sent about 90 North Koreans back "
            "across the border on Tuesday, activists said.\n"
        )
    )
    assert inc.when.earliest == dt.date(2024, 6, 11)
    undated = only(
        extract("On June 3 - a day after the talks - China deported 40 North Koreans.\n")
    )
    assert undated.when.earliest == dt.date(2024, 6, 3)


def test_crime_news_with_arrests_is_not_even_parsed() -> None:
    text = "Police arrested two men after a break-in at a jewellery store on Saturday.\n"
    assert not incident_candidate(text) and not topic_candidate(text)


def test_places_missing_from_the_gazetteer_keep_their_names() -> None:
    inc = only(extract("Chinese police detained 14 North Koreans in Ruili, Yunnan Province.\n"))
    assert (inc.where.city, inc.where.province, inc.where.country) == ("Ruili", "Yunnan", "CN")


@pytest.mark.parametrize(
    ("text", "kind", "to"),
    [
        ("About 40 Afghans were removed to Afghanistan on Monday.\n", "forced_return", "AF"),
        ("The 30 defectors were transported to North Korea in May.\n", "forced_return", "KP"),
        ("Border guards intercepted 20 North Koreans near Hunchun.\n", "arrest", "KP"),
        ("Some 50 North Koreans await repatriation in Dandong.\n", "detention", "KP"),
    ],
)
def test_more_ways_to_say_it(text: str, kind: str, to: str) -> None:
    inc = only(extract(text))
    assert (inc.kind, inc.to_country) == (kind, to)


def test_moving_and_bringing_people_is_not_returning_them() -> None:
    x = extract(
        "About 300 North Koreans moved to South Korea last year, the ministry said.\n"
        "The company brought 40 Korean workers back from China.\n"
    )
    assert x.incidents == []


def test_same_week_returns_from_two_towns_stay_two_events() -> None:
    x = extract(
        "About 60 North Koreans held in Baishan were sent back last week.\n"
        "Separately, some 60 North Koreans held in Hunchun were sent back last week.\n"
        "The transfer from Baishan was confirmed by relatives.\n"
    )
    cities = sorted(i.where.city or "" for i in x.incidents)
    assert cities == ["Baishan", "Hunchun"]


def test_text_longer_than_the_model_limit_is_parsed_in_pieces() -> None:
    from refwatch.nlp import spacy_model

    nlp = spacy_model.english()
    old = nlp.max_length
    text = "Police in Quetta said officials were busy.\n" * 8
    text += "Pakistan deported 70 Afghans through Torkham on Monday.\n"
    try:
        nlp.max_length = 120
        x = extract(text)
    finally:
        nlp.max_length = old
    inc = only(x)
    assert text[inc.evidence.start : inc.evidence.end] == inc.evidence.text
    assert inc.count is not None and inc.count.low == 70


# --- phrasings beyond the dev corpus: verbs, parties, legs, places, sources -------------


def _summary(x: Extraction) -> list[tuple[str, str | None, str | None, int | None]]:
    return [
        (i.kind, i.from_country, i.to_country, i.count.low if i.count else None)
        for i in x.incidents
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Iranian border guards handed back 35 Afghan migrants at the Islam Qala crossing "
            "on Tuesday, a local official said.\n",
            ("forced_return", "IR", "AF", 35),
        ),
        (
            "Malaysian immigration officers loaded 150 Myanmar nationals onto trucks on Sunday "
            "and deported them to Yangon.\n",
            ("forced_return", "MY", "MM", 150),
        ),
        (
            "Egyptian police put 60 Sudanese refugees into vans and drove them to the border "
            "last week.\n",
            ("forced_return", "EG", "SD", 60),
        ),
        (
            "Turkish authorities forced 30 Syrians onto buses and returned them to Syria on "
            "Saturday.\n",
            ("forced_return", "TR", "SY", 30),
        ),
        (
            "Two Vietnamese activists were handed back to Vietnam by Thai police on June 3.\n",
            ("forced_return", "TH", "VN", 2),
        ),
        (
            "Lao authorities took 12 North Koreans into custody in Vientiane on May 30, "
            "activists said.\n",
            ("arrest", "LA", "KP", 12),
        ),
        (
            "Egypt expelled some 200 Sudanese on Thursday, rights groups said.\n",
            ("forced_return", "EG", "SD", 200),
        ),
        (
            "Police in northeast Iran loaded between 40 and 50 detained Afghans onto buses on "
            "Monday night and expelled them across the border.\n",
            ("forced_return", "IR", "AF", 40),
        ),
    ],
)
def test_return_verbs_beyond_the_lexicon_core(
    text: str, expected: tuple[str, str, str, int]
) -> None:
    assert _summary(extract(text)) == [expected]


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("A couple and their three children were deported from Malaysia to Myanmar on "
         "Monday.\n", 5),
        ("Egyptian authorities deported a Sudanese man, his wife and their two sons on "
         "June 2.\n", 4),
        ("Vietnamese police handed over a mother and her two children to Chinese officers "
         "on the 5th.\n", 3),
        ("Mariam Rahimi, who was expelled from Iran with her husband and three sons last "
         "week, said the family had nothing.\n", 5),
    ],
)  # fmt: skip
def test_a_party_of_relatives_counts_every_member(text: str, size: int) -> None:
    inc = only(extract(text))
    assert inc.count is not None and (inc.count.low, inc.count.high) == (size, size)


def test_a_single_person_sent_back_is_a_count_of_one_and_the_relative_is_the_source() -> None:
    inc = only(
        extract("He was deported to Afghanistan from Iran on the 9th of last month, his "
                "brother told reporters.\n")
    )  # fmt: skip
    assert inc.count is not None and inc.count.low == 1
    assert inc.when.earliest == dt.date(2024, 5, 9)
    assert (inc.from_country, inc.to_country) == ("IR", "AF")
    assert inc.reported_by == ["his brother"]


def test_an_unnamed_group_is_kept_as_the_source_when_nothing_names_it() -> None:
    inc = only(extract("The group said Chinese police had repatriated nine escapees on the 3rd.\n"))
    assert inc.reported_by == ["The group"]


def test_each_leg_of_a_journey_has_the_previous_legs_destination_as_source() -> None:
    x = extract(
        "Laotian police detained seven North Koreans near the border on October 9 of last "
        "year and sent them to China, where they were repatriated to North Korea in "
        "November.\nNine Uyghurs were caught in Vietnam in January and handed over to "
        "Chinese police, who sent them back to Xinjiang in February.\n"
    )
    legs = [(i.kind, i.from_country, i.to_country) for i in x.incidents]
    assert ("forced_return", "LA", "CN") in legs
    assert ("forced_return", "CN", "KP") in legs
    assert ("forced_return", "VN", "CN") in legs
    first = next(i for i in x.incidents if i.from_country == "LA" and i.to_country == "CN")
    assert first.when.earliest == dt.date(2023, 10, 9)


def test_a_destination_is_not_where_people_were_held() -> None:
    inc = only(
        extract("Thailand deported 25 Uyghurs to China on Tuesday, flying them to Kashgar.\n")
    )
    assert (inc.from_country, inc.to_country) == ("TH", "CN")
    assert inc.where.city is None and inc.where.country == "TH"


def test_a_crossing_town_is_not_where_people_were_held() -> None:
    inc = only(
        extract("Some 20,000 Afghans were deported from Pakistan in May, most through the "
                "Torkham crossing near Peshawar.\n")
    )  # fmt: skip
    assert inc.where.city is None and inc.crossing == ["Torkham"]


def test_the_facility_named_in_the_next_sentence_is_where_they_were_held() -> None:
    x = extract("Malaysia deported 300 Myanmar nationals on Wednesday. They had been held at "
                "the Lenggeng immigration detention centre for months.\n")  # fmt: skip
    inc = x.incidents[0]
    assert inc.kind == "forced_return"
    assert inc.where.facility == "Lenggeng immigration detention centre"
    # the custody of the whole group at a named place is an incident too (SCHEMA)
    held = [i for i in x.incidents if i.kind == "detention"]
    assert len(held) == 1 and held[0].count is not None and held[0].count.low == 300


def test_background_custody_in_the_pluperfect_is_no_incident_of_its_own() -> None:
    x = extract(
        "Turkey deported 45 Syrians on Friday, officials said. Several had been held for "
        "more than two years in a removal centre in Hatay.\n"
    )
    assert [i.kind for i in x.incidents] == ["forced_return"]


def test_a_dated_return_without_a_count_is_still_an_event() -> None:
    inc = only(
        extract("Syrians detained by Turkish police in Istanbul were deported to Syria on "
                "June 1, their relatives said.\n")
    )  # fmt: skip
    assert inc.count is None and inc.when.earliest == dt.date(2024, 6, 1)
    assert (inc.from_country, inc.to_country) == ("TR", "SY")


def test_the_night_a_relative_clause_hangs_on_dates_the_return() -> None:
    inc = only(
        extract("It was the biggest expulsion since the night of March 3, when about 400 "
                "Afghans were pushed back from Iran.\n")
    )  # fmt: skip
    assert inc.when.earliest == dt.date(2024, 3, 3)


def test_a_named_crossing_the_gazetteer_lacks_is_still_the_crossing() -> None:
    inc = only(
        extract("Turkish gendarmes deported 70 Syrians through the Bab al-Hawa border crossing "
                "on Monday, a local council said.\n")
    )  # fmt: skip
    assert inc.crossing == ["Bab al-Hawa"]
    assert (inc.from_country, inc.to_country) == ("TR", "SY")


def test_they_in_the_next_clause_or_sentence_are_the_people_counted_before() -> None:
    x = extract(
        "Police rounded up more than 200 Afghan migrants in Istanbul on Saturday, the "
        "interior ministry said. Turkey deported them to Afghanistan two days later.\n"
        "Chinese police detained a North Korean woman and her two children in Shenyang in "
        "January; they were sent back across the Tumen River in February.\n"
    )
    got = [(i.kind, i.count.low if i.count else None, i.when.earliest) for i in x.incidents]
    assert got == [
        ("arrest", 200, dt.date(2024, 6, 8)),
        ("forced_return", 200, dt.date(2024, 6, 10)),
        ("arrest", 3, dt.date(2024, 1, 1)),
        ("forced_return", 3, dt.date(2024, 2, 1)),
    ]


def test_the_following_week_is_a_week_after_the_date_before() -> None:
    x = extract(
        "On May 2, Egyptian security forces arrested about 50 Sudanese refugees in Aswan and "
        "deported them to Sudan the following week.\n"
    )
    ret = next(i for i in x.incidents if i.kind == "forced_return")
    assert ret.when.earliest == dt.date(2024, 5, 9)
    assert (ret.from_country, ret.to_country) == ("EG", "SD")


def test_a_described_source_goes_by_the_name_after_it() -> None:
    inc = only(
        extract("According to the UN migration agency, IOM, some 20,000 Afghans were expelled "
                "from Iran in May, most of them through the Islam Qala crossing.\n")
    )  # fmt: skip
    assert inc.reported_by == ["IOM"]
    assert inc.crossing == ["Islam Qala"] and inc.where.city is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dozens of Afghan families were taken into custody in Karachi on Tuesday, police "
         "said.\n", ("arrest", "PK", "AF", 24)),
        ("Turkish police detained 120 Syrian refugees in Istanbul last month and bused them "
         "to the Syrian border.\n", ("forced_return", "TR", "SY", 120)),
        ("The women were deported on a charter flight from Kuala Lumpur to Yangon on April "
         "12, their lawyer said.\n", ("forced_return", "MY", "MM", None)),
    ],
)  # fmt: skip
def test_custody_buses_and_flights(text: str, expected: tuple[str, str, str, int | None]) -> None:
    assert expected in _summary(extract(text))


def test_a_border_gate_town_is_the_crossing() -> None:
    inc = only(
        extract("Vietnam handed over nine Chinese dissidents to Chinese police at the Mong Cai "
                "border gate on June 2.\n")
    )  # fmt: skip
    assert inc.crossing == ["Mong Cai"]
    assert (inc.from_country, inc.to_country) == ("VN", "CN")


def test_legs_chain_even_when_the_relative_pronoun_is_misparsed() -> None:
    x = extract(
        "Laos handed the nine young North Koreans to Chinese authorities in May 2013, who "
        "then returned them to North Korea.\n"
    )
    assert [(i.from_country, i.to_country) for i in x.incidents] == [("LA", "CN"), ("CN", "KP")]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("More than 1,000 Eritreans held in Egyptian prisons were deported to Asmara in "
         "March, Human Rights Watch said.\n", ("EG", "ER")),
        ("Nine North Korean defectors arrested in Laos were sent to China.\n", ("LA", "CN")),
        ("Hundreds of North Korean workers have been sent home from Russia since March.\n",
         ("RU", "KP")),
    ],
)  # fmt: skip
def test_where_the_people_were_held_is_the_sender(text: str, pair: tuple[str, str]) -> None:
    inc = only(extract(text))
    assert (inc.from_country, inc.to_country) == pair


def test_a_town_near_the_crossing_is_not_where_people_were_held() -> None:
    inc = only(
        extract("Pakistani authorities have deported more than 300,000 Afghans since October, "
                "with many crossing at Torkham near Peshawar.\n")
    )  # fmt: skip
    assert inc.crossing == ["Torkham"] and inc.where.city is None


def test_a_countless_return_last_week_between_named_states_is_an_event() -> None:
    inc = only(extract("Afghans detained by Iranian police in Mashhad were expelled to "
                       "Afghanistan last week, aid workers said.\n"))  # fmt: skip
    assert inc.count is None and inc.when.earliest == dt.date(2024, 6, 3)
    assert (inc.from_country, inc.to_country) == ("IR", "AF")


def test_an_acronym_source_is_spelled_out_when_the_text_names_it_in_full() -> None:
    x = extract(
        "Border Rights Monitor, a network of former residents, tracks detentions in Iran.\n"
        "BRM said Iranian police expelled 45 Afghan migrants on Monday.\n"
        "Police detained 30 Afghan men in Mashhad on Sunday, according to traders there.\n"
    )
    assert [i.reported_by for i in x.incidents] == [["Border Rights Monitor"], ["traders"]]


# --- sources: back-references, datelines, "<place>-based", relative clauses, house voice


def test_the_alliance_is_the_named_alliance_before_it() -> None:
    x = extract(
        "The Amur Refugee Alliance (ARA), a Busan-based charity, tracks arrests in China.\n"
        "The alliance said 35 North Koreans had been sent back through Hunchun in early May.\n"
    )
    assert only(x).reported_by == ["Amur Refugee Alliance"]


def test_a_dateline_is_not_part_of_the_source() -> None:
    inc = only(extract("HANOI – Lanna Refugee Watch said on Friday that Thai police had "
                       "deported 12 Hmong refugees to Laos on Wednesday.\n"))  # fmt: skip
    assert inc.reported_by == ["Lanna Refugee Watch"]


def test_a_place_based_prefix_is_not_the_source() -> None:
    inc = only(extract("Iranian police deported 30 Afghan men through the Dogharoun crossing "
                       "on Tuesday, according to the Mashhad-based Afghan Migrant Support "
                       "Union, which said the men were beaten.\n"))  # fmt: skip
    assert inc.reported_by == ["Afghan Migrant Support Union"]
    assert inc.crossing == ["Dogharoun"]


def test_a_source_inside_a_relative_clause_vouches_for_that_clause_only() -> None:
    inc = only(extract("In June 2019, Malaysian police sent 15 Uyghurs to China, where, "
                       "according to activists, several were later jailed.\n"))  # fmt: skip
    assert inc.reported_by == []


def test_an_organisations_own_release_credits_it_for_events_it_does_not_attribute() -> None:
    x = extract(
        "Two Hmong families who were stopped in Chiang Rai in May have been deported to "
        "Laos, River Crossing Aid has learned from sources in Thailand.\n"
        "At least four other Hmong are still held by police in Mae Sot pending deportation "
        "to Laos. We fear for their safety.\n"
    )
    assert x.incidents and all(i.reported_by == ["River Crossing Aid"] for i in x.incidents)


def test_a_news_report_leaves_unattributed_events_uncredited() -> None:
    x = extract(
        "Thai police deported 12 Hmong refugees to Laos on Wednesday, Lanna Refugee Watch said.\n"
        "At least four other Hmong are still held by police in Chiang Rai pending deportation "
        "to Laos.\n"
    )
    held = [i for i in x.incidents if i.kind == "detention"]
    assert held and held[0].reported_by == []


# --- counts, dates and tallies


def test_a_couple_and_their_children_is_one_party_held_once() -> None:
    x = extract("Police in Quetta detained a couple and their three children in the Satellite "
                "Town area on Monday and are holding them pending deportation to "
                "Afghanistan.\n")  # fmt: skip
    inc = only(x)
    assert inc.kind == "detention" and inc.count is not None
    assert (inc.count.low, inc.count.high) == (5, 5)
    assert inc.where.city == "Quetta"


def test_the_day_a_since_clause_names_is_the_event_when_it_is_the_return() -> None:
    inc = only(extract("It was the largest transfer since March 3 of last year, when China "
                       "sent some 300 North Koreans back in one night.\n"))  # fmt: skip
    assert (inc.when.earliest, inc.when.latest) == (dt.date(2023, 3, 3), dt.date(2023, 3, 3))


def test_returns_since_a_dated_announcement_run_from_that_date_to_publication() -> None:
    x = extract(
        "Iranian guards expelled at least 900 Afghans through Islam Qala on Tuesday, "
        "officials said.\n"
        "Relief groups estimate that more than 20,000 Afghans have been expelled from Iran "
        "since the authorities announced the crackdown on May 2.\n"
    )
    assert len(x.incidents) == 2
    big = next(i for i in x.incidents if i.count and i.count.low == 20000)
    assert (big.when.earliest, big.when.latest) == (dt.date(2024, 5, 2), REF)
    assert big.reported_by == ["Relief groups"]


def test_speakers_who_say_they_were_taken_are_not_the_people_counted_before() -> None:
    x = extract(
        "Pakistani police expelled at least 900 Afghans through Chaman on Friday.\n"
        "Some families said they had been picked up from their homes in Quetta at night.\n"
    )
    assert len(x.incidents) == 1


def test_places_of_other_countries_on_return_routes_are_in_the_gazetteer() -> None:
    x = extract("Malaysian authorities deported 250 Myanmar nationals from Lumut on Monday, "
                "an immigration official said.\n")  # fmt: skip
    inc = only(x)
    assert (inc.where.city, inc.where.country) == ("Lumut", "MY")


def test_a_facility_in_the_next_sentence_locates_a_return_of_the_same_people() -> None:
    x = extract(
        "Thai authorities deported 25 Uyghur men to China on 3 March.\n"
        "The men were taken out of the Chiang Saen Immigration Detention Centre at night and "
        "put on a plane to Urumqi.\n"
    )
    inc = only(x)
    assert inc.where.facility == "Chiang Saen Immigration Detention Centre"


def test_an_arrest_told_of_a_party_in_a_relative_clause_is_an_event_where_it_happened() -> None:
    x = extract("A Hmong man and his two sons who were arrested in northern Thailand in early "
                "May have been handed to Lao police and sent back to Laos, River Crossing Aid "
                "said.\n")  # fmt: skip
    arrest = next(i for i in x.incidents if i.kind == "arrest")
    assert arrest.count is not None and arrest.count.low == 3
    assert arrest.from_country == "TH"
    assert (arrest.when.earliest, arrest.when.latest) == (dt.date(2024, 5, 1), dt.date(2024, 5, 10))


def test_a_transfer_across_the_river_to_state_security_is_a_return() -> None:
    inc = only(extract("Chinese police transferred the nine women across the Yalu to North "
                       "Korean state security last week, relatives said.\n"))  # fmt: skip
    assert inc.kind == "forced_return" and (inc.from_country, inc.to_country) == ("CN", "KP")


def test_people_held_who_could_be_handed_on_face_the_onward_country() -> None:
    text = ("At least three other North Koreans are being held by police in Bokeo province "
            "and could be handed to China at any time, the group said.\n")  # fmt: skip
    inc = only(extract(text))
    assert inc.kind == "detention" and (inc.from_country, inc.to_country) == ("LA", "CN")
    assert inc.where.province == "Bokeo"
