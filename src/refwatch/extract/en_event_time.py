"""Which date belongs to an event: its own clause's, not the saying's, not a dateline's."""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc, Span, Token

from refwatch.extract.en_event_counts import linked
from refwatch.extract.en_lexicon import IncidentLexicon
from refwatch.extract.en_triggers import Trigger, attached
from refwatch.model import Document, Window
from refwatch.nlp.en_calendar import small_number
from refwatch.nlp.en_time import TimeExpr, resolve_time


def dateline(text: str, t: TimeExpr) -> bool:
    """'SEOUL, Oct 12 (Wire) - ...': the date of filing, not of any event."""
    line_start = text.rfind("\n", 0, t.start) + 1
    head = text[line_start : t.start]
    rest = text[t.end : t.end + 40]
    place_comma = re.fullmatch(r"[A-Z][\w .'-]{1,30},\s*", head)  # "SEOUL, ", "Seoul, "
    return bool(place_comma) and bool(re.match(r"[^.\n]{0,30}\s[-–—]\s", rest))


def inherited(doc: Document, sent: Span, kind: str, earlier: list[TimeExpr]) -> Window:
    """A past return with no date of its own takes the date given just before it."""
    if kind == "detention" or not earlier:
        return Window()
    last = earlier[-1]
    between = doc.text[last.end : sent.start_char]
    if "\n" in between or between.count(". ") > 1:
        return Window()
    return last.window


def reporting_time(sdoc: Doc, t: TimeExpr, triggers: list[Trigger], lex: IncidentLexicon) -> bool:
    """Is the date that of the saying ("confirmed on the 8th that ...") not of the event?"""
    span = sdoc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return False
    if any(_antecedent_time(tr.token, span) for tr in triggers):
        return False  # "the largest reported since May 2023, when 300 were sent back"
    tok: Token = span.root
    trigger_tokens = {tr.token.i for tr in triggers}
    for _ in range(8):
        if tok.i in trigger_tokens:
            return False
        if tok.lemma_.casefold() in lex.reporting_verbs and tok.pos_ == "VERB":
            return not (
                _event_object_before(tok, span, trigger_tokens)
                or _reported_to_have(tok, trigger_tokens)
            )
        if _joined_passive(tok, trigger_tokens):
            return False  # "were removed from X on the 16th and taken across": one event
        if tok.pos_ in {"VERB", "AUX"} and tok.dep_ == "ccomp" and _holds(tok, trigger_tokens):
            return False  # "the transfer took place on 3 June, X said": the said event's date
        if tok.head is tok:
            return False
        tok = tok.head
    return False


def _event_object_before(verb: Token, time: Span, tokens: set[int]) -> bool:
    """'condemns the deportation of 40 men from X in the early hours of Monday': a date
    after the event noun the verb condemns is the event's (the parse hangs it on the verb)."""
    return any(c.dep_ == "dobj" and c.i in tokens and c.i < time.start for c in verb.children)


def _reported_to_have(verb: Token, tokens: set[int]) -> bool:
    """'By autumn some 70 others were said to have been expelled': the passive report
    carries the event as its infinitive, and the date with it."""
    return any(c.dep_ == "auxpass" for c in verb.children) and any(
        c.dep_ in {"xcomp", "ccomp"} and c.i in tokens for c in verb.children
    )


def _joined_passive(verb: Token, tokens: set[int]) -> bool:
    """A verb joined by "and" to a trigger that shares its subject ("were removed from X
    on the 16th and taken across", "drove them out of the camp on Monday and handed
    them over"): one chain of acts."""
    if verb.pos_ != "VERB":
        return False
    return any(
        c.dep_ == "conj"
        and c.i in tokens
        and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)
        for c in verb.children
    )


def _holds(clause: Token, tokens: set[int]) -> bool:
    """Is a trigger the clause's own noun ("the transfer took place ...")?"""
    return any(c.i in tokens for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"})


_LATER = re.compile(r"\b(\w+)\s+(day|week|month)s?\s+later\b", re.I)


def anaphoric_time(sent: Span, known: list[TimeExpr], lex: IncidentLexicon) -> TimeExpr | None:
    """'that night', 'the next day', 'two weeks later': the last date given before, shifted."""
    low = sent.text.casefold()
    found = [(low.find(w), w, dt.timedelta(days=d)) for w, d in lex.anaphoric_times.items()]
    for m in _LATER.finditer(sent.text):
        n = small_number(m.group(1))
        if n is not None:
            unit = {"day": 1, "week": 7, "month": 30}[m.group(2).casefold()]
            found.append((m.start(), m.group(0).casefold(), dt.timedelta(days=n * unit)))
    for at, words, shift in sorted(f for f in found if f[0] >= 0):
        start = sent.start_char + at
        before = [t for t in known if t.end <= start and t.window.known]
        if not before:
            return None
        w = before[-1].window
        if shift and (w.earliest is None or w.latest is None):
            return None
        if shift and w.earliest is not None and w.latest is not None:
            w = Window(w.earliest + shift, w.latest + shift, words=words)
        return TimeExpr(start, start + len(words), sent.text[at : at + len(words)], w)
    return None


def _antecedent_time(trigger: Token, span: Span) -> bool:
    """'the night of October 9, when 600 people were sent back': the relative clause's
    head is (or names) the time."""
    clause = trigger
    for _ in range(3):
        if clause.dep_ == "relcl":
            head, tok = clause.head, span.root
            if span.start <= head.i < span.end:
                return True  # "since March 3, when ...": the head inside the expression
            for _ in range(3):
                if tok == head:
                    return True
                tok = tok.head
            return False
        clause = clause.head
    return False


def event_time(
    sdoc: Doc, times: list[TimeExpr], owner: Trigger, others: list[Trigger], ongoing: bool
) -> Window | None:
    """The date in the trigger's own clause; else one not tied to another event's verb.

    Custody said to go on ("remain in detention") takes only a date of its own clause.
    """
    if not times:
        return None
    own, shared, free = [], [], []
    partners = {t.token.i for t in others if linked(owner, t)}
    other_ids = {t.token.i for t in others} - partners
    for t in times:
        span = sdoc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None:
            continue
        if attached(span.root, {owner.token.i}, set()) or _antecedent_time(owner.token, span):
            own.append(t)
        elif attached(span.root, partners, set()):
            shared.append(t)  # "caught ... on Sunday and held": the partner verb's date
        elif not any(a.i in other_ids for a in span.root.ancestors):
            free.append(t)
    pool = own or shared or ([] if ongoing else free)
    if not pool:
        return Window() if ongoing else None
    anchor = owner.token.idx
    best = min(pool, key=lambda t: abs(t.start - anchor))
    span = sdoc.char_span(best.start, best.end, alignment_mode="expand")
    if span is not None and _antecedent_time(owner.token, span):
        return _point(best)
    return best.window


def _point(t: TimeExpr) -> Window:
    """'since October 9, when 600 were sent back': the event is the day itself, not the
    time since it."""
    m = re.match(r"(?i)since\s+", t.words)
    if m is None:
        return t.window
    point = resolve_time(t.words[m.end() :], t.window.latest)
    return point if point is not None and point.known else t.window


def since_clause(sdoc: Doc, t: TimeExpr, owner: Trigger) -> bool:
    """'deported since the government announced its plan on Oct. 3': a date inside a
    "since" clause of the trigger opens the event's window from that date."""
    span = sdoc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return False
    tok: Token = span.root
    for _ in range(6):
        if tok.head is tok or tok.i == owner.token.i:
            return False
        if any(c.dep_ == "mark" and c.lower_ == "since" for c in tok.children):
            return (
                tok.head.i == owner.token.i
                or owner.token.i in {c.i for c in tok.head.conjuncts}
                or tok.head in owner.token.conjuncts
            )
        tok = tok.head
    return False


def dated_apart(sdoc: Doc, times: list[TimeExpr], arrest: Trigger, triggers: list[Trigger]) -> bool:
    """'was detained in July and handed over in September': an arrest with a date of its
    own, in a sentence whose return has another, is an event of its own."""
    if arrest.kind == "forced_return" or not arrest.people:
        return False

    def dates(t: Trigger) -> set[tuple[int, int]]:
        spans = [(x, sdoc.char_span(x.start, x.end, alignment_mode="expand")) for x in times]
        return {
            (x.start, x.end)
            for x, span in spans
            if span is not None and x.window.known and attached(span.root, {t.token.i}, set())
        }

    own = dates(arrest)
    returns = [t for t in triggers if t.kind == "forced_return" and t.token.pos_ == "VERB"]
    return bool(own) and any(dates(r) - own for r in returns)
