"""Pages saved as text (a browser's "save as text", copy-paste): chrome out, article in.

Such a copy is the page read top to bottom: skip links, menus, the headline, a deck of
sub-headlines, bylines and dates, the article, then teasers and the copyright line. The
article starts at the first paragraph of running prose; the headline is the most
prominent line above it; chrome lines anywhere are dropped by `chrome.strip_chrome`.
"""

from __future__ import annotations

import re

from refwatch.ingest import dates
from refwatch.ingest.chrome import (
    LineKind,
    classify,
    is_prose,
    is_sentence,
    rules,
    strip_chrome,
)
from refwatch.ingest.page import Page, join_paragraphs, require_body

_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_MD_EMPHASIS = re.compile(r"(\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w))")


def markdown_lines(text: str) -> list[str]:
    """Markdown to plain lines: headings, links, images and emphasis marks removed."""
    out = []
    for line in text.splitlines():
        if re.match(r"^\s*(```|---+\s*$|===+\s*$)", line):
            continue
        line = _MD_HEADING.sub("", line)
        line = re.sub(r"^\s*>\s?", "", line)
        line = _MD_LINK.sub(lambda m: m[1], line)
        out.append(_MD_EMPHASIS.sub("", line))
    return out


def _title_candidate(line: str) -> bool:
    s = line.strip()
    if not s or classify(s) is not LineKind.TEXT or dates.is_date_line(s):
        return False
    return len(s.split()) >= 3 or len(s) >= 8


def _hard_wrapped(lines: list[str]) -> bool:
    """Fixed-width text (e-mail, terminals): paragraphs run over several short lines.

    Short paragraphs one to a line (common in Korean copies) are not that: their lines
    end like sentences, while most lines of wrapped text stop mid-sentence.
    """
    lengths = [len(line) for line in lines if line.strip()]
    long = [line for line in lines if len(line) >= 40]
    if not lengths or max(lengths) > 100 or len(long) < 5:
        return False
    return sum(not is_sentence(line) for line in long) >= 0.5 * len(long)


def _unwrap(lines: list[str]) -> list[str]:
    """Join the lines of each paragraph of a hard-wrapped text."""
    out: list[str] = []
    for line in lines:
        if out and out[-1] and line and not is_sentence(out[-1]) and len(out[-1]) >= 50:
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


_STATEMENT_END = re.compile(r"[.。]['\"’”」』)\]]*$")


def _opens_article(line: str) -> bool:
    """Prose that can open the article: a headline may end in "?", "!" or "…", a
    paragraph of running text ends with a full stop (or is long)."""
    s = line.strip()
    return is_prose(s) and (bool(_STATEMENT_END.search(s)) or len(s) >= 100)


def _is_caption(line: str) -> bool:
    """A photo caption: ends with a credit such as "[Photo by X]" (a chrome pattern)."""
    return any(p.search(line) for p in rules().patterns)


def choose_title(header: list[str], rest: list[str]) -> str | None:
    """The headline among the lines above the article.

    It is the longest plausible line that is not the site's name (which the copyright
    line repeats). A page copy may repeat the headline as the start of photo captions;
    that settles ties with long deck lines.
    """
    later = [line.strip() for line in rest]
    footers = [line.casefold() for line in later if classify(line) is LineKind.FOOTER]
    best: tuple[tuple[int, int, int], str] | None = None
    for line in header:
        s = " ".join(line.split())
        if not _title_candidate(line) or any(s.casefold() in f for f in footers):
            continue
        captioned = any(
            other.startswith(s) and len(other) > len(s) and _is_caption(other) for other in later
        )
        # Headlines rarely end like a sentence; a story's short first paragraph does.
        score = (int(captioned), int(not is_sentence(s)), len(s))
        if best is None or score > best[0]:
            best = (score, s)
    if best is None:
        return None
    return _headline_above_deck(header, best[1])


def _headline_above_deck(header: list[str], chosen: str) -> str:
    """The headline when `chosen` is its deck: decks run longer than headlines, but never
    stand above them, so a headline-like line right above the chosen one wins."""
    lines = [" ".join(line.split()) for line in header if line.strip()]
    at = lines.index(chosen) if chosen in lines else 0
    above = lines[at - 1] if at > 0 else ""
    # Menus ("Home / World", "Sign in Register Apps") are runs of capitalised words.
    menu_like = bool(re.search(r"[/|»>]", above)) or not re.search(r"\b[a-z]{3,}", above)
    if len(above.split()) >= 4 and _title_candidate(above) and not is_sentence(above):
        return chosen if menu_like else above
    return chosen


def _extend_back(lines: list[str], start: int, title: str | None) -> int:
    """Move the article start back over short sentences just above the first long one.

    A story may open with a one-line paragraph ("Police detained 11 people."); it ends
    like a sentence, which headlines, decks, bylines and menus do not.
    """
    floor = 0
    if title:
        floor = 1 + max(
            i for i, line in enumerate(lines[:start]) if " ".join(line.split()) == title
        )
    i = start
    while i > floor:
        line = lines[i - 1].strip()
        if line and not (
            is_sentence(line) and classify(line) is LineKind.TEXT and not dates.is_date_line(line)
        ):
            break
        i -= 1
    while i < start and not lines[i].strip():
        i += 1
    return i


def clean_text_page(text: str, *, markdown: bool = False) -> Page:
    lines = markdown_lines(text) if markdown else text.replace("\xa0", " ").splitlines()
    lines = [line.rstrip() for line in lines]
    if _hard_wrapped(lines):
        lines = _unwrap(lines)
    start = next(
        (
            i
            for i, line in enumerate(lines)
            if _opens_article(line)
            and classify(line) is LineKind.TEXT
            and not dates.is_date_line(line)
        ),
        0,
    )
    title = choose_title(lines[:start], lines[start:])
    start = _extend_back(lines, start, title)
    header, rest = lines[:start], lines[start:]
    body = strip_chrome(rest, title=title)
    meta: dict[str, str] = {}
    if title:
        at = next(i for i, line in enumerate(header) if " ".join(line.split()) == title)
        deck = [
            " ".join(line.split())
            for line in header[at + 1 :]
            if _title_candidate(line) and not is_sentence(line)
        ]
        if deck:
            meta["deck"] = "\n".join(deck)
    in_body = set(body)
    outside = header + [line for line in rest if line.strip() and line.strip() not in in_body]
    # Bylines and datelines may sit below a standfirst, between the first two paragraphs.
    paragraphs = [line for line in body if is_prose(line)]
    second = paragraphs[1] if len(paragraphs) > 1 else None
    top = rest[: next((i for i, ln in enumerate(rest) if ln.strip() == second), len(rest))]
    top = header + [line for line in top if line.strip() not in in_body]
    published = (
        dates.labelled_date(outside)
        or dates.dateline_date(line for line in top if " ".join(line.split()) != title)
        or (dates.lead_dateline(body[0]) if body else None)
        or dates.updated_date(top)
    )
    return Page(
        text=require_body(join_paragraphs(body), "text"),
        title=title,
        published=published,
        meta=meta,
    )
