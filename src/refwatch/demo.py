"""`refwatch demo`: a database built from the bundled examples, and a look at what it holds."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from importlib.resources import as_file, files
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from refwatch.ingest import load_documents
from refwatch.model import Document, DocumentError
from refwatch.pipeline import Summary, after_ingest, ingest
from refwatch.store import Store

EXAMPLE_SUFFIXES = (".html", ".htm", ".txt")
_DATED = re.compile(r"[-_]\d{4}-\d{2}-\d{2}.*$")


def example_paths(folder: Path) -> list[str]:
    return sorted(str(p) for p in folder.iterdir() if p.suffix in EXAMPLE_SUFFIXES)


def _bundled(items: Iterable[Document | DocumentError]) -> Iterator[Document | DocumentError]:
    """Name each example by its place in the package, not by where pip put it on this machine
    (the source is shown in pages, exports and briefings)."""
    for item in items:
        if isinstance(item, Document):
            item.source = f"refwatch/examples/{Path(item.source).name}"
        yield item


def build(store: Store) -> tuple[Summary, str | None]:
    """Ingest every bundled example (idempotent) and merge; returns what happened."""
    summary = Summary()
    with as_file(files("refwatch") / "examples") as folder:
        for outcome in ingest(store, _bundled(load_documents(example_paths(folder)))):
            summary.add(outcome)
    problem = after_ingest(store) if summary.changed else None
    return summary, problem


def _merged(store: Store) -> list[dict[str, Any]]:
    from refwatch.resolve.views import incidents

    return incidents(store)


def _count(c: dict[str, Any]) -> str:
    low, high, est = c.get("low"), c.get("high"), c.get("estimate")
    if est is None and low is None and high is None:
        return "?"
    span = f"{low if low is not None else '?'}-{high if high is not None else '?'}"
    return f"~{est} ({span})" if est is not None else span


KIND = {"forced_return": "return", "detention": "detention", "arrest": "arrest"}


def _when(w: dict[str, Any]) -> str:
    a, b = w.get("earliest"), w.get("latest")
    if a and a == b:
        return str(a)
    if a and b and a[:4] == b[:4]:
        return f"{a}–{b[5:]}"  # same year: 2024-05-11–05-20
    return f"{a or '?'}–{b or '?'}" if a or b else "?"


def _place(p: dict[str, Any]) -> str:
    parts = [p.get(k) for k in ("facility", "city", "province", "country")]
    return ", ".join(str(x) for x in parts if x) or "?"


def _outlet(source: str) -> str:
    """A short name for a source: its file stem without a trailing date."""
    return _DATED.sub("", Path(source).stem) or Path(source).name


def show(store: Store, console: Console) -> None:
    counts = store.counts()
    console.print(
        f"[bold]{store.url}[/]: {counts['documents']} documents, "
        f"{counts['incident_mentions']} incident reports merged into {counts['incidents']} "
        f"incidents, {counts['meetings']} meetings, {counts['statements']} statements, "
        f"{counts['actors']} actors"
    )
    table = Table(title="Incidents", show_lines=False)
    for col in ("kind", "when", "where", "from→to", "people"):
        table.add_column(col)
    table.add_column("sources", overflow="fold")
    for inc in _merged(store):
        sources = sorted({_outlet(m["document"]) for m in inc.get("mentions", [])})
        table.add_row(
            KIND.get(inc["kind"], inc["kind"]),
            _when(inc["when"]),
            _place(inc["where"]),
            f"{inc.get('from_country') or '?'}→{inc.get('to_country') or '?'}",
            _count(inc["count"]) + (" [red]conflict[/]" if inc.get("conflict") else ""),
            "\n".join(sources),
        )
    console.print(table)
