"""What a cleaner reads off one page, before it becomes a Document."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field


class CleanError(ValueError):
    """The page has no article text to read; the message says why, in one line."""


@dataclass(frozen=True)
class Page:
    """Article text (paragraphs joined by "\\n") and the page's own metadata."""

    text: str
    title: str | None = None
    published: dt.date | None = None
    lang_tag: str | None = None  # the page's declared language, e.g. <html lang>
    meta: dict[str, str] = field(default_factory=dict)


_ALNUM = re.compile(r"[^\W_]")
MIN_BODY_CHARS = 20  # letters and digits; below this there is no article to read


def join_paragraphs(lines: list[str]) -> str:
    """One paragraph a line; blank separators collapse (later stages split on "\\n")."""
    return "\n".join(" ".join(line.split()) for line in lines if line.strip())


def require_body(text: str, what: str) -> str:
    letters = len(_ALNUM.findall(text, 0, 2000))
    if letters < MIN_BODY_CHARS:
        raise CleanError(f"no article text found in the {what}")
    return text
