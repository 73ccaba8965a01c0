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
from refwatch.extract.en_places import (
    PlaceHit,
    build_place,
    crossing_names,
    locative,
    place_hits,
)
from refwatch.extract.en_reporters import reporters
from refwatch.extract.en_triggers import (
    Trigger,
    attached,
    find_triggers,
    looks_like_name,
    phrase,
    scope,
)
from refwatch.extract.mentions import Mention, merge_mentions
from refwatch.model import Count, Document, Evidence, Incident, IncidentKind, Window
from refwatch.nlp.countries import words_of_kind
from refwatch.nlp.en_numbers import CountExpr, find_counts
from refwatch.nlp.en_time import TimeExpr, find_times

_SKIPPABLE_POS = {"ADJ", "DET", "PROPN", "NUM", "ADV", "ADP", "PUNCT", "CCONJ"}


def find_incidents(doc: Document, sdoc: Doc) -> list[Incident]:
    lex = lexicon()
    demonyms = frozenset(
        w.split()[-1].casefold() for w in words_of_kind("en", {"demonym", "people"})
    )
    times = [t for t in find_times(doc.text, doc.reference_date) if not _dateline(doc.text, t)]
    counts = find_counts(doc.text)
    mentions: list[Mention] = []
    for index, sent in enumerate(sdoc.sents):
        after_return = any(m.sentence == index - 1 and m.kind == "forced_return" for m in mentions)
        triggers = find_triggers(sent, lex, demonyms, after_return)
        if not triggers:
            continue
        sent_counts = [
            c for c in counts if sent.start_char <= c.start and c.end <= sent.end_char
        ]
        people_counts = _people_counts(sdoc, sent_counts, lex, demonyms)
        sent_times = [t for t in times if sent.start_char <= t.start and t.end <= sent.end_char]
        earlier = [t for t in times if t.end <= sent.start_char and t.window.known]
        for owner, owned in _assign(sdoc, triggers, people_counts):
            kind = _kind_with(owner, triggers)
            if not owned and not owner.people and owner.token.pos_ != "NOUN":
                continue  # a noun ("the 9 October transfer") may still name a known event
            for count, when in _pair(
                sdoc, sent, owner, triggers, owned, sent_times, earlier, lex
            ):
                if when is None:
                    when = _inherited(doc, sent, kind, earlier)
                mentions.append(
                    _mention(doc, sdoc, sent, index, kind, owner, triggers, count, when, lex)
                )
    _fill_from_document(mentions)
    return merge_mentions(mentions)


def _dateline(text: str, t: TimeExpr) -> bool:
    """'SEOUL, Oct 12 (Wire) - ...': the date of filing, not of any event."""
    line_start = text.rfind("\n", 0, t.start) + 1
    head = text[line_start : t.start]
    rest = text[t.end : t.end + 40]
    return len(head) < 40 and head[:1].isupper() and bool(re.match(r"[^.\n]{0,30}\s[-–—]\s", rest))


def _assign(
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
        if holders:
            # the return that carries a relative clause of custody outranks that clause
            best = max(
                holders,
                key=lambda i: (
                    _RANK[triggers[i].kind],
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
    loose = [c for c in loose if _free_count(sdoc, c, trigger_ids)]
    if not owned and loose:
        nearest = min(
            range(len(triggers)), key=lambda i: abs(triggers[i].token.idx - loose[0].start)
        )
        owned[nearest] = loose
    if owned:
        return [(triggers[i], cs) for i, cs in sorted(owned.items())]
    best_t = max(triggers, key=lambda t: (bool(t.people), _RANK[t.kind]))
    return [(best_t, [])]


_RANK = {"forced_return": 3, "detention": 2, "arrest": 1}


def _free_count(sdoc: Doc, c: CountExpr, trigger_ids: set[int]) -> bool:
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


def _linked(a: Trigger, b: Trigger) -> bool:
    """Two verbs of one subject joined by "and" ("was caught ... and was held")."""
    return (b.token.head == a.token and b.token.dep_ == "conj") or (
        a.token.head == b.token and a.token.dep_ == "conj"
    )


def _kind_with(owner: Trigger, triggers: list[Trigger]) -> IncidentKind:
    """An arrest whose people are then held is a detention (custody outranks arrest)."""
    if owner.kind in {"arrest", "detention"} and any(
        t.kind == "detention" and _linked(owner, t) for t in triggers
    ):
        return "detention"
    return owner.kind


def _inherited(doc: Document, sent: Span, kind: str, earlier: list[TimeExpr]) -> Window:
    """A past return with no date of its own takes the date given just before it."""
    if kind == "detention" or not earlier:
        return Window()
    last = earlier[-1]
    between = doc.text[last.end : sent.start_char]
    if "\n" in between or between.count(". ") > 1:
        return Window()
    return last.window


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
    owner: Trigger,
    triggers: list[Trigger],
    counts: list[CountExpr],
    times: list[TimeExpr],
    earlier: list[TimeExpr],
    lex: IncidentLexicon,
) -> list[tuple[Count | None, Window | None]]:
    """(count, window) for each event the trigger states; window None: the text gives none."""
    ongoing = owner.kind == "detention" and bool(
        {t.lower_ for t in sent} & lex.ongoing_words
    )
    usable = [t for t in times if not _reporting_time(sdoc, t, [owner], lex)]
    anaphor = _anaphoric_time(sent, earlier, lex)
    if anaphor is not None:
        usable.append(anaphor)
    dated = [t for t in usable if t.window.known]
    if len(counts) > 1 and len(dated) >= len(counts):
        pairs: list[tuple[Count | None, Window | None]] = []
        for c in counts:
            after = [t for t in dated if t.start >= c.end]
            nearest = min(after or dated, key=lambda t: abs(t.start - c.end))
            pairs.append((c.count, nearest.window))
        return pairs
    count = _best_count(counts, [owner])
    if count is None and owner.kind != "forced_return":
        single = _singular([owner], lex)
        count = Count(1, 1, False, single) if single else None
    others = [t for t in triggers if t is not owner]
    return [(count, _event_time(sdoc, usable, owner, others, ongoing))]


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
        if p.ent_type_ == "PERSON" or p.lower_ in lex.singular_people or looks_like_name(p):
            return phrase(p)
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
    sdoc: Doc, times: list[TimeExpr], owner: Trigger, others: list[Trigger], ongoing: bool
) -> Window | None:
    """The date in the trigger's own clause; else one not tied to another event's verb.

    Custody said to go on ("remain in detention") takes only a date of its own clause.
    """
    if not times:
        return None
    own, free = [], []
    partners = {t.token.i for t in others if _linked(owner, t)}
    other_ids = {t.token.i for t in others} - partners
    for t in times:
        span = sdoc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None:
            continue
        if attached(span.root, {owner.token.i} | partners, set()):
            own.append(t)
        elif not any(a.i in other_ids for a in span.root.ancestors):
            free.append(t)
    pool = own or ([] if ongoing else free)
    if not pool:
        return Window() if ongoing else None
    anchor = owner.token.idx
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
    kind: IncidentKind,
    owner: Trigger,
    triggers: list[Trigger],
    count: Count | None,
    when: Window,
    lex: IncidentLexicon,
) -> Mention:
    evidence = _evidence(doc, sent, owner.token)
    from_c, to_c = incident_countries(sdoc, sent, [owner])
    crossing = crossing_names(sent.text, place_hits(sent.text), lex.crossing_words)
    nxt = _next_sentence(sdoc, sent)
    if nxt is not None and not find_triggers(nxt, lex, frozenset()):
        more = crossing_names(nxt.text, place_hits(nxt.text), lex.crossing_words)
        crossing += [c for c in more if c not in crossing]
    hits = [h for h in _own_places(sdoc, sent, owner, triggers) if h.words not in crossing]
    if not [h for h in hits if from_c is None or h.country in (None, from_c)]:
        hits = _neighbour_places(doc, sdoc, sent)
    where = build_place(hits, from_c)
    line = doc.text[evidence.start : evidence.end]
    in_title = bool(doc.title and line.strip() == doc.title.strip()) or not re.search(
        r"[.!?\"”']$", line
    )
    p = owner.patient
    new_event = (
        count is None
        and p is not None
        and p.lemma_.casefold() in lex.new_group
        and any(c.lower_ in {"a", "an", "another"} for c in p.children)
    )
    return Mention(
        kind=kind,
        evidence=evidence,
        count=count,
        when=when,
        where=where,
        crossing=crossing,
        from_country=from_c or where.country,
        to_country=to_c,
        reported_by=reporters(sdoc, sent, [owner], lex),
        new_event=new_event,
        in_title=in_title,
        sentence=index,
    )


def _own_places(sdoc: Doc, sent: Span, owner: Trigger, triggers: list[Trigger]) -> list[PlaceHit]:
    """Places in the sentence that belong to this event (its clause, its people)."""
    targets = {owner.token.i} | ({owner.patient.i} if owner.patient is not None else set())
    lex = lexicon()
    custody = lex.hold_verbs | lex.arrest_verbs | lex.return_verbs
    allowed = {t.token.i for t in triggers} | {
        t.i for t in sent if t.lemma_.casefold() in custody
    }
    out = []
    for h in place_hits(sent.text):
        span = sdoc.char_span(sent.start_char + h.start, sent.start_char + h.end, alignment_mode="expand")
        if span is not None and attached(span.root, targets, allowed):
            out.append(h)
    return out


def _next_sentence(sdoc: Doc, sent: Span) -> Span | None:
    if sent.end >= len(sdoc):
        return None
    return sdoc[sent.end].sent


def _neighbour_places(doc: Document, sdoc: Doc, sent: Span) -> list[PlaceHit]:
    """Places named as locations in the sentences beside this one, in the same paragraph."""
    out = []
    before = sdoc[sent.start - 1].sent if sent.start else None
    for other in (before, _next_sentence(sdoc, sent)):
        if other is None:
            continue
        lo = min(sent.start_char, other.start_char)
        hi = max(sent.end_char, other.end_char)
        if "\n" in doc.text[lo:hi].strip():
            continue
        if find_triggers(other, lexicon(), frozenset()):
            continue  # its places belong to its own event
        for h in place_hits(other.text):
            if h.kind == "facility" or locative(other.text, h):
                out.append(h)
    return out


def _fill_from_document(mentions: list[Mention]) -> None:
    """Countries a mention leaves open are the ones the document's other mentions give."""
    froms = Counter(m.from_country for m in mentions if m.from_country)
    tos = Counter(m.to_country for m in mentions if m.to_country)
    for m in mentions:
        if m.from_country is None and froms:
            # the state that sends people of this nationality elsewhere in the text
            alike = Counter(
                x.from_country for x in mentions if x.from_country and x.to_country == m.to_country
            )
            pool = alike or froms
            m.from_country = next((c for c, _ in pool.most_common() if c != m.to_country), None)
        if m.to_country is None and tos:
            m.to_country = next((c for c, _ in tos.most_common() if c != m.from_country), None)
        if m.where.country is None and m.from_country:
            m.where = replace(m.where, country=m.from_country)
