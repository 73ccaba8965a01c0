"""Who speaks in a sentence: the subject of a reporting verb, resolved to a speaker.

Pronouns in reported clauses go to whoever reports them ("X said it ..."); "we" goes to the
quote's speaker, a transcript turn's, or the organisation publishing the page; a state's act
reported by one of its people is that person's statement.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from refwatch.extract.en_cues import verb_type
from refwatch.extract.en_quotes import Quote, inside
from refwatch.extract.en_speakers import Resolver, Speaker
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


def subject_of(verb: Token) -> tuple[Token | None, Token]:
    """The subject of a verb, borrowed from the verb it is joined to when it has none;
    also the verb that holds it."""
    tok = verb
    for _ in range(4):
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            return subj, tok
        if tok.dep_ in ("conj", "advcl", "xcomp", "pcomp", "prep") and tok.head is not tok:
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
    out = []
    for s in _conjuncts(subj):
        if (sp := ctx.resolver.subject(s)) is not None and sp not in out:
            out.append(sp)
    if any(t.lower_ == "and" for t in subj.subtree):
        for sp in ctx.resolver.people_in(subj):
            if sp not in out:
                out.append(sp)
    return out


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
    subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ in PRONOUNS:
        return speaker
    who = ctx.resolver.subject(subj)
    if who is None or who.kind != "person" or who.country not in (None, speaker.country):
        return speaker
    return Speaker(who.name, "person", who.country or speaker.country, who.actor)


def _people_before(verb: Token, ctx: Ctx) -> list[Speaker]:
    """People named before a typed verb the parser left without a subject ("A, head of X,
    B, ..., and C shared concerns"): all of them when joined by "and", else the first."""
    sent = verb.sent
    head = sent.doc[sent.start : verb.i]
    people = ctx.resolver.people_in_text(head.text)
    if not people or any(t.pos_ == "VERB" and t.dep_ != "amod" for t in head):
        return []
    return people if any(t.lower_ == "and" for t in head) else people[:1]
