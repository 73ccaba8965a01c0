"""Which parts of an English document are running prose, and small span helpers.

Page copies keep headlines, captions, menus and bylines. Facts about actors and what they
said are taken from prose lines only: a line that ends like a sentence and is not written
in Title Case. Headlines repeat the body ("Jung Park: 'China, do not ...'") and captions
name photographers and news agencies, so reading them would double or pollute the record.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc, Span

_END = re.compile(r"[.!?\"'”’:;)]\s*$")
_CHROME = re.compile(r"©|ⓒ|\(c\)|copyright|all rights reserved|reproduction", re.IGNORECASE)
_SMALL = {"a", "an", "the", "of", "for", "and", "or", "in", "on", "at", "to", "by", "with", "from"}


def _title_case(line: str) -> bool:
    """Headline capitalisation; a line ending in a full stop needs more to count as one,
    since a short sentence full of names ("On Monday, Kim Jong Un met ...") is prose."""
    words = re.findall(r"[A-Za-z][A-Za-z'’-]*", line)
    content = [w for w in words if w.lower() not in _SMALL]
    if len(content) < 3:
        return True
    upper = sum(1 for w in content if w[0].isupper())
    if re.search(r"[.!?]$", line) and any(w.islower() and len(w) >= 3 for w in content):
        return False
    limit = 0.75
    return upper / len(content) >= limit


def is_prose_line(line: str) -> bool:
    s = line.strip()
    if len(s) < 25 or not _END.search(s) or _CHROME.search(s):
        return False
    return not _title_case(s)


@dataclass(frozen=True)
class Lines:
    """The document's lines with their offsets and whether each is prose."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]
    prose: tuple[bool, ...]

    def index(self, offset: int) -> int:
        return max(0, bisect_right(self.starts, offset) - 1)

    def is_prose(self, offset: int) -> bool:
        return bool(self.prose) and self.prose[self.index(offset)]

    def line_of(self, offset: int) -> tuple[int, int]:
        i = self.index(offset)
        return self.starts[i], self.ends[i]


def lines_of(text: str) -> Lines:
    starts, ends, prose = [], [], []
    pos = 0
    for raw in text.split("\n"):
        starts.append(pos)
        ends.append(pos + len(raw))
        prose.append(is_prose_line(raw))
        pos += len(raw) + 1
    return Lines(tuple(starts), tuple(ends), tuple(prose))


def prose_sentences(sdoc: Doc, lines: Lines) -> list[Span]:
    """spaCy sentences that lie in prose lines, split again at line breaks."""
    out: list[Span] = []
    for sent in sdoc.sents:
        start = sent.start
        for tok in sent:
            if "\n" in tok.text or "\n" in tok.whitespace_:
                if tok.i + 1 > start:
                    out.append(sdoc[start : tok.i + 1])
                start = tok.i + 1
        if start < sent.end:
            out.append(sdoc[start : sent.end])
    return [s for s in out if s.text.strip() and lines.is_prose(s.start_char)]


def clean_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim spaces, a leading "the" and a trailing possessive from a name span."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if re.match(r"(?:the|The)\s", text[start:end]):
        start += 4
    if re.search(r"['’]s?$", text[start:end]) and not text[start:end].endswith("s'"):
        end = start + len(re.sub(r"['’]s?$", "", text[start:end]))
    return start, end
