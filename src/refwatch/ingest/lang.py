"""Language of a document from the scripts its text is written in, and the page's lang tag.

The script decides where it can (Hangul is Korean, kana Japanese, Han alone Chinese);
for Latin text the page's own `lang` attribute is trusted, else a few English function
words decide between "en" and unknown.
"""

from __future__ import annotations

import re
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

# Letters by script, counted with one regex each (per-character Python is too slow).
_SCRIPTS = {
    "ko": re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]"),
    "ja": re.compile(r"[\u3040-\u30ff]"),
    "zh": re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]"),
    "ru": re.compile(r"[\u0400-\u04ff]"),
    "ar": re.compile(r"[\u0600-\u06ff]"),
    "th": re.compile(r"[\u0e00-\u0e7f]"),
    "latin": re.compile(r"[A-Za-z\u00c0-\u024f]"),
}


def normalize_tag(tag: str | None) -> str | None:
    """ "en-US" -> "en"; None for empty or malformed tags."""
    if not tag:
        return None
    m = re.match(r"^\s*([A-Za-z]{2,3})\b", tag)
    return m[1].lower() if m else None


def detect(text: str, declared: str | None = None) -> str | None:
    """ISO 639-1 code of `text`, or None when neither script nor tag nor words tell."""
    sample = text[:20000]
    letters = Counter({name: len(rx.findall(sample)) for name, rx in _SCRIPTS.items()})
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
