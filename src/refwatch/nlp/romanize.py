"""Revised Romanization of Hangul names, with the spellings people actually use.

`romanizations("조태열")` gives the spellings a Latin-script text may use for the name
("Cho Tae-yeol", "Jo Taeyeol", "Cho Tae-yul", ...); `same_person(a, b)` says whether two
names, in either script, can be one person's. Family names take their customary spellings
from `domain/ko/names.yaml` (Lee/Yi/Rhee, Park/Pak/Bak, ...); given-name syllables take
the Revised Romanization plus the common variants (ㅓ eo/u/o, ㅈ j/ch, ㄱ g/k, ㅂ b/p, ...).
Matching compares a loose phonetic key, so a vowel that differs (Jun-il vs Jin-il) still
tells two people apart.
"""

from __future__ import annotations

import itertools
import re
from functools import cache

from refwatch.domain import load_data

_INITIALS = [
    ("g", "k"), ("kk",), ("n",), ("d", "t"), ("tt",), ("r", "l"), ("m",), ("b", "p"),
    ("pp",), ("s", "sh"), ("ss",), ("",), ("j", "ch"), ("jj",), ("ch",), ("k",), ("t",),
    ("p",), ("h",),
]  # fmt: skip
_VOWELS = [
    ("a",), ("ae",), ("ya",), ("yae",), ("eo", "u", "o"), ("e",), ("yeo", "yu", "yo"),
    ("ye",), ("o",), ("wa",), ("wae",), ("oe", "oi"), ("yo",), ("u", "oo"), ("wo",),
    ("we",), ("wi",), ("yu",), ("eu", "u"), ("ui", "i"), ("i",),
]  # fmt: skip
_FINALS = [
    ("",), ("k", "g"), ("k",), ("k",), ("n",), ("n",), ("n",), ("t",), ("l", "r"), ("k",),
    ("m",), ("l",), ("l",), ("l",), ("p",), ("l",), ("m",), ("p", "b"), ("p",), ("t",),
    ("t",), ("ng",), ("t",), ("t",), ("k",), ("t",), ("p",), ("t",),
]  # fmt: skip
_MAX_VARIANTS = 64
_HANGUL = re.compile(r"[가-힣]")


def is_hangul(name: str) -> bool:
    return bool(_HANGUL.search(name))


@cache
def surnames() -> dict[str, tuple[str, ...]]:
    data = load_data("ko/names.yaml") or {}
    return {k: tuple(v) for k, v in (data.get("surnames") or {}).items()}


@cache
def _surname_keys() -> dict[str, frozenset[str]]:
    """Latin spelling (casefolded) -> the Hangul family names it can stand for."""
    out: dict[str, set[str]] = {}
    for hangul, spellings in surnames().items():
        for s in spellings:
            out.setdefault(s.casefold(), set()).add(hangul)
    return {k: frozenset(v) for k, v in out.items()}


def syllable_variants(syllable: str) -> list[str]:
    """Romanizations of one Hangul syllable, the Revised Romanization first."""
    code = ord(syllable) - 0xAC00
    if not 0 <= code < 11172:
        return [syllable.casefold()]
    ini, vow, fin = code // 588, (code % 588) // 28, code % 28
    out = [a + b + c for a, b, c in itertools.product(_INITIALS[ini], _VOWELS[vow], _FINALS[fin])]
    if ini == 11 and vow == 20:  # 이 alone is often spelled Yi (Wang Yi, Yi Sun-sin)
        out += ["y" + v for v in out]
    return out


def _given_variants(given: str) -> list[list[str]]:
    """Per-syllable variants of a given name, capped so long names stay cheap."""
    parts = [syllable_variants(s) for s in given if not s.isspace()]
    combos = list(itertools.islice(itertools.product(*parts), _MAX_VARIANTS))
    return [list(c) for c in combos]


def split_name(name: str) -> tuple[str, str]:
    """(family, given) of a Korean-order Hangul name: two-syllable family names first."""
    compact = name.replace(" ", "")
    if len(compact) >= 4 and compact[:2] in surnames():
        return compact[:2], compact[2:]
    return compact[:1], compact[1:]


def romanizations(hangul_name: str) -> set[str]:
    """Latin spellings of a Hangul name: family-name customs x given-name variants x
    hyphen/space/no separator, family first and family last."""
    name = hangul_name.strip()
    if " " in name:  # written with a space ("정 박"): keep the order it is written in
        words = name.split()
        per_word = [
            sorted({*surnames().get(w, ()), *(_cap("".join(v)) for v in _given_variants(w))})
            for w in words
        ]
        return {" ".join(c) for c in itertools.islice(itertools.product(*per_word), 256)}
    family, given = split_name(name)
    fams = surnames().get(family) or tuple(_cap(v) for v in syllable_variants(family))
    out: set[str] = set()
    for combo in _given_variants(given):
        forms = {_cap("-".join(combo)), _cap("".join(combo)), " ".join(_cap(c) for c in combo)}
        for fam in fams:
            for g in forms:
                out.add(f"{fam} {g}" if g else fam)
                if g:
                    out.add(f"{g} {fam}")
    return out


def standard(hangul_name: str) -> str:
    """The usual press spelling: customary family name, Revised Romanization of the given
    name with a hyphen ("한지유" -> "Han Ji-yu")."""
    family, given = split_name(hangul_name)
    fam = (surnames().get(family) or (_cap(syllable_variants(family)[0]),))[0]
    parts = [syllable_variants(s)[0] for s in given]
    return f"{fam} {_cap('-'.join(parts))}" if parts else fam


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def loose(s: str) -> str:
    """A phonetic key that forgets the differences romanization systems make."""
    s = re.sub(r"[^a-z]", "", s.casefold())
    for a, b in (("eo", "u"), ("eu", "u"), ("oo", "u"), ("ee", "i"), ("sh", "s"), ("ch", "j"),
                 ("wo", "u"), ("oi", "oe")):  # fmt: skip
        s = s.replace(a, b)
    return s.translate(str.maketrans("kptr", "gbdl"))


def _latin_keys(name: str) -> set[tuple[str, str]]:
    """(family, loose given) readings of a Latin-script name, family first or last."""
    words = [w for w in re.split(r"[\s,]+", name.strip()) if w]
    if not words:
        return set()
    keys: set[tuple[str, str]] = set()
    readings = [(words[0], words[1:]), (words[-1], words[:-1])] if len(words) > 1 else []
    for fam, rest in readings:
        given = loose("".join(rest))
        for hangul in _surname_keys().get(re.sub(r"[^a-z]", "", fam.casefold()), ()):
            keys.add((hangul, given))
        keys.add(("~" + loose(fam), given))
    if len(words) == 1:
        keys.add(("~", loose(words[0])))
    return keys


@cache
def _hangul_keys(name: str) -> frozenset[tuple[str, str]]:
    name = name.strip()
    keys: set[tuple[str, str]] = set()
    words = name.split()
    splits = [(words[0], words[1:]), (words[-1], words[:-1])] if len(words) > 1 else []
    if len(words) == 1:
        fam, given = split_name(name)
        splits = [(fam, [given])]
    for fam, rest in splits:
        for combo in _given_variants("".join(rest)):
            given = loose("".join(combo))
            keys.add((fam, given))
            for v in syllable_variants(fam) if len(fam) == 1 else ():
                keys.add(("~" + loose(v), given))
    return frozenset(keys)


def name_keys(name: str) -> frozenset[tuple[str, str]]:
    return _hangul_keys(name) if is_hangul(name) else frozenset(_latin_keys(name))


def same_person(a: str, b: str) -> bool:
    """Whether two personal names, in Hangul or Latin script, can name one person.

    Two Hangul names must be the same syllables in the same order (spaces aside): 박정 is
    not 정박. Otherwise the names must share a (family, loose given name) reading.
    """
    if not a.strip() or not b.strip():
        return False
    if is_hangul(a) and is_hangul(b):
        return a.replace(" ", "") == b.replace(" ", "")
    if not is_hangul(a) and not is_hangul(b):
        na, nb = re.sub(r"[^a-z]", "", a.casefold()), re.sub(r"[^a-z]", "", b.casefold())
        if na == nb:
            return True
    return bool(name_keys(a) & name_keys(b))
