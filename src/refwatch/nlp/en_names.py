"""Personal and organisation names in English text: folding, romanisation variants, matching.

The press romanises the same Korean name several ways ("Jeong Park" / "Jung Park" / "Jung
Pak", "Cho Tae-yeol" / "Cho Tae-yul"); `variant_key` maps such spellings to one key so
mentions of one person can be merged. Rules are the common McCune-Reischauer / Revised
Romanisation / ad-hoc alternations (eo~u, oo~u, ou~u, Park~Pak, Lee~Yi~Rhee, ...).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Whole-syllable alternations, tried on each lowercased name part before the vowel rules.
_SURNAMES = {
    "park": "pak",
    "bak": "pak",
    "pak": "pak",
    "lee": "i",
    "yi": "i",
    "rhee": "i",
    "rhie": "i",
    "ri": "i",
    "choi": "choe",
    "choe": "choe",
    "chung": "jung",
    "jeong": "jung",
    "gim": "kim",
    "roh": "no",
    "noh": "no",
    "shin": "sin",
    "yun": "yoon",
}
_VOWELS = (("yeo", "yu"), ("eo", "u"), ("oo", "u"), ("ou", "u"), ("ae", "e"), ("ee", "i"))


def fold(text: str) -> str:
    """Lowercase without accents, punctuation squeezed to single spaces ("Salmón" -> "salmon")."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    bare = bare.replace("\u2019", "'").casefold()
    return re.sub(r"[^\w']+|'s\b|'", " ", bare).strip()


def parts(name: str) -> list[str]:
    """Name parts, hyphenated given names split ("Cho Tae-yul" -> cho, tae, yul)."""
    return [p for p in re.split(r"[\s\-]+", fold(name)) if p]


def _syllable(part: str) -> str:
    if part in _SURNAMES:
        return _SURNAMES[part]
    for old, new in _VOWELS:
        part = part.replace(old, new)
    return part


@lru_cache(maxsize=1 << 16)
def variant_key(name: str) -> str:
    """One key for the romanisation variants of a name ("Jung Pak" == "Jeong Park")."""
    return " ".join(_syllable(p) for p in parts(name))


@lru_cache(maxsize=1 << 16)
def same_name(a: str, b: str) -> bool:
    """Whether two full names are spellings of one name (also in swapped order).

    Korean names also go through `refwatch.nlp.romanize`, which knows the Revised
    Romanisation syllables ("Kim Minji" is "Kim Min-ji").
    """
    ka, kb = variant_key(a), variant_key(b)
    if not ka or not kb:
        return False
    if ka == kb or sorted(ka.split()) == sorted(kb.split()):
        return True
    from refwatch.nlp.romanize import same_person

    return same_person(a, b)


def short_form_of(short: str, full: str) -> bool:
    """Whether `short` ("Cho", "Salmon", "Eun-young") names the same person as `full`.

    A short form is one name part or a run of consecutive parts of the full name, compared
    by romanisation key, so "Pak" is a short form of "Jeong Park".
    """
    s = variant_key(short).split()
    f = variant_key(full).split()
    if not s or len(s) >= len(f):
        return False
    return any(f[i : i + len(s)] == s for i in range(len(f) - len(s) + 1))


def acronym(name: str) -> str:
    """Initials of the capitalised words of a name ("Human Rights Watch" -> "HRW")."""
    words = re.findall(r"[A-Za-z][\w'’-]*", name)
    return "".join(w[0] for w in words if w[0].isupper())
