"""English actors: general rules for spans the tagger gets wrong, outlets credited as a
source, courts, common nouns and titled short names (sentences written for these tests)."""

from __future__ import annotations

from en_dev import make_doc
from refwatch.extract.en_actors import find_actors
from refwatch.model import Actor
from refwatch.nlp.spacy_model import english


def actors_of(text: str) -> list[Actor]:
    doc = make_doc(text)
    return find_actors(doc, english()(text))


def names(actors: list[Actor]) -> set[str]:
    return {n for a in actors for n in [a.name, *a.aliases]}


def test_courtesy_title_short_name_is_kept_as_written() -> None:
    found = actors_of(
        "Rights lawyer Ana Ferro, who runs the Harbour Legal Clinic, said the men were at "
        "risk.\nMs Ferro said she had written to the ministry twice.\n"
    )
    ferro = next(a for a in found if a.name == "Ana Ferro")
    assert "Ms Ferro" in ferro.aliases


def test_person_leading_a_body_span_leaves_the_body() -> None:
    found = actors_of(
        '"The state must act faster," said Rina Thapa of the Pokhara-based Migrant Care Network.\n'
    )
    assert {"Rina Thapa", "Migrant Care Network"} <= names(found)


def test_titled_person_tagged_as_body() -> None:
    found = actors_of(
        "Ms Amara Diallo of the Harbour Refugee Network wrote to the minister on Monday.\n"
    )
    people = [a for a in found if a.kind == "person"]
    assert [a.name for a in people] == ["Amara Diallo"]
    assert "Harbour Refugee Network" in names(found)


def test_outlet_credited_as_source_is_an_actor() -> None:
    found = actors_of(
        "A border volunteer told Reuters that 40 men had been sent back on Monday.\n\n"
        "Photo: Reuters\n"
    )
    assert "Reuters" in names(found)


def test_outlet_only_asking_is_not_an_actor() -> None:
    found = actors_of(
        "A reporter from Japan's Kyodo News asked whether the men had been sent back.\n"
    )
    assert not any("Kyodo" in n for n in names(found))


def test_court_that_never_speaks_is_not_an_actor() -> None:
    found = actors_of(
        "The men were flown out hours after the Federal Court in Lahore ordered a stay, "
        "lawyers said.\n"
    )
    assert not any("Court" in n for n in names(found))


def test_court_that_speaks_is_an_actor() -> None:
    found = actors_of(
        "The Refugee Appeals Tribunal said on Monday that the family could not be removed.\n"
    )
    assert "Refugee Appeals Tribunal" in names(found)


def test_sentence_initial_common_noun_and_listed_town_are_not_bodies() -> None:
    found = actors_of(
        "Deportees said they feared arrest at home. Several deportees had worked in Karachi "
        "and Hyderabad, the Sindh Workers Union said.\n"
    )
    assert "Deportees" not in names(found)
    assert "Hyderabad" not in names(found)


def test_portfolio_ministry_of_a_state() -> None:
    found = actors_of(
        "Nepal's labour ministry said it would pay for the flights, and Malaysia's human "
        "resources ministry urged employers to settle unpaid wages.\n"
    )
    by = {a.name: a for a in found}
    assert by["Nepal's labour ministry"].country == "NP"
    assert by["Malaysia's human resources ministry"].kind == "government"


def test_islamic_emirate_is_the_taliban_government() -> None:
    found = actors_of(
        "Officials of the Islamic Emirate said every returnee would be safe, and the Taliban "
        "government later repeated the promise.\n"
    )
    gov = [a for a in found if a.country == "AF"]
    assert len(gov) == 1 and "Islamic Emirate" in names(gov)


def test_licence_and_review_procedure_are_not_bodies() -> None:
    found = actors_of(
        "The group urged Hanoi to raise the cases at the Universal Periodic Review of Laos.\n\n"
        "This bulletin is published under a Creative Commons licence.\n"
    )
    assert not any("Periodic Review" in n or "Creative Commons" in n for n in names(found))


def test_treaty_word_opening_a_body_name() -> None:
    found = actors_of(
        "Covenant Refugee Advocacy today called on Laos to stop the returns. Laos is a party "
        "to the Refugee Convention and the International Covenant on Civil and Political "
        "Rights.\n"
    )
    assert "Covenant Refugee Advocacy" in names(found)
    assert not any("Convention" in n or "Covenant on" in n for n in names(found))


def test_columnist_with_a_writer_label() -> None:
    found = actors_of(
        "Opinion > Columnists\n\nWhy the buses leave at night\n"
        "Writer: Dara Phommachanh\n\n"
        "The men were driven to the border before dawn, their lawyers said.\n\n"
        "Dara Phommachanh is a columnist for the Mekong Ledger.\n"
    )
    assert "Dara Phommachanh" in names(found)
