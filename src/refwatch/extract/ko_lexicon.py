"""The Korean extractor's word lists, read once from `domain/ko/*.yaml`.

Everything the Korean rules match on lives in those files, so a user adds a trigger word,
a title or a place there without touching code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from refwatch.domain import load_data, place_names


@dataclass(frozen=True)
class Trigger:
    kind: str
    pattern: re.Pattern[str]
    to: str | None = None
    needs_people: bool = False
    needs_destination: bool = False
    # "공안에 끌려갔다": the verb is an arrest only with the body that took them right before
    needs_agent: bool = False


@dataclass(frozen=True)
class Lexicon:
    triggers: tuple[Trigger, ...]
    not_after: tuple[str, ...]
    not_before: tuple[str, ...]
    people: dict[str, str | None]
    not_people: tuple[str, ...]
    reference_nouns: tuple[str, ...]
    facility_nouns: tuple[str, ...]
    facility_modifiers: tuple[str, ...]
    carried_subjects: tuple[str, ...]
    not_place_after: tuple[str, ...]
    crossing_after: tuple[str, ...]
    hearsay: tuple[str, ...]
    author_voice: tuple[str, ...]
    relevance: tuple[str, ...]
    verbs: dict[str, re.Pattern[str]]
    generic: re.Pattern[str]
    reporting: re.Pattern[str]
    content: dict[str, re.Pattern[str]]
    self_reference: tuple[str, ...]
    topic_words: tuple[str, ...]
    meet_with: re.Pattern[str]
    meet_together: re.Pattern[str]
    meet_announce: re.Pattern[str]
    roles: tuple[str, ...]
    not_person: tuple[str, ...]
    person_pronouns: tuple[str, ...]
    body_voices: tuple[str, ...]
    org_anaphors: tuple[str, ...]
    org_suffixes: tuple[str, ...]
    gov_words: tuple[str, ...]
    org_words: tuple[str, ...]
    generic_orgs: frozenset[str]
    media_suffixes: tuple[str, ...]
    surnames: frozenset[str]
    foreign_syllables: frozenset[str]
    not_names: frozenset[str]
    home_government: str | None
    legislatures: tuple[str, ...] = ()
    loan_org_endings: tuple[str, ...] = ()
    source_nouns: tuple[str, ...] = ()
    members: tuple[str, ...] = ()
    topic_after: tuple[str, ...] = ()
    agents: tuple[str, ...] = ()
    gov_units: tuple[str, ...] = ()
    forecast: re.Pattern[str] = re.compile(r"(?!)")  # "…라고 내다봤다": a warning by default


def _alt(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


def _strs(data: dict[str, Any], key: str) -> tuple[str, ...]:
    return tuple(str(x) for x in data.get(key) or ())


@cache
def lexicon() -> Lexicon:
    inc: dict[str, Any] = load_data("ko/incidents.yaml") or {}
    st: dict[str, Any] = load_data("ko/statements.yaml") or {}
    mt: dict[str, Any] = load_data("ko/meetings.yaml") or {}
    ro: dict[str, Any] = load_data("ko/roles.yaml") or {}
    nm: dict[str, Any] = load_data("ko/names.yaml") or {}
    co: dict[str, Any] = load_data("ko/countries.yaml") or {}
    triggers = tuple(
        Trigger(
            kind=kind,
            pattern=re.compile(t["pattern"]),
            to=t.get("to"),
            needs_people=bool(t.get("needs_people")),
            needs_destination=bool(t.get("needs_destination")),
            needs_agent=bool(t.get("needs_agent")),
        )
        for kind, items in (inc.get("triggers") or {}).items()
        for t in items
    )
    return Lexicon(
        triggers=triggers,
        not_after=_strs(inc, "not_after"),
        not_before=_strs(inc, "not_before"),
        topic_after=_strs(inc, "topic_after"),
        agents=_strs(inc, "agents"),
        people={str(k): v for k, v in (inc.get("people") or {}).items()},
        not_people=_strs(inc, "not_people"),
        reference_nouns=_strs(inc, "reference_nouns"),
        not_place_after=_strs(inc, "not_place_after"),
        facility_nouns=tuple(sorted(_strs(inc, "facility_nouns"), key=len, reverse=True)),
        carried_subjects=_strs(inc, "carried_subjects"),
        facility_modifiers=tuple(sorted(_strs(inc, "facility_modifiers"), key=len, reverse=True)),
        crossing_after=_strs(inc, "crossing_after"),
        hearsay=_strs(inc, "hearsay"),
        author_voice=_strs(inc, "author_voice"),
        relevance=_strs(inc, "relevance"),
        verbs={k: _alt(v) for k, v in (st.get("verbs") or {}).items()},
        generic=_alt([*(st.get("generic") or []), *(st.get("forecast") or [])]),
        forecast=_alt(st.get("forecast") or ["(?!)"]),
        reporting=_alt(
            [*(st.get("generic") or []), *(st.get("reporting") or [])]
            + [p for v in (st.get("verbs") or {}).values() for p in v]
        ),
        content={k: _alt(v) for k, v in (st.get("content") or {}).items()},
        self_reference=_strs(st, "self_reference"),
        topic_words=_strs(st, "topic_words"),
        meet_with=_alt(mt.get("with") or []),
        meet_together=_alt(mt.get("together") or []),
        meet_announce=_alt(mt.get("announce") or []),
        roles=tuple(sorted(_strs(ro, "roles"), key=len, reverse=True)),
        not_person=_strs(ro, "not_person"),
        person_pronouns=_strs(ro, "person_pronouns"),
        body_voices=_strs(ro, "body_voices"),
        org_anaphors=_strs(ro, "org_anaphors"),
        org_suffixes=tuple(sorted(_strs(ro, "org_suffixes"), key=len, reverse=True)),
        gov_words=tuple(sorted(_strs(ro, "gov_words"), key=len, reverse=True)),
        gov_units=tuple(sorted(_strs(ro, "gov_units"), key=len, reverse=True)),
        org_words=_strs(ro, "org_words"),
        generic_orgs=frozenset(_strs(ro, "generic_orgs")),
        media_suffixes=_strs(ro, "media_suffixes"),
        surnames=frozenset(_strs(nm, "name_surnames")),
        foreign_syllables=frozenset(_strs(nm, "foreign_syllables")),
        not_names=frozenset(_strs(nm, "not_names")),
        home_government=co.get("home_government"),
        legislatures=_strs(ro, "legislatures"),
        loan_org_endings=tuple(sorted(_strs(ro, "loan_org_endings"), key=len, reverse=True)),
        source_nouns=_strs(ro, "source_nouns"),
        members=_strs(ro, "members"),
    )


@cache
def place_pattern() -> re.Pattern[str]:
    """Korean place names from the gazetteer, longest first, on a word's left edge."""
    names = sorted(place_names("ko"), key=len, reverse=True)
    return re.compile(r"(?<![가-힣A-Za-z])(?:" + "|".join(re.escape(n) for n in names) + ")")
