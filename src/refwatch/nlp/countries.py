"""Countries named in text: names, adjectives, demonyms, capitals used for the state.

Words come from `domain/<lang>/countries.yaml`; coordinates from `domain/countries.yaml`.
English matching is case-sensitive and whole-word ("US" is not "us"); languages written
without spaces between a noun and its particles (Korean: "중국은") match on the left edge
only. The longest word wins where words overlap ("North Korean" over "Korean").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from refwatch.domain import load_data

KINDS = ("names", "adjectives", "demonyms", "capitals", "peoples")
# Languages whose words take attached particles, so a match may run on into a suffix.
_ATTACHING = {"ko"}


@dataclass(frozen=True)
class CountryMention:
    start: int
    end: int
    code: str  # ISO 3166-1 alpha-2
    kind: str  # name | adjective | demonym | capital | people
    words: str


@cache
def _table(lang: str) -> dict[str, tuple[str, str]]:
    """word -> (code, kind) for one language."""
    data = load_data(f"{lang}/countries.yaml") or {}
    out: dict[str, tuple[str, str]] = {}
    for code, rec in (data.get("countries") or {}).items():
        for kind in KINDS[:4]:
            for word in rec.get(kind) or ():
                out.setdefault(str(word), (str(code), kind.rstrip("s")))
    for code, words in (data.get("peoples") or {}).items():
        for word in words or ():
            out.setdefault(str(word), (str(code), "people"))
    return out


@cache
def _pattern(lang: str) -> re.Pattern[str] | None:
    words = sorted(_table(lang), key=len, reverse=True)
    if not words:
        return None
    alts = "|".join(re.escape(w) for w in words)
    if lang in _ATTACHING:
        return re.compile(rf"(?<![\w])(?:{alts})")
    # "U.S." ends in a dot, so the right edge is "not followed by a word character".
    return re.compile(rf"(?<![\w.])(?:{alts})(?![\w])")


def country_mentions(text: str, lang: str = "en") -> list[CountryMention]:
    """Every country word in `text`, in order, longest match first."""
    pattern = _pattern(lang)
    if pattern is None:
        return []
    table = _table(lang)
    out = []
    for m in pattern.finditer(text):
        word, end = m.group(0), m.end()
        if lang in _ATTACHING and word.endswith("인") and text[end : end + 1] == "권":
            word, end = word[:-1], end - 1  # "북한인권단체": 북한 + 인권, not 북한인
            if word not in table:
                continue
        code, kind = table[word]
        out.append(CountryMention(m.start(), end, code, kind, word))
    return out


def country_in(text: str, lang: str = "en") -> list[tuple[int, int, str]]:
    """(start, end, ISO code) for every country word in `text`."""
    return [(m.start, m.end, m.code) for m in country_mentions(text, lang)]


def words_of_kind(lang: str, kinds: set[str]) -> dict[str, str]:
    """Every word of the given kinds (name, adjective, demonym, capital, people) -> code."""
    return {w: code for w, (code, kind) in _table(lang).items() if kind in kinds}


def country_code(words: str, lang: str = "en") -> str | None:
    """The country a whole phrase names ("Chinese", "Pyongyang"), else None."""
    hit = _table(lang).get(words.strip())
    return hit[0] if hit else None


@cache
def country_name(code: str, lang: str = "en") -> str:
    """A country's first listed name in `lang` ("KR" -> "South Korea" / "한국"), else the code."""
    rec = ((load_data(f"{lang}/countries.yaml") or {}).get("countries") or {}).get(code) or {}
    names = rec.get("names") or ()
    return str(names[0]) if names else code


@cache
def country_coords(code: str) -> tuple[float, float] | None:
    rec = (load_data("countries.yaml") or {}).get(code)
    if not rec:
        return None
    return float(rec["lat"]), float(rec["lon"])
