"""English statements: general sentence shapes met in unseen reports (stances, silence,
letters, resolutions, private people, possessive owners), on sentences written for here."""

from __future__ import annotations

from test_en_statements import one, statements_of


def test_said_nothing_is_a_decline_by_the_body_so_described() -> None:
    found = statements_of(
        'Last month the Ministry of Labour in Quito said it was "reviewing the reports", '
        "and the interior ministry said nothing at all.\n"
    )
    assert one(found, "Ministry of Labour")[0].type == "decline"
    interior = [s for s in found if "interior" in s.speaker.casefold()]
    assert [s.type for s in interior] == ["decline"]


def test_a_stance_verb_reports_what_the_state_holds() -> None:
    found = statements_of(
        "Peru regards the Venezuelans who cross without permits as illegal economic "
        "migrants and has long deported them.\n"
    )
    assert [(s.speaker, s.type) for s in found] == [("Peru", "defend")]


def test_private_people_in_a_country_do_not_speak_for_it() -> None:
    found = statements_of(
        "Peru said on Monday that the Venezuelans were illegal migrants.\n"
        "Their cousins in Peru fear they may be the next ones sent away.\n"
        "Families of the deported in Peru worry that the camps are full.\n"
    )
    assert [s.type for s in found] == ["defend"]


def test_its_spokesman_is_named_after_the_owner_once() -> None:
    found = statements_of(
        "Peru said nothing on Monday. Two days after the handover, its foreign ministry "
        "spokesman repeated that the group were illegal migrants.\n"
    )
    names = [s.speaker for s in found if s.type == "defend"]
    assert names == ["Peru's foreign ministry spokesman"]


def test_letters_and_subjunctive_requests_are_urges() -> None:
    found = statements_of(
        "Maria Ortega, whose brother is held in Tacna, has written to the labour ministry "
        "and to a refugee charity in Lima, asking them to press Santiago for information.\n"
        "Luis Ferrer, the foreign ministry's envoy for Venezuelan migrants, met Chen Li in "
        "Lima last Thursday and requested that none of the prisoners be deported.\n"
    )
    assert one(found, "Maria Ortega")[0].type == "urge"
    ferrer = one(found, "Luis Ferrer")
    assert ferrer[0].type == "urge"
    assert ferrer[0].speaker_country is None  # "for Venezuelan migrants" is a topic


def test_a_committee_adopting_a_resolution_speaks() -> None:
    found = statements_of(
        "In Congress, the foreign relations committee on Tuesday adopted a resolution "
        "calling on Chile to stop the expulsions.\n"
    )
    assert [(s.speaker, s.type, s.target_country) for s in found] == [
        ("Foreign relations committee", "urge", "CL")
    ]


def test_a_commentary_urging_two_states_makes_two_demands() -> None:
    found = statements_of(
        "Opinion\nBy Hannah Wolfe\n\n"
        "Peru's government should stop handling these families as pawns in a dispute with "
        "its neighbour. And Chile must halt the expulsions and let the UN interview everyone "
        "still held in Arica.\n\n"
        "Hannah Wolfe is a former protection officer.\n"
    )
    urges = {(s.type, s.target_country) for s in one(found, "Hannah Wolfe")}
    assert urges == {("urge", "PE"), ("urge", "CL")}


def test_a_returning_state_defends_by_burden_scope_and_orders() -> None:
    found = statements_of(
        "Chile's interior ministry insists that the rule targets only migrants without permits "
        "and that the state can no longer bear the cost of sheltering them. "
        '"Anyone who arrived legally is safe. Everyone else must leave," Mario Vidal, a '
        "deputy governor of Tarapaca, said in a radio interview.\n"
    )
    assert [s.type for s in one(found, "Chile's interior ministry")] == ["defend"]
    assert [s.type for s in one(found, "Mario Vidal")] == ["defend"]


def test_a_committee_that_speaks_is_an_actor() -> None:
    import hashlib

    from refwatch.extract.en_actors import find_actors
    from refwatch.extract.en_speaker_actors import speaker_actors
    from refwatch.extract.en_statements import find_statements
    from refwatch.model import Document
    from refwatch.nlp.spacy_model import english

    text = (
        "In Congress, the foreign relations committee on Tuesday adopted a resolution "
        "calling on Chile to stop the expulsions.\n"
    )
    sha = hashlib.sha256(text.encode()).hexdigest()
    doc = Document(id=sha[:16], sha256=sha, source="t.txt", raw=text.encode(), text=text, lang="en")
    sdoc = english()(text)
    actors = find_actors(doc, sdoc)
    added = speaker_actors(find_statements(doc, sdoc, actors), actors)
    assert [a.name for a in added] == ["Foreign relations committee"]


def test_an_official_without_a_state_speaks_for_the_dateline_or_the_named_ministry() -> None:
    filed = statements_of(
        "KUALA LUMPUR: Malaysia deported 80 Myanmar nationals on Monday.\n"
        "Immigration director-general Datuk Rahim Osman said on Monday that the group were "
        "immigration offenders.\n"
    )
    assert [s.speaker_country for s in one(filed, "Rahim Osman")] == ["MY"]
    named = statements_of(
        "Chile's Interior Ministry is troubled by these accounts, ministry spokesperson "
        "Ana Ruiz said at a briefing on Friday.\n"
    )
    assert {s.speaker_country for s in one(named, "Ana Ruiz")} == {"CL"}
