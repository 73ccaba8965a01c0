"""English incidents: people forcibly returned, held for return, or arrested.

Each sentence with a trigger (`en_triggers`) gives one mention per count of people it
states — or one without a count — with the date attached to the event (not to "said on
Thursday"), the place, the crossing, the countries and who the text credits. Mentions of
the same event merge into one incident (`mentions.merge_mentions`).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from spacy.tokens import Doc, Span, Token

from refwatch.extract.en_back_refs import (
    dates_itself,
    definite,
    enrich_from_back_references,
)
from refwatch.extract.en_countries import incident_countries
from refwatch.extract.en_event_counts import (
    assign,
    best_count,
    kind_with,
    linked,
    people_counts,
    singular,
)
from refwatch.extract.en_event_places import neighbour_places, next_sentence, own_places
from refwatch.extract.en_event_time import (
    anaphoric_time,
    dated_apart,
    dateline,
    event_time,
    inherited,
    reporting_time,
    since_clause,
)
from refwatch.extract.en_incident_clauses import (
    dated_clause_arrest,
    patient_counts,
    times_outside,
)
from refwatch.extract.en_lexicon import IncidentLexicon, lexicon
from refwatch.extract.en_mention_links import chain_legs, fill_from_document, one_party_once
from refwatch.extract.en_parties import party_count
from refwatch.extract.en_places import (
    build_place,
    crossing_names,
    on_route,
    place_hits,
    same_site,
)
from refwatch.extract.en_reporters import reporters
from refwatch.extract.en_triggers import (
    Trigger,
    find_triggers,
)
from refwatch.extract.en_voice import credit_house
from refwatch.extract.mentions import Mention, merge_mentions
from refwatch.model import Count, Document, Evidence, Incident, IncidentKind, Window
from refwatch.nlp.countries import words_of_kind
from refwatch.nlp.en_numbers import CountExpr, find_counts
from refwatch.nlp.en_time import TimeExpr, find_times


@cache
def _demonyms() -> frozenset[str]:
    """Last words of nationality nouns ("Koreans", "Afghans", "Uyghurs")."""
    return frozenset(w.split()[-1].casefold() for w in words_of_kind("en", {"demonym", "people"}))


def find_incidents(doc: Document, sdoc: Doc) -> list[Incident]:
    lex = lexicon()
    demonyms = _demonyms()
    times = [t for t in find_times(doc.text, doc.reference_date) if not dateline(doc.text, t)]
    counts = find_counts(doc.text)
    mentions: list[Mention] = []
    back: dict[int, bool] = {}  # mentions retelling an earlier event -> their date is its own
    for index, sent in enumerate(sdoc.sents):
        after_return = any(m.sentence == index - 1 and m.kind == "forced_return" for m in mentions)
        triggers = find_triggers(sent, lex, demonyms, after_return)
        if not triggers:
            continue
        sent_counts = [c for c in counts if sent.start_char <= c.start and c.end <= sent.end_char]
        patients = {t.patient.i for t in triggers if t.patient is not None}
        people = people_counts(sdoc, sent_counts, lex, demonyms, patients)
        sent_times = [t for t in times if sent.start_char <= t.start and t.end <= sent.end_char]
        earlier = [t for t in times if t.end <= sent.start_char and t.window.known]
        assigned = assign(sdoc, triggers, people)
        owners = {o.token.i for o, _ in assigned}
        assigned += [
            (t, [])
            for t in triggers
            if t.token.i not in owners
            and (_party_clause(t, lex) or dated_apart(sdoc, sent_times, t, triggers))
        ]
        # "170 Rohingya who were rounded up in May 2021 are still held": an arrest of its own
        clauses = [
            (t, own)
            for t in triggers
            if dated_clause_arrest(sdoc, t, sent_times) and (own := patient_counts(sdoc, t, people))
        ]
        assigned += [(t, own) for t, own in clauses if t.token.i not in owners]
        for owner, owned in assigned:
            kind = kind_with(owner, triggers)
            if (
                not owned
                and not owner.people
                and owner.token.pos_ != "NOUN"
                and not _party_clause(owner, lex)
            ):
                continue  # a noun ("the 9 October transfer") may still name a known event
            own_times = times_outside(sdoc, sent_times, [c for c, _ in clauses if c is not owner])
            for count, when in _pair(
                sdoc, sent, owner, triggers, owned, own_times, earlier, lex, doc.reference_date
            ):
                stated = when is not None and owner.token.pos_ == "VERB"
                if count is None and sent.text.rstrip().endswith("?"):
                    continue  # "Will they let monitors see those still held?" asks, tells none
                if count is None and _refers_back(owner, kind) and not _speakers_own(owner, lex):
                    # "Police rounded up 200 Afghans ... Turkey deported them two days later"
                    # or two back, outside quotes ("All six belong to a banned group." between)
                    reach = 1 if re.search('["“”]', sent.text) else 2
                    before = [
                        m for m in mentions if index - reach <= m.sentence < index and m.count
                    ]
                    if not _pronoun(owner):
                        # "the men had been held at X": a stage of the group a return counted
                        # (not "several of the men", nor people already counted as held)
                        before = [m for m in before if m.kind == "forced_return"]
                    count = before[-1].count if before else None
                    if before and when is None and before[-1].kind == kind:
                        when = before[-1].when  # the same event retold: its date
                if when is None:
                    when = inherited(doc, sent, kind, earlier)
                m = _mention(doc, sdoc, sent, index, kind, owner, triggers, count, when, lex)
                m.dated_here = stated and not re.search('["“”]', m.evidence.text)
                mentions.append(m)
                if definite(owner):
                    back[id(m)] = dates_itself(owner, m.dated_here)
    mentions = one_party_once(mentions)
    chain_legs(mentions)
    fill_from_document(mentions)
    credit_house(sdoc, mentions)
    enrich_from_back_references(mentions, back)
    return merge_mentions([m for m in mentions if _for_return(m)])


def _party_clause(t: Trigger, lex: IncidentLexicon) -> bool:
    """'a man and his two sons who were arrested in May have been sent back': an arrest
    told in a relative clause of a counted party is an event of its own."""
    return (
        t.kind == "arrest" and t.token.dep_ in {"relcl", "acl"} and party_count(t, lex) is not None
    )


def _speakers_own(t: Trigger, lex: IncidentLexicon) -> bool:
    """'some people said they had been picked up': "they" are the speakers, not the
    people counted in the sentence before."""
    for tok in t.token.ancestors:
        if tok.pos_ == "VERB" and tok.lemma_.casefold() in lex.reporting_verbs:
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            return subj is not None and subj.tag_ in {"NNS", "NNPS"}
    return False


def _pronoun(t: Trigger) -> bool:
    return t.patient is not None and t.patient.lower_ in {"they", "them"}


def _refers_back(t: Trigger, kind: IncidentKind) -> bool:
    """'they were deported', or 'the men had been detained in X' after a counted return:
    the people counted just before. A definite noun takes the count only for an arrest or
    custody — a stage of its own (SCHEMA); a return so told retells the event counted."""
    if _pronoun(t):
        return True
    p = t.patient
    return (
        kind in {"arrest", "detention"}
        and p is not None
        and p.pos_ == "NOUN"
        and p.lower_ not in {"those", "these"}
        and definite(t)
    )


def _for_return(m: Mention) -> bool:
    """Arrest and custody count only for people who face return: foreigners where held.

    "Police detained 25 protesters in Bangkok" is not an incident; "police detained dozens
    of Afghan men in Karachi" is.
    """
    if m.kind == "forced_return":
        return True
    return m.to_country is not None and m.to_country != m.from_country


def _pair(
    sdoc: Doc,
    sent: Span,
    owner: Trigger,
    triggers: list[Trigger],
    counts: list[CountExpr],
    times: list[TimeExpr],
    earlier: list[TimeExpr],
    lex: IncidentLexicon,
    ref: dt.date | None,
) -> list[tuple[Count | None, Window | None]]:
    """(count, window) for each event the trigger states; window None: the text gives none."""
    ongoing = owner.kind == "detention" and bool({t.lower_ for t in sent} & lex.ongoing_words)
    opened = [_opened(t, ref) for t in times if ref is not None and since_clause(sdoc, t, owner)]
    if opened:
        return [(party_count(owner, lex) or best_count(counts, [owner]), opened[0].window)]
    usable = [t for t in times if not reporting_time(sdoc, t, triggers, lex)]
    anaphor = anaphoric_time(sent, earlier + times, lex)
    if anaphor is not None:
        usable.append(anaphor)
    dated = [t for t in usable if t.window.known]
    if len(counts) > 1:
        # a list of events ("80 on 2 March and 30 on 19 April"): the dates among the counts
        # are theirs, whatever the parse attached them to
        listed = [t for t in times if t.window.known and t.start > counts[0].start]
        if len(listed) >= len(counts):
            dated = listed
    if len(counts) > 1 and len(dated) >= len(counts):
        pairs: list[tuple[Count | None, Window | None]] = []
        for c in counts:
            after = [t for t in dated if t.start >= c.end]
            nearest = min(after or dated, key=lambda t: abs(t.start - c.end))
            pairs.append((c.count, nearest.window))
        return pairs
    count = party_count(owner, lex) or _antecedent_party(owner, triggers, lex)
    count = count or best_count(counts, [owner])
    if count is None:
        single = singular([owner], lex)
        count = Count(1, 1, False, single) if single else None
    others = [t for t in triggers if t is not owner]
    return [(count, event_time(sdoc, usable, owner, others, ongoing))]


def _opened(t: TimeExpr, ref: dt.date | None) -> TimeExpr:
    """The window from the date to the reference date ("since ... on Oct. 3")."""
    w = Window(t.window.earliest, ref, words=t.words)
    return TimeExpr(t.start, t.end, t.words, w)


def _antecedent_party(
    owner: Trigger, triggers: list[Trigger], lex: IncidentLexicon
) -> Count | None:
    """'... a woman and her two children; they were sent back': the party "they" refers to."""
    if not _pronoun(owner):
        return None
    earlier = [t for t in triggers if t.token.i < owner.token.i]
    return next((c for t in reversed(earlier) if (c := party_count(t, lex))), None)


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
    partners = [t for t in triggers if t is not owner and linked(owner, t)]
    from_c, to_c = incident_countries(sdoc, sent, [owner, *partners])
    crossing = crossing_names(sent.text, place_hits(sent.text), lex.crossing_words)
    nxt = next_sentence(sdoc, sent)
    if nxt is not None and not find_triggers(nxt, lex, frozenset()):
        more = crossing_names(nxt.text, place_hits(nxt.text), lex.crossing_words)
        crossing += [c for c in more if c not in crossing]
    hits = [
        h
        for h in own_places(sdoc, sent, owner, triggers)
        if h.words not in crossing and not on_route(sent.text, h, tuple(crossing))
    ]
    if not [h for h in hits if from_c is None or h.country in (None, from_c)]:
        hits = neighbour_places(doc, sdoc, sent)
    elif not any(h.kind == "facility" for h in hits):
        # "... in Baishan." + "They were marched out of the Baishan Detention Centre ..."
        near = neighbour_places(doc, sdoc, sent)
        hits += [h for h in near if h.kind == "facility" and same_site(h, hits)][:1]
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
