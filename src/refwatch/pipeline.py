"""Documents into the database: load -> extract -> store, one document one transaction.

Used by `refwatch ingest`, `refwatch demo` and (for the storing half) `refwatch batch`. A bad
document becomes an error outcome and the batch goes on.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from sqlalchemy.exc import SQLAlchemyError

from refwatch.extract import extract_document, extractor_for
from refwatch.model import Document, DocumentError, Extraction
from refwatch.store import SaveResult, Store
from refwatch.store.save import supersedes
from refwatch.store.schema import documents

Extract = Callable[[Document], Extraction]


@dataclass(frozen=True)
class Outcome:
    """One source's fate: saved (with what the save did) or failed (with why)."""

    source: str
    result: SaveResult | None = None
    error: str | None = None


@dataclass
class Summary:
    stored: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)
    facts: dict[str, int] = field(
        default_factory=lambda: {"incidents": 0, "meetings": 0, "statements": 0}
    )

    def add(self, outcome: Outcome) -> None:
        if outcome.result is None:
            self.failed += 1
            self.errors.append(f"{outcome.source}: {outcome.error}")
        else:
            r = outcome.result
            setattr(self, r.status, getattr(self, r.status) + 1)
            self.facts["incidents"] += r.incidents
            self.facts["meetings"] += r.meetings
            self.facts["statements"] += r.statements

    @property
    def changed(self) -> bool:
        return bool(self.stored or self.updated)

    def line(self) -> str:
        written = ", ".join(f"{what} {n}" for what, n in self.facts.items())
        return (
            f"{self.stored} stored, {self.updated} updated, "
            f"{self.unchanged} unchanged, {self.failed} failed (facts written: {written})"
        )


def already_current(store: Store, doc: Document) -> SaveResult | None:
    """An 'unchanged' result when these bytes are stored by the extractor we would run now.

    Saves the extraction work on re-runs (e.g. resuming a killed batch)."""
    extractor = extractor_for(doc.lang or "")
    version = extractor.version if extractor is not None else "none"
    try:
        with store.read() as conn:
            row = conn.execute(
                documents.select()
                .with_only_columns(documents.c.id, documents.c.extractor)
                .where(documents.c.sha256 == doc.sha256)
            ).first()
    except SQLAlchemyError:  # only a shortcut: the save will meet and report the problem
        return None
    if row is None or supersedes(version, row.extractor):
        return None
    return SaveResult(row.id, doc.source, "unchanged")


def save(store: Store, extraction: Extraction) -> Outcome:
    source = extraction.document.source
    try:
        return Outcome(source, store.save_extraction(extraction))
    except Exception as err:  # a database refusal of one document must not end the batch
        return Outcome(source, error=f"not stored: {err.__class__.__name__}: {err}")


def precheck(store: Store, item: Document) -> Outcome | None:
    """The outcome of a document that needs no extraction (empty, already stored), else None."""
    if not item.text.strip():
        return Outcome(item.source, error="no text found in the document")
    current = already_current(store, item)
    return Outcome(item.source, current) if current is not None else None


def ingest(
    store: Store,
    items: Iterable[Document | DocumentError],
    extract: Extract = extract_document,
) -> Iterator[Outcome]:
    for item in items:
        if isinstance(item, DocumentError):
            yield Outcome(item.source, error=item.reason)
            continue
        done = precheck(store, item)
        if done is not None:
            yield done
            continue
        try:
            extraction = extract(item)
        except Exception as err:  # one document the extractor chokes on is reported, not fatal
            yield Outcome(item.source, error=f"extraction failed: {err!r}")
            continue
        yield save(store, extraction)


def after_ingest(store: Store) -> str | None:
    """Rebuild the merged incidents when the merge step is installed; its failure is reported.

    The merge area provides `refwatch.resolve.merge_store(store)`."""
    merge = getattr(importlib.import_module("refwatch.resolve"), "merge_store", None)
    if merge is None:
        return None
    try:
        merge(store)
    except Exception as err:  # the stored documents stay; merging can be re-run
        return f"merging incidents failed: {err!r}"
    return None
