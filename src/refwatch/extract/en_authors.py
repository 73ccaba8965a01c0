"""The writer of a signed opinion piece, read from the byline and the closing bio.

A commentary is the author's own statement, so its writer is an actor; a news report's
byline names a reporter, who is not. The page marks a commentary with a section label
("OPINION", "Commentary") and closes with a bio that ingest keeps out of the body
("Mara Quint is a senior fellow at the Lindqvist Institute"); the bio gives the role
and the workplace, which is an actor too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from refwatch.extract.en_mention_base import find_org_word
from refwatch.extract.en_roles import leads_with_title
from refwatch.model import Document

_LABEL = re.compile(
    r"(?m)^[ \t]*(?:OPINION|Opinion|COMMENTARY|Commentary|Op-[Ee]d|OP-ED|PERSPECTIVE"
    r"|Perspective|VIEWPOINT|Viewpoint|Guest [Cc]olumn|GUEST COLUMN)\b[^\n]{0,30}$"
)
_BYLINE = re.compile(
    r"(?m)^[ \t]*(?:By|Writer|Author|Written by|Columnist):?[ \t]+"
    r"([A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){1,3})[ \t]*$"
)


@dataclass(frozen=True)
class Author:
    name: str
    role: str | None
    org: str | None


def _page_text(doc: Document) -> str:
    raw = doc.raw[:300_000].decode("utf-8", "replace")
    raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", "\n", raw)
    raw = re.sub(r"(?i)<(?:/?(?:p|div|h\d|li|br|section|header|footer|article)\b)[^>]*>", "\n", raw)
    return re.sub(r"<[^>]{0,2000}>", "", raw)


# "<Name>" alone on a line, then the bio "<Name> is a ..." (a byline box with no "By")
_NAME_OVER_BIO = re.compile(
    r"(?m)^[ \t]*([A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){1,3})[ \t]*\n\s*\1 is (?:an? |the )"
)
_ORG = re.compile(
    r"\b(?:at|of|with|for)\s+(?:the\s+)?((?:[A-Z][\w'’-]*\s+(?:(?:of|for|on|and)\s+)?)*"
    r"[A-Z][\w'’-]*)"
)


def _bio(page: str, name: str) -> tuple[str | None, str | None] | None:
    m = re.search(rf"{re.escape(name)} is (?:an? |the )?([^.\n]{{3,160}})", page)
    if m is None:
        return None
    roles = re.split(r"\s+and\s+(?:an?\s+)?", m.group(1))
    titled = [r for r in roles if leads_with_title(r)]
    if not titled:
        return None
    # the present post at a named body ("a former UN officer and a fellow at the X
    # Institute": fellow at the X Institute), else the first titled one
    first = titled[0]
    for part in titled:
        found = _ORG.search(part)
        if found and find_org_word(found.group(1)):
            first = part
            break
    org_m = _ORG.search(first)
    org = org_m.group(1) if org_m and find_org_word(org_m.group(1)) else None
    role = first[: org_m.start()].strip() if org_m else first.strip()
    return (role[0].upper() + role[1:] if role else None), org


def opinion_author(doc: Document) -> Author | None:
    """The signed author of a commentary with a closing bio, else None."""
    page = _page_text(doc)
    head = page[:8000]
    if not _LABEL.search(head):
        return None
    by = _BYLINE.search(head) or _NAME_OVER_BIO.search(head)
    if by is None:
        return None
    name = re.sub(r"\s+", " ", by.group(1))
    bio = _bio(page, name)
    if bio is None:
        return None
    return Author(name, bio[0], bio[1])
