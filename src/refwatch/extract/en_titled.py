"""Names behind a title in spans the tagger got wrong: "Ms Ana Ferro" tagged as a body or a
place is a person, and "Ms Ana Ferro of the Harbour Network" holds the body after "of the".
"""

from __future__ import annotations

import re

from refwatch.extract.en_registry import lexicon

# "Ms Ana Ferro of the X Network": a titled name, then the body after "of (the)"
_TITLED_LEAD = re.compile(
    r"([A-Z][\w.'’-]*)((?:\s+[A-Z][\w'’-]*){1,3})\s+(?:of|from|at)\s+(?:the\s+)?"
)


def _titled(word: str) -> bool:
    titles = {str(t).casefold().rstrip(".") for t in lexicon("roles").get("titles") or ()}
    bare = {str(h).casefold().rstrip(".") for h in lexicon("roles").get("honorifics") or ()}
    return word.casefold().rstrip(".") in titles | bare


def past_titled_person(text: str, start: int, end: int) -> int:
    """Where the body starts in a span that opens with a titled person ("Ms Ana Ferro of
    the Harbour Network"): the tagger took the person and the workplace as one name."""
    m = _TITLED_LEAD.match(text, start, end)
    if m is None or not _titled(m.group(1)) or m.end() >= end:
        return start
    return m.end()


def titled_person(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The person in a non-PERSON entity that opens with a courtesy title ("Ms Ana Ferro",
    "Dr Olu Bamidele of the clinic")."""
    m = re.match(r"([A-Z][\w.'’-]*)\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})", text[start:end])
    bare = {str(h).casefold().rstrip(".") for h in lexicon("roles").get("honorifics") or ()}
    if m is None or m.group(1).casefold().rstrip(".") not in bare:
        return None
    return start + m.start(2), start + m.end(2)
