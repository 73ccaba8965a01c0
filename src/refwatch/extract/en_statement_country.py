"""The state an official speaks for when the actor list gave none: the state the text names
right before the official's name ("Laos's government spokesman Vanh Keo", "a
spokesperson for the Thai government, Anucha Wongsiri"), else, for a title naming no state
("Foreign Ministry Spokesperson X"), the state whose ministry publishes the page."""

from __future__ import annotations

import re
from collections.abc import Sequence

from refwatch.extract.en_mention_base import countries_in
from refwatch.extract.en_speakers import Speaker
from refwatch.model import Actor, Document

# Titles of people who speak for a state (not for an NGO, a company or themselves).
_OFFICIAL = re.compile(
    r"\b(?:minister|ministry|spokes(?:man|woman|person)|ambassador|envoy|official|secretary"
    r"|director[- ]general|president|premier|governor|consul|diplomat|government)\b",
    re.IGNORECASE,
)
# Words that end the phrase introducing a name: the state must sit in the same phrase.
_BREAK = re.compile(r"[.;:!?\n]|\b(?:said|says|told|met|and|but|after|with)\b")


def official_country(
    speaker: Speaker, text: str, head: str = "", bodies: Sequence[Actor] = ()
) -> str | None:
    """The state named just before a mention of an official with no state; `head` is the
    page's title and masthead, which cleaning may have cut from `text`."""
    actor = speaker.actor
    if speaker.kind != "person" or speaker.country is not None:
        return None
    if actor is not None and actor.org is not None:
        return None
    role = actor.role if actor is not None else None
    page = head + "\n" + text
    for m in re.finditer(re.escape(speaker.name), page):
        before = page[max(0, m.start() - 80) : m.start()]
        cut = [b.end() for b in _BREAK.finditer(before)]
        lead = before[cut[-1] :] if cut else before
        if not _OFFICIAL.search(role or "") and not _OFFICIAL.search(lead):
            continue
        found = {c.code for c in countries_in(lead) if c.kind in ("name", "adjective", "capital")}
        # "at the Ministry of External Affairs' briefing, spokesperson X": a state's body
        found |= {b.country for b in bodies if b.country and _names(b, lead)}
        if not found and re.search(r"(?i)\bministry\b", lead):
            # "X's interior ministry said ..., ministry spokesperson Y told reporters": the
            # ministry the sentence named before
            start = max(page.rfind(c, 0, m.start()) for c in ".!?\n") + 1
            found = {b.country for b in bodies if b.country and _names(b, page[start : m.start()])}
        if not found:
            found = _masthead_state(head) or _site_state(head) or _dateline_state(text)
        if len(found) == 1:
            return found.pop()
    return None


# A government body in a page's masthead ("Ministry of Foreign Affairs of <state>").
_BODY = re.compile(
    r"^[^\n]{0,40}\b(?:Ministry|Department|Embassy|Mission|Office|Cabinet)\b[^\n]{0,80}$",
    re.MULTILINE,
)


def _masthead_state(text: str) -> set[str]:
    """The one state named by a government body heading the page, if any: its officials'
    titles need not repeat it."""
    found: set[str] = set()
    for m in _BODY.finditer(text[:600]):
        found |= {c.code for c in countries_in(m.group(0)) if c.kind in ("name", "adjective")}
    return found


def _site_state(head: str) -> set[str]:
    """The one state a site's name carries ("... - The Lima Briefing Monitor"): a ministry
    official the site quotes with no state named is that state's."""
    title = head.split("\n", 1)[0]
    parts = re.split(r"\s+[-|–—]\s+", title)
    if len(parts) < 2:
        return set()
    return {c.code for c in countries_in(parts[-1]) if c.kind in ("name", "adjective", "capital")}


# "KUALA LUMPUR: ...", "SEOUL, May 3 (Agency) - ...": where the story was filed
_DATELINE = re.compile(
    r"^[ \t]*([A-Z][A-Z .'’-]{2,30}?)(?:,[^\n:]{0,30}?)?\s*(?:\([^)\n]{1,20}\)\s*)?[:—–-]\s",
    re.MULTILINE,
)


def _dateline_state(text: str) -> set[str]:
    """The state whose capital datelines the story: an official whose title names no state
    speaks for the state the story is filed from."""
    m = _DATELINE.search(text[:1500])
    if m is None:
        return set()
    return {c.code for c in countries_in(m.group(1).title()) if c.kind == "capital"}


def _names(body: Actor, text: str) -> bool:
    return body.kind == "government" and any(
        len(n) > 3 and re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", text)
        for n in [body.name, *body.aliases]
    )


def page_head(doc: Document) -> str:
    """The title and, for a plain-text page, its first lines (masthead, section labels)."""
    raw = doc.raw.decode("utf-8", "replace")[:600] if doc.raw else ""
    if raw.lstrip().startswith("<"):
        raw = ""
    return "\n".join(x for x in (doc.title or "", raw) if x)
