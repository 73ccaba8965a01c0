"""English actors: honours written before a name are neither name nor role."""

from __future__ import annotations

from test_en_statements import statements_of


def test_an_honour_before_a_name_is_dropped() -> None:
    found = statements_of(
        "Immigration director-general Datuk Rahim Osman said on Monday that the group had "
        "agreed to go home voluntarily.\n"
    )
    assert "Rahim Osman" in {s.speaker for s in found}
    assert all("Datuk" not in s.speaker for s in found)


def test_the_role_keeps_no_honour() -> None:
    import hashlib

    from refwatch.extract.en_actors import find_actors
    from refwatch.model import Document
    from refwatch.nlp.spacy_model import english

    text = "Immigration director-general Datuk Rahim Osman said the men had left.\n"
    sha = hashlib.sha256(text.encode()).hexdigest()
    doc = Document(id=sha[:16], sha256=sha, source="t.txt", raw=text.encode(), text=text, lang="en")
    person = next(a for a in find_actors(doc, english()(text)) if a.kind == "person")
    assert person.name == "Rahim Osman"
    assert person.role == "Immigration director-general"


def _actors(text: str) -> list[tuple[str, str | None]]:
    import hashlib

    from refwatch.extract.en_actors import find_actors
    from refwatch.model import Document
    from refwatch.nlp.spacy_model import english

    sha = hashlib.sha256(text.encode()).hexdigest()
    doc = Document(id=sha[:16], sha256=sha, source="t.txt", raw=text.encode(), text=text, lang="en")
    return [(a.name, a.country) for a in find_actors(doc, english()(text))]


def test_a_state_force_that_acts_is_an_actor() -> None:
    found = _actors(
        "Chilean border police drove about 40 Haitians to the frontier on Monday.\n"
        "The family was caught by Peruvian police in May.\n"
    )
    assert ("Chilean border police", "CL") in found
    assert not any("Peruvian" in n for n, _ in found)  # named only as the one who caught


def test_an_outlet_told_by_its_short_name_takes_the_page_name() -> None:
    found = _actors(
        "The Harbour Daily Herald\n\n"
        "A fishmonger from Tacna told The Harbour Herald she had counted 22 on the ferry.\n"
    )
    assert ("The Harbour Herald", None) in found


def test_imperatives_and_place_modifiers_are_no_bodies() -> None:
    found = _actors(
        'Maria Ortega asks for one thing. "Let the Red Cross talk to him," she said.\n'
        "He is kept at a State Guard holding facility outside Tacna.\n"
    )
    assert [n for n, _ in found] == ["Maria Ortega"]


def test_a_person_named_only_by_a_given_name() -> None:
    found = _actors(
        "Take a fisherman we will call Bo-ra. Police picked him up near Tacna in March.\n"
    )
    assert ("Bo-ra", None) in found
