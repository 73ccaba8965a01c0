"""Which state a document's statements about forced return are aimed at by default.

An NGO that "condemned the deportation" or a minister who "voiced concern about the
returns" speaks to the state doing the returning, even when the sentence does not name
it. That state is the one the document names as acting in its return sentences:
"Thailand deported ...", "Chinese authorities sent ... back", "expelled from Pakistan",
"Beijing's forced repatriation". Destinations ("back to North Korea") and nationalities
("Afghans") do not count.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Span

from refwatch.extract.en_mention_base import countries_in
from refwatch.extract.en_registry import lexicon
from refwatch.model import Incident

_NOT_AGENT = re.compile(r"\b(?:to|into|toward|towards|in|inside|for|with)\s+(?:the\s+)?$", re.I)
_TO = re.compile(r"\b(?:to|into|towards?)\s+(?:the\s+)?$", re.I)
_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$", re.I)
_STATE_WORDS = re.compile(
    r"\s*(?:government|authorities|police|officials|side|regime|administration|security)\b",
    re.IGNORECASE,  # "the Royal Lao Government" too
)
_POSSESSIVE_ACT = re.compile(
    r"['’]s\s+(?:\w+\s+){0,2}(?:repatriation|deportation|return|expulsion|removal|refoulement)"
)


def _votes(sent: Span, cues: list[str]) -> tuple[Counter[str], Counter[str], set[str]]:
    """Agent votes, origin votes and destinations of one return sentence."""
    votes: Counter[str] = Counter()
    origins: Counter[str] = Counter()
    sent_to: set[str] = set()
    text = sent.text
    low = text.casefold()
    if not any(c in low for c in cues):
        return votes, origins, sent_to
    for cm in countries_in(text):
        before = text[max(0, cm.start - 16) : cm.start]
        after = text[cm.end : cm.end + 40]
        if cm.kind == "adjective":
            if _STATE_WORDS.match(after) and not _NOT_AGENT.search(before):
                votes[cm.code] += 2
            continue
        if cm.kind not in ("name", "capital"):
            continue
        if _TO.search(before):
            sent_to.add(cm.code)
        if _FROM.search(before):
            origins[cm.code] += 2
        elif _POSSESSIVE_ACT.match(after):
            votes[cm.code] += 2
        elif not _NOT_AGENT.search(before):
            votes[cm.code] += 1
    return votes, origins, sent_to


def _winner(votes: Counter[str], origins: Counter[str], sent_to: set[str]) -> str | None:
    votes = Counter(votes)
    for code, n in origins.items():
        if code not in sent_to:  # "fled from the North ... sent back to North Korea"
            votes[code] += n
    if not votes:
        return None
    (best, n), *rest = votes.most_common(2)
    return best if not rest or n > rest[0][1] else None


def _cues() -> list[str]:
    return [str(w) for w in lexicon("statements").get("topic_forced_return") or ()]


def returning_state(sents: list[Span]) -> str | None:
    """The state most often named as acting in the document's return sentences."""
    votes: Counter[str] = Counter()
    origins: Counter[str] = Counter()
    sent_to: set[str] = set()
    for sent in sents:
        v, o, t = _votes(sent, _cues())
        votes.update(v)
        origins.update(o)
        sent_to |= t
    return _winner(votes, origins, sent_to)


def local_returning_states(incidents: Sequence[Incident]) -> list[tuple[int, str]]:
    """(evidence start, returning state) of each incident, in text order, when the document
    reports returns by more than one state; else [] (the document-wide state then holds)."""
    out = sorted((i.evidence.start, i.from_country) for i in incidents if i.from_country)
    return out if len({c for _, c in out}) > 1 else []


def state_at(local: list[tuple[int, str]], offset: int, default: str | None) -> str | None:
    """The acting state of the nearest return sentence at or before `offset`."""
    before = [w for start, w in local if start <= offset]
    return before[-1] if before else default


_BASE = re.compile(
    r"\b((?:[A-Z][\w.'’-]*\s){0,2}[A-Z][\w.'’]*)[-–](?:based|headquartered)\b"
    r"|\b(?:an?|the)\s+((?:[A-Z][\w.'’-]*\s){0,2}[A-Z][\w.'’]*)\s+"
    r"(?:(?:[a-z]+|human[- ]rights|rights|civic|advocacy|aid)\s)?"
    r"(?:group|ngo|charity|organi[sz]ation|campaigner|activist|lawyer|network|coalition|lawmaker|legislator)\b"
)
# "the government", and a bare "parliament" (its legislature) when no state is named
_THE_GOVERNMENT = re.compile(
    r"(?<![\w’'])(?:(?:the|our|this)\s+government\b(?!s)|(?:on|upon|urged?|the)\s+parliament\b)",
    re.I,
)


def home_state(text: str, names: Sequence[str]) -> str | None:
    """The state a civil-society speaker works in, by what the text says of it next to its
    name ("the Seoul-based group", "a Thai rights lawyer"): whose "the government" it means."""
    for name in names:
        for m in re.finditer(re.escape(name), text):
            window = text[max(0, m.start() - 120) : m.end() + 120]
            for b in _BASE.finditer(window):
                place = b.group(1) or b.group(2)
                found = [
                    c for c in countries_in(place) if c.kind in ("name", "capital", "adjective")
                ]
                if found:
                    return found[0].code
    return None


def speaks_of_own_government(content: str) -> bool:
    """Words naming "the government" with no state of their own."""
    return bool(_THE_GOVERNMENT.search(content))


_NAMED_GOV = re.compile(r"\b(?:government|authorities|administration)\b", re.I)


def last_named_government(text: str, end: int) -> str | None:
    """The state of the last government the text names by its state ("the South Korean
    government", "Seoul's government") in the 300 characters before `end`."""
    window = text[max(0, end - 300) : end]
    last: str | None = None
    for cm in countries_in(window):
        after = window[cm.end : cm.end + 16]
        if cm.kind in ("adjective", "name", "capital") and _NAMED_GOV.match(
            re.sub(r"^['’]s\s+|^\s+", "", after)
        ):
            last = cm.code
    return last
