"""HTML pages: article body, headline, publication date and declared language.

trafilatura finds the article body well on most pages; we help it by first removing
blocks that are chrome by their tag or class (share bars, cookie banners, teaser lists,
copyright boxes; rules in `domain/chrome.yaml`), fall back to our own block-line reading
when it finds little, and pass its paragraphs through the same line rules as text copies.
"""

from __future__ import annotations

import copy
import re

import lxml.etree
import lxml.html
import trafilatura

from refwatch.ingest.chrome import is_prose, rules, strip_chrome
from refwatch.ingest.htmlmeta import (
    class_tokens,
    find_title,
    meta_published,
    meta_tags,
    stamped_published,
    text_of,
    time_published,
    visible_published,
)
from refwatch.ingest.page import CleanError, Page, join_paragraphs, require_body

_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
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


def parse(markup: str) -> lxml.html.HtmlElement:
    markup = _XML_DECL.sub("", markup, count=1)
    try:
        return lxml.html.document_fromstring(markup)
    except (lxml.etree.ParserError, ValueError) as err:
        raise CleanError(f"unreadable HTML ({err})") from err


def _holds_article(el: lxml.html.HtmlElement, total: int) -> bool:
    """Whether removing `el` would take the article with it (a chrome-looking wrapper)."""
    if el.find(".//h1") is not None or el.find(".//article") is not None:
        return True
    if el.xpath('.//*[@itemprop="articleBody"]'):
        return True
    return len(text_of(el)) > 0.6 * total


_INLINE = frozenset(
    ["a", "abbr", "b", "em", "i", "mark", "small", "span", "strong", "sub", "sup", "time", "u"]
)
_TEXT_BLOCKS = frozenset(
    ["p", "li", "blockquote", "td", "th", "dd", "h1", "h2", "h3", "h4", "h5", "h6"]
)


def _inline_in_text(el: lxml.html.HtmlElement) -> bool:
    """A link or span inside a paragraph: its class ("tag", "keyword") is styling, and
    removing it would cut words out of a sentence."""
    parent = el.getparent()
    return el.tag in _INLINE and parent is not None and parent.tag in _TEXT_BLOCKS


def _author_bio(el: lxml.html.HtmlElement) -> bool:
    """A paragraph or box about the writer: it links the author (rel=author) and reads
    as prose ("<a rel=author>Jane Doe</a> is a researcher at ..."), unlike a byline."""
    if el.tag not in ("p", "div", "section") or not el.xpath('.//a[@rel="author"]'):
        return False
    text = text_of(el)
    return len(text) < 600 and is_prose(text)


def preclean(tree: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """A copy of `tree` without chrome blocks; never removes the headline or the body."""
    r = rules()
    tree = copy.deepcopy(tree)
    for el in list(tree.iter(lxml.etree.Comment, lxml.etree.ProcessingInstruction)):
        el.drop_tree() if el.getparent() is not None else None
    total = len(text_of(_body(tree))) or 1
    for el in list(tree.iter()):
        if not isinstance(el.tag, str) or el.getparent() is None:
            continue
        chrome = (
            el.tag in r.drop_tags
            or str(el.get("role", "")).casefold() in r.drop_roles
            or (
                not _inline_in_text(el)
                and any(p.match(t) for t in class_tokens(el) for p in r.drop_tokens)
            )
            or _author_bio(el)
        )
        if chrome and (el.tag in ("script", "style") or not _holds_article(el, total)):
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


def visible_lines(markup: str) -> list[str]:
    """Every visible line of a page, chrome included (bylines live there, not in the body)."""
    return block_lines(_body(parse(markup)))


def _body(tree: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    body = tree.find(".//body")
    return body if body is not None else tree


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
    lines = block_lines(_body(tree))
    if title and title in lines:
        lines = lines[lines.index(title) + 1 :]
    start = next((i for i, line in enumerate(lines) if is_prose(line)), 0)
    return strip_chrome(lines[start:], title=title)


def clean_html_page(markup: str) -> Page:
    tree = parse(markup)
    meta = meta_tags(tree)
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
        meta_published(tree, meta)
        or time_published(cleaned)
        or visible_published(block_lines(_body(cleaned)), body)
        or stamped_published(tree)
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
