"""The place of an English meeting: a gazetteer city after "in" or "at" in its sentence,
else a place the tagger found after "in" that is no whole country, else a capitalised
name after "in" the gazetteer lacks, else the goal of a visit ("visited Bangkok and met"),
else the city of the story's dateline.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Span

from refwatch.extract.en_meeting_phrases import first_city, visit_place
from refwatch.extract.en_mention_base import countries_in
from refwatch.extract.en_registry import find_known, lexicon, word_list


def meeting_place(sent: Span, doc_text: str, follow: Span | None = None) -> str | None:
    """Where the meeting `sent` reports took place, or None; `follow` is a next sentence
    that refers back to the meeting ("The talks in Geneva lasted two hours")."""
    for s in (sent, follow):
        if s is None:
            continue
        found = _place(s.text) or _tagged_city(s) or _city_after_in(s.text) or visit_place(s.text)
        if found:
            return found
    return _dateline(doc_text)


def _is_country(name: str) -> bool:
    """A whole state's name or adjective; a capital ("Warsaw") or a city-state
    ("Singapore") is a city here."""
    if name in _city_states():
        return False
    return any(c.kind != "capital" for c in countries_in(name))


@cache
def _city_states() -> frozenset[str]:
    return frozenset(str(n) for n in lexicon("meetings").get("city_states") or ())


def _tagged_city(sent: Span) -> str | None:
    """A place the tagger found after "in" that is not a whole country ("in Munich")."""
    for ent in sent.ents:
        after_in = ent.start > sent.start and sent.doc[ent.start - 1].lower_ == "in"
        if ent.label_ == "GPE" and after_in and not _is_country(ent.text):
            return ent.text
    return None


_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_CITY_AFTER_IN = re.compile(
    r"(?:^|[\s,])in ([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=\s+(?:on|to|for|last|this|next|earlier)\b"
    r"|[,.;]|$)"
)


def _city_after_in(text: str) -> str | None:
    """A capitalised place right after "in" that the gazetteer lacks ("in Tallinn on
    Monday"): not a country, a month, a season or a body."""
    for m in _CITY_AFTER_IN.finditer(text):
        name = m.group(1)
        if _is_country(name) or re.fullmatch(_MONTHS, name.split()[0]) or find_known(name):
            continue
        if name.split()[-1] in word_list("generic_org_words") + word_list("org_words"):
            continue
        return name
    return None


def _dateline(text: str) -> str | None:
    """The city of a dateline opening the story ("TOKYO - ...")."""
    m = re.search(r"(?m)^([A-Z]{3,}(?: [A-Z]{3,})?)(?:,[^\n-]{0,30})?\s+[-–—]\s", text[:600])
    return _place(f"in {m.group(1).title()}") if m else None


def _place(text: str) -> str | None:
    return first_city(re.finditer(r"\b(?:in|at)\s+((?:[A-Z][\w'-]+\s?){1,3})", text))
