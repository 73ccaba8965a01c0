"""The English incident lexicon (`domain/en/incidents.yaml`) as sets, loaded once."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, cached_property
from typing import Any

from refwatch.domain import load_data
from refwatch.nlp.countries import words_of_kind


@dataclass(frozen=True)
class IncidentLexicon:
    return_verbs: frozenset[str]
    people_verbs: frozenset[str]
    particles: dict[str, frozenset[str]]  # forced-return verbs
    arrest_particles: dict[str, frozenset[str]]
    return_nouns: frozenset[str]
    hold_verbs: frozenset[str]
    custody_words: frozenset[str]
    arrest_verbs: frozenset[str]
    needs_authority: frozenset[str]
    continuation_verbs: frozenset[str]
    authorities: frozenset[str]
    people: frozenset[str]
    singular_people: frozenset[str]
    new_group: frozenset[str]
    implied_nationality: dict[str, str]
    negative_patients: frozenset[str]
    negative_words: tuple[str, ...]
    reporting_verbs: frozenset[str]
    crossing_words: tuple[str, ...]
    anaphoric_times: dict[str, int]
    ongoing_words: frozenset[str]
    prefilter_incident: tuple[str, ...]
    prefilter_weak: tuple[str, ...]
    prefilter_topic: tuple[str, ...]

    @cached_property
    def all_trigger_words(self) -> frozenset[str]:
        """Every word that can start a trigger: a sentence without one has none."""
        return (
            self.return_verbs
            | self.people_verbs
            | self.return_nouns
            | self.hold_verbs
            | self.arrest_verbs
            | self.continuation_verbs
            | {"detention", "custody"}
        )


def _set(values: Any) -> frozenset[str]:
    return frozenset(str(v).casefold() for v in values or ())


def _tuple(values: Any) -> tuple[str, ...]:
    return tuple(str(v).casefold() for v in values or ())


@cache
def lexicon() -> IncidentLexicon:
    data = load_data("en/incidents.yaml") or {}
    trig = data.get("triggers", {})
    ret, held, arrest = (
        trig.get("forced_return", {}),
        trig.get("detention", {}),
        trig.get("arrest", {}),
    )
    particles = {verb: _set(words) for verb, words in (ret.get("needs_particle") or {}).items()}
    arrest_particles = {
        verb: _set(words) for verb, words in (arrest.get("needs_particle") or {}).items()
    }
    # nationalities named as people ("Syrians", "Rohingya") mark the subject too
    peoples = words_of_kind("en", {"demonym", "people"})
    return IncidentLexicon(
        return_verbs=_set(ret.get("verbs")),
        people_verbs=_set(ret.get("people_verbs")),
        particles=particles,
        arrest_particles=arrest_particles,
        return_nouns=_set(ret.get("nouns")),
        hold_verbs=_set(held.get("verbs")),
        custody_words=_set(held.get("custody_words")),
        arrest_verbs=_set(arrest.get("verbs")),
        needs_authority=_set(arrest.get("needs_authority")),
        continuation_verbs=_set(data.get("continuation_verbs")),
        authorities=_set(data.get("authorities")),
        people=_set(data.get("people")),
        singular_people=_set(data.get("singular_people")),
        new_group=_set(data.get("new_group")),
        implied_nationality={
            str(k).casefold(): str(v) for k, v in (data.get("implied_nationality") or {}).items()
        },
        negative_patients=_set(data.get("negative_patients")),
        negative_words=_tuple(data.get("negative_words")),
        reporting_verbs=_set(data.get("reporting_verbs")),
        crossing_words=_tuple(data.get("crossing_words")),
        anaphoric_times={
            str(k).casefold(): int(v) for k, v in (data.get("anaphoric_times") or {}).items()
        },
        ongoing_words=_set(data.get("ongoing_words")),
        prefilter_incident=_tuple(data.get("prefilter_incident")),
        prefilter_weak=_tuple(data.get("prefilter_weak")),
        prefilter_topic=_tuple(data.get("prefilter_topic")) + _tuple(sorted(peoples)),
    )
