"""Which lines of a page are site chrome, by the rules in `domain/chrome.yaml`.

Both cleaners use this: the HTML one on the paragraphs an extractor returns, the text one
on every line of a saved page copy. The rules are data so that a new site's furniture is
an edit to a YAML file, not to code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from functools import cache
from typing import Any

from refwatch.domain import load_data
from refwatch.ingest import dates

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
# Sentence-final punctuation, allowing closing quotes/brackets after it.
_SENTENCE_END = re.compile(r"[.!?。…:;]['\"’”」』)\]]*$")


class LineKind(Enum):
    TEXT = "text"  # article text (paragraph, subheading, list item)
    CHROME = "chrome"  # furniture: drop the line
    FOOTER = "footer"  # copyright notice: the article is over
    STOPPER = "stopper"  # heading over a teaser/link block: drop the block


@dataclass(frozen=True)
class ChromeRules:
    short_line: int
    lines: frozenset[str]
    prefixes: tuple[str, ...]
    contains: tuple[str, ...]
    patterns: tuple[re.Pattern[str], ...]
    footer: tuple[re.Pattern[str], ...]
    stoppers: tuple[re.Pattern[str], ...]
    enders: tuple[re.Pattern[str], ...]
    tail: tuple[re.Pattern[str], ...]
    menu_separators: tuple[re.Pattern[str], ...]
    menu_max_words: int
    drop_tags: frozenset[str]
    drop_tokens: tuple[re.Pattern[str], ...]
    drop_roles: frozenset[str]


def _compile(items: list[str]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in items)


@cache
def rules() -> ChromeRules:
    data: dict[str, Any] = load_data("chrome.yaml") or {}
    langs = [v for k, v in data.items() if isinstance(v, dict) and k not in ("menu", "html")]

    def gather(key: str) -> list[str]:
        return [str(item) for lang in langs for item in (lang.get(key) or [])]

    menu = data.get("menu") or {}
    html = data.get("html") or {}
    return ChromeRules(
        short_line=int(data.get("short_line", 120)),
        lines=frozenset(s.casefold() for s in gather("lines")),
        prefixes=tuple(s.casefold() for s in gather("prefixes")),
        contains=tuple(s.casefold() for s in gather("contains")),
        patterns=_compile(gather("patterns")),
        footer=_compile(gather("footer")),
        stoppers=_compile(gather("stoppers")),
        enders=_compile(gather("enders")),
        tail=_compile(gather("tail")),
        menu_separators=_compile(list(menu.get("separators") or [])),
        menu_max_words=int(menu.get("max_segment_words", 5)),
        drop_tags=frozenset(str(t) for t in html.get("drop_tags") or []),
        drop_tokens=_compile([str(t) for t in html.get("drop_tokens") or []]),
        drop_roles=frozenset(str(t).casefold() for t in html.get("drop_roles") or []),
    )


def is_sentence(line: str) -> bool:
    """Ends like a sentence (so it is prose, not a label, menu or heading)."""
    return bool(_SENTENCE_END.search(line.strip()))


def is_prose(line: str) -> bool:
    """A paragraph of running text rather than a heading, label or link."""
    s = line.strip()
    if not s:
        return False
    words = len(s.split())
    # Korean packs more per word; count characters for scripts without many spaces.
    return is_sentence(s) and (words >= 8 or len(s) >= 40)


def is_menu(line: str, r: ChromeRules | None = None) -> bool:
    """Several short segments split by |, runs of spaces, ·, > ...: a menu or breadcrumb."""
    r = r or rules()
    s = line.strip()
    if is_sentence(s):  # menus and breadcrumbs never end like a sentence
        return False
    for sep in r.menu_separators:
        parts = [p for p in sep.split(s) if p.strip()]
        if len(parts) >= 2 and all(len(p.split()) <= r.menu_max_words for p in parts):
            return True
    return False


def classify(line: str, *, title: str | None = None) -> LineKind:
    r = rules()
    s = " ".join(line.split())
    if not s:
        return LineKind.TEXT
    low = s.casefold()
    short = len(s) < r.short_line
    if any(p.search(s) for p in r.footer) and (short or not is_prose(s)):
        return LineKind.FOOTER
    if short and any(p.fullmatch(s.rstrip(":")) for p in r.enders):
        return LineKind.FOOTER
    if short and any(p.fullmatch(s) for p in r.stoppers):
        return LineKind.STOPPER
    if low in r.lines:
        return LineKind.CHROME
    if short and (low.startswith(r.prefixes) or any(c in low for c in r.contains)):
        return LineKind.CHROME
    if any(p.search(s) for p in r.patterns):
        return LineKind.CHROME
    # A byline or contact line ("Contact the writer at x@y.org."), even one ending in a stop.
    if short and _EMAIL.search(s) and (not is_sentence(s) or len(s.split()) <= 12):
        return LineKind.CHROME
    # A bare date ("2024.06.01 18:30", "Posted May 9, 2024") is the page's, not the story's.
    if len(s) < 60 and dates.is_date_line(s, max_words=1):
        return LineKind.CHROME
    if short and is_menu(line.strip(), r):
        return LineKind.CHROME
    # A photo caption in a page copy repeats the headline before the caption text.
    if title and len(title) >= 20 and s != title and s.startswith(title):
        return LineKind.CHROME
    return LineKind.TEXT


# A photo credit ("© Jane Roe/Coalition", "ⓒ 한빛뉴스") reads like a copyright notice but
# carries no year and no reservation of rights; the story goes on after it.
_CREDIT = re.compile(r"^(©|ⓒ|\(c\))\s*[^\d]{1,50}$", re.IGNORECASE)
_RIGHTS = re.compile(r"rights|reserved|reproduc|무단|재배포|저작권|copyright", re.IGNORECASE)


def _photo_credit(line: str, after: list[str]) -> bool:
    if not _CREDIT.match(line) or _RIGHTS.search(line):
        return False
    following = next((s for s in after if s.strip()), "")
    return is_prose(following) and classify(following) is LineKind.TEXT


def _list_item(line: str) -> bool:
    return bool(re.match(r"^\s*([-*•·▶▷■□◆◇]|\d{1,2}[.)])\s", line))


def strip_chrome(
    lines: list[str], *, title: str | None = None, one_block_per_line: bool = False
) -> list[str]:
    """The article lines of `lines`: chrome dropped, teaser blocks dropped, cut at the footer.

    Blank lines separate blocks. A stopper heading ("Related articles") drops the rest of
    its block, then any list items or link-like lines that follow. A footer notice ends the
    text once some prose has been seen (a copyright line above the article does not).
    With `one_block_per_line` (an extractor's output, where every line is a paragraph) a
    stopper drops only the list items and link lines after it.
    """
    out: list[str] = []
    # A copy without blank lines between paragraphs has no end to a teaser block but the
    # story resuming: there the first paragraph of prose ends the block.
    filled = [line for line in lines if line.strip()]
    unspaced = len(lines) - len(filled) < 0.2 * len(filled)
    seen_prose = False
    in_block = False  # inside the block a stopper heads
    after_block = False  # past it, still dropping list items and link lines
    for at, line in enumerate(lines):
        s = line.strip()
        if not s:
            after_block = after_block or in_block
            in_block = False
            if out and out[-1]:
                out.append("")
            continue
        kind = classify(s, title=title)
        if kind is LineKind.FOOTER:
            if seen_prose and not _photo_credit(s, lines[at + 1 :]):
                break
            continue
        if kind is LineKind.STOPPER:
            if one_block_per_line:
                after_block = seen_prose
            else:
                in_block, after_block = seen_prose, False
            continue
        if in_block and not (unspaced and is_prose(s) and not _list_item(s)):
            continue
        in_block = False
        if after_block:
            if _list_item(s) or not is_sentence(s):
                continue
            after_block = False
        if kind is LineKind.CHROME:
            continue
        seen_prose = seen_prose or is_prose(s)
        out.append(s)
    return trim_tail(out)


def is_end_matter(line: str, before: list[str]) -> bool:
    """A closing line that is not the story's: an author's bio or an appeal to the reader.

    A bio names its subject, who (unlike a source quoted last) the story has not named.
    """
    s = " ".join(line.split())
    if len(s) > 400:
        return False
    for p in rules().tail:
        m = p.search(s)
        if m is None:
            continue
        name = m.groupdict().get("name")
        if not name or not any(name in b for b in before):
            return True
    return False


# A closing line may end without a stop: a paragraph that is one quotation, or a Korean
# clause ending in a verb ("...호소한다"). Bylines, site names and dates never do.
_QUOTED = re.compile(r"^[\"“‘'「『][^\"“”]*\s[^\"“”]*[\"”’'」』]$")
_KO_CLAUSE = re.compile(r"[가-힣]{2,}(다|라|요)[\"”’'」』)]*$")


def ends_paragraph(line: str) -> bool:
    """Ends like a paragraph of the story: a sentence, a quotation, a Korean clause."""
    s = line.strip()
    if is_sentence(s) or _QUOTED.match(s):
        return True
    return bool(_KO_CLAUSE.search(s)) and len(s.split()) >= 4


def trim_tail(lines: list[str]) -> list[str]:
    """Drop trailing lines that do not end like a sentence (bylines, site names, dates),
    and trailing end matter (bios, appeals) while some text stays before it."""
    end = len(lines)
    while end and (
        not lines[end - 1]
        or not ends_paragraph(lines[end - 1])
        or (end > 1 and is_end_matter(lines[end - 1], lines[: end - 1]))
    ):
        end -= 1
    return lines[:end]
