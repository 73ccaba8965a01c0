"""Who writes a group's own statement (성명서, 논평). A statement names its author in the
present tense of its own act ("X는 … 강력히 규탄한다", "X는 … 촉구한다"), while any other
body it cites is reported in the past ("Y는 보고서에서 … 밝혔다"). So in a text in the
author's voice, the organisation that is the topic of a sentence ending in the present
declarative is the author, whichever body the text happened to cite first.
"""

from __future__ import annotations

import re

from refwatch.extract.ko_doc import KoText
from refwatch.extract.ko_refs import ActorTable

_TOPIC = ("은", "는", "도")
# "규탄한다.", "요구한다", "밝힌다", "연다": the act done now, in writing
_PRESENT = re.compile(r"(?:한다|는다|힌다|낸다|연다)\s*[.!]?[\"”’']?\s*$")


def author_org(table: ActorTable, doc: KoText) -> None:
    """Make the organisation that speaks in the present declarative the author."""
    if not table.author_voice:
        return
    for s in doc.sentences:
        if not _PRESENT.search(s.text) or doc.quote_at(s.start) is not None:
            continue
        topics = [
            m
            for m in table.mentions_in(s.start, s.end)
            if m.particle in _TOPIC and doc.quote_at(m.start) is None
        ]
        if topics and table.actors[topics[0].key].kind == "organization":
            table.primary_org = topics[0].key
            return
