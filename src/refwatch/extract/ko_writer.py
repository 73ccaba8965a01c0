"""A column's writer speaking in the first person. An opinion piece states its writer's
own views ("나는 … 국제법 위반이라고 본다") and demands ("정부는 … 요구해야 한다") with no
reporting verb; the writer is named in the byline ("홍길동 ○○대 교수") or the column's
title ("홍길동의 세상 읽기"), which the page keeps around the article body.
"""

from __future__ import annotations

import re

from refwatch.extract.ko_directives import addressee
from refwatch.extract.ko_doc import KoText
from refwatch.extract.ko_lexicon import Lexicon, lexicon
from refwatch.extract.ko_names import korean_name
from refwatch.extract.ko_quotes import content_type
from refwatch.extract.ko_refs import ActorTable
from refwatch.ingest.htmlpage import visible_lines
from refwatch.ingest.page import CleanError
from refwatch.model import Actor, Document, Statement, StatementType

# "나는", "필자는": the writer as the topic of a sentence, outside any quote
_FIRST_PERSON = re.compile(r"(?<![가-힣])(?:나는|필자는|나도|내가)\s")
# "…위반이라고 본다", "…해야 한다고 생각한다": a view held now
_VIEW = re.compile(r"(?:라고|다고)\s?(?:본다|생각한다|믿는다|판단한다|여긴다)\s*[.!]?$")
_OBLIGATION = re.compile(r"(?:야|만)\s?(?:한다|할\s?것이다)\s*[.!]?$")
_SEPARATORS = re.compile(r"[\s·|:/=]+")  # "글·홍길동", "글 | 홍길동"


def page_lines(doc: Document) -> list[str]:
    """The page's text lines, chrome included: the byline is there, not in the body."""
    raw = doc.raw.decode(doc.encoding or "utf-8", errors="ignore")
    if doc.media_type == "text/html":
        try:
            return visible_lines(raw)
        except CleanError:
            return []
    return [" ".join(line.split()) for line in raw.splitlines() if line.strip()]


def writer_name(lines: list[str], lex: Lexicon) -> str | None:
    """A byline ("홍길동 ○○연구소 선임연구위원", "글 홍길동") first, else a column title
    that carries the writer's name ("홍길동의 세상 읽기")."""
    titled: str | None = None
    for line in lines:
        words = [w for w in _SEPARATORS.split(line) if w]
        if words and words[0] == "글":
            words = words[1:]
        if not words or len(words) > 5:
            continue
        if korean_name(words[0], lex) and len(words) > 1 and words[-1].endswith(lex.roles):
            return words[0]
        if titled is None and words[0].endswith("의") and korean_name(words[0][:-1], lex):
            titled = words[0][:-1]
    return titled


def writer_statements(doc: KoText, table: ActorTable, page: Document) -> list[Statement]:
    """The views and demands a column's writer states in its own voice."""
    lex = lexicon()
    body = [s for s in doc.sentences if doc.is_body(s)]
    first = [
        m
        for s in body
        for m in _FIRST_PERSON.finditer(s.text)
        if doc.quote_at(s.start + m.start()) is None
    ]
    name = writer_name(page_lines(page), lex) if first else None
    if name is None:
        return []
    if not any(a.name == name for a in table.actors.values()):
        table.actors[f"writer:{name}"] = Actor(name=name, kind="person")
    out: list[Statement] = []
    for si, s in enumerate(body):
        if any(s.start <= a < s.end for a, _ in doc.quotes):
            continue  # someone else's words inside: a report
        kind: StatementType | None = None
        if _FIRST_PERSON.search(s.text) and _VIEW.search(s.text):
            kind = content_type(s.text, lex)
        elif _OBLIGATION.search(s.text):
            kind = "urge"
        if kind is None:
            continue
        target = addressee(doc, table, s)
        near = " ".join(x.text for x in body[max(0, si - 1) : si + 2])
        out.append(
            Statement(
                speaker=name,
                type=kind,
                evidence=doc.evidence(s.start, s.end),
                speaker_country=None,
                target_country=target,
                topic="forced_return" if any(w in near for w in lex.topic_words) else "other",
                date=None,
                quote=None,
            )
        )
    return out
