"""HTML pages: article body, headline, publication date and declared language.

trafilatura finds the article body well on most pages; we help it by first removing
blocks that are chrome by their tag or class (share bars, cookie banners, teaser lists,
copyright boxes; rules in `domain/chrome.yaml`), fall back to our own block-line reading
when it finds little, and pass its paragraphs through the same line rules as text copies.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
from collections.abc import Iterator
from typing import Any

import lxml.etree
import lxml.html
import trafilatura

from refwatch.ingest import dates
from refwatch.ingest.chrome import LineKind, classify, is_prose, rules, strip_chrome
from refwatch.ingest.page import CleanError, Page, join_paragraphs, require_body

_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_TOKEN_SPLIT = re.compile(r"[\s_\-]+")
_BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "br",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "td",
        "th",
        "tr",
        "ul",
    ]
)
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


def parse(markup: str) -> lxml.html.HtmlElement:
    markup = _XML_DECL.sub("", markup, count=1)
    try:
        return lxml.html.document_fromstring(markup)
    except (lxml.etree.ParserError, ValueError) as err:
        raise CleanError(f"unreadable HTML ({err})") from err


def _text(el: lxml.html.HtmlElement) -> str:
    return " ".join(el.text_content().split())


def _meta(tree: lxml.html.HtmlElement) -> dict[str, str]:
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
        if element is not None and _text(element):
            reference = _site_suffix(_text(element), site)
    headings = [_text(el) for el in tree.iter("h1", "h2", "h3") if 0 < len(_text(el)) <= 300]
    if reference:
        folded = _fold(reference)
        return next((h for h in headings if folded and folded in _fold(h)), reference)
    first = next((_text(el) for el in tree.iter("h1") if _text(el)), None)
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
        date = dates.parse_timestamp(el.get("datetime") or el.get("content") or _text(el))
        if date:
            return date
    return None


def _tokens(el: lxml.html.HtmlElement) -> list[str]:
    raw = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
    return [t for t in _TOKEN_SPLIT.split(raw) if t]


def preclean(tree: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """A copy of `tree` without chrome blocks; never removes the headline or the body.

    An element counts as the body when it holds most of the page's paragraph text.
    """
    r = rules()
    tree = copy.deepcopy(tree)
    for el in list(tree.iter(lxml.etree.Comment, lxml.etree.ProcessingInstruction)):
        el.drop_tree() if el.getparent() is not None else None
    total = sum(len(_text(p)) for p in tree.iter("p")) or 1
    for el in list(tree.iter()):
        if not isinstance(el.tag, str) or el.getparent() is None:
            continue
        chrome = el.tag in r.drop_tags or any(
            p.match(t) for t in _tokens(el) for p in r.drop_tokens
        )
        if not chrome:
            continue
        if el.tag not in ("script", "style") and (
            el.find(".//h1") is not None or sum(len(_text(p)) for p in el.iter("p")) > 0.5 * total
        ):
            continue
        el.drop_tree()
    return tree


def block_lines(el: lxml.html.HtmlElement) -> list[str]:
    """The visible text of `el`, one line per block element, in document order."""
    lines: list[str] = []
    buf: list[str] = []

    def flush() -> None:
        text = " ".join("".join(buf).split())
        if text:
            lines.append(text)
        buf.clear()

    def walk(node: lxml.html.HtmlElement) -> None:
        if not isinstance(node.tag, str) or node.tag in ("script", "style", "noscript", "template"):
            if node.tail:
                buf.append(node.tail)
            return
        block = node.tag in _BLOCK_TAGS
        if block:
            flush()
        if node.text:
            buf.append(node.text)
        for child in node:
            walk(child)
        if block:
            flush()
        if node.tail:
            buf.append(node.tail)

    walk(el)
    flush()
    return lines


def _trafilatura_lines(tree: lxml.html.HtmlElement) -> list[str]:
    text = trafilatura.extract(
        copy.deepcopy(tree),
        include_comments=False,
        include_tables=True,
        include_images=False,
        deduplicate=False,
        favor_recall=True,
    )
    return [line for line in (text or "").splitlines() if line.strip()]


def _fallback_lines(tree: lxml.html.HtmlElement, title: str | None) -> list[str]:
    """Block lines from the headline on, up to the footer, chrome stripped."""
    root = tree.find(".//body")
    lines = block_lines(root if root is not None else tree)
    if title and title in lines:
        lines = lines[lines.index(title) + 1 :]
    start = next((i for i, line in enumerate(lines) if is_prose(line)), 0)
    return strip_chrome(lines[start:], title=title)


def time_published(tree: lxml.html.HtmlElement) -> dt.date | None:
    """The first machine-readable <time datetime> outside paragraphs and edit notes."""
    for el in tree.iter("time"):
        if el.get("datetime") and el.xpath("ancestor::p") == []:
            marks = " ".join(_tokens(el) + [t for a in el.iterancestors() for t in _tokens(a)][:6])
            if re.search(r"updat|modif|edit", marks):
                continue
            date = dates.parse_timestamp(el.get("datetime"))
            if date:
                return date
    return None


def visible_published(tree: lxml.html.HtmlElement, body: list[str]) -> dt.date | None:
    """A date the page prints: labelled anywhere outside the body, or in the header."""
    root = tree.find(".//body")
    lines = block_lines(root if root is not None else tree)
    first = body[0][:60] if body else None
    start = next((i for i, ln in enumerate(lines) if first and ln.startswith(first)), len(lines))
    body_set = set(body)
    outside = [line for line in lines if line not in body_set]
    return (
        dates.labelled_date(outside)
        or dates.dateline_date(lines[:start])
        or (dates.lead_dateline(body[0]) if body else None)
    )


def clean_html_page(markup: str) -> Page:
    tree = parse(markup)
    meta = _meta(tree)
    title = find_title(tree, meta)
    cleaned = preclean(tree)
    fallback = _fallback_lines(cleaned, title)
    lines = _trafilatura_lines(cleaned)
    # On short or odd pages trafilatura may keep only a fragment, or fall back to its
    # baseline, which runs every paragraph (and the chrome) into one line.
    if sum(map(len, lines)) < 0.5 * sum(map(len, fallback)) or len(lines) < len(fallback) / 2:
        lines = fallback
    body = [line for line in strip_chrome(lines, title=title, one_block_per_line=True) if line]
    # The extractor may start at the masthead: drop what precedes the headline, and it.
    if title and title in body[:4]:
        body = body[body.index(title) + 1 :]
    published = (
        meta_published(tree, meta) or time_published(cleaned) or visible_published(cleaned, body)
    )
    html = tree if tree.tag == "html" else tree.find(".//html")
    lang_tag = html.get("lang") if html is not None else None
    page_meta: dict[str, str] = {
        k: meta[k] for k in ("description", "og:site_name", "og:url") if k in meta
    }
    return Page(
        text=require_body(join_paragraphs(body), "HTML page"),
        title=title,
        published=published,
        lang_tag=lang_tag or meta.get("content-language"),
        meta=page_meta,
    )


def looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or bool(
        re.search(r"<(html|head|body|p|div|article)[\s>]", head)
    )


def is_chrome_line(line: str) -> bool:
    return classify(line) is not LineKind.TEXT
