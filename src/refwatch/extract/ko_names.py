"""Shapes of names in Korean text, and the registry of known actors' Korean names.

A three-syllable word that starts with a common family name is read as a Korean person's
name; a word with syllables typical of transcription (스, 즈, 밍, ...) as a foreign one;
a word ending in a ministry or organisation word, or naming a country, as a body. The
registry (`domain/actors.yaml` + `domain/ko/actors.yaml` + `domain/en/actors.yaml`) gives
known actors their kind, country and spellings in other languages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from refwatch.domain import load_data, place_names
from refwatch.extract.ko_lexicon import Lexicon, lexicon
from refwatch.model import ActorKind
from refwatch.nlp.countries import country_mentions
from refwatch.nlp.kiwi_model import tokenize

_PARTICLE = re.compile(
    r"(?:께서는|께서|에게서|에게도|에게|에서는|에서도|에서|으로는|으로도|으로|이라며|이라고|라며|라고"
    r"|에도|에는|과도|와도|과의|와의|로도|측은|측이|측"
    r"|은|는|이|가|도|의|과|와|에|을|를|로|만)?[,.;:]?$"
)


@dataclass(frozen=True)
class Known:
    id: str
    kind: ActorKind
    country: str | None
    names: tuple[str, ...]  # Korean, usual form first
    other: tuple[str, ...]  # spellings in other languages


@cache
def known_actors() -> dict[str, Known]:
    records = load_data("actors.yaml") or {}
    ko = (load_data("ko/actors.yaml") or {}).get("names") or {}
    en = (load_data("en/actors.yaml") or {}).get("names") or {}
    out: dict[str, Known] = {}
    for aid, names in ko.items():
        rec = records.get(aid) or {}
        out[aid] = Known(
            id=aid,
            kind=rec.get("kind", "organization"),
            country=rec.get("country"),
            names=tuple(str(n) for n in names),
            other=tuple(str(n) for n in en.get(aid) or ()),
        )
    return out


@cache
def known_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    by_name = {n: k.id for k in known_actors().values() for n in k.names}
    alts = "|".join(re.escape(n) for n in sorted(by_name, key=len, reverse=True))
    return re.compile(rf"(?<![가-힣A-Za-z])(?:{alts})(?![A-Za-z])"), by_name


def split_particle(core: str) -> tuple[str, str]:
    m = _PARTICLE.search(core)
    if not m or m.start() == 0:
        return core.rstrip(",.;:"), ""
    return core[: m.start()], m.group().rstrip(",.;:")


def hangul(s: str) -> bool:
    return bool(s) and all("가" <= c <= "힣" for c in s)


@cache
def is_country(word: str) -> str | None:
    hits = country_mentions(word, "ko")
    return hits[0].code if hits and hits[0].start == 0 and hits[0].end == len(word) else None


def org_like(word: str, lex: Lexicon) -> bool:
    return (
        is_country(word) is not None
        or word.endswith(lex.gov_words)
        or word.endswith(lex.org_suffixes)
        or word in lex.org_words
        or word in known_pattern()[1]
        or loan_org(word, lex)
        or (len(word) >= 3 and word.endswith(("대", "대학", "대학교", "당")))
    )


@cache
def proper(word: str) -> bool:
    toks = tokenize(word)
    return hangul(word) and len(toks) == 1 and toks[0].tag == "NNP"


def korean_name(word: str, lex: Lexicon) -> bool:
    if word in lex.not_names:
        return False
    if not hangul(word) or not 3 <= len(word) <= 4 or org_like(word, lex):
        return False
    if any(s in lex.foreign_syllables for s in word):
        return False
    # four syllables only after a two-syllable family name ("남궁민수"): a one-syllable
    # one would read compounds such as "강제북송" as names
    return word[:2] in lex.surnames if len(word) == 4 else word[0] in lex.surnames


def foreign_name(word: str, lex: Lexicon) -> bool:
    return (
        hangul(word)
        and len(word) >= 2
        and any(s in lex.foreign_syllables for s in word)
        and not org_like(word, lex)
        and not org_like(split_particle(word)[0], lex)  # "…모임의": a body with 의
        and not verbal(word)
        and not place_word(word)
    )


@cache
def place_word(word: str) -> bool:
    """A gazetteer place, or any word in the locative ("베이징에서"): a place with a
    particle is where something happens, never a person."""
    core, particle = split_particle(word)
    return core in place_names("ko") or particle.startswith("에서")


def bare_word(word: str, lex: Lexicon) -> bool:
    """A word that may be (part of) a name no syllable marks as foreign ("패통탄",
    "류칭"): Hangul, two to five syllables, no particle, no adverb, time word or body."""
    if not hangul(word) or not 2 <= len(word) <= 5 or word in lex.not_names:
        return False
    if org_like(word, lex) or place_word(word):
        return False
    toks = tokenize(word)
    return bool(toks) and not toks[0].tag.startswith(("MA", "MM", "NP", "NR", "J", "V"))


@cache
def verbal(word: str) -> bool:
    """Whether kiwi reads the word as a verb form ("따르면", "모르는"): 르 and 스 occur in
    Korean verbs as well as in transcribed names."""
    return any(t.tag.startswith(("V", "E")) for t in tokenize(word))


def loan_org(word: str, lex: Lexicon) -> bool:
    """A name transcribed from English and written solid ("…포인트아시아", "…링크코리아"):
    a foreign-looking stem before a loanword that names a group, not a person."""
    end = next((e for e in lex.loan_org_endings if word.endswith(e)), None)
    if end is None or not hangul(word):
        return False
    stem = word[: -len(end)]
    return len(stem) >= 3 and any(s in lex.foreign_syllables for s in stem)


def country_of(org: str) -> str | None:
    """The country a body acts for: a known actor's, a country named in it, or the home
    country for its ministries and legislature."""
    lex = lexicon()
    if not org:
        return None
    known = known_actors().get(known_pattern()[1].get(org, ""))
    if known:
        return known.country
    for word in org.split():
        code = is_country(word)
        if code:
            return code
    if org.split()[-1].endswith(lex.gov_words) or org.split()[0] in lex.legislatures:
        return lex.home_government  # "국회 외교통일위원회": the home legislature
    return None


def person_key(name: str) -> str:
    """A known person's id when the name is theirs (spacing aside), else the name."""
    by_name = known_pattern()[1]
    compact = name.replace(" ", "")
    for n, aid in by_name.items():
        if n.replace(" ", "") == compact:
            return aid
    return name
