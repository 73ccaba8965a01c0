"""Which words in a parsed English sentence state a forced return, a detention or an arrest.

A trigger is a verb or noun from the lexicon whose patient — what was sent back, held,
arrested — is people. The patient comes from the dependency parse (object, passive
subject, the noun a participle or relative clause modifies, "of" after a noun); money,
remains and the like rule the trigger out, and "voluntary" rules the sentence out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from refwatch.extract.en_custody import (
    names_a_place,
    new_group_subject,
    ongoing_custody,
    pluperfect,
    waiting,
    whole_group_held_at,
)
from refwatch.extract.en_lexicon import IncidentLexicon
from refwatch.extract.en_patients import is_people, patient_of, reduced_relative
from refwatch.model import IncidentKind
from refwatch.nlp.countries import country_mentions
from refwatch.nlp.en_numbers import find_counts

_PRIORITY: dict[IncidentKind, int] = {"forced_return": 3, "detention": 2, "arrest": 1}


@dataclass(frozen=True)
class Trigger:
    token: Token
    kind: IncidentKind
    patient: Token | None
    people: bool | None  # True: patient is people; None: the parse does not say


def _near_words(tok: Token, n: int = 7) -> set[str]:
    """Words after the verb up to n tokens, within its clause (no comma, quote or dash)."""
    sent = tok.sent
    words = set()
    for t in sent.doc[tok.i : min(tok.i + n, sent.end)]:
        if t.i > tok.i and t.is_punct:
            break
        words.add(t.lower_)
    words |= {c.lower_ for c in tok.children}
    # "forced 300 Afghans, many of them children, into going back": the "into" clause
    # states the return, however far the commas put it from the verb
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "into"):
        words |= {t.lower_ for t in prep.subtree}
    # "sent 30 men, including children, from a camp in X back to Y": the parse may hang
    # "back" off the place; it is still this verb's particle when no other verb is between
    words |= {t.lower_ for t in tok.subtree if t.lower_ in _BACK and _same_clause(t, tok)}
    return words


_BACK = {"back", "home"}


def _same_clause(t: Token, verb: Token) -> bool:
    while t.i != verb.i and t.head.i != t.i:
        t = t.head
        if t.i != verb.i and t.pos_ in {"VERB", "AUX"}:
            return False
    return t.i == verb.i


_TO_BEFORE = re.compile(r"\b(?:to|into)\s+(?:the\s+)?$")


def _to_a_country(tok: Token) -> bool:
    """'transported to North Korea', 'removed to Afghanistan': a destination state follows."""
    sent = tok.sent
    window = sent.doc[tok.i : min(tok.i + 10, sent.end)].text
    return any(
        m.kind in {"name", "capital"} and _TO_BEFORE.search(window[: m.start])
        for m in country_mentions(window)
    )


_ON_BOARD = re.compile(r"\b(?:on|onto|aboard|into)\s+((?:[\w-]+\s+){0,2}\w+)")


def _boarded(tok: Token, needs: set[str] | frozenset[str], lex: IncidentLexicon) -> bool:
    """'put 40 men who had been held at X on a chartered flight': the vehicle comes after
    a relative clause, past the window `_near_words` looks at."""
    vehicles = lex.particles.get("put", frozenset())
    sent = tok.sent
    rest = sent.doc[tok.i + 1 : min(tok.i + 30, sent.end)].text
    wanted = needs & vehicles
    return any(set(m.group(1).casefold().split()) & wanted for m in _ON_BOARD.finditer(rest))


def _kind(tok: Token, lex: IncidentLexicon, sent_words: set[str]) -> IncidentKind | None:
    lemma, low = tok.lemma_.casefold(), tok.lower_
    if tok.pos_ in {"VERB", "AUX"} or tok.tag_.startswith("VB"):
        near = _near_words(tok, 12)
        if lemma in lex.return_verbs or lemma in lex.people_verbs:
            needs = lex.particles.get(lemma)
            if needs is None or needs & near or _to_a_country(tok) or _boarded(tok, needs, lex):
                return "forced_return"
            if lemma not in lex.arrest_verbs:
                return None
        needs = lex.arrest_particles.get(lemma)
        if needs is not None and not needs & near:
            return None
        if lemma in lex.arrest_verbs and ongoing_custody(tok, lex):
            return "detention"  # "remain detained", "are still being detained"
        if lemma in lex.arrest_verbs:
            passive = (
                any(c.dep_ in {"auxpass", "nsubjpass"} for c in tok.children)
                or (
                    tok.dep_ == "acl" and tok.tag_ == "VBN"  # "300 Uyghurs rounded up in 2014"
                )
                or reduced_relative(tok) is not None
            )
            if lemma in lex.needs_authority and not (lex.authorities & sent_words or passive):
                return None  # "was caught" implies someone with the power to catch
            return "arrest"
        if lemma in lex.hold_verbs and pluperfect(tok) and not whole_group_held_at(tok, lex):
            return None  # "several had been held for years": background of another event
        if lemma in lex.hold_verbs and lex.custody_words & sent_words:
            return "detention"
        if lemma == "hold" and any(c.dep_ == "auxpass" for c in tok.children):
            return "detention"  # "150 more were held": kept only if people were held
        if lemma in lex.continuation_verbs and new_group_subject(tok, lex):
            return "forced_return"  # kept only after a sentence reporting a return
        return None
    if tok.pos_ in {"NOUN", "PROPN"}:
        if low in lex.return_nouns and not names_a_place(tok, lex):
            return "forced_return"
        if low in {"detention", "custody"} and tok.head.lower_ == "in":
            return "detention"
    return None


def find_triggers(
    sent: Span, lex: IncidentLexicon, demonyms: frozenset[str], after_return: bool = True
) -> list[Trigger]:
    """Triggers in the sentence; `after_return`: the sentence before reported a return."""
    low = sent.text.casefold()
    if any(w in low for w in lex.negative_words):
        return []
    out = []
    sent_words = {t.lower_ for t in sent} | {t.lemma_.casefold() for t in sent}
    if not sent_words & lex.all_trigger_words:
        return []
    for tok in sent:
        kind = _kind(tok, lex, sent_words)
        if kind is None:
            continue
        if tok.lemma_.casefold() in lex.continuation_verbs and not after_return:
            continue
        if kind == "forced_return" and _self_moved(tok, lex, demonyms):
            continue
        if kind == "forced_return" and waiting(tok):
            kind = "detention"  # "hundreds were left waiting to be driven to the frontier": held
        if _not_happened(tok):
            continue
        patient = patient_of(tok)
        people = is_people(patient, lex, demonyms)
        if people is False:
            continue
        if (
            kind == "detention"
            and tok.lemma_ in {"keep", "remain"}
            and patient is not None
            and not people
        ):
            continue
        if kind == "detention" and tok.lemma_ == "hold" and not people:
            # "40 were held", "dozens more are still being held": a bare count is people
            bare_count = patient is not None and (
                patient.like_num or bool(find_counts(patient.text))
            )
            if not lex.custody_words & sent_words and not bare_count:
                continue
        out.append(Trigger(tok, kind, patient, people))
    return [t for t in out if not _held_after_return(t, out)]


def where_head(tok: Token) -> Token | None:
    """'a camp outside X, where thousands were waiting to be bused out': the noun a
    "where" clause describes is the place of what the clause tells."""
    clause = tok
    for _ in range(4):
        if clause.dep_ == "relcl" and any(c.lower_ == "where" for c in clause.subtree):
            return clause.head
        if clause.head.i == clause.i:
            return None
        clause = clause.head
    return None


def _held_after_return(t: Trigger, triggers: list[Trigger]) -> bool:
    """'sent 500 people back ... no word on where they are being held': custody of people the
    sentence already returned is their fate after the return, not a detention for return."""
    return (
        t.kind == "detention"
        and t.patient is not None
        and t.patient.lower_ in {"they", "them"}
        and any(o.kind == "forced_return" and o.token.i < t.token.i for o in triggers)
    )


_MODALS = {"will", "would", "could", "may", "might", "should", "must", "'ll", "can", "shall"}
# fmt: off
_UNREAL_HEADS = {"fear", "risk", "face", "threaten", "plan", "intend", "want", "urge", "call",
                 "ask", "demand", "warn", "vow", "refuse", "seek", "try", "prepare", "decide",
                 # "urging Laos to stop sending people back": a demand, not an event
                 "stop", "halt", "cease", "end", "suspend"}
# fmt: on


def _not_happened(tok: Token) -> bool:
    """'will be sent back', 'fear that they could be deported': not (yet) an event.

    Nouns ("face deportation") stay: their verbs decide elsewhere whether people are held.
    """
    if tok.pos_ not in {"VERB", "AUX"}:
        return False
    if any(c.dep_ in {"aux", "auxpass"} and c.lower_ in _MODALS for c in tok.children):
        return True
    if any(c.dep_ == "neg" for c in tok.children):
        return True  # "were not deported"
    head = tok.head
    return tok.dep_ in {"xcomp", "ccomp"} and head.lemma_.casefold() in _UNREAL_HEADS


def _self_moved(tok: Token, lex: IncidentLexicon, demonyms: frozenset[str]) -> bool:
    """'2,000 refugees returned home': people who moved themselves, not a forced return.

    An active verb whose subject is people and which has no object (and is not a participle
    modifying a noun, as in "those returned") says the people went; "that activists say
    China sent back" keeps its object in the relative clause and a state as subject.
    """
    if tok.pos_ not in {"VERB", "AUX"} or tok.lemma_.casefold() in lex.continuation_verbs:
        return False
    deps = {c.dep_ for c in tok.children}
    if deps & {"dobj", "nsubjpass", "auxpass"} or tok.dep_ in {"acl", "relcl", "amod"}:
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return subj is not None and bool(is_people(subj, lex, demonyms))


def sentence_kind(triggers: list[Trigger]) -> IncidentKind | None:
    """A sentence reporting return and custody reports the return; arrest-and-hold is custody."""
    if not triggers:
        return None
    return max((t.kind for t in triggers), key=lambda k: _PRIORITY[k])


def attached(tok: Token, targets: set[int], allowed: set[int]) -> bool:
    """Does `tok` hang off one of `targets` without passing through another clause's verb?

    "held at a facility in Baishan ... were sent back": Baishan reaches the return through
    "held", itself a trigger (allowed); "after the Games closed in Hangzhou" passes through
    "closed" and so does not belong to the return.
    """
    for _ in range(12):
        if tok.i in targets:
            return True
        if tok.pos_ in {"VERB", "AUX"} and tok.i not in allowed:
            return False
        if tok.head is tok:
            return False
        tok = tok.head
    return False


def scope(trigger: Trigger) -> set[int]:
    """Token indices the trigger and its patient cover."""
    out = {t.i for t in trigger.token.subtree}
    if trigger.patient is not None:
        out |= {t.i for t in trigger.patient.subtree}
    return out
