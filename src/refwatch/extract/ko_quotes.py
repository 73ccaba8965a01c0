"""What a Korean statement says: the units a sentence is cut into, the type its words
carry, and the quotes it strings together ("…다"며 "…다"고 말했다), one statement each."""

from __future__ import annotations

from dataclasses import dataclass

from refwatch.extract.ko_doc import KoText
from refwatch.extract.ko_lexicon import Lexicon
from refwatch.model import StatementType

_CONTENT_ORDER: tuple[StatementType, ...] = (
    "decline",
    "deny",
    "defend",
    "pledge",
    "criticize",
    "concern",
    "urge",
)


@dataclass(frozen=True)
class Unit:
    start: int
    end: int
    verb_start: int
    verb_end: int
    type: StatementType | None  # None: a verb that only reports


def content_type(text: str, lex: Lexicon) -> StatementType | None:
    for kind in _CONTENT_ORDER:
        pattern = lex.content.get(kind)
        if pattern is not None and pattern.search(text):
            return kind
    return None


def quote_of(doc: KoText, u: Unit, kind: StatementType, lex: Lexicon) -> str | None:
    quotes = [(a, b) for a, b in doc.quotes if u.start <= a and b <= u.verb_start]
    if not quotes:
        return None
    pattern = lex.content.get(kind)
    cued = [q for q in quotes if pattern is not None and pattern.search(doc.text[q[0] : q[1]])]
    a, b = (cued or quotes)[-1]
    return doc.text[a:b].strip()


def parts(
    doc: KoText, u: Unit, kind: StatementType, lex: Lexicon, split: bool
) -> list[tuple[Unit, StatementType, str | None]]:
    """One statement per quote when a speaker strings several together ("…다"며 "…다"고
    말했다), each typed by its own words; the verb's own meaning goes to the last quote,
    the one it reports. A single quote (or none), or a private person's account, is the
    whole unit."""
    quotes = [(a, b) for a, b in doc.quotes if u.start <= a and b <= u.verb_start]
    if len(quotes) < 2 or not split:
        return [(u, kind, quote_of(doc, u, kind, lex))]
    out: list[tuple[Unit, StatementType, str | None]] = []
    for i, (a, b) in enumerate(quotes):
        own = content_type(doc.text[a:b], lex)
        if u.type is not None and (own is None or i == len(quotes) - 1):
            own = u.type
        if own is None:
            continue
        left = u.start if i == 0 else quotes[i - 1][1]
        part = Unit(left, b, b, b, own if u.type is not None else None)
        out.append((part, own, doc.text[a:b].strip()))
    return out or [(u, kind, quote_of(doc, u, kind, lex))]
