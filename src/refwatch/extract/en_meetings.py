"""English meetings: who met whom, when and where.

A sentence reports a meeting when it has a meeting cue (`domain/en/meetings.yaml`: "met",
"talks with", "received" + a person) and names two or more participants: the people in
the sentence, or the states when no person is named. A meeting "among the
representatives" whose people are named only in the next sentence takes them from there.
The same participants in one document are one meeting; later mentions add the date or
place the first one lacked. Date: the sentence's time expression ("on Thursday"), or for
"the same day" the last date the document gave; place: a gazetteer city in the sentence.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Doc, Span

from refwatch.extract.en_meeting_cues import frame_cues, idiom
from refwatch.extract.en_meeting_dates import meeting_date, refers_back
from refwatch.extract.en_meeting_phrases import state_parties
from refwatch.extract.en_meeting_places import meeting_place
from refwatch.extract.en_meeting_sides import pronoun_pair, titled_guest, two_states
from refwatch.extract.en_registry import lexicon
from refwatch.extract.en_speakers import Resolver
from refwatch.extract.en_text import lines_of, prose_sentences
from refwatch.model import Actor, Document, Evidence, Meeting
from refwatch.nlp.en_names import fold


@dataclass
class _Draft:
    participants: list[str]
    sent: Span
    date: dt.date | None = None
    place: str | None = None
    date_words: str = ""
    extra: list[str] = field(default_factory=list)


@cache
def _cues() -> tuple[re.Pattern[str], frozenset[str], re.Pattern[str], re.Pattern[str]]:
    data = lexicon("meetings")
    phrases = sorted(
        {str(p) for p in (data.get("phrases") or []) + (data.get("verbs") or [])},
        key=len,
        reverse=True,
    )
    rx = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b", re.IGNORECASE)
    person_obj = frozenset(str(v) for v in data.get("person_object_verbs") or ())
    words = [str(s) for s in data.get("skip") or ()]
    skip = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)
    remote = [str(s) for s in data.get("remote") or ()]
    far = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in remote) + r")\b", re.IGNORECASE)
    return rx, person_obj, skip, far


def _people(sent: Span, resolver: Resolver) -> list[str]:
    out: list[str] = []
    for a in resolver.actors:
        if a.kind != "person":
            continue
        for n in sorted([a.name, *a.aliases], key=len, reverse=True):
            m = re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", sent.text)
            if m and a.name not in out:
                out.append(a.name)
                break
    text = sent.text
    return sorted(out, key=lambda n: _first_at(text, n, resolver))


def _bodies(sent: Span, resolver: Resolver, people: list[str]) -> list[str]:
    """Organisations and governments named in a meeting sentence that names no person,
    for meetings between bodies ("officials from X and Y met"); not the bodies the people
    named work for."""
    theirs = {fold(a.org or "") for a in resolver.actors if a.name in people}
    found: list[tuple[int, str]] = []
    for a in resolver.actors:
        if a.kind == "person" or fold(a.name) in theirs:
            continue
        for n in sorted([a.name, *a.aliases], key=len, reverse=True):
            m = re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", sent.text)
            if m and len(n) > 2:
                found.append((m.start(), a.name))
                break
    return [n for _, n in sorted(found)]


# "the two are due to meet": the two people the sentence before named
_BOTH_SIDES = re.compile(
    r"\b(?:from|of) (?:both|the two) (?:sides|countries|governments)\b", re.IGNORECASE
)
_THE_TWO = re.compile(r"\b[Tt]he two\b(?!\s+(?:countries|sides|governments|nations|states)\b)")
# "meet officials of the X Office", "talks with X officials": one side is a body
_BODY_SIDE = r"(?:with\s+)?(?:(?:senior\s+|government\s+)?officials?\s+(?:of|from)\s+)?(?:the\s+)?"


def _met_body(text: str, resolver: Resolver) -> str | None:
    """The body a person meets ("met officials of the X Office", "talks with the X
    Commission"), named right after the meeting verb."""
    for cue in re.finditer(r"\b(?:met|meet|meets|meeting|talks)\b", text):
        rest = text[cue.end() :].lstrip()
        side = re.match(_BODY_SIDE, rest)
        start = side.end() if side else 0
        for a in resolver.actors:
            if a.kind == "person":
                continue
            for n in [a.name, *a.aliases]:
                if len(n) > 3 and re.match(rf"{re.escape(n)}(?![\w-])", rest[start:]):
                    return a.name
    return None


def _first_at(text: str, name: str, resolver: Resolver) -> int:
    actor = next(a for a in resolver.actors if a.name == name)
    hits = [
        m.start()
        for n in [actor.name, *actor.aliases]
        for m in re.finditer(rf"(?<![\w-]){re.escape(n)}(?![\w-])", text)
    ]
    return min(hits) if hits else len(text)


# "every quiet meeting", "such meetings": the noun for meetings in general, no encounter
_GENERIC = re.compile(
    r"\b(?:every|each|any|no|such|another|more|fewer|many|those|these|other)\s+"
    r"(?:[a-z-]+\s+){0,2}$|^$",
    re.IGNORECASE,
)


def _concrete(text: str, m: re.Match[str]) -> bool:
    """A cue that reports an encounter: a verb or a meeting with someone, not the bare
    noun used in general ("every quiet meeting tells them ...")."""
    if m.group(0).casefold() not in ("meeting", "meetings"):
        return True
    if re.match(r"\s+(?:with|between|among|of|in|at|on)\b", text[m.end() :]):
        return True
    if re.search(r"(?:,|\bwhile|\bwhen|\bafter|\bbefore)\s+$", text[: m.start()]):
        return True  # ", meeting Wang Yi in Beijing,": a participle reports an encounter
    before = text[max(0, m.start() - 40) : m.start()]
    if m.group(0).casefold() == "meetings" and not re.search(r"\b(?:the|their|its)\s+$", before):
        return False
    return not _GENERIC.search(before.split(",")[-1].split(".")[-1].lstrip())


# "received a letter from X": a person after one of these sent a thing, no visit
_SENT_BY = re.compile(
    r"\b(?:from|about|regarding|concerning|over|against|(?<=\S\s)(?<!led )(?<!headed )by)\b"
)


def _live_cues(rx: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """Meeting cues (fixed phrases and frames) in `text` that are no idiom of "meet"."""
    return [c for c in (*rx.finditer(text), *frame_cues(text)) if not idiom(text, c)]


def _is_meeting(sent: Span, resolver: Resolver) -> bool:
    rx, person_obj, skip, far = _cues()
    cues = [c for c in _live_cues(rx, sent.text) if _concrete(sent.text, c)]
    m = min(cues, key=lambda c: c.start(), default=None)
    if m is None or far.search(sent.text):
        return False
    if skip.search(sent.text[max(0, m.start() - 40) : m.end() + 40]):
        return False
    for tok in sent:
        if tok.lemma_ in person_obj and tok.pos_ == "VERB":
            # "received Zhao Leji", not "received a letter": a person must follow
            after = _SENT_BY.split(sent.doc[tok.i + 1 : min(tok.i + 7, sent.end)].text)[0]
            if not resolver.people_in_text(after) and not titled_guest(tok, resolver):
                return bool(_live_cues(rx, sent.text.replace(tok.text, "")))
    return True


def find_meetings(doc: Document, sdoc: Doc, actors: list[Actor]) -> list[Meeting]:
    """Meetings (held or scheduled with named participants) in `doc`."""
    lines = lines_of(doc.text)
    resolver = Resolver(actors)
    sents = prose_sentences(sdoc, lines)
    drafts: list[_Draft] = []
    last_date: dt.date | None = None
    for i, sent in enumerate(sents):
        same_day = drafts[-1].date if drafts and drafts[-1].date else last_date
        day, words = meeting_date(sent, doc.reference_date, same_day, last_date)
        if _is_meeting(sent, resolver):
            people = _people(sent, resolver)
            if (
                len(people) < 2
                and re.search(r"\b(?:among|between)\b", sent.text)
                and (i + 1 < len(sents))
            ):
                people = _people(sents[i + 1], resolver)
            if len(people) < 2 and _BOTH_SIDES.search(sent.text) and i + 1 < len(sents):
                # "Officials from both sides met at X"; the next sentence names them
                later = _people(sents[i + 1], resolver)
                people = later if len(later) == 2 else people
            if len(people) < 2 and _THE_TWO.search(sent.text) and i > 0:
                earlier = _people(sents[i - 1], resolver)
                people = earlier if len(earlier) == 2 else people
            if len(people) == 1 and (
                pair := pronoun_pair(sent, sents[max(0, i - 2) : i], people[0], resolver)
            ):
                people = pair
            if len(people) == 1 and (body := _met_body(sent.text, resolver)) is not None:
                people = [*people, body]
            if not people:
                bodies = _bodies(sent, resolver, people)
                people = bodies if len(bodies) >= 2 else state_parties(sent.text)
            if not people:
                people = two_states(sent, sents[max(0, i - 3) : i])
            if len(people) >= 2:
                follow = sents[i + 1] if i + 1 < len(sents) else None
                follow = follow if follow is not None and refers_back(follow) else None
                if day is None and follow is not None:
                    day, words = meeting_date(follow, doc.reference_date, None, last_date)
                place = meeting_place(sent, doc.text, follow)
                _add(drafts, _Draft(people, sent, day, place, words))
        last_date = day or last_date
    return [
        Meeting(
            participants=d.participants,
            evidence=_evidence(doc, d.sent),
            date=d.date,
            place=d.place,
            date_words=d.date_words,
        )
        for d in drafts
    ]


def _add(drafts: list[_Draft], new: _Draft) -> None:
    key = {fold(p) for p in new.participants}
    for d in drafts:
        if {fold(p) for p in d.participants} == key:
            d.date = d.date or new.date
            d.place = d.place or new.place
            return
    drafts.append(new)


def _evidence(doc: Document, sent: Span) -> Evidence:
    start, end = sent.start_char, sent.end_char
    while end > start and doc.text[end - 1].isspace():
        end -= 1
    return Evidence(start, end, doc.text[start:end])
