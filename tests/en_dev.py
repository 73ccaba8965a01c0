"""Shared by the English part-B tests: documents from text, and the dev-corpus figures."""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib.util
import json
from functools import cache
from pathlib import Path
from typing import Any

from refwatch.extract.en_actors import find_actors
from refwatch.extract.en_meetings import find_meetings
from refwatch.extract.en_statements import find_statements
from refwatch.model import Document, Extraction
from refwatch.nlp.spacy_model import english
from refwatch.serialize import extraction_json

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def make_doc(text: str, published: dt.date = dt.date(2024, 5, 10)) -> Document:
    raw = text.encode()
    sha = hashlib.sha256(raw).hexdigest()
    return Document(
        id=sha[:16], sha256=sha, source="t.txt", raw=raw, text=text, published=published, lang="en"
    )


@cache
def dev_scores() -> dict[str, Any]:
    """Part B's extraction on the English dev documents, scored by the shared scorer."""
    from refwatch.ingest import load_documents

    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    assert spec and spec.loader
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    corpus = SHARED / "corpus" / "dev"
    golds = {p.stem: json.loads(p.read_text()) for p in sorted((corpus / "gold").glob("en-*"))}
    preds = {}
    for stem, gold in golds.items():
        for doc in load_documents([str(corpus / "docs" / gold["file"])]):
            assert isinstance(doc, Document)
            doc.published = doc.published or dt.date.fromisoformat(gold["reference_date"])
            sdoc = english()(doc.text)
            actors = find_actors(doc, sdoc)
            x = Extraction(
                doc,
                "test",
                relevant=gold["relevant"],
                actors=actors,
                statements=find_statements(doc, sdoc, actors),
                meetings=find_meetings(doc, sdoc, actors),
            )
            preds[stem] = extraction_json(x)
    result: dict[str, Any] = score.score(golds, preds, None)
    return result
