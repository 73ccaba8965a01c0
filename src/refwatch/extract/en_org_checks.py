"""Checks on organisation mentions before they become actors.

- A lone capitalised word the tagger called a body but that only ever stands after a place
  preposition ("deported from Lumut", "examined in Daejeon") is a town.
- "the Seoul-based X Clinic": the base city is no part of the name.
- "Ana Ferro of the Harbour Network": a run of capitalised words that starts with a
  person's name (or "Officials") holds the body after "of the", not the person.
- A lone capitalised word that the text also writes in lower case ("Returnees said",
  "helps returnees") is a common noun opening a sentence.
- A court is the thing ruled by or defied, not a speaker, unless the story lets it speak.
- A news outlet is no actor, except where the story credits it as its source.
- A body named only as someone's workplace becomes an actor of its own when the story
  later lets it speak ("The embassy said ..."), as a ministry or embassy often does.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from refwatch.extract.en_mention_base import Mention, find_org_word
from refwatch.extract.en_registry import find_known, word_list

_PLACE_PREP = re.compile(r"\b(?:in|from|near|to|into|outside|at|via|across)\s+$", re.IGNORECASE)
_BASED = re.compile(r"^(?:[A-Z][\w.'’-]*\s+)?[A-Z][\w.'’]*-(?:based|headquartered)\s+")


def place_like(text: str, orgs: list[Mention]) -> set[str]:
    """Short names never used other than as a place ("from Lumut")."""
    seen: dict[str, bool] = {}
    for m in orgs:
        if m.known_id or len(m.text.split()) > 2 or m.text.isupper() or find_org_word(m.text):
            continue
        as_place = _after_place_prep(text, m.start)
        seen[m.text] = seen.get(m.text, True) and as_place
    # every bare occurrence, not only the tagged ones, must stand after a preposition
    out = set()
    for name, only_place in seen.items():
        if not only_place:
            continue
        hits = list(re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text))
        if all(_after_place_prep(text, h.start()) for h in hits):
            out.add(name)
    return out


# "in Herat and Kandahar", "from Lumut, Ipoh or Taiping": a list after a place preposition
_LISTED_PLACE = re.compile(
    r"\b(?:in|from|near|to|into|outside|at|via|across)\s+[A-Z][\w'’-]+"
    r"(?:,\s+[A-Z][\w'’-]+)*,?\s+(?:and|or)\s+$"
)


def _after_place_prep(text: str, start: int) -> bool:
    before = text[max(0, start - 60) : start]
    return bool(_PLACE_PREP.search(before[-12:]) or _LISTED_PLACE.search(before))


def strip_base(m: Mention) -> Mention:
    """ "Seoul-based Open Gate Clinic" -> "Open Gate Clinic"."""
    b = _BASED.match(m.text)
    if b is None or not m.text[b.end() :].strip():
        return m
    return replace(m, start=m.start + b.end(), text=m.text[b.end() :])


_SAYS = (
    r"(?:later\s+|also\s+)?(?:said|says|told|stated|confirmed|denied|replied|responded|wrote"
    r"|declined|refused|insisted|announced)"
)


def speaks_later(text: str, name: str, after: int) -> bool:
    """Whether "The <head>" of `name` ("the embassy" for "Lao Embassy in Hanoi") is the
    subject of a speech verb after position `after`."""
    words = [w for w in re.findall(r"[A-Z][a-z]+", name) if w.casefold() not in ("in", "of")]
    heads = [w for w in words if w in word_list("office_heads")]
    if not heads:
        return False
    head = heads[0].casefold()
    rx = rf"\b[Tt]he {head}\s+(?:\w+\s+){{0,2}}?{_SAYS}\b"
    return re.search(rx, text[after:]) is not None


def trim_person_lead(text: str, orgs: list[Mention], persons: list[Mention]) -> list[Mention]:
    """ "Ana Ferro of the Harbour Network" -> "Harbour Network": the tagger's or the
    capitalised-run's span began at the person who works there (or at a group noun,
    "Officials of the X Council")."""
    heads = {w.casefold() for w in word_list("group_heads")}
    out = []
    for m in orgs:
        lead_end = next((p.end for p in persons if p.start == m.start and p.end < m.end), None)
        first = m.text.split()[0] if m.text.split() else ""
        if lead_end is None and first.casefold() in heads:
            lead_end = m.start + len(first)  # "Officials of the X Council"
        link = _OF_THE.match(text, lead_end) if lead_end is not None else None
        if link is not None and link.end() < m.end and not m.known_id:
            name = text[link.end() : m.end]
            known = find_known(name)
            m = replace(m, start=link.end(), text=name)
            if known is not None and known.kind != "person":
                m = replace(m, kind=known.kind, country=known.country, known_id=known.id)
        out.append(m)
    return out


_OF_THE = re.compile(r"\s+(?:of|from|at|with)\s+(?:the\s+)?")


def common_nouns(text: str, orgs: list[Mention]) -> set[str]:
    """One-word names the text also writes in lower case ("Returnees" / "returnees"): a
    common noun capitalised at a sentence start, not a body."""
    out = set()
    for m in orgs:
        word = m.text
        if m.known_id or " " in word or word.isupper() or not word[:1].isupper():
            continue
        low = word.casefold()
        stem = low[:-1] if low.endswith("s") else low
        if re.search(rf"(?<![\w-])(?:{re.escape(low)}|{re.escape(stem)}s?)(?![\w-])", text):
            out.add(word)
    return out


def misread_names(text: str, orgs: list[Mention]) -> set[str]:
    """Names that are no body: an imperative the tagger swept in ("Let the Red Cross see
    them"), or a body's name used only to describe a place ("a State Security holding
    facility"): every mention is followed by a place noun."""
    out = set()
    for m in orgs:
        if m.known_id:
            continue
        if _IMPERATIVE.match(m.text):
            out.add(m.text)
            continue
        hits = list(re.finditer(rf"(?<![\w-]){re.escape(m.text)}(?![\w-])", text))
        if hits and all(_FACILITY.match(text, h.end()) for h in hits):
            out.add(m.text)
    return out


_IMPERATIVE = re.compile(r"(?:Let|Allow|Tell|Ask|Help|Give|Make|Send|Bring)\s+(?:the\s+)?[A-Z]")
_FACILITY = re.compile(
    r"\s+(?:holding\s+|detention\s+|interrogation\s+)?(?:facility|facilities|prison|jail|camp"
    r"|compound|building|headquarters|cells?)\b"
)


def silent_court(names: list[str], text: str) -> bool:
    """A court the story never lets speak ("the court said"): the venue or the order."""
    last = [n.split()[-1] for n in names if n.split()]
    if not any(w in word_list("court_words") for w in last):
        return False
    heads = "|".join(re.escape(w.casefold()) for w in word_list("court_words"))
    said = rf"\b(?:[Tt]he|[Aa])\s+(?:[\w-]+\s+){{0,2}}(?:{heads})\s+(?:\w+\s+){{0,2}}?{_SAYS}\b"
    named = "|".join(re.escape(n) for n in names)
    spoke = rf"(?:{named})\s+(?:\w+\s+){{0,2}}?{_SAYS}\b"
    return not re.search(said, text) and not re.search(spoke, text)


def credited_media(text: str, is_prose: Callable[[int], bool]) -> list[Mention]:
    """A news outlet the story credits as its source ("told Reuters", "Xinhua reported",
    "according to Kyodo News") is an actor; one named as a byline or photo credit is not."""
    names = "|".join(re.escape(n) for n in sorted(word_list("media"), key=len, reverse=True))
    # or any run of capitalised words ending in a media word ("The Coastal Herald")
    ends = "|".join(re.escape(w) for w in word_list("media_words"))
    names += rf"|(?:The\s+)?(?:[A-Z][\w'’-]+\s+){{0,3}}(?:{ends})(?![\w-])"
    rx = re.compile(
        rf"\b(?:told|according to|quoted by|said in an interview with)\s+(?:the\s+)?({names})\b"
        rf"|(?<![\w-])({names})\s+(?:news agency\s+)?(?:reported|reports|said|says|quoted)\b"
    )
    out = []
    for m in rx.finditer(text):
        group = 1 if m.group(1) else 2
        start = m.start(group)
        # "On Monday Kyodo News reported": the outlet, not the words that open the clause
        while (w := re.match(r"([A-Z][a-z]+)\s+(?=[A-Z])", text[start : m.end(group)])) and (
            w.group(1) in CLAUSE_OPENERS
        ):
            start += w.end()
        if is_prose(start):
            out.append(Mention(start, m.end(group), text[start : m.end(group)], "organization"))
    return out


# Capitalised words that open a clause before an outlet's name.
CLAUSE_OPENERS = {
    "On",
    "In",
    "At",
    "After",
    "Before",
    "By",
    "Since",
    "During",
    "Separately",
    "Meanwhile",
    "But",
    "And",
    "When",
    "Last",
    "This",
    "Earlier",
    "Later",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
}
