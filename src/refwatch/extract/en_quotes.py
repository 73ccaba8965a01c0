"""Quoted passages and who they are attributed to.

News English attributes a quote before it ('Baek said, "..."'), after it ('"...," said
Yoo'), or once for a run of quotes in one paragraph ('"...," Kang said. "..."'). A quote
may span several sentences. `find_quotes` pairs the quotation marks of each line,
`attribute` gives each quote the subject of the reporting verb next to it, or else the
speaker of the previous quote in the same paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from refwatch.extract.en_cues import verb_type
from refwatch.extract.en_speakers import Resolver, Speaker
from refwatch.extract.en_text import Lines

_MARKS = re.compile(r"[\"“”]")


@dataclass(frozen=True)
class Quote:
    start: int  # first character inside the marks
    end: int
    line: int
    speaker: Speaker | None = None
    typed: bool = False  # attributed by a typed verb ("urged, '...'"): that verb speaks

    def holds(self, offset: int) -> bool:
        return self.start <= offset < self.end


def find_quotes(text: str, lines: Lines) -> list[Quote]:
    out = []
    for i, (ls, le) in enumerate(zip(lines.starts, lines.ends, strict=True)):
        marks = [m.start() for m in _MARKS.finditer(text, ls, le)]
        for a, b in zip(marks[::2], marks[1::2], strict=False):
            if b - a > 8:
                out.append(Quote(a + 1, b, i))
    return out


def inside(quotes: list[Quote], offset: int) -> Quote | None:
    return next((q for q in quotes if q.holds(offset)), None)


def _attribution(sdoc: Doc, q: Quote, resolver: Resolver) -> tuple[Speaker | None, bool]:
    """The subject of a neutral reporting verb just outside the quote, in its sentences."""
    near: list[Token] = []
    for off in (q.start, q.end - 1):
        span = sdoc.char_span(off, off + 1, alignment_mode="expand")
        if span is not None:
            near.extend(span[0].sent)
    for tok in near:
        if q.start - 1 <= tok.idx <= q.end or verb_type(tok) is None:
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is not None and not (q.start <= subj.idx < q.end):
            speaker = resolver.subject(subj)
            if speaker is not None:
                return speaker, bool(verb_type(tok))
        if subj is None and tok.idx >= q.end:
            # '"...," said Marta Lindqvist, ...': the name right after the verb speaks,
            # whatever the parser attached it to.
            after = sdoc[tok.i + 1 : min(tok.i + 5, tok.sent.end)]
            people = resolver.people_in_text(after.text)
            if people:
                return people[0], bool(verb_type(tok))
    return None, False


def _colon_lead(sdoc: Doc, q: Quote, resolver: Resolver) -> Speaker | None:
    """'X put it plainly when we spoke: "..."': a quote a colon introduces is the words of
    the subject of the clause before the colon, whatever its verb."""
    lead = sdoc.text[: max(q.start - 1, 0)].rstrip()
    if not lead.endswith(":"):
        return None
    span = sdoc.char_span(len(lead) - 1, len(lead), alignment_mode="expand")
    if span is None:
        return None
    head = span[0].head  # the verb the colon closes ("put it plainly:")
    for _ in range(3):
        subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.idx < len(lead) and subj.lower_ not in ("i", "we"):
            return resolver.subject(subj)
        if head.head is head:
            break
        head = head.head
    return None


def attribute(sdoc: Doc, q: Quote, resolver: Resolver, earlier: list[Quote]) -> Quote:
    """The quote with its speaker: the reporting verb next to it, else the subject of the
    clause a colon ends before it, else the speaker of the previous quote in the same
    paragraph."""
    speaker, typed = _attribution(sdoc, q, resolver)
    if speaker is None:
        speaker = _colon_lead(sdoc, q, resolver)
    if speaker is None and earlier and earlier[-1].line == q.line:
        speaker = earlier[-1].speaker
    if speaker is None and earlier and _runs_on(sdoc.text, earlier[-1], q):
        speaker = earlier[-1].speaker
    return Quote(q.start, q.end, q.line, speaker, typed)


def _runs_on(text: str, prev: Quote, q: Quote) -> bool:
    """A paragraph that is nothing but a quote, right after a paragraph holding an
    attributed quote, goes on with the same speaker's words."""
    line_start = text.rfind("\n", 0, q.start) + 1
    line_end = text.find("\n", q.end)
    line_end = len(text) if line_end < 0 else line_end
    alone = not text[line_start : q.start - 1].strip() and not text[q.end + 1 : line_end].strip()
    before = text[:line_start].rstrip()  # up to the end of the last non-blank line
    prev_start = before.rfind("\n") + 1
    return alone and prev_start <= prev.start < len(before) and prev.speaker is not None


def sentences_of(sdoc: Doc, q: Quote) -> list[Span]:
    """The sentences a quote runs through."""
    out: list[Span] = []
    for sent in sdoc.sents:
        if sent.start_char < q.end and q.start < sent.end_char and sent not in out:
            out.append(sent)
    return out
