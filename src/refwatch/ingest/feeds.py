"""RSS and Atom feeds: each item is one document, found by its link.

An item that carries its full text (content:encoded, atom:content) is read from the feed;
an item with only a summary is fetched from its link by the caller.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

import feedparser

from refwatch.ingest import dates

# Content this short is a teaser, not the article (Korean runs about 2.5 characters a
# word, so this is a short paragraph in either language).
FULL_CONTENT_CHARS = 150

_FEED_START = re.compile(rb"^\s*(<\?xml[^>]*\?>\s*)?(<!--.*?-->\s*)*<(rss|feed|rdf:RDF)[\s>]", re.S)


@dataclass(frozen=True)
class FeedItem:
    link: str | None
    title: str | None
    published: dt.date | None
    content: str | None  # the item's full text (HTML), when the feed carries it
    summary: str | None


def looks_like_feed(raw: bytes) -> bool:
    head = raw[:2048].lstrip(b"\xef\xbb\xbf")
    return bool(_FEED_START.match(head))


def _text_len(markup: str) -> int:
    return len(re.sub(r"<[^>]+>|\s+", "", markup))


def _item(entry: Any) -> FeedItem:
    contents = [c.get("value") or "" for c in entry.get("content") or []]
    content = max(contents, key=_text_len, default="") or None
    summary = entry.get("summary") or None
    if summary in contents:  # feedparser copies content into summary when there is none
        summary = None
    # Some feeds repeat the teaser as content; only clearly longer content is the article.
    if content is not None and (
        _text_len(content) < FULL_CONTENT_CHARS
        or (summary and _text_len(content) < 1.5 * _text_len(summary))
    ):
        content = None
    stamp = entry.get("published") or entry.get("updated") or entry.get("created")
    return FeedItem(
        link=(entry.get("link") or "").strip() or None,
        title=" ".join((entry.get("title") or "").split()) or None,
        published=dates.parse_timestamp(stamp),
        content=content,
        summary=summary,
    )


def parse_feed(raw: bytes) -> list[FeedItem]:
    """The items of a feed, in feed order; ValueError when it is not a readable feed."""
    parsed = feedparser.parse(raw)
    if not parsed.entries:
        reason = parsed.get("bozo_exception")
        raise ValueError(f"feed has no items{f' ({reason})' if reason else ''}")
    return [_item(e) for e in parsed.entries]
