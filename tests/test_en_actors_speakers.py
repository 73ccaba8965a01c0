"""English actors: a state's office that speaks is an actor even when the actor pass missed it."""

from __future__ import annotations

from refwatch.extract.en_speaker_actors import speaker_actors
from refwatch.model import Actor, Evidence, Statement


def _said(speaker: str, country: str | None) -> Statement:
    return Statement(
        speaker=speaker,
        type="decline",
        evidence=Evidence(0, 4, "said"),
        speaker_country=country,
    )


def test_unlisted_state_offices_become_actors_once() -> None:
    actors = [Actor(name="Thai government", kind="government", aliases=["Thailand"], country="TH")]
    found = [
        _said("Laos's interim government", "LA"),
        _said("Laos's interim government", "LA"),
        _said("Thailand", "TH"),
        _said("Defence ministry", None),
        _said("Rights groups", None),
        _said("A ministry official", "LA"),
        _said("Moscow", "RU"),
        _said("Laos's mission to the United Nations in Geneva", "LA"),
    ]
    new = speaker_actors(found, actors)
    assert [(a.name, a.country) for a in new] == [
        ("Laos's interim government", "LA"),
        ("Defence ministry", None),
        ("Laos's mission to the United Nations in Geneva", "LA"),
    ]
    assert all(a.kind == "government" for a in new)


def test_a_dateline_city_is_where_the_story_was_filed_not_an_actor() -> None:
    from en_dev import make_doc
    from refwatch.extract.en_actors import find_actors
    from refwatch.nlp.spacy_model import english

    text = (
        "Bangkok/Paris — The Mekong Exile Network today condemned the deportation of 30 "
        "Hmong asylum seekers by Laos.\n"
    )
    doc = make_doc(text)
    names = {n for a in find_actors(doc, english()(text)) for n in [a.name, *a.aliases]}
    assert "Paris" not in names and "France" not in names
    assert "Mekong Exile Network" in names
