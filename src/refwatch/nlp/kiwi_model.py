"""kiwipiepy's Kiwi, loaded once per process, and sentence spans over a document's text.

Loading the model takes a few seconds; every Korean stage shares this one instance.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any


@cache
def kiwi() -> Any:
    from kiwipiepy import Kiwi

    return Kiwi()


@dataclass(frozen=True)
class Token:
    form: str
    tag: str
    start: int
    end: int


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


def tokenize(text: str) -> list[Token]:
    return [Token(t.form, t.tag, t.start, t.start + t.len) for t in kiwi().tokenize(text)]


_LINE = re.compile(r"[^\n]+")
# A sentence ends at . ! ? (after a final syllable, a digit-free word) followed by space.
_END = re.compile(r"(?<=[가-힣A-Za-z)\]”\"’'][.!?])\s+|(?<=[.!?][”\"’'])\s+")
_ABBREV = re.compile(r"(?<![A-Za-z])(?:[A-Z]\.){2,}$")
_OPEN, _CLOSE = "“‘「『", "”’」』"


def _quote_depths(line: str) -> list[int]:
    """Per character, whether it is inside a quotation (straight quotes toggle)."""
    depth, straight, out = 0, False, []
    for ch in line:
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        elif ch == '"':
            straight = not straight
        out.append(depth + straight)
    return out


def split_sentences(line: str) -> list[tuple[int, int]]:
    """Sentence spans of one line; a full stop inside a quotation ends no sentence."""
    depths = _quote_depths(line)
    spans, start = [], 0
    for m in _END.finditer(line):
        if _ABBREV.search(line, 0, m.start()):
            continue  # "U.S. 국무부"
        if depths[m.start() - 1] == 0 or (m.start() >= 2 and depths[m.start() - 2] == 0):
            spans.append((start, m.start()))
            start = m.end()
    spans.append((start, len(line)))
    return spans


def sentences(text: str) -> list[Sentence]:
    """Sentences of `text` with offsets into it, split per line so a paragraph break always
    ends a sentence; whitespace is trimmed from each span. Rules rather than kiwi's own
    splitter: news prose ends its sentences plainly, and this is many times faster."""
    out: list[Sentence] = []
    for line in _LINE.finditer(text):
        base = line.start()
        for a, b in split_sentences(line.group()):
            start, end = base + a, base + b
            while end > start and text[end - 1].isspace():
                end -= 1
            while start < end and text[start].isspace():
                start += 1
            if end > start:
                out.append(Sentence(start, end, text[start:end]))
    return out
