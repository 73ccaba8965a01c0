"""The type of one Korean statement unit: the reporting verb's own meaning, else what was
said. A unit that reports a return or arrest in its own words is a source for an
incident, not a stance; a quoted forecast ("…될 것"이라고 내다봤다) is a warning unless
its words say otherwise.
"""

from __future__ import annotations

import re

from refwatch.extract.ko_doc import KoText
from refwatch.extract.ko_lexicon import Lexicon
from refwatch.extract.ko_quotes import Unit
from refwatch.extract.ko_quotes import content_type as _content_type
from refwatch.extract.ko_refs import ActorTable
from refwatch.model import StatementType

TOPICS = ("은", "는", "도", "께서는", "측은", "측도")
# "…에 대한 질문에", "…을 묻자": what the speaker was asked about, not what they report
_ASKED = re.compile(r"(?:(?:질문|질의|물음|문의)(?:을|를|에|에는)?|묻자|묻는\s데\s대해)\s")
# "이번 송환이 … 따른 것이라고": the return already told, now judged
_TOLD = re.compile(r"(?:이번|이같은|이러한|이와\s같은|해당)\s$")


def reports_event(
    doc: KoText, table: ActorTable, u: Unit, lex: Lexicon, floor: int | None = None
) -> bool:
    """Whether a unit reports a return or arrest in its own words ("…돌려보냈다고 밝혔다"):
    that is a source for an incident, not a stance to type from its wording. A name that
    holds a trigger word ("북송반대시민연대") says nothing."""
    names = [(m.start, m.end) for m in table.mentions_in(u.start, u.verb_start)]
    # what comes before the speaker ("…북송됐다는 소식이 알려진 뒤 X는") sets the scene
    topic = [m.end for m in table.mentions_in(u.start, u.verb_start) if m.particle in TOPICS]
    start = topic[0] if topic else (floor or u.start)
    # "…송환 관련 질의를 받고 … 답했다": the event is what was asked about
    asked = [m.end() for m in _ASKED.finditer(doc.text, start, u.verb_start)]
    start = asked[-1] if asked else start
    for t in lex.triggers:
        for m in t.pattern.finditer(doc.text, start, u.verb_start):
            inside = any(a <= m.start() < b for a, b in names)
            told = _TOLD.search(doc.text, max(0, m.start() - 6), m.start())
            if doc.quote_at(m.start()) is None and not inside and told is None:
                return True
    return False


def unit_kind(
    doc: KoText, table: ActorTable, u: Unit, lex: Lexicon, floor: int | None
) -> StatementType | None:
    if u.type is not None:
        return u.type
    said = doc.text[u.start : u.verb_start]
    # a forecast tells what is to come, not a return that happened; one quoted in the
    # speaker's words is a warning, while "…것으로 내다봤다" only estimates
    if lex.forecast.match(doc.text, u.verb_start):
        quoted = any(u.start <= a and b <= u.verb_start for a, b in doc.quotes)
        return _content_type(said, lex) or ("concern" if quoted else None)
    return None if reports_event(doc, table, u, lex, floor) else _content_type(said, lex)
