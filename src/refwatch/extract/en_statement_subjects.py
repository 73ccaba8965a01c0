"""Who speaks in a sentence: the subject of a reporting verb, resolved to a speaker.

Pronouns in reported clauses go to whoever reports them ("X said it ..."); "we" goes to the
quote's speaker, a transcript turn's, or the organisation publishing the page; a state's act
reported by one of its people is that person's statement.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span, Token

from refwatch.extract.en_cues import verb_type
from refwatch.extract.en_quotes import Quote, inside
from refwatch.extract.en_registry import lexicon
from refwatch.extract.en_speakers import Resolver, Speaker, is_state_official
from refwatch.extract.en_statement_out import Found
from refwatch.model import StatementType

PRONOUNS = {"he", "she", "it", "they", "we", "i", "its", "their"}
_FIRST_PERSON = {"i", "we"}


@dataclass
class Ctx:
    resolver: Resolver
    quotes: list[Quote]
    para: int
    last: Found | None
    turn: Speaker | None
    prev: Span | None = None
    we: Speaker | None = None  # whom "we" outside quotes means: the publishing organisation


@cache
def _documents() -> frozenset[str]:
    return frozenset(str(w) for w in lexicon("statements").get("speaking_documents") or ())


def _document_author(noun: Token) -> Token:
    """ "a statement signed by A, led by B, called on": the statement, not B."""
    top = noun
    while top.dep_ in ("pobj", "agent", "acl", "compound") and top.head is not top:
        top = top.head
    return top if top.lemma_.casefold() in _documents() else noun


def subject_of(verb: Token) -> tuple[Token | None, Token]:
    """The subject of a verb, borrowed from the verb it is joined to when it has none;
    also the verb that holds it."""
    tok = verb
    for _ in range(4):
        # the subject nearest the verb: a transcript label ("AFP: X said") parses as one too
        subj = max((c for c in tok.children if c.dep_ == "nsubj"), key=_nearness, default=None)
        subj = _named_first(subj, tok) if subj is not None else None
        if subj is not None and subj.lower_ in ("who", "which", "that") and tok.dep_ == "relcl":
            return tok.head, tok  # "X, who on Tuesday urged Y": X
        if subj is not None:
            return subj, tok
        if tok.dep_ in ("conj", "advcl", "xcomp", "pcomp", "prep") and tok.head is not tok:
            tok = tok.head
            continue
        if tok.dep_ == "acl" and tok.tag_ == "VBD" and tok.head.pos_ in ("PROPN", "NOUN"):
            # a past tense cannot modify a noun: the parser lost "<noun>, called on ..."
            return _document_author(tok.head), tok
        if tok.dep_ == "acl" and tok.head.lemma_.casefold() in _documents():
            # "adopted a resolution condemning ...": whoever adopted it speaks
            tok = tok.head.head if tok.head.dep_ in ("dobj", "pobj") else tok.head
            if tok.dep_ == "prep":  # "in a statement urging ...": the verb "in" hangs off
                tok = tok.head
            continue
        break
    return None, tok


def _conjuncts(subj: Token) -> list[Token]:
    out = [subj]
    for t in subj.subtree:
        if t.dep_ == "conj" and t.head in out and t.pos_ == "PROPN":
            out.append(t)
    return out


def _reported_speaker(verb: Token, ctx: Ctx) -> Speaker | None:
    """A pronoun in a clause reported by someone refers to that someone ("X said it ...")."""
    tok = verb
    while tok.dep_ in ("ccomp", "conj", "xcomp") and tok.head is not tok:
        tok = tok.head
        if verb_type(tok) is not None:
            subj, _ = subject_of(tok)
            if subj is not None and subj.lower_ not in PRONOUNS:
                return ctx.resolver.subject(subj)
    return None


def speakers_of(verb: Token, ctx: Ctx, kind: StatementType | bool) -> list[Speaker]:
    subj, holder = subject_of(verb)
    if subj is None:
        passive = any(c.dep_ == "nsubjpass" for c in verb.children)
        if passive and kind and ctx.last and ctx.last.para == ctx.para:
            return [ctx.last.speaker]
        if kind and not passive:
            return _people_before(verb, ctx)
        return []
    if subj.lower_ in _FIRST_PERSON:
        q = inside(ctx.quotes, subj.idx)
        speaker = (q.speaker if q else None) or ctx.turn
        if speaker is None and q is None and subj.lower_ == "we":
            speaker = _we(ctx)
        return [speaker] if speaker else []
    if subj.lower_ in PRONOUNS and (rep := _reported_speaker(holder, ctx)) is not None:
        return [rep]
    reported = holder.dep_ == "ccomp" and verb_type(holder.head) is False
    # "A and B agreed to ..., the ministry said": the ministry reports the agreement
    trailing = reported and holder.head.i > holder.i and _joint(subj, ctx)
    if trailing and (reporters := speakers_of(holder.head, ctx, False)):
        return reporters
    if _both_sides(subj):
        # "X told reporters both sides had agreed to ...": X speaks; "Both sides agreed
        # that ...", told of a meeting just named: each party speaks for itself
        if reported:
            return speakers_of(holder.head, ctx, False)
        named = ctx.resolver.people_in_text(ctx.prev.text) if ctx.prev is not None else []
        return named if len(named) == 2 else []
    out = []
    for s in _conjuncts(subj):
        if (sp := ctx.resolver.subject(s)) is not None and sp not in out:
            out.append(sp)
    if any(t.lower_ == "and" for t in subj.subtree):
        for sp in ctx.resolver.people_in(subj):
            if sp not in out:
                out.append(sp)
        if all(s.kind != "person" for s in out) and any(c.dep_ == "conj" for c in subj.children):
            # "the UN refugee agency and the IOM said in a joint statement": each body
            words = "".join(t.text_with_ws for t in subj.subtree)
            for sp in ctx.resolver.bodies_in_text(words):
                if all(sp.actor is not o.actor for o in out):
                    out.append(sp)
    if not out and subj.lemma_.casefold() in _documents():
        # "a joint statement signed by 27 groups, led by the X Forum, called on ...": the
        # last body named as its author speaks
        by = [ctx.resolver.subject(t) for t in subj.subtree if t.head.lower_ == "by"]
        out = [b for b in by if b is not None][-1:]
    return out


def _joint(subj: Token, ctx: Ctx) -> bool:
    """Two or more people as one subject ("Park and Liu")."""
    people = [sp for t in _conjuncts(subj) if (sp := ctx.resolver.subject(t)) is not None]
    return len([sp for sp in people if sp.kind == "person"]) > 1


def _both_sides(subj: Token) -> bool:
    """ "both sides", "the two sides", "both ministers": the parties to a meeting."""
    return subj.lower_ in ("sides", "parties", "ministers", "leaders", "delegations") and any(
        c.lower_ in ("both", "two") for c in subj.children
    )


def _we(ctx: Ctx) -> Speaker | None:
    """ "MRM calls on X. We also urge Y.": the organisation that spoke last in the
    paragraph, else the organisation publishing the page."""
    last = ctx.last
    if last is not None and last.para == ctx.para and last.speaker.kind == "organization":
        return last.speaker
    return ctx.we


def named_agent(subj: Token | None, speakers: list[Speaker]) -> bool:
    """The subject names an actor outright ("the Delta Aid Forum fears"), or is the "we"
    of a publishing organisation."""
    if subj is None or subj.lower_ in PRONOUNS - {"we"}:
        return False
    return all(s.actor is not None for s in speakers)


def reporter_for(verb: Token, speaker: Speaker, ctx: Ctx) -> Speaker:
    """ "Minister X said Seoul had urged Beijing": a state's act reported by a person who
    speaks for states is that person's statement."""
    if speaker.kind != "government" or verb.dep_ != "ccomp" or verb_type(verb.head) is not False:
        return speaker
    # the subject nearest the verb: a transcript label ("AFP: X said") may parse as one too
    subj = max((c for c in verb.head.children if c.dep_ == "nsubj"), key=_nearness, default=None)
    if subj is None or subj.lower_ in PRONOUNS:
        return speaker
    who = ctx.resolver.subject(subj)
    if who is not None and is_state_official(who) and who.country == speaker.country:
        return who  # "Malaysia's home minister said Putrajaya had objected"
    if who is None or who.kind != "person" or who.country not in (None, speaker.country):
        return speaker
    return Speaker(who.name, "person", who.country or speaker.country, who.actor)


def _named_first(subj: Token, verb: Token) -> Token:
    """ "Name, the ministry's envoy, met ...": the parser may take both the name and its
    apposition for subjects; the name, right before the comma, is the subject."""
    if subj.pos_ != "NOUN":
        return subj
    for c in verb.children:
        left = subj.left_edge.i
        if c.dep_ == "nsubj" and c.pos_ == "PROPN" and c.i == left - 2 and c.nbor(1).text == ",":
            return c
    return subj


def _nearness(subj: Token) -> int:
    return subj.i if subj.i < subj.head.i else -subj.i


def _people_before(verb: Token, ctx: Ctx) -> list[Speaker]:
    """People named before a typed verb the parser left without a subject ("A, head of X,
    B, ..., and C shared concerns"): all of them when joined by "and", else the first."""
    sent = verb.sent
    head = sent.doc[sent.start : verb.i]
    people = ctx.resolver.people_in_text(head.text)
    # a verb inside an apposition's relative clause ("X, who advises Y, defended") is no
    # clause of the sentence's own
    own = [t for t in head if t.pos_ == "VERB" and t.dep_ != "amod"]
    if not people or any(not _in_relative(t, verb.i) for t in own):
        return []
    return people if any(t.lower_ == "and" for t in head) else people[:1]


def _in_relative(tok: Token, before: int) -> bool:
    """`tok` sits in a relative clause or participle phrase ending before `before`."""
    t = tok
    while t.head is not t and t.i < before:
        if t.dep_ in ("relcl", "acl", "amod"):
            return True
        t = t.head
    return False
