"""Which trigger of a sentence states which count of people ("about 500 North Koreans").

A count belongs to the trigger whose clause or patient holds it; a return that carries a
relative clause of custody ("200 defectors who had been held in Baishan were sent back")
outranks that clause. Counts of other verbs' objects ("release the nine detainees") are
no one's.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from refwatch.extract.en_lexicon import IncidentLexicon, lexicon
from refwatch.extract.en_patients import looks_like_name, phrase
from refwatch.extract.en_triggers import Trigger, scope
from refwatch.model import Count, IncidentKind
from refwatch.nlp.en_numbers import CountExpr

_SKIPPABLE_POS = {"ADJ", "DET", "PROPN", "NUM", "ADV", "ADP", "PUNCT", "CCONJ"}


def people_counts(
    sdoc: Doc,
    counts: list[CountExpr],
    lex: IncidentLexicon,
    demonyms: frozenset[str],
    patients: set[int],
) -> list[CountExpr]:
    """Counts whose noun is people ("about 500 North Korean defectors", "dozens of men").

    A number that is itself what was sent back or held ("the nine were picked up") counts
    people too; `patients` are the token indices of the triggers' patients.
    """
    people, bare = [], []
    for c in counts:
        if aside(sdoc.text, c) or _UNIT_AFTER.match(sdoc.text, c.end):
            continue  # "four families": how many people, the text does not say
        if re.match(r"(?:a|the)\s+(?:family|couple|household)\b", c.words, re.I):
            people.append(c)
            continue
        span = sdoc.char_span(c.start, c.end, alignment_mode="expand")
        if span is not None and (span.root.i in patients or span.root.head.i in patients):
            people.append(c)
            continue
        verdict = noun_after(sdoc, c, lex, demonyms)
        if verdict == "people":
            people.append(c)
        elif verdict == "bare" and span is not None and _inside_patient(span.root, patients):
            # "returned something like 80": a bare number within what was sent back
            people.append(c)
        elif verdict == "bare":
            bare.append(c)
    # "about 80 people on 29 August and 40 on 18 September": a bare number beside a count
    # of people counts people too.
    return sorted(people + (bare if people else []), key=lambda c: c.start)


_ASIDE_AFTER = re.compile(
    r"\s+(?:of\s+(?:them|whom)\s+(?:were\s+|are\s+)?(?:[\w-]+\s+)?(\w+)|(?:[\w-]+\s+){1,2}among\b)",
    re.I,
)
_ASIDE_BEFORE = re.compile(r"\b(?:among\s+(?:them|whom)|including|of\s+whom)\s*,?\s*$", re.I)


def aside(text: str, c: CountExpr) -> bool:
    """'fifty sailors, four of them teenagers', 'including nine cooks', 'two boys
    among the returnees': a part of the group, never the group's own count."""
    after = _ASIDE_AFTER.match(text, c.end)
    if after is not None and after.group(1) is not None:
        # "six of them children" describes the group; "109 of them to China" counts a part
        # that was itself sent back
        return after.group(1).casefold() in lexicon().people
    return bool(after or _ASIDE_BEFORE.search(text[max(0, c.start - 40) : c.start]))


def _inside_patient(tok: Token, patients: set[int]) -> bool:
    """Whether the number hangs (within two steps) off a trigger's patient."""
    return tok.head.i in patients or tok.head.head.i in patients


def noun_after(sdoc: Doc, c: CountExpr, lex: IncidentLexicon, demonyms: frozenset[str]) -> str:
    span = sdoc.char_span(c.end, min(c.end + 80, len(sdoc.text)), alignment_mode="expand")
    if span is None or not len(span):
        return "bare"
    first = span[0]
    if (first.pos_ in {"ADP", "PUNCT", "CCONJ"} and first.lower_ != "of") or first.is_sent_start:
        return "bare"
    for tok in span[:7]:
        low, lemma = tok.lower_, tok.lemma_.casefold()
        if low in lex.people or lemma in lex.people or low in demonyms:
            return "people"
        if low in lex.negative_patients or lemma in lex.negative_patients:
            return "other"
        if tok.pos_ in _SKIPPABLE_POS or low in {"more", "other", "of"} or _participle(tok):
            continue
        return "other"
    return "other"


_UNIT_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:families|households|groups|busloads|batches)\b", re.I
)


def _participle(tok: Token) -> bool:
    """'500 detained North Koreans': a participle before the noun, not a verb of its own."""
    return (
        tok.tag_ in {"VBN", "VBG", "VBD"}
        and tok.i + 1 < len(tok.doc)
        and tok.nbor().pos_
        in {
            "PROPN",
            "NOUN",
            "ADJ",
        }
    )


def assign(
    sdoc: Doc, triggers: list[Trigger], counts: list[CountExpr]
) -> list[tuple[Trigger, list[CountExpr]]]:
    """Which trigger each count of people belongs to; a trigger with no count stands alone."""
    scopes = [(t, scope(t)) for t in triggers]
    owned: dict[int, list[CountExpr]] = {}
    loose: list[CountExpr] = []
    for c in counts:
        span = sdoc.char_span(c.start, c.end, alignment_mode="expand")
        idx = span.root.i if span is not None else -1
        holders = [i for i, (_t, sc) in enumerate(scopes) if idx in sc]
        holders = holders or [i for i, t in enumerate(triggers) if _before_patient(sdoc, c, t)]
        holders = holders or [i for i, t in enumerate(triggers) if _joined_object(span, t)]
        if holders:
            # the trigger whose people the count numbers first ("detained a woman and her
            # two children ...; they were sent back"), then the return that carries a
            # relative clause of custody over that clause
            best = max(
                holders,
                key=lambda i: (
                    _in_patient(triggers[i], idx),
                    RANK[triggers[i].kind],
                    triggers[i].token.pos_ == "VERB",
                    -len(scopes[i][1]),
                ),
            )
            owned.setdefault(best, []).append(c)
        else:
            loose.append(c)
    for c in list(loose):
        # "nine others ... remain in a detention facility", the parse losing the subject
        held = [
            i
            for i, t in enumerate(triggers)
            if t.patient is None and t.kind == "detention" and t.token.idx > c.start
        ]
        if held:
            owned.setdefault(held[0], []).append(c)
            loose.remove(c)
    trigger_ids = {t.token.i for t in triggers}
    loose = [c for c in loose if free_count(sdoc, c, trigger_ids)]
    if not owned and loose:
        nearest = min(
            range(len(triggers)), key=lambda i: abs(triggers[i].token.idx - loose[0].start)
        )
        owned[nearest] = loose
    _share_with_pronouns(triggers, owned)
    if owned:
        return [(triggers[i], cs) for i, cs in sorted(owned.items())]
    best_t = max(triggers, key=lambda t: (bool(t.people), RANK[t.kind]))
    return [(best_t, [])]


RANK = {"forced_return": 3, "detention": 2, "arrest": 1}


# "five of those who stayed", "several of them": a part of a group, not its count
_PARTITIVE_HEADS = {"them", "they", "those", "these", "whom", "who"}


def _before_patient(sdoc: Doc, c: CountExpr, t: Trigger) -> bool:
    """'some twenty herders got detained': the parse may hang the count off a preposition,
    yet a count right before the patient (or "of" and the patient) numbers it."""
    p = t.patient
    if p is None or p.lower_ in _PARTITIVE_HEADS or c.end > p.idx:
        return False
    left = p.left_edge.idx if p.left_edge.idx >= c.end else p.idx
    return re.fullmatch(r"\s*(?:of\s+)?", sdoc.text[c.end : left]) is not None


def shared_head(t: Trigger) -> Token | None:
    """The verb a trigger is joined to by "and" and shares its subject with ("were taken
    from X on Sunday and handed to the guards"): one chain of acts, one event."""
    tok = t.token
    if tok.dep_ != "conj" or tok.head.pos_ not in {"VERB", "AUX"}:
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children):
        return None
    return tok.head


def _joined_object(span: Span | None, t: Trigger) -> bool:
    """'drove about 30 men out of the camp and handed them to the guards': "them" of a
    trigger joined by "and" to a verb with no trigger of its own are that verb's people."""
    head = shared_head(t)
    if span is None or head is None or t.patient is None:
        return False
    if t.patient.lower_ not in {"them", "they"}:
        return False
    obj = span.root if span.root.dep_ in {"dobj", "nsubjpass"} else span.root.head
    return obj.dep_ in {"dobj", "nsubjpass"} and obj.head == head


def _in_patient(t: Trigger, idx: int) -> bool:
    p = t.patient
    return p is not None and p.lower_ not in {"them", "they"} and idx in {x.i for x in p.subtree}


def free_count(sdoc: Doc, c: CountExpr, trigger_ids: set[int]) -> bool:
    """A count whose clause is some other verb's ("release the nine detainees") is not free."""
    span = sdoc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None:
        return False
    for tok in span.root.ancestors:
        if tok.lemma_ == "be":
            continue  # "X was among the 600 people sent back": the copula says nothing
        if tok.pos_ in {"VERB", "AUX"}:
            return tok.i in trigger_ids
    return True


def _share_with_pronouns(triggers: list[Trigger], owned: dict[int, list[CountExpr]]) -> None:
    """'arrested three North Koreans and deported them': the count is also the second event's.

    "them" after a verb joined to (or inside the clause of) a verb that owns a count of
    people refers to those people. Two verbs of one kind and one subject tell one event
    ("loaded them onto buses and deported them"); with a subject of its own ("..., who
    repatriated them", "; Chinese police then sent them back") the second verb is a leg of
    its own, and takes the count of the leg before it.
    """
    for i, t in enumerate(triggers):
        if i in owned or t.patient is None or t.patient.lower_ not in {"them", "they"}:
            continue
        own_subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in t.token.children)
        partner = next(
            (
                j
                for j in owned
                if linked(triggers[j], t)
                or any(a.i == triggers[j].token.i for a in t.token.ancestors)
            ),
            None,
        )
        if partner is None and own_subject:
            earlier = [j for j in owned if triggers[j].token.i < t.token.i]
            partner = max(earlier) if earlier else None
        if partner is not None and (triggers[partner].kind != t.kind or own_subject):
            owned[i] = list(owned[partner])


def linked(a: Trigger, b: Trigger) -> bool:
    """Two verbs of one subject joined by "and" ("was caught ... and was held")."""
    return (b.token.head == a.token and b.token.dep_ == "conj") or (
        a.token.head == b.token and a.token.dep_ == "conj"
    )


def _own_subject(t: Trigger) -> bool:
    """'and in Peshawar 150 more were held': the joined verb has people of its own."""
    return t.token.dep_ == "conj" and any(
        c.dep_ in {"nsubj", "nsubjpass"} for c in t.token.children
    )


def kind_with(owner: Trigger, triggers: list[Trigger]) -> IncidentKind:
    """An arrest whose people are then held is a detention (custody outranks arrest)."""
    if owner.kind in {"arrest", "detention"} and any(
        t.kind == "detention" and linked(owner, t) and not _own_subject(t) for t in triggers
    ):
        return "detention"
    return owner.kind


def best_count(counts: list[CountExpr], triggers: list[Trigger]) -> Count | None:
    if not counts:
        return None
    family = [c for c in counts if re.match(r"(?:a|the)\s+family", c.words, re.I)]
    if family:
        return family[0].count
    patients = [t.patient for t in triggers if t.patient is not None]
    for c in counts:
        for p in patients:
            sub = list(p.subtree)
            if sub and sub[0].idx <= c.start < sub[-1].idx + len(sub[-1]):
                return c.count
    anchor = triggers[0].token.idx
    return min(counts, key=lambda c: abs(c.start - anchor)).count


def singular(triggers: list[Trigger], lex: IncidentLexicon) -> str | None:
    for t in triggers:
        p = t.patient
        if p is None or p.tag_ in {"NNS", "NNPS"}:
            continue
        if p.ent_type_ == "PERSON" or p.lower_ in lex.singular_people or looks_like_name(p):
            return phrase(p)
    return None
