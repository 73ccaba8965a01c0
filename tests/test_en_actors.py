"""English actors: name variants, roles, organisations, governments; scored on the dev corpus."""

from __future__ import annotations

import pytest

from en_dev import SHARED, dev_scores, make_doc
from refwatch.extract.en_actors import find_actors
from refwatch.model import Actor, Document
from refwatch.nlp.en_names import same_name, short_form_of, variant_key
from refwatch.nlp.spacy_model import english


def actors_of(text: str) -> list[Actor]:
    doc = make_doc(text)
    return find_actors(doc, english()(text))


def by_name(actors: list[Actor], name: str) -> Actor:
    hits = [a for a in actors if a.name == name or name in a.aliases]
    assert hits, f"{name} not among {[a.name for a in actors]}"
    return hits[0]


def test_romanisation_variants_are_one_name() -> None:
    assert same_name("Jeong Park", "Jung Pak")
    assert same_name("Cho Tae-yeol", "Cho Tae-yul")
    assert same_name("Lee Min-su", "Yi Min-su")
    assert variant_key("Kim Young-sam") == variant_key("Kim Yung-sam")
    assert not same_name("Choi Eun-bi", "Choi Eun-young")
    assert not same_name("Kim Jong Un", "Kim Yo Jong")


def test_short_forms() -> None:
    assert short_form_of("Pak", "Jung Pak")
    assert short_form_of("Eun-young", "Choi Eun-young")
    assert not short_form_of("Park", "Park")
    assert not short_form_of("Lee", "Kim Min-su")


def test_people_roles_and_variants_merge() -> None:
    text = (
        "South Korean Unification Minister Han Seung-woo told lawmakers on Tuesday that the "
        "ministry was checking the reports.\n"
        "Han Sung-woo, as his name is also spelled, said the government had raised the case "
        "with Beijing.\n"
        '"We are deeply worried," said Oh Ji-hye, director of the Busan Refugee Legal Aid '
        "Centre, a small charity.\n"
        "Minister Han did not answer questions.\n"
    )
    actors = actors_of(text)
    han = by_name(actors, "Han Seung-woo")
    assert "Han Sung-woo" in han.aliases
    assert "Minister Han" in han.aliases
    assert han.kind == "person" and han.country == "KR"
    assert han.role == "Unification Minister"
    oh = by_name(actors, "Oh Ji-hye")
    assert oh.role == "Director" and oh.org == "Busan Refugee Legal Aid Centre"
    assert oh.country is None
    ngo = by_name(actors, "Busan Refugee Legal Aid Centre")
    assert ngo.kind == "organization"
    assert len([a for a in actors if a.kind == "person"]) == 2


def test_acronyms_registry_and_governments() -> None:
    text = (
        "The Mekong Migrant Defence Network (MMDN) said on Friday that the Thai government "
        "had ignored its appeals.\n"
        "MMDN also asked the UN refugee agency to intervene, and Human Rights Watch said the "
        "deportations breached international law.\n"
        "Thai authorities said the men had entered the country illegally.\n"
    )
    actors = actors_of(text)
    mmdn = by_name(actors, "Mekong Migrant Defence Network")
    assert mmdn.aliases == ["MMDN"]
    unhcr = by_name(actors, "UNHCR")
    assert "UN refugee agency" in unhcr.aliases and unhcr.country is None
    hrw = by_name(actors, "Human Rights Watch")
    assert "HRW" in hrw.aliases
    thai = by_name(actors, "Thai government")
    assert thai.kind == "government" and thai.country == "TH"
    assert "Thai authorities" in thai.aliases


def test_no_junk_actors() -> None:
    text = (
        "SEOUL (Harbour Wire) - Activists said on Monday that about 30 people had been sent "
        "back across the Tumen river.\n"
        "The Convention against Torture bars such returns, said Ryu Ha-eun, a researcher at "
        "the Yalu Border Watch.\n"
        "Reporter Jin Soo-min\n"
        "© 2024 Harbour Wire. All rights reserved.\n"
    )
    names = {a.name for a in actors_of(text)}
    assert "Ryu Ha-eun" in names and "Yalu Border Watch" in names
    assert not names & {"Harbour Wire", "Convention against Torture", "Jin Soo-min"}


@pytest.mark.skipif(not SHARED.is_dir(), reason="needs ../shared")
def test_dev_corpus_actor_figures() -> None:
    res = dev_scores()
    assert res["actors"]["f1"] >= 0.85
    assert res["aliases_merged"] >= 0.9


def test_possessive_organisation_and_dateline_are_not_names() -> None:
    text = (
        "ISLAMABAD - Pakistan on Thursday resumed expulsions of undocumented Afghans, "
        "officials said.\n"
        "Amnesty International's South Asia director, Smriti Singh, said Pakistan was "
        "violating its obligations under international law.\n"
    )
    actors = actors_of(text)
    names = {a.name for a in actors}
    assert "Amnesty International" in names
    assert not [n for n in names if "ISLAMABAD" in n or "South Asia" in n]
    singh = by_name(actors, "Smriti Singh")
    assert singh.org == "Amnesty International" and singh.role == "South Asia director"


def test_acronym_takes_its_long_form_from_the_masthead() -> None:
    body = (
        "The Mekong Asylum Watch said 20 Hmong were returned from Laos last week.\n"
        "MAW director Sorn Vannak said the group had documented every case.\n"
    )
    page = "Mekong Asylum Watch\nHome   Reports   About MAW\n" + body + "MAW is a charity.\n"
    doc = make_doc(body)
    doc = Document(
        id=doc.id,
        sha256=doc.sha256,
        source="t.txt",
        raw=page.encode(),
        text=body,
        published=doc.published,
        lang="en",
    )
    found = find_actors(doc, english()(body))
    maw = by_name(found, "MAW")
    assert {"MAW", "Mekong Asylum Watch"} <= {maw.name, *maw.aliases}


def test_spelling_variants_of_one_korean_name_are_one_actor() -> None:
    found = actors_of(
        "Lawmaker Park Seong-min said the returns must stop.\n"
        "Park Sung-min later told reporters Seoul had raised the case.\n"
        "Pak Seong-min added that he would visit the border.\n"
    )
    people = [a for a in found if a.kind == "person"]
    assert len(people) == 1
    assert {"Park Seong-min", "Park Sung-min", "Pak Seong-min"} <= {
        people[0].name,
        *people[0].aliases,
    }


def test_ministries_and_embassies_of_any_state_are_governments() -> None:
    found = actors_of(
        "The Malaysian home ministry said the men were immigration offenders.\n"
        "Activists rallied in front of the Chinese Embassy in Kuala Lumpur on Sunday.\n"
        "The Myanmar embassy in Bangkok said it had no comment.\n"
    )
    home = by_name(found, "Malaysian home ministry")
    assert home.kind == "government" and home.country == "MY"
    assert by_name(found, "Myanmar embassy in Bangkok").country == "MM"
    assert not [a for a in found if "Chinese Embassy" in a.name]


def test_sentence_openers_dates_and_crossings_are_not_organisations() -> None:
    found = actors_of(
        "For the 148 Nigerians on the flight, the Lagos Returnee Network said little had "
        "changed.\n"
        "Forty Uyghur men were flown out, the Bangkok Asylum Collective said.\n"
        "Police rounded up 70 men in Quetta on Nov. 3, the Baloch Refugee Forum said.\n"
        "They were pushed through the Quanhe crossing at dawn, the Tumen Watch Group said.\n"
    )
    names = {a.name for a in found}
    assert {"Lagos Returnee Network", "Bangkok Asylum Collective"} <= names
    assert not [n for n in names if n.startswith(("For ", "Forty")) or "Nov" in n]
    assert "Quanhe" not in names


def test_a_ministry_page_lends_its_spokesperson_its_state() -> None:
    body = (
        "Deputy Spokesperson Ryu Min-ji: We are checking the reports that 30 people were "
        "sent back from Vietnam last week.\n"
    )
    page = "Ministry of Unification\nHome > Briefings\n\n" + body
    doc = make_doc(body)
    doc = Document(
        id=doc.id,
        sha256=doc.sha256,
        source="t.txt",
        raw=page.encode(),
        text=body,
        published=doc.published,
        lang="en",
    )
    found = find_actors(doc, english()(body))
    ryu = by_name(found, "Ryu Min-ji")
    assert ryu.country == "KR" and ryu.org == "Ministry of Unification"
    assert by_name(found, "Ministry of Unification").kind == "government"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Police in the Gilgit-Baltistan region rounded up migrants. Officers from Gilgit-"
            "Baltistan said more raids would follow, and Farida Anwar, a lawyer, objected.",
            "Gilgit-Baltistan",
        ),
        (
            "The group was flown out of Suvarnabhumi airport at dawn. Suvarnabhumi was closed"
            " to reporters, said Niran Chaiyo, an activist.",
            "Suvarnabhumi",
        ),
        (
            "Guards moved the men through Uttar Pradesh overnight, said Meera Joshi, a lawyer.",
            "Uttar Pradesh",
        ),
        (
            "Buses left Khyber Pakhtunkhwa before noon, said Omar Khel, a trader there.",
            "Khyber Pakhtunkhwa",
        ),
    ],
)
def test_places_are_not_people_or_organisations(text: str, place: str) -> None:
    names = [a.name for a in actors_of(text)]
    assert place not in names, names


def test_people_named_in_apposition_are_people_with_roles() -> None:
    actors = actors_of(
        "The minister is due to meet Sabine Okonkwo-Reyes, a senior policy adviser at the "
        "Baltic Migration Institute, next week.\n"
        "Joon-ho Seo, who runs the Busan-based Safe Harbour Legal Clinic, disagreed.\n"
    )
    sabine = by_name(actors, "Sabine Okonkwo-Reyes")
    assert sabine.kind == "person"
    assert sabine.role == "Senior policy adviser"
    assert sabine.org == "Baltic Migration Institute"
    joon = by_name(actors, "Joon-ho Seo")
    assert joon.kind == "person"
    assert (joon.role, joon.org) == ("Head", "Safe Harbour Legal Clinic")


def test_a_lone_given_name_joins_the_full_name() -> None:
    actors = actors_of(
        "Pranee Kittisak, a lawyer with the Isan Rights Centre, filed the appeal.\n"
        "Pranee said the court had ignored the evidence.\n"
    )
    assert "Pranee" in by_name(actors, "Pranee Kittisak").aliases


def test_towns_after_place_prepositions_are_not_organisations() -> None:
    actors = actors_of(
        "The coast guard sent the 40 men back from Kuantok, a harbour town, on Friday.\n"
        "Lawyers in Rendova said the Tidewater Rights Network had not been told.\n"
    )
    names = {a.name for a in actors}
    assert "Kuantok" not in names and "Rendova" not in names
    assert "Tidewater Rights Network" in names


def test_base_city_is_no_part_of_a_name() -> None:
    actors = actors_of(
        "Aiko Tanabe, who heads the Osaka-based Harbour Light Refugee Network, said the "
        "men had been returned without a hearing.\n"
    )
    assert "Harbour Light Refugee Network" in {a.name for a in actors}


def test_workplace_kept_only_when_it_speaks_later() -> None:
    spoke = actors_of(
        "Rahel Tesfaye met Viengsay Keomany, first secretary at the Lao Embassy in Hanoi, "
        "on Tuesday.\nThe embassy later said it had no record of the men.\n"
    )
    assert by_name(spoke, "Viengsay Keomany").org == "Lao Embassy in Hanoi"
    assert by_name(spoke, "Lao Embassy in Hanoi").kind == "government"
    silent = actors_of(
        "Rahel Tesfaye met Arjun Menon, a joint secretary at the Ministry of Home Affairs, "
        "on Tuesday.\nHe promised that the ministry would look into the case.\n"
    )
    assert by_name(silent, "Arjun Menon").org == "Ministry of Home Affairs"
    assert "Ministry of Home Affairs" not in {a.name for a in silent}


def _page_doc(raw: str, body: str) -> Document:
    doc = make_doc(body)
    return Document(
        id=doc.id,
        sha256=doc.sha256,
        source="t.txt",
        raw=raw.encode(),
        text=body,
        published=doc.published,
        lang="en",
    )


def test_commentary_author_and_workplace_come_from_the_bio() -> None:
    body = "Governments keep sending people back, and nobody pays a price for it.\n"
    raw = (
        "COMMENTARY | EUROPE\n\nWhy returns cost nothing\n\nBy Tobias Lindqvist-Aho\n\n"
        + body
        + "\nTobias Lindqvist-Aho is a visiting fellow at the Nordkapp Institute for "
        "Asylum Studies and a former caseworker.\n"
    )
    doc = _page_doc(raw, body)
    actors = find_actors(doc, english()(body))
    author = by_name(actors, "Tobias Lindqvist-Aho")
    assert author.role == "Visiting fellow"
    assert author.org == "Nordkapp Institute for Asylum Studies"
    assert "Nordkapp Institute for Asylum Studies" in {a.name for a in actors}


def test_news_reporter_byline_is_no_actor() -> None:
    body = "Forty men were flown home on Monday, officials said.\n"
    raw = "World News\n\nMen flown home\n\nBy Grete Mahlberg\n\n" + body
    actors = find_actors(_page_doc(raw, body), english()(body))
    assert "Grete Mahlberg" not in {a.name for a in actors}


def test_clause_openers_are_no_part_of_a_title() -> None:
    actors = actors_of(
        "When Thai Foreign Minister Wichai Somboon met the delegation, he said little.\n"
        "Nora Quist, met the visitors at the gate, officials said.\n"
    )
    assert by_name(actors, "Wichai Somboon").role == "Foreign Minister"
