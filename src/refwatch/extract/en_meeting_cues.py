"""English meeting cues beyond the fixed phrases of `domain/en/meetings.yaml`, and the
idioms of "meet" that report no meeting.

News reports a meeting through a frame as often as through "met": a holding verb and a
meeting noun with modifiers between them ("held a two-day strategic dialogue", "will
hold annual consultations"), the noun joined to a partner ("for consultations with X"),
or a document signed in person with someone ("signed the memorandum with X at ...").
"Meet" is also used of things that are no meeting: borders or rivers that meet, a
deadline or demands that are met, a plan "met with criticism".
"""

from __future__ import annotations

import re
from functools import cache

from refwatch.extract.en_registry import lexicon


def _alts(key: str) -> str:
    words = sorted((str(w) for w in lexicon("meetings").get(key) or ()), key=len, reverse=True)
    return "|".join(re.escape(w) for w in words) or "(?!)"


@cache
def _frames() -> re.Pattern[str]:
    nouns = _alts("meeting_nouns")
    hold = _alts("hold_verbs")
    docs = _alts("signed_documents")
    return re.compile(
        # "held a two-day strategic dialogue", "will hold annual consultations"
        rf"\b(?:{hold})\s+(?:(?:a|an|the|their|his|her|its|two|three)\s+)?"
        rf"(?:[\w-]+\s+){{0,3}}?(?:{nouns})\b"
        # "for consultations with", "during a dialogue with": the noun with its partner
        rf"|\b(?:{nouns})\s+with\b"
        # "signed the memorandum with X": a signing in person
        rf"|\b(?:signed|signs|sign|signing|inked)\s+(?:[\w'-]+\s+){{0,4}}?(?:{docs})\s+with\b",
        re.IGNORECASE,
    )


# "any discussions with", "future talks with": talks in general or to come, no encounter
_GENERIC = re.compile(
    r"\b(?:any|no|such|future|further|possible|more|fresh|new|direct|resumed|renewed)\s+"
    r"(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)


def frame_cues(text: str) -> list[re.Match[str]]:
    """Meeting frames in `text`, in order."""
    return [
        m
        for m in _frames().finditer(text)
        if not _GENERIC.search(text[max(0, m.start() - 30) : m.start()])
    ]


@cache
def _idioms() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    things = _alts("meeting_things")
    needs = _alts("needs_met")
    reactions = _alts("reactions_met")
    # "where the borders of A, B and C meet": things as the subject of "meet"
    where = re.compile(rf"\b(?:{things})\b[^.;:]{{0,80}}$", re.IGNORECASE)
    # "to meet the deadline", "meets the criteria", "demands were met"
    need = re.compile(
        rf"^\s+(?:(?:the|its|their|his|her|all|these|those|such|any|basic|minimum|new)\s+)*"
        rf"(?:[\w-]+\s+)?(?:{needs})\b",
        re.IGNORECASE,
    )
    # "the plan met with criticism", "was met with silence"
    reaction = re.compile(
        rf"^\s+with\s+(?:(?:a|an|the|some|little|much|strong|widespread|fierce|stiff|"
        rf"broad|general|mixed|muted)\s+)*(?:[\w-]+\s+)?(?:{reactions})\b",
        re.IGNORECASE,
    )
    return where, need, reaction


@cache
def _session() -> re.Pattern[str]:
    # "a meeting of the standing committee": a body's own session, no meeting between sides
    return re.compile(
        rf"^\s+of\s+(?:the|its|their|a|an)\s+(?:[\w'-]+\s+){{0,3}}?(?:{_alts('bodies_in_session')})\b",
        re.IGNORECASE,
    )


_MEET = re.compile(r"meet|meets|met|meeting", re.IGNORECASE)


def idiom(text: str, cue: re.Match[str]) -> bool:
    """A "meet" cue that is an idiom, no encounter of people."""
    word = cue.group(0).split()[0]
    if not _MEET.fullmatch(word):
        return False
    where, need, reaction = _idioms()
    after = text[cue.start() + len(word) :]
    if need.match(after) or reaction.match(after) or _session().match(after):
        return True
    if re.match(r"\s*(?:[,.;:]|$)", after):
        # "... meet." at a clause end: meeting things are its subject
        clause = re.split(r"[,;]\s+(?:and|but|while)\s|\bwhere\b|\bwhich\b", text[: cue.start()])
        return bool(where.search(clause[-1]))
    return False
