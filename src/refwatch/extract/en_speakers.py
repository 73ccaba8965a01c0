"""Who a clause's subject is: an actor, a state, or a generic group ("rights groups").

Statements and meetings name their agents in many ways: a full name, a short form
("Pak"), a pronoun ("He said"), a definite description ("the ministry", "the group"), a
possessive ("Its foreign ministry"), a country or its capital ("Beijing insists") or a
generic group ("Activists had warned"). `Resolver` turns the subject of a verb into a
`Speaker`, remembering the most recent agents so pronouns and descriptions find theirs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from refwatch.extract.en_mention_base import countries_in
from refwatch.extract.en_registry import word_list
from refwatch.extract.en_speaker_bodies import (
    ASSEMBLIES,
    STATE_TITLES,
    bodies_in,
    named_before,
    state_office,
)
from refwatch.extract.en_speaker_descriptions import (
    Speaker,
    fits,
    fitting_body,
    initials,
    mission_named,
    modifiers,
)
from refwatch.extract.en_subject_phrases import definite, of_object, phrase, trim
from refwatch.model import Actor
from refwatch.nlp.en_names import fold, parts, same_name, short_form_of

__all__ = ["Resolver", "Speaker", "is_state_official"]

_PRONOUN_PERSON = {"he", "she", "him", "her", "his"}
_PRONOUN_OTHER = {"it", "its"}
_PRONOUN_PLURAL = {"they", "their", "them", "we", "our"}
_DESCRIPTIONS = {
    "government": "government",
    "ministry": "government",
    "military": "government",
    "department": "government",
    "authorities": "government",
    "administration": "government",
    "agency": None,
    "group": "organization",
    "groups": "organization",
    "organisation": "organization",
    "organization": "organization",
    "network": None,
    "institute": None,
    "company": "organization",
    "coalition": "organization",
}


@dataclass
class Resolver:
    actors: list[Actor]
    recent: list[Speaker] = field(default_factory=list)
    text: str = ""  # the document, for descriptions that point back to a bare mention

    def remember(self, speaker: Speaker) -> None:
        self.recent.append(speaker)

    def actor_named(self, text: str) -> Actor | None:
        """The actor a name refers to: exact, romanisation variant, or short form."""
        key = fold(text)
        if not key:
            return None
        for a in self.actors:
            if any(fold(n) == key for n in [a.name, *a.aliases]):
                return a
        if len(parts(text)) >= 2:
            for a in self.actors:
                if a.kind == "person" and any(same_name(text, n) for n in [a.name, *a.aliases]):
                    return a
        for a in self.actors:
            if a.kind == "person" and short_form_of(text, a.name):
                return a
        if re.fullmatch(r"[A-Z]{3,7}", text.strip()):
            # an acronym the text defined once ("the Delta Aid Forum (DAF)") and then uses
            for a in self.actors:
                if a.kind != "person" and initials(a.name) == text.strip():
                    return a
        return None

    def people_in(self, tok: Token) -> list[Speaker]:
        """Every person named in a coordinated subject ("A, B and C shared concerns")."""
        return self.people_in_text("".join(t.text_with_ws for t in tok.subtree))

    def people_in_text(self, text: str) -> list[Speaker]:
        """Every person named in `text`, in order."""
        found = []
        for a in self.actors:
            if a.kind != "person":
                continue
            for n in [a.name, *a.aliases]:
                m = re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", text)
                if m and len(n) > 3:
                    found.append((m.start(), Speaker(a.name, a.kind, a.country, a)))
                    break
        return [s for _, s in sorted(found, key=lambda x: x[0])]

    def bodies_in_text(self, text: str) -> list[Speaker]:
        """Every organisation or government named in `text`, in order ("the UN refugee
        agency and IOM said": both)."""
        return [self._speaker(a, surface, None) for a, surface in bodies_in(self.actors, text)]

    def _actor_in(self, span: Span) -> tuple[Actor, str] | None:
        """The actor named inside a subject phrase, people first ("Pakistan's interior
        minister, Sarfraz Bugti" is Bugti), longest name first."""
        text = span.text
        best: tuple[int, int, Actor, str] | None = None
        for a in self.actors:
            for n in sorted([a.name, *a.aliases], key=len, reverse=True):
                if len(n) < 3:
                    continue
                m = re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", text)
                if m is None:
                    continue
                rank = (0 if a.kind == "person" else 1, -len(n))
                if best is None or rank < (best[0], best[1]):
                    best = (rank[0], rank[1], a, m.group(0))
                break
        if best is None:
            for tok in span:
                named = self.actor_named(tok.text) if tok.pos_ == "PROPN" else None
                if named is not None:
                    return named, tok.text
            return None
        return best[2], best[3]

    def _last(self, want: str | None, word: str | None = None) -> Speaker | None:
        for s in reversed(self.recent):
            if s.actor is None and want != "any":
                continue
            if word and s.actor and word in fold(s.actor.name):
                return s
        for s in reversed(self.recent):
            if want == "any" or (want == "person" and s.kind == "person"):
                return s
            if want == "organization" and s.actor is not None and s.actor.org:
                # "..., said X, head of the Y Network. The group called on ...": Y
                org = self.actor_named(s.actor.org)
                if org is not None and org.kind == "organization":
                    return Speaker(org.name, org.kind, org.country, org)
            if want == "other" and s.kind not in (None, "person"):
                return s
            if want in ("government", "organization") and s.kind == want:
                return s
        return None

    def subject(self, tok: Token) -> Speaker | None:
        """The speaker a subject token (the head of the subject phrase) refers to."""
        low = tok.lower_
        if low in _PRONOUN_PERSON:
            return self._last("person")
        if low in _PRONOUN_OTHER:
            return self._last("other")
        if low in _PRONOUN_PLURAL:
            return self._last("any")
        named = self.people_in_text(tok.doc[tok.i : min(tok.i + 5, len(tok.doc))].text)
        if low in _SPOKES | {"official"} and named:
            # "ministry spokesperson Koo Min-ji told": the title's bearer, however parsed
            return named[0]
        if (
            low in _SPOKES
            and not self.people_in_text(
                tok.doc[tok.left_edge.i : tok.right_edge.i + 1].text
            )  # "A spokesman for X, Name, said": Name
            and (of := of_object(tok, ("for", "of", "at"))) is not None
        ):
            # "a spokesman for the foreign ministry said": the ministry speaks
            body = self.subject(of)
            if body is not None and of.lemma_.casefold() in fold(body.name):
                return body
        if tok.pos_ == "NOUN" and low in {w.casefold() for w in word_list("private_heads")}:
            return None  # "their relatives in Seoul fear": private people, not Seoul
        span = phrase(tok)
        poss = next((c for c in tok.children if c.dep_ == "poss"), None)
        if poss is not None and poss.lower_ in _DESCRIPTIONS and low in _SUB_BODIES:
            # "the ministry's excavation agency said": that unit, of the ministry's state
            body = self._last("government", poss.lower_)
            return Speaker(trim(span.text), "government", body.country if body else None)
        if not self.people_in_text(tok.doc[tok.left_edge.i : tok.right_edge.i + 1].text) and (
            office := state_office(tok, span)
        ):
            return Speaker(office[0], "government", office[1])
        found = self._actor_in(span)
        if found is None:
            # "The UN special rapporteur on North Korea, Elizabeth Salmon, said": the
            # apposition may hang off a word inside the phrase
            whole = tok.doc[tok.left_edge.i : tok.right_edge.i + 1]
            people = self.people_in_text(whole.text)
            if people and people[0].actor is not None:
                found = (people[0].actor, people[0].name)
        if found is not None and found[0].kind != "person":
            # "IOM's chief of mission, Maria Lindqvist, said": the person in apposition
            appos_text = tok.doc[tok.left_edge.i : tok.right_edge.i + 1].text
            for p in self.people_in_text(appos_text):
                if p.actor is not None and re.search(
                    rf",\s*{re.escape(p.name)}\s*,?\s*$", appos_text
                ):
                    found = (p.actor, p.name)
        if found is not None:
            actor, surface = found
            return self._speaker(actor, surface, span)
        if any(t.lower_ in ("its", "their") for t in span) and tok.lower_ != "its":
            rest = " ".join(t.text for t in span if t.lower_ not in ("its", "their"))
            # the owner is a body heard before, not this very phrase remembered a moment ago
            owner = next(
                (
                    s
                    for s in reversed(self.recent)
                    if s.kind not in (None, "person") and fold(rest) not in fold(s.name)
                ),
                None,
            )
            if owner is not None:
                name = f"{owner.name}'s {rest}" if owner.kind == "government" else rest
                return Speaker(name, "government", owner.country)
        head = tok.lemma_.casefold()
        if head in _MISSIONS and definite(span):
            return mission_named(self.recent, self.text, head, tok.idx)
        # "The coalition has petitioned ...": the body so named last before, recent speaker or not
        earlier = named_before(self.actors, self.text, head, tok.idx)
        if earlier is not None and definite(span):
            return Speaker(earlier.name, earlier.kind, earlier.country, earlier)
        if head in _DESCRIPTIONS and definite(span):
            last = self._last(_DESCRIPTIONS[head] or "other", head)
            mods = modifiers(tok)
            if last is not None and mods and not fits(last, mods):
                # "the interior ministry" after the labour ministry spoke: another body,
                # the one the text names with those words if any
                last = fitting_body(self.actors, self.text, head, mods, tok.idx)
            if last is None and head in ("ministry", "department") and len(span) > 2:
                # "the defence ministry said", no such body heard of yet: the ministry as
                # the text names it, of the state whose government spoke last
                gov = self._last("government")
                return Speaker(trim(span.text), "government", gov.country if gov else None)
            return last
        if head in ASSEMBLIES and definite(span) and len(span) > 2:
            # "the foreign relations committee adopted a resolution ...": a state's
            # legislative body as the text names it, of the state last heard (UN ones aside)
            if re.search(r"\bU\.?N\.?\b|United Nations", span.text):
                return Speaker(trim(span.text), "organization", None)
            gov = self._last("government")
            return Speaker(trim(span.text), "government", gov.country if gov else None)
        if head in ("group", "coalition") and (of := of_object(tok)) is not None:
            return self.subject(of)
        countries = [
            c for c in countries_in(span.text) if c.kind in ("name", "capital", "adjective")
        ]
        if countries and tok.pos_ == "PROPN" and countries[0].kind != "adjective":
            return Speaker(trim(span.text), "government", countries[0].code)
        if countries and tok.lower_ in (
            "representatives",
            "officials",
            "authorities",
            "government",
            "diplomats",
            "ministry",
        ):
            return Speaker(trim(span.text), "government", countries[0].code)
        if tok.lower_ in _SPOKES | {"official"} and any(
            c.dep_ == "compound" and c.lower_ in _BODIES for c in tok.children
        ):
            # "A ministry spokesman said": a government's voice, named as the text names it;
            # its state is that of the government last heard
            body = self._last("government")
            words = tok.doc[tok.left_edge.i : tok.i + 1].text
            country = body.country if body is not None else None
            return Speaker(words[:1].upper() + words[1:], "government", country)
        if tok.lower_ in {w.casefold() for w in word_list("group_heads")}:
            return Speaker(trim(span.text), None, None)
        return None

    def _speaker(self, actor: Actor, surface: str, span: Span | None) -> Speaker:
        name = actor.name
        if actor.kind == "government" and surface[:1].isupper() and fold(surface) != fold(name):
            name = surface
        elif actor.kind == "organization" and self.text and actor.name not in self.text:
            # a registry name the text never uses ("UNHCR" for "the UN refugee agency"):
            # the speaker is named as the text names it
            name = surface
        return Speaker(name, actor.kind, actor.country, actor)


# Units of a body named through it ("the ministry's excavation agency").
_SUB_BODIES = {"agency", "office", "bureau", "unit", "department", "service", "division", "team"}
_MISSIONS = {"embassy", "consulate"}
_BODIES = {"ministry", "government", "department", "embassy", "consulate", "cabinet", "palace"}
_SPOKES = {"spokesman", "spokeswoman", "spokesperson", "spokespeople", "representative"}


def is_state_official(speaker: Speaker) -> bool:
    """An unnamed office-holder of a state ("Malaysia's home minister")."""
    last = speaker.name.rsplit(None, 1)[-1].casefold()
    return speaker.kind == "government" and speaker.actor is None and last in STATE_TITLES
