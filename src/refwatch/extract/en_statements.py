"""English statements: who said what, of which type, aimed at whom.

Each prose sentence is read for reporting verbs (typed: "urged", "condemned"; neutral:
"said", whose type then comes from what was said), "X's insistence that ..." nouns,
"according to X" frames, and briefing transcripts ("Spokesperson Kim: ..."); quotes are
read on their own (`en_quotes`). Subjects are resolved to speakers (`en_speakers`).
Verbs inside quotes and under modals ("Seoul should press China") report nothing. One
statement per speaker, type and target per paragraph: a spokesperson who declines three
ways in one answer has declined once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from refwatch.extract.en_cues import (
    content_type,
    modals,
    noun_types,
    target_country,
    verb_type,
    weak_verbs,
)
from refwatch.extract.en_quotes import Quote, attribute, find_quotes, inside
from refwatch.extract.en_speakers import Resolver, Speaker
from refwatch.extract.en_statement_addressee import addressee
from refwatch.extract.en_statement_clauses import clause_types, stray_that
from refwatch.extract.en_statement_country import official_country, page_head
from refwatch.extract.en_statement_frames import (
    RECOMMENDS,
    author_speaker,
    briefer,
    declines,
    last_body,
    publisher,
    quote_found,
    turn_speaker,
    verdict,
)
from refwatch.extract.en_statement_out import Found, list_items, merge, to_statement
from refwatch.extract.en_statement_subjects import (
    PRONOUNS,
    Ctx,
    named_agent,
    reporter_for,
    speakers_of,
    subject_of,
)
from refwatch.extract.en_targets import local_returning_states, returning_state, state_at
from refwatch.extract.en_text import lines_of, prose_sentences
from refwatch.model import Actor, Document, Incident, Statement, StatementType

_FRAMES = re.compile(
    r"^\s*(?:according to|in its (?:account|view|statement)|in a statement)", re.IGNORECASE
)


# verbs of wishing and belief, by their spelling (the lemmatiser reads "hoped" as "hop")
_WISHES = ("hope", "wish", "expect", "believ", "think", "thought", "doubt")


def _modal(verb: Token, holder: Token) -> bool:
    return any(c.dep_ == "aux" and c.lemma_ in modals() for t in (verb, holder) for c in t.children)


def _has_aux(verb: Token, lemma: str) -> bool:
    return any(c.dep_ == "aux" and c.lemma_ == lemma for c in verb.children)


def _span_text(tokens: list[Token], skip: set[int]) -> str:
    keep = sorted((t for t in tokens if t.i not in skip), key=lambda t: t.i)
    # words either side of a gap stay apart ("go home" + "state television", not "homestate")
    return "".join(
        t.text_with_ws if t.whitespace_ or nxt is None or nxt.i == t.i + 1 else t.text + " "
        for t, nxt in zip(keep, [*keep[1:], None], strict=False)
    )


def _verb_found(tok: Token, sent: Span, ctx: Ctx) -> list[Found]:
    kind = verb_type(tok)
    if kind is None or any(c.dep_ == "neg" for c in tok.children):
        return []
    # a clause that modifies a noun reports nothing, unless the "noun" is a transcript
    # label the parser took for one ("Kyodo: X said ...")
    label = tok.head.i + 1 < len(tok.doc) and tok.doc[tok.head.i + 1].text == ":"
    if inside(ctx.quotes, tok.idx) or (
        kind is False and tok.dep_ in ("relcl", "acl") and not label
    ):
        return []
    if tok.tag_ == "VBN" and tok.dep_ in ("advcl", "acl") and not _has_aux(tok, "have"):
        return []  # "Pressed on whether ..., X said": X was pressed; X did not press
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    if kind is False and tok.dep_ == "conj" and verb_type(tok.head) and not own_subject:
        # "X condemned the deportation and said the men faced torture": one statement
        return []
    if (
        tok.dep_ == "advcl"
        and tok.tag_ == "VBG"
        and tok.i > tok.head.i
        and kind
        and (verb_type(tok.head) or (verb_type(tok.head) is False and _says(tok.head)))
    ):
        # "X said ..., urging Y": one statement; but "X wrote to Y, asking them to ...":
        # the letter's content is the asking
        return []
    subj, holder = subject_of(tok)
    speaker_verb = tok
    head = tok.head
    if (
        kind
        and tok.dep_ == "conj"
        and tok.tag_ == "VBD"
        and not own_subject
        and head.dep_ == "ccomp"
        and verb_type(head.head) is False
        and any(c.dep_ == "aux" and c.lemma_ in modals() for c in head.children)
    ):
        # "said the board would cover X and pledged Y": a past verb cannot share "would";
        # it is joined to the reporting verb, whose subject speaks
        speaker_verb = head.head
        subj, holder = subject_of(speaker_verb)
    lost = subj is None or (
        subj.lower_ not in PRONOUNS and ctx.resolver.subject(subj) is None and holder is not tok
    )
    if lost and kind and tok.dep_ == "conj":
        # "X said her group had been contacted ..., and urged Y": the coordination hangs
        # off the wrong clause; the sentence's subject speaks.
        speaker_verb = holder = sent.root
        subj = next((c for c in holder.children if c.dep_ == "nsubj"), None)
    if _modal(tok, holder):
        return []
    speakers = speakers_of(speaker_verb, ctx, kind)
    if not speakers or (tok.lemma_ in weak_verbs() and not named_agent(subj, speakers)):
        return []
    if label and tok.dep_ in ("relcl", "acl") and all(s.kind is None for s in speakers):
        return []  # "Question: some groups are saying ...": hearsay in a question
    speakers = [reporter_for(tok, s, ctx) for s in speakers]
    drop = {t.i for t in subj.subtree} if subj is not None else set()
    for c in tok.children:
        if c.dep_ == "conj" and c.pos_ == "VERB":
            drop |= {t.i for t in c.subtree}
    if subj is None:
        # the parser lost the clause; what follows the verb is what was said
        drop |= {t.i for t in sent if t.i < tok.i}
        content = _span_text([t for t in sent if t.i >= tok.i], drop)
    if kind is False:
        comps = [c for c in tok.children if c.dep_ in ("ccomp", "xcomp", "dobj", "conj", "oprd")]
        # "described the returns as a breach of ...": what they were described as counts
        comps += [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "as"]
        comps += stray_that(tok)
        content = _span_text([t for c in comps for t in c.subtree], drop)
        if not comps:  # "said in a statement that ...": the parser hung it elsewhere
            content = _span_text([t for t in sent if t.i > tok.i], drop)
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else tok
        only = nxt.lower_ == "only" or any(c.lower_ == "only" for c in tok.children)
        stype = "decline" if only and content else content_type(content)
        if stype == "pledge" and any(c.lower_.startswith(_WISHES) for c in comps):
            stype = None  # "said Manila hoped both parties would stay ...": a wish
    else:
        if subj is not None:
            content = _span_text(list(tok.subtree), drop)
        stype = "decline" if content_type(content) == "decline" else kind
    if stype is None:
        return []
    parts = clause_types(tok, drop) if kind is False and stype != "decline" else []
    if parts:
        return [
            Found(
                s,
                k,
                sent,
                words,
                ctx.para,
                addressee=_to(tok, k, words, ctx) or _whole(k, content, words, s),
            )
            for k, words in parts
            for s in speakers
        ]
    to = _to(tok, stype, content, ctx)
    return [
        Found(s, stype, sent, content, ctx.para, typed=tok.i if kind else None, addressee=to)
        for s in speakers
    ]


def _says(verb: Token) -> bool:
    """A reporting verb that carries its own content ("said that ...", "told Y that ...")."""
    return any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in verb.children)


def _to(verb: Token, stype: StatementType, content: str, ctx: Ctx) -> str | None:
    return addressee(verb, content, ctx.resolver) if stype == "urge" else None


def _whole(kind: StatementType, content: str, words: str, speaker: Speaker) -> str | None:
    """A worry in one clause about what the next lays at a state's door ("alarmed by the
    deportations and that X appeared to have breached ..."): that state."""
    if kind not in ("concern", "criticize") or target_country(words, speaker.country):
        return None
    return target_country(content, speaker.country)


def _in_sentence(sent: Span, ctx: Ctx) -> list[Found]:
    found: list[Found] = []
    for tok in sent:
        if tok.dep_ == "nsubj" and tok.lower_ not in PRONOUNS:
            _remember(tok, ctx.resolver)
        found.extend(_verb_found(tok, sent, ctx))
        if tok.lemma_ in noun_types():
            poss = next((c for c in tok.children if c.dep_ == "poss"), None)
            if poss is not None and poss.lower_ not in PRONOUNS:
                speaker = ctx.resolver.subject(poss)
                if speaker is not None:
                    text = _span_text(list(tok.subtree), set())
                    found.append(Found(speaker, noun_types()[tok.lemma_], sent, text, ctx.para))
    # "X did not reply to a letter asking for ...": the letter asks; X declines
    refused = declines(sent.text)
    if refused:
        found = [f for f in found if f.typed is None or sent.doc[f.typed].dep_ != "acl"]
    if not found and refused:
        subj = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        refuser = ctx.resolver.subject(subj) if subj is not None else None
        if subj is not None and subj.lower_ in ("it", "they") and ctx.prev is not None:
            # "We contacted the embassy for comment. It did not respond.": the body just named
            refuser = last_body(ctx.prev, ctx.resolver) or refuser
        if refuser is not None and subj is not None:
            # what was refused, without the refuser's own name ("the embassy in X")
            rest = _span_text(list(sent), {t.i for t in subj.subtree})
            found.append(Found(refuser, "decline", sent, rest, ctx.para))
    if not found and ctx.turn is not None and (stype := content_type(sent.text)):
        found.append(Found(ctx.turn, stype, sent, sent.text, ctx.para))
    if not found and _FRAMES.match(sent.text) and (stype := content_type(sent.text)):
        # "According to X, ...": X; "In its account, ...": whoever "its" is
        if sent[0].lower_ == "according":
            who = next((t for t in sent[:6] if t.dep_ == "pobj"), None)
        else:
            who = next((t for t in sent[:4] if t.lower_ in ("its", "their")), None)
        speaker = ctx.resolver.subject(who) if who is not None else None
        if speaker is not None:
            found.append(Found(speaker, stype, sent, sent.text, ctx.para))
    return found


def _remember(tok: Token, resolver: Resolver) -> None:
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    for t in (poss, tok):
        if t is not None and t.lower_ not in PRONOUNS and (s := resolver.subject(t)):
            resolver.remember(s)


def find_statements(
    doc: Document, sdoc: Doc, actors: list[Actor], incidents: Sequence[Incident] = ()
) -> list[Statement]:
    """Statements in `doc`, each with its speaker and evidence span. With `incidents`, a
    statement that names no target is aimed at the state of the nearest incident before it."""
    text = doc.text
    lines = lines_of(text)
    resolver = Resolver(actors, text=text)
    quotes = find_quotes(text, lines)
    attributed: list[Quote] = []
    ctx = Ctx(resolver, [], 0, None, None)
    found: list[Found] = list(list_items(text, lines, resolver))
    listed = {f.para for f in found}
    found = [f for f in found if f.content]  # a list's head line marks its paragraph only
    author = author_speaker(doc, resolver)
    head = page_head(doc)
    answerer = briefer(head + "\n" + text[:600], resolver)
    ctx.we = publisher(text, resolver)
    sents = prose_sentences(sdoc, lines)
    for sent in sents:
        ctx.para = lines.index(sent.start_char)
        if ctx.para in listed:
            continue
        ctx.turn = turn_speaker(text, lines, sent, resolver, answerer)
        ending = []
        for q in quotes:
            if sent.start_char <= q.end <= sent.end_char:
                ending.append(attribute(sdoc, q, resolver, attributed))
                attributed.append(ending[-1])
        ctx.quotes = attributed + [q for q in quotes if q.end > sent.end_char]
        here = _in_sentence(sent, ctx)
        here += [
            f for q in ending if (f := quote_found(sdoc, q, ctx.para, text, resolver)) is not None
        ]
        rec = RECOMMENDS.match(sent.text) if author is not None and not here else None
        if (
            author is not None
            and rec
            and not re.search(r"\b(?:we|us|our|i)\b", rec.group(0), re.IGNORECASE)
        ):
            # "The rest of us should ...": a call to everyone, the writer included
            to = addressee(None, sent.text, resolver)
            here = [Found(author, "urge", sent, sent.text, ctx.para, addressee=to)]
        if author is not None and not here and not inside(quotes, sent.start_char):
            here = verdict(author, sent, ctx.para)
        for f in here:
            resolver.remember(f.speaker)
        if here:
            ctx.last = here[-1]
        found.extend(here)
        ctx.prev = sent
    fallback = returning_state(sents)
    local = local_returning_states(incidents)
    out = merge(found)
    for f in out:
        if (country := official_country(f.speaker, text, head, actors)) is not None:
            f.speaker = Speaker(f.speaker.name, f.speaker.kind, country, f.speaker.actor)
    return [to_statement(doc, f, state_at(local, f.bounds[0], fallback)) for f in out]
