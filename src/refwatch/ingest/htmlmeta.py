"""What an HTML page says about itself: headline, publication date, declared facts.

Read from metadata first (Open Graph and other meta tags, JSON-LD, <time datetime>),
because pages print dates and headlines in too many ways; the visible dateline is the
fallback, read only outside the article body so dates inside the story never count.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from typing import Any

import lxml.html

from refwatch.ingest import dates
from refwatch.ingest.chrome import LineKind, classify

_TOKEN_SPLIT = re.compile(r"[\s_\-]+")
_PUBLISHED_META = (
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "date",
    "dc.date",
    "dc.date.issued",
    "dc.date.created",
    "dcterms.created",
    "dcterms.issued",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
    "citation_publication_date",
)
_TITLE_META = ("og:title", "twitter:title", "dc.title")


def text_of(el: lxml.html.HtmlElement) -> str:
    return " ".join(el.text_content().split())


def class_tokens(el: lxml.html.HtmlElement) -> list[str]:
    raw = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
    return [t for t in _TOKEN_SPLIT.split(raw) if t]


def meta_tags(tree: lxml.html.HtmlElement) -> dict[str, str]:
    out: dict[str, str] = {}
    for m in tree.iter("meta"):
        key = (m.get("property") or m.get("name") or m.get("itemprop") or "").strip().lower()
        value = (m.get("content") or "").strip()
        if key and value and key not in out:
            out[key] = value
    return out


def _json_ld(tree: lxml.html.HtmlElement) -> Iterator[dict[str, Any]]:
    def walk(node: Any) -> Iterator[dict[str, Any]]:
        if isinstance(node, list):
            for item in node:
                yield from walk(item)
        elif isinstance(node, dict):
            yield node
            yield from walk(node.get("@graph"))

    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            yield from walk(json.loads(script.text or ""))
        except ValueError:
            continue


def _site_suffix(title: str, site: str | None) -> str:
    """ "Headline | Site" -> "Headline" (the <title> element usually carries the site)."""
    for sep in (" | ", " - ", " – ", " — ", " :: ", " : ", " · ", " « "):
        if sep in title:
            head, _, tail = title.rpartition(sep)
            if head and ((site and site.casefold() in tail.casefold()) or len(tail.split()) <= 4):
                return head.strip()
    return title


def _fold(s: str) -> str:
    return " ".join(re.findall(r"\w+", s.casefold()))


def _printed(reference: str, headings: list[str]) -> str:
    """The heading that prints `reference`: one containing it, else the closest one in
    words (a reworded social title), else the reference itself (the logo is no match)."""
    folded = _fold(reference)
    for heading in headings:
        if folded and folded in _fold(heading):
            return heading
    ref = set(folded.split())
    best, score = reference, 0.5  # below half the words shared, it is another heading
    for heading in headings:
        words = set(_fold(heading).split())
        jaccard = len(ref & words) / len(ref | words) if ref | words else 0.0
        if jaccard > score:
            best, score = heading, jaccard
    return best


def find_title(tree: lxml.html.HtmlElement, meta: dict[str, str]) -> str | None:
    """The headline as printed.

    The reference is the page's metadata title (og:title, JSON-LD headline) or else its
    <title> without the site name. Social titles are sometimes shortened and <title>
    carries the site, so a heading (h1-h3) that contains the reference is the fuller
    printed form. The site logo is often the <h1>, so a heading alone is the last resort.
    """
    site = meta.get("og:site_name")
    reference = next(
        (_site_suffix(" ".join(meta[k].split()), site) for k in _TITLE_META if meta.get(k)),
        None,
    ) or next(
        (
            " ".join(node["headline"].split())
            for node in _json_ld(tree)
            if isinstance(node.get("headline"), str) and node["headline"].strip()
        ),
        None,
    )
    if reference is None:
        element = tree.find(".//title")
        if element is not None and text_of(element):
            reference = _site_suffix(text_of(element), site)
    headings = [text_of(el) for el in tree.iter("h1", "h2", "h3") if 0 < len(text_of(el)) <= 300]
    if reference:
        return _printed(reference, headings)
    first = next((text_of(el) for el in tree.iter("h1") if text_of(el)), None)
    return first or next((h for h in headings if classify(h) is LineKind.TEXT), None)


def meta_published(tree: lxml.html.HtmlElement, meta: dict[str, str]) -> dt.date | None:
    """The publication date the page's metadata states (meta tags, JSON-LD, <time>)."""
    for key in _PUBLISHED_META:
        date = dates.parse_timestamp(meta.get(key))
        if date:
            return date
    for node in _json_ld(tree):
        value = node.get("datePublished") or node.get("dateCreated")
        if isinstance(value, str) and (date := dates.parse_timestamp(value)):
            return date
    for el in tree.xpath('//*[@itemprop="datePublished"] | //time[@pubdate]'):
        date = dates.parse_timestamp(el.get("datetime") or el.get("content") or text_of(el))
        if date:
            return date
    return None


def time_published(tree: lxml.html.HtmlElement) -> dt.date | None:
    """The first machine-readable <time datetime> outside paragraphs and edit notes."""
    for el in tree.iter("time"):
        if el.get("datetime") and el.xpath("ancestor::p") == []:
            marks = " ".join(
                class_tokens(el) + [t for a in el.iterancestors() for t in class_tokens(a)][:6]
            )
            if re.search(r"updat|modif|edit", marks):
                continue
            date = dates.parse_timestamp(el.get("datetime"))
            if date:
                return date
    return None


def visible_published(lines: list[str], body: list[str]) -> dt.date | None:
    """A date the page prints (`lines`, its visible text): labelled anywhere outside the
    article `body`, or in the lines above the article."""

    def index_of(line: str | None) -> int:
        head = line[:60] if line else None
        return next((i for i, ln in enumerate(lines) if head and ln.startswith(head)), len(lines))

    body_set = set(body)
    outside = [line for line in lines if line not in body_set]
    # Bylines and datelines may sit below a standfirst, between the first two paragraphs.
    second = index_of(body[1] if len(body) > 1 else None)
    top = lines[: index_of(body[0] if body else None)] + [
        line for line in lines[:second] if line not in body_set
    ]
    return (
        dates.labelled_date(outside)
        or dates.dateline_date(top)
        or (dates.lead_dateline(body[0]) if body else None)
        or dates.updated_date(top)
    )


_STAMP_CLASS = re.compile(
    r"^(?:pub|reg|article|news|post|write|input)?[-_]?(?:date|datetime|pubdate)$"
)


def stamped_published(tree: lxml.html.HtmlElement) -> dt.date | None:
    """A date stamp element ("<p class="pubdate">2025.03.04 09:10 | 지면 A2면</p>") that
    stands alone, outside lists and asides: some sites print the date only there, often
    below the article. Lists are skipped because related-article teasers carry dates too."""
    for el in tree.iter("p", "span", "div", "em", "dd", "time"):
        if not any(_STAMP_CLASS.match(t) for t in class_tokens(el)):
            continue
        if el.xpath("ancestor::li | ancestor::aside | ancestor::nav"):
            continue
        line = text_of(el)
        if len(line) < 60 and dates.is_date_line(line) and not dates.updated_date([line]):
            found = dates.find_dates(line)
            if found:
                return found[0][1]
    return None
