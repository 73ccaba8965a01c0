"""English incidents: people forcibly returned, held for return, or arrested.

Each sentence with a trigger (`en_triggers`) gives one mention per count of people it
states — or one without a count — with the date attached to the event (not to "said on
Thursday"), the place, the crossing, the countries and who the text credits. Mentions of
the same event merge into one incident (`mentions.merge_mentions`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from refwatch.extract.en_countries import incident_countries
from refwatch.extract.en_lexicon import IncidentLexicon, lexicon
from refwatch.extract.en_places import build_place, crossing_names, locative, place_hits
from refwatch.extract.en_reporters import reporters
from refwatch.extract.en_triggers import Trigger, find_triggers, sentence_kind
from refwatch.extract.mentions import Mention, merge_mentions
from refwatch.model import Count, Document, Evidence, Incident, Window
from refwatch.nlp.countries import words_of_kind
from refwatch.nlp.en_numbers import CountExpr, find_counts
from refwatch.nlp.en_time import TimeExpr, find_times

_SKIPPABLE_POS = {"ADJ", "DET", "PROPN", "NUM", "ADV", "ADP", "PUNCT", "CCONJ"}


def find_incidents(doc: Document, sdoc: Doc) -> list[Incident]:
    lex = lexicon()
    demonyms = frozenset(
        w.split()[-1].casefold() for w in words_of_kind("en", {"demonym", "people"})
    )
    times = find_times(doc.text, doc.reference_date)
    counts = find_counts(doc.text)
    mentions: list[Mention] = []
    for index, sent in enumerate(sdoc.sents):
        triggers = find_triggers(sent, lex, demonyms)
        kind = sentence_kind(triggers)
        if kind is None:
            continue
        main = [t for t in triggers if t.kind == kind]
        if kind == "arrest" and any(t.kind == "detention" for t in triggers):
            kind = "detention"
        sent_counts = [
            c for c in counts if sent.start_char <= c.start and c.end <= sent.end_char
        ]
        people_counts = _people_counts(sdoc, sent_counts, lex, demonyms)
        if not people_counts and not any(t.people for t in main):
            continue
        sent_times = [t for t in times if sent.start_char <= t.start and t.end <= sent.end_char]
        earlier = [t for t in times if t.end <= sent.start_char and t.window.known]
        for count, when in _pair(sdoc, sent, main, people_counts, sent_times, earlier, lex):
            mentions.append(_mention(doc, sdoc, sent, index, kind, main, count, when, lex))
    _fill_from_document(mentions)
    return merge_mentions(mentions)


def _people_counts(
    sdoc: Doc, counts: list[CountExpr], lex: IncidentLexicon, demonyms: frozenset[str]
) -> list[CountExpr]:
    """Counts whose noun is people ("about 500 North Korean defectors", "dozens of men")."""
    people, bare = [], []
    for c in counts:
        if re.match(r"(?:a|the)\s+(?:family|couple|household)\b", c.words, re.I):
            people.append(c)
            continue
        verdict = _noun_after(sdoc, c, lex, demonyms)
        if verdict == "people":
            people.append(c)
        elif verdict == "bare":
            bare.append(c)
    # "about 80 people on 29 August and 40 on 18 September": a bare number beside a count
    # of people counts people too.
    return sorted(people + (bare if people else []), key=lambda c: c.start)


def _noun_after(sdoc: Doc, c: CountExpr, lex: IncidentLexicon, demonyms: frozenset[str]) -> str:
    span = sdoc.char_span(c.end, min(c.end + 80, len(sdoc.text)), alignment_mode="expand")
    if span is None or not len(span):
        return "bare"
    first = span[0]
    if first.pos_ in {"ADP", "PUNCT", "CCONJ"} and first.lower_ != "of" or first.is_sent_start:
        return "bare"
    for tok in span[:7]:
        low, lemma = tok.lower_, tok.lemma_.casefold()
        if low in lex.people or lemma in lex.people or low in demonyms:
            return "people"
        if low in lex.negative_patients or lemma in lex.negative_patients:
            return "other"
        if tok.pos_ in _SKIPPABLE_POS or low in {"more", "other", "of"}:
            continue
        return "other"
    return "other"


def _pair(
    sdoc: Doc,
    sent: Span,
    triggers: list[Trigger],
    counts: list[CountExpr],
    times: list[TimeExpr],
    earlier: list[TimeExpr],
    lex: IncidentLexicon,
) -> list[tuple[Count | None, Window]]:
    """(count, window) for each event the sentence states."""
    usable = [t for t in times if not _reporting_time(sdoc, t, triggers, lex)]
    anaphor = _anaphoric_time(sent, earlier, lex)
    if anaphor is not None:
        usable.append(anaphor)
    dated = [t for t in usable if t.window.known]
    if len(counts) > 1 and len(dated) >= len(counts):
        pairs = []
        for c in counts:
            after = [t for t in dated if t.start >= c.end]
            nearest = min(after or dated, key=lambda t: abs(t.start - c.end))
            pairs.append((c.count, nearest.window))
        return pairs
    count = _best_count(counts, triggers)
    if count is None:
        single = _singular(triggers, lex)
        count = Count(1, 1, False, single) if single else None
    return [(count, _event_time(sdoc, usable, triggers, lex))]


def _best_count(counts: list[CountExpr], triggers: list[Trigger]) -> Count | None:
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


def _singular(triggers: list[Trigger], lex: IncidentLexicon) -> str | None:
    for t in triggers:
        p = t.patient
        if p is None or p.tag_ in {"NNS", "NNPS"}:
            continue
        if p.ent_type_ == "PERSON" or p.lower_ in lex.singular_people:
            return p.text
    return None


def _reporting_time(sdoc: Doc, t: TimeExpr, triggers: list[Trigger], lex: IncidentLexicon) -> bool:
    """Is the date that of the saying ("confirmed on the 8th that ...") not of the event?"""
    span = sdoc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return False
    tok: Token = span.root
    trigger_tokens = {tr.token.i for tr in triggers}
    for _ in range(8):
        if tok.i in trigger_tokens:
            return False
        if tok.lemma_.casefold() in lex.reporting_verbs and tok.pos_ == "VERB":
            return True
        if tok.head is tok:
            return False
        tok = tok.head
    return False


def _anaphoric_time(sent: Span, earlier: list[TimeExpr], lex: IncidentLexicon) -> TimeExpr | None:
    low = sent.text.casefold()
    for words in lex.anaphoric_times:
        at = low.find(words)
        if at >= 0 and earlier:
            last = earlier[-1]
            start = sent.start_char + at
            return TimeExpr(start, start + len(words), sent.text[at : at + len(words)], last.window)
    return None


def _event_time(
    sdoc: Doc, times: list[TimeExpr], triggers: list[Trigger], lex: IncidentLexicon
) -> Window:
    if not times:
        return Window()
    trigger_tokens = {t.token.i for t in triggers}

    def in_subtree(t: TimeExpr) -> bool:
        span = sdoc.char_span(t.start, t.end, alignment_mode="expand")
        return span is not None and any(a.i in trigger_tokens for a in span.root.ancestors)

    own = [t for t in times if in_subtree(t)]
    pool = own or times
    anchor = triggers[0].token.idx
    return min(pool, key=lambda t: abs(t.start - anchor)).window


def _evidence(doc: Document, sent: Span, trigger: Token) -> Evidence:
    """The sentence, cut to the line it sits on (headlines run into the next line)."""
    text = doc.text
    start = max(sent.start_char, text.rfind("\n", 0, trigger.idx) + 1)
    end_line = text.find("\n", trigger.idx)
    end = min(sent.end_char, end_line if end_line >= 0 else len(text))
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Evidence(start, end, text[start:end])


def _mention(
    doc: Document,
    sdoc: Doc,
    sent: Span,
    index: int,
    kind: str,
    triggers: list[Trigger],
    count: Count | None,
    when: Window,
    lex: IncidentLexicon,
) -> Mention:
    evidence = _evidence(doc, sent, triggers[0].token)
    from_c, to_c = incident_countries(sdoc, sent, triggers)
    hits = place_hits(sent.text)
    if not any(h.kind != "country" for h in hits):
        hits = _neighbour_places(doc, sdoc, sent)
    else:
        hits = [replace(h, start=h.start + sent.start_char, end=h.end + sent.start_char) for h in hits]
    crossing = crossing_names(sent.text, place_hits(sent.text), lex.crossing_words)
    nxt = _next_sentence(sdoc, sent)
    if nxt is not None and not find_triggers(nxt, lex, frozenset()):
        crossing += [c for c in crossing_names(nxt.text, place_hits(nxt.text), lex.crossing_words) if c not in crossing]
    where = build_place([h for h in hits if h.words not in crossing or h.kind == "facility"], from_c)
    line = doc.text[evidence.start : evidence.end]
    in_title = bool(doc.title and line.strip() == doc.title.strip()) or not re.search(r"[.!?\"”']$", line)
    new_event = count is None and any(
        t.patient is not None
        and t.patient.lemma_.casefold() in lex.new_group
        and any(c.lower_ in {"a", "an", "another"} for c in t.patient.children)
        for t in triggers
    )
    return Mention(
        kind=kind,  # type: ignore[arg-type]
        evidence=evidence,
        count=count,
        when=when,
        where=where,
        crossing=crossing,
        from_country=from_c or where.country,
        to_country=to_c,
        reported_by=reporters(sdoc, sent, triggers, lex),
        new_event=new_event,
        in_title=in_title,
        sentence=index,
    )


def _next_sentence(sdoc: Doc, sent: Span) -> Span | None:
    if sent.end >= len(sdoc):
        return None
    return sdoc[sent.end].sent


def _neighbour_places(doc: Document, sdoc: Doc, sent: Span) -> list:  # type: ignore[type-arg]
    """Places named as locations in the sentences beside this one, in the same paragraph."""
    out = []
    for other in (sdoc[sent.start - 1].sent if sent.start else None, _next_sentence(sdoc, sent)):
        if other is None:
            continue
        lo, hi = sorted((other.start_char, sent.start_char))
        if "\n" in doc.text[lo:hi] or "\n" in doc.text[min(sent.end_char, other.end_char) : max(sent.start_char, other.start_char)]:
            continue
        for h in place_hits(other.text):
            if h.kind != "country" and (h.kind == "facility" or locative(other.text, h)):
                out.append(replace(h, start=h.start + other.start_char, end=h.end + other.start_char))
    return out


def _fill_from_document(mentions: list[Mention]) -> None:
    """Countries a mention leaves open are the ones the document's other mentions give."""
    froms = Counter(m.from_country for m in mentions if m.from_country)
    tos = Counter(m.to_country for m in mentions if m.to_country)
    for m in mentions:
        if m.from_country is None and froms:
            m.from_country = next((c for c, _ in froms.most_common() if c != m.to_country), None)
        if m.to_country is None and tos:
            m.to_country = next((c for c, _ in tos.most_common() if c != m.from_country), None)
        if m.where.country is None and m.from_country:
            m.where = replace(m.where, country=m.from_country)
