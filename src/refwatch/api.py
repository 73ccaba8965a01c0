"""The Python API behind the CLI, one thin function per command; `refwatch` re-exports it.

    import refwatch
    x = refwatch.extract("page.html", published=datetime.date(2024, 5, 10))
    store = refwatch.open_store("refwatch.db")
    refwatch.ingest(store, ["reports/"])
    refwatch.incidents(store, since=datetime.date(2024, 1, 1), country="CN")
    refwatch.report(store, fmt="md")

Each function calls the same code as its command, so the two cannot drift apart.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from refwatch.extract import extract_document
from refwatch.ingest import DEFAULT_MAX_BYTES, load_documents
from refwatch.model import DocumentError, Extraction
from refwatch.pipeline import Summary, after_ingest
from refwatch.pipeline import ingest as run_ingest

# re-exported as they are: the listings take the same filters as their commands
from refwatch.resolve.listings import actors, meetings, statements
from refwatch.store import Store, open_store

JSON = dict[str, Any]

__all__ = [
    "actors",
    "export",
    "extract",
    "incident",
    "incidents",
    "ingest",
    "meetings",
    "open_store",
    "report",
    "statements",
]


def extract(
    source: str, published: dt.date | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Extraction:
    """Facts from one document (file, URL or "-"), with no database (`refwatch extract`).

    Raises DocumentError when the source cannot be read, and ValueError when it holds more
    than one document (a folder or a feed: use `ingest`)."""
    found = list(load_documents([source], published=published, max_bytes=max_bytes))
    if len(found) != 1:
        raise ValueError(f"{source}: {len(found)} documents, expected one")
    (doc,) = found
    if isinstance(doc, DocumentError):
        raise doc
    return extract_document(doc)


def ingest(
    store: Store,
    sources: Iterable[str],
    published: dt.date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Summary:
    """Extract and store documents, then merge incidents (`refwatch ingest`).

    A bad document is counted in `summary.failed` with its reason in `summary.errors`; a
    failed merge is reported there too. Nothing is raised for either."""
    summary = Summary()
    items = load_documents(list(sources), published=published, max_bytes=max_bytes)
    for outcome in run_ingest(store, items):
        summary.add(outcome)
    problem = after_ingest(store) if summary.changed else None
    if problem:
        summary.errors.append(problem)
    return summary


def incidents(
    store: Store,
    since: dt.date | None = None,
    until: dt.date | None = None,
    country: str | None = None,
    kind: str | None = None,
    min_sources: int = 0,
) -> list[JSON]:
    """Merged incidents with every report (`refwatch incidents --format json`)."""
    from refwatch.resolve import ensure_merged
    from refwatch.resolve.views import IncidentFilter
    from refwatch.resolve.views import incidents as read

    ensure_merged(store)
    return read(store, IncidentFilter(since, until, country, kind, min_sources))


def incident(store: Store, incident_id: str) -> JSON | None:
    """One merged incident with all its reports, or None (`refwatch incident ID`)."""
    from refwatch.resolve import ensure_merged
    from refwatch.resolve.views import IncidentFilter
    from refwatch.resolve.views import incidents as read

    ensure_merged(store)
    found = read(store, IncidentFilter(ids=[incident_id]))
    return found[0] if found else None


def report(
    store: Store,
    since: dt.date | None = None,
    until: dt.date | None = None,
    fmt: str = "html",
) -> str | bytes:
    """A briefing for a period as HTML, Markdown ("md") or PDF bytes (`refwatch report`)."""
    from refwatch.report import briefing
    from refwatch.resolve import ensure_merged

    ensure_merged(store)
    with store.read() as conn:
        b = briefing.build(conn, since, until)
    return briefing.render(b, fmt)


def export(
    store: Store,
    what: str,
    fmt: str = "csv",
    since: dt.date | None = None,
    until: dt.date | None = None,
    per_report: bool = False,
    include_protected: bool = False,
) -> str:
    """Incidents, statements or actors as CSV, JSON or GeoJSON text (`refwatch export`).

    Protected people are redacted unless `include_protected`; raises ExportError for a
    combination not offered (GeoJSON of statements)."""
    from refwatch.report.exports import export as run_export
    from refwatch.report.queries import Filters
    from refwatch.resolve import ensure_merged

    if what == "incidents":
        ensure_merged(store)
    with store.read() as conn:
        result = run_export(
            conn,
            what,
            fmt,
            f=Filters(since=since, until=until),
            per_report=per_report,
            include_protected=include_protected,
        )
    return result.body
