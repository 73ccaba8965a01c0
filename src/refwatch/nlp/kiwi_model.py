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


def sentences(text: str) -> list[Sentence]:
    """Sentences of `text` with offsets into it, split per line so a paragraph break always
    ends a sentence; trailing whitespace is trimmed from each span."""
    out: list[Sentence] = []
    for line in _LINE.finditer(text):
        base = line.start()
        for s in kiwi().split_into_sents(line.group()):
            start, end = base + s.start, base + s.end
            while end > start and text[end - 1].isspace():
                end -= 1
            while start < end and text[start].isspace():
                start += 1
            if end > start:
                out.append(Sentence(start, end, text[start:end]))
    return out
