"""Answers in a question-and-answer transcript ("다음은 일문일답", "문답").

A report may print a briefing as a run of questions ("-…할 계획이 있나.", "Q. …?") each
followed by a line that is only the answer, in quotes, with no reporting verb. The
answers are the words of whoever the transcript interviews: the one who spoke last
before it. Each answer that carries a cue of its own is one statement.
"""

from __future__ import annotations

import re
from itertools import pairwise

from refwatch.extract.ko_doc import KoText
from refwatch.extract.ko_lexicon import lexicon
from refwatch.extract.ko_quotes import content_type
from refwatch.model import Statement

# "-…있나.", "Q. …", "문) …", "질문: …": a line that asks
_ASKED = re.compile(r"^(?:[-–—]\s*|Q\s*[.:)]\s*|문\s*[.:)]\s*|질문\s*[.:)]\s*)\S")
# "…있나.", "…했습니까?", "…인가": a question by its ending
_QUESTION_END = re.compile(r"(?:[?？]|(?:나|까|가|냐|니|는지)\s*\.)\s*$")
# "A. …", "답) …": an answer marked as such instead of quoted
_ANSWER_MARK = re.compile(r"^(?:A\s*[.:)]|답\s*[.:)]|답변\s*[.:)])\s*")
_QUOTES = '"“”'


def _lines(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for line in text.split("\n"):
        out.append((start, start + len(line)))
        start += len(line) + 1
    return out


def _answer(doc: KoText, a: int, b: int) -> tuple[int, int] | None:
    """The span of the answer a line holds: the whole line in quotes, or after a mark."""
    line = doc.text[a:b]
    lead = len(line) - len(line.lstrip())
    body = line.strip()
    if len(body) >= 2 and body[0] in _QUOTES and body[-1] in _QUOTES:
        return a + lead + 1, a + lead + len(body) - 1
    mark = _ANSWER_MARK.match(body)
    if mark:
        return a + lead + mark.end(), a + lead + len(body)
    return None


def interview_answers(doc: KoText, said: list[Statement]) -> list[Statement]:
    """One statement per cued answer, spoken by the last speaker before the transcript."""
    lex = lexicon()
    out: list[Statement] = []
    lines = _lines(doc.text)
    for (qa, qb), (a, b) in pairwise(lines):
        question = doc.text[qa:qb].strip()
        if not (_ASKED.match(question) or _QUESTION_END.search(question)):
            continue
        span = _answer(doc, a, b)
        if span is None:
            continue
        before = [s for s in said + out if s.evidence.end <= qa]
        if not before:
            continue
        lead = max(before, key=lambda s: s.evidence.start)
        words = doc.text[span[0] : span[1]]
        kind = content_type(words, lex)
        if kind is None:
            continue
        out.append(
            Statement(
                speaker=lead.speaker,
                type=kind,
                evidence=doc.evidence(*span),
                speaker_country=lead.speaker_country,
                target_country=None,  # an answer names whom it aims at seldom; no guess
                topic=lead.topic,
                date=lead.date,
                quote=words.strip(),
            )
        )
    return out
