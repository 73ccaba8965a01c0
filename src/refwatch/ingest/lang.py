"""Language of a document from the scripts its text is written in, and the page's lang tag.

The script decides where it can (Hangul is Korean, kana Japanese, Han alone Chinese);
for Latin text the page's own `lang` attribute is trusted, else a few English function
words decide between "en" and unknown.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

_EN_WORDS = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "in",
        "a",
        "is",
        "that",
        "for",
        "on",
        "was",
        "with",
        "as",
        "by",
        "said",
        "it",
        "from",
        "at",
        "are",
        "be",
        "has",
        "have",
    ]
)

_SCRIPTS = (
    ("ko", ((0xAC00, 0xD7A3), (0x1100, 0x11FF), (0x3130, 0x318F))),
    ("ja", ((0x3040, 0x30FF),)),
    ("zh", ((0x4E00, 0x9FFF), (0x3400, 0x4DBF))),
    ("ru", ((0x0400, 0x04FF),)),
    ("ar", ((0x0600, 0x06FF),)),
    ("th", ((0x0E00, 0x0E7F),)),
)


def _script(ch: str) -> str:
    cp = ord(ch)
    for name, ranges in _SCRIPTS:
        if any(lo <= cp <= hi for lo, hi in ranges):
            return name
    if ch.isascii() or unicodedata.name(ch, "").startswith("LATIN"):
        return "latin"
    return "other"


def normalize_tag(tag: str | None) -> str | None:
    """ "en-US" -> "en"; None for empty or malformed tags."""
    if not tag:
        return None
    m = re.match(r"^\s*([A-Za-z]{2,3})\b", tag)
    return m[1].lower() if m else None


def detect(text: str, declared: str | None = None) -> str | None:
    """ISO 639-1 code of `text`, or None when neither script nor tag nor words tell."""
    letters = Counter(_script(ch) for ch in text[:20000] if ch.isalpha())
    total = sum(letters.values())
    tag = normalize_tag(declared)
    if not total:
        return tag
    # Korean text mixes Han characters (中, 美) and Latin acronyms; Hangul share decides.
    if letters["ko"] / total >= 0.2:
        return "ko"
    if letters["ja"] / total >= 0.1:
        return "ja"
    script, count = max(letters.items(), key=lambda kv: kv[1])
    if script == "latin" and count / total >= 0.5:
        if tag and tag not in ("ko", "ja", "zh", "ru", "ar", "th"):
            return tag
        tokens = re.findall(r"[a-z]+", text[:20000].lower())
        hits = sum(t in _EN_WORDS for t in tokens)
        return "en" if tokens and hits / len(tokens) >= 0.08 else tag
    if script in ("zh", "ru", "ar", "th"):
        return script
    return tag
