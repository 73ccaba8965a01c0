"""Small helpers for reading a subject phrase: its "of"-object, its article, its extent,
and the name it gives once trimmed of articles and quantifiers."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token


def of_object(tok: Token, preps: tuple[str, ...] = ("of",)) -> Token | None:
    """ "a group of UN experts" -> "experts"."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            return next((o for o in c.children if o.dep_ == "pobj"), None)
    return None


def definite(span: Span) -> bool:
    return any(t.lower_ in ("the", "this", "that") for t in span[:2])


def phrase(tok: Token) -> Span:
    """The subject phrase without relative clauses and long appositions."""
    doc = tok.doc
    left, right = tok.i, tok.i
    for t in tok.subtree:
        if t.i > tok.i and (t.dep_ in ("relcl", "acl") or t.text in (",", "(", ";", ":")):
            break
        left, right = min(left, t.i), max(right, t.i)
    for t in tok.children:
        if t.dep_ == "appos":
            right = max(right, t.right_edge.i)
    # "Min" of "Kim Min-ji" may head the phrase: keep the hyphenated rest of the name.
    while (
        right + 1 < len(doc)
        and not doc[right].whitespace_
        and (doc[right + 1].text == "-" or doc[right].text == "-")
    ):
        right += 1
    return doc[left : right + 1]


def trim(text: str) -> str:
    text = re.sub(
        r"^(?:the|a|an|some|many|several|a group of|a coalition of)\s+",
        "",
        text.strip(),
        flags=re.IGNORECASE,
    )
    text = re.sub(r"^(?:a group of|a coalition of)\s+", "", text, flags=re.IGNORECASE)
    text = re.sub(r"['’]s$", "", text.strip(" ,"))  # "Beijing's" of "Beijing's answer"
    return text[:1].upper() + text[1:]
