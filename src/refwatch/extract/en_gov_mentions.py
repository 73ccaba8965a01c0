"""Government phrases built on country words ("the Thai government", "Government of the
Republic of Korea", "China's representatives in Geneva") and countries acting as speakers.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from refwatch.extract.en_mention_base import Mention, countries_in, is_speaker_token
from refwatch.extract.en_text import Lines, clean_span
from refwatch.model import ActorKind

_NATIONAL = r"government|authorities|administration|officials|representatives(?: in [A-Z][a-z]+)?"
_BODY = (
    r"(?:[Ff]oreign|[Dd]efen[cs]e|[Ii]nterior|[Hh]ome|[Jj]ustice|[Ii]mmigration|[Ss]ecurity"
    r"|[Pp]ublic [Ss]ecurity|[Ll]abou?r) [Mm]inistry"
    # any portfolio named in one to three plain words ("human resources ministry")
    r"|(?:(?!(?:the|a|an|and|or|of|to|with|for|in|on|by|that|which|its|own)\b)[A-Za-z]+\s){1,3}"
    r"[Mm]inistry"
    r"|Ministry of [A-Z][a-z]+(?: [A-Z][a-z]+)*"
    r"|[Ii]mmigration (?:[Bb]ureau|[Dd]epartment|[Ss]ervice|[Aa]uthorities)"
    r"|[Ee]mbassy(?: in [A-Z][a-z]+(?: [A-Z][a-z]+)?)?"
    # forces that carry out returns ("Chinese border police"), not their buildings or cars
    r"|(?:[Bb]order |[Ss]ecret |[Rr]iot |[Ii]mmigration )?[Pp]olice(?! (?:station|stations|custody"
    r"|cells?|vans?|cars?|vehicles?|chief|headquarters|checkpoints?|records?|list))"
    r"|[Bb]order [Gg]uards?|[Cc]oast [Gg]uard|[Ss]ecurity [Ff]orces"
)


_FORCES = re.compile(r"(?i)\b(?:police|guards?|forces)\b")

_PLACE_BEFORE = re.compile(
    r"\b(?:in front of|outside|at|near|to|into|from|inside|opposite|before)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def government_mentions(text: str, sdoc: Doc, lines: Lines) -> list[Mention]:
    """Government phrases built on country words, and countries acting as speakers."""
    out: list[Mention] = []
    for cm in countries_in(text):
        if not lines.is_prose(cm.start) or _in_dateline(text, cm.start, cm.end):
            continue
        after = text[cm.end : cm.end + 60]
        before = text[max(0, cm.start - 40) : cm.start]
        if cm.kind in ("name", "adjective", "capital"):
            m = re.match(rf"(?:['’]s)?\s+(?:({_NATIONAL})|({_BODY}))\b", after)
            if (m and cm.kind != "capital") or (m and m.group(2)):
                s, e = clean_span(text, cm.start, cm.end + m.end())
                if _PLACE_BEFORE.search(before) and re.search(r"(?i)embassy", m.group(0)):
                    continue  # "a rally in front of the Chinese Embassy": a building
                if _FORCES.search(m.group(0)) and not _agent(sdoc, s, e):
                    continue  # "caught by Thai police": the force is an actor where it acts
                national = m.group(1) is not None
                weak = national and not re.match(r"government|administration", m.group(1))
                strong = not weak or is_speaker_token(sdoc, s, e)
                kind: ActorKind = "government"
                out.append(
                    Mention(s, e, text[s:e], kind, cm.code, national=national, strong=strong)
                )
                continue
        g = re.search(r"(?:the\s+)?[Gg]overnment of (?:the\s+)?$", before)
        if g and cm.kind == "name":
            s = cm.start - (len(before) - g.start())
            s, e = clean_span(text, s, cm.end)
            out.append(Mention(s, e, text[s:e], "government", cm.code, national=True))
            continue
        a = re.search(r"(?:the\s+)?authorities in $", before)
        if a and cm.kind == "capital":
            s = cm.start - (len(before) - a.start())
            s, e = clean_span(text, s, cm.end)
            out.append(
                Mention(
                    s,
                    e,
                    text[s:e],
                    "government",
                    cm.code,
                    national=True,
                    strong=is_speaker_token(sdoc, s, e),
                )
            )
            continue
        if cm.kind in ("name", "capital") and is_speaker_token(sdoc, cm.start, cm.end):
            out.append(Mention(cm.start, cm.end, cm.words, "government", cm.code, national=True))
    return out


def _agent(sdoc: Doc, start: int, end: int) -> bool:
    """The words at text[start:end] are the subject of a clause ("Lao police detained ...")."""
    span = sdoc.char_span(start, end, alignment_mode="expand")
    return span is not None and span.root.dep_ == "nsubj"


# A dateline opens a paragraph: places joined by slashes or commas, then a dash
# ("SEOUL/LONDON — ", "Geneva, 3 May — "): where the story was filed, not who acts.
_DATELINE_HEAD = re.compile(r"[ \t]*(?:[A-Z][\w.]*[ ,/]+)*$")
_DATELINE_TAIL = re.compile(r"(?:[ ,/]+[A-Z][\w.]*)*(?:,[ \w]{1,20})?\s+[—–-]{1,2}\s")


def _in_dateline(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    head = text[line_start:start]
    return bool(_DATELINE_HEAD.fullmatch(head) and _DATELINE_TAIL.match(text, end))
