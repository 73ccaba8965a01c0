"""English statements: a signed commentary's own verdicts and recommendations."""

from __future__ import annotations

import datetime as dt
import hashlib

from refwatch.extract.en_actors import find_actors
from refwatch.extract.en_authors import opinion_author
from refwatch.extract.en_statements import find_statements
from refwatch.model import Document
from refwatch.nlp.spacy_model import english

_BODY = (
    "Every winter Hanoi sends more of them back. The silence in Vientiane is a choice, and a "
    "costly one.\n\n"
    "The prime minister meets his Vietnamese counterpart next week. He should use the visit "
    "to demand that the families be released.\n"
)
_PAGE = (
    "<html><head><title>Opinion | The quiet border - The Mekong Ledger</title></head>\n<body>"
    '<div class="section">Opinion</div><h1>The quiet border</h1>'
    '<div class="author"><b>Pavel Rusnak</b><br><i>Pavel Rusnak is a former aid worker and '
    "a senior fellow at the Halvorsen Institute.</i></div>"
    f"<p>{_BODY}</p></body></html>"
)


def _doc() -> Document:
    raw = _PAGE.encode()
    sha = hashlib.sha256(raw).hexdigest()
    return Document(
        id=sha[:16],
        sha256=sha,
        source="t.html",
        raw=raw,
        text=_BODY,
        title="Opinion | The quiet border",
        published=dt.date(2024, 3, 8),
        lang="en",
        media_type="text/html",
    )


def test_a_name_over_its_bio_signs_the_piece() -> None:
    author = opinion_author(_doc())
    assert author is not None and author.name == "Pavel Rusnak"
    assert author.org == "Halvorsen Institute"


def test_the_authors_verdicts_and_advice_are_statements() -> None:
    doc = _doc()
    sdoc = english()(doc.text)
    found = find_statements(doc, sdoc, find_actors(doc, sdoc))
    kinds = {s.type for s in found if s.speaker == "Pavel Rusnak"}
    assert kinds == {"criticize", "urge"}
