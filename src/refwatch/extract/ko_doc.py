"""A Korean document read once for every extraction stage: sentences, words, quotes,
times, counts, places and countries, all as spans of `Document.text`."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import Protocol, TypeVar

from refwatch.domain import place_names
from refwatch.extract.ko_lexicon import place_pattern
from refwatch.model import Evidence
from refwatch.nlp.countries import CountryMention, country_mentions
from refwatch.nlp.kiwi_model import Sentence, sentences, tokenize
from refwatch.nlp.ko_numbers import CountExpr, find_counts
from refwatch.nlp.ko_time import TimeExpr, find_times

_QUOTE_MARKS = "\"“”‘’'「」『』"
_QUOTE = re.compile(r"\"[^\"\n]{2,}?\"|“[^”\n]{2,}?”")
# A body sentence ends like one; headlines and link lists ("...강제북송…단둥 통해 넘겨") do not.
_SENTENCE_END = re.compile(r"(?:[.!?。]|[다라요죠])[\"”’']?\)?$")
# A word with a parenthetical glued to it stays one word: "박(Jung Pak)", "정미란(가명·52)".
_WORD = re.compile(r"(?:[^\s(]|\([^)\n]*\))+")


class _Spanned(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


_T = TypeVar("_T", bound=_Spanned)


@dataclass(frozen=True)
class Word:
    """One space-separated word (eojeol), with its parenthetical set apart."""

    start: int
    end: int
    text: str
    core: str  # the word without its parenthetical
    paren: str  # what the parenthetical says ("Jung Pak", "劉曉明"), or ""


@dataclass(frozen=True)
class PlaceMention:
    start: int
    end: int
    place_id: str
    words: str


@dataclass
class KoText:
    text: str
    ref: dt.date | None
    sentences: list[Sentence] = field(default_factory=list)
    quotes: list[tuple[int, int]] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    counts: list[CountExpr] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    countries: list[CountryMention] = field(default_factory=list)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def sentence_index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self._sentence_starts, pos) - 1)

    def quote_at(self, pos: int) -> tuple[int, int] | None:
        for a, b in self.quotes:
            if a <= pos < b:
                return a, b
        return None

    def same_voice(self, a: int, b: int) -> bool:
        """Whether two positions are both in the same quote or both outside quotes."""
        return self.quote_at(a) == self.quote_at(b)

    def evidence(self, start: int, end: int) -> Evidence:
        while end > start and self.text[end - 1] in " .,":
            end -= 1
        return Evidence(start, end, self.text[start:end])

    def is_body(self, s: Sentence) -> bool:
        return bool(_SENTENCE_END.search(s.text)) and len(s.text) >= 6

    def words(self, start: int, end: int) -> list[Word]:
        out = []
        for m in _WORD.finditer(self.text, start, end):
            raw = m.group()
            lead = len(raw) - len(raw.lstrip(_QUOTE_MARKS))
            raw = raw[lead:]
            if not raw:
                continue
            core = re.sub(r"\([^)]*\)", "", raw).rstrip(_QUOTE_MARKS)
            core = re.sub(r"[\"'’”」』](?=[가-힣]{1,3}[,.]?$)", "", core)  # "'센터'에" -> "센터에"
            paren = " ".join(re.findall(r"\(([^)]*)\)", raw))
            out.append(Word(m.start() + lead, m.end(), raw, core, paren))
        return out

    def within(self, items: list[_T], start: int, end: int) -> list[_T]:
        return [x for x in items if start <= x.start and x.end <= end]


def read(text: str, ref: dt.date | None) -> KoText:
    doc = KoText(text=text, ref=ref)
    doc.sentences = sentences(text)
    doc.quotes = [(m.start() + 1, m.end() - 1) for m in _QUOTE.finditer(text)]
    doc.times = find_times(text, ref)
    doc.counts = find_counts(text)
    doc.countries = country_mentions(text, "ko")
    names = place_names("ko")
    doc.places = [
        PlaceMention(m.start(), m.end(), names[m.group().casefold()], m.group())
        for m in place_pattern().finditer(text)
    ]
    return doc


@cache
def ends_with_particle(word: str) -> bool:
    """Whether kiwi reads the word as ending in a particle or a verb ending (a phrase
    boundary), rather than as a bare noun."""
    toks = tokenize(word)
    if not toks:
        return False
    last = toks[-1]
    if last.tag.startswith(("J", "ETM", "EC")) or last.tag in ("VCP", "SF", "SP"):
        return True
    return last.tag == "EF" and word.endswith(("다", "요", "까", "죠"))
