"""Commands that take documents in: `extract` (stateless), `ingest`, `demo` and `batch`."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from refwatch.cli import Settings, open_db
from refwatch.extract import extract_document
from refwatch.ingest import DEFAULT_MAX_BYTES, load_documents
from refwatch.model import DocumentError
from refwatch.serialize import extraction_json

if TYPE_CHECKING:
    from refwatch.pipeline import Summary
    from refwatch.store import Store


def parse_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as err:
        raise click.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from err


published_option = click.option(
    "--published",
    callback=parse_date,
    metavar="YYYY-MM-DD",
    help="Publication date for documents that carry none of their own.",
)
max_bytes_option = click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=DEFAULT_MAX_BYTES,
    show_default=True,
    help="Refuse documents larger than this.",
)


def out_stem(source: str, used: set[str]) -> str:
    """File stem for a source's output, unique within one run."""
    stem = Path(source.split("?", 1)[0].rstrip("/")).stem or "document"
    candidate, n = stem, 1
    while candidate in used:
        n += 1
        candidate = f"{stem}-{n}"
    used.add(candidate)
    return candidate


@click.command()
@click.argument("sources", nargs=-1, required=True)
@published_option
@max_bytes_option
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl"]), default="json")
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    help="Write one <stem>.json per document here (default: print to stdout).",
)
def extract(
    sources: tuple[str, ...],
    published: dt.date | None,
    max_bytes: int,
    fmt: str,
    out: Path | None,
) -> None:
    """Extract facts from documents, with no database.

    SOURCES are files, folders, globs, URLs, feeds, or - for standard input.
    """
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
    failed = 0
    used: set[str] = set()
    for item in load_documents(sources, published=published, max_bytes=max_bytes):
        if isinstance(item, DocumentError):
            failed += 1
            click.echo(f"error: {item}", err=True)
            continue
        try:
            record = extraction_json(extract_document(item))
        except Exception as err:  # one bad document must not stop the batch
            failed += 1
            click.echo(f"error: {item.source}: extraction failed: {err!r}", err=True)
            continue
        if out is not None:
            path = out / f"{out_stem(item.source, used)}.json"
            path.write_text(json.dumps(record, ensure_ascii=False, indent=2), encoding="utf-8")
        elif fmt == "jsonl":
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            sys.stdout.write(json.dumps(record, ensure_ascii=False, indent=2) + "\n")
    if failed:
        click.echo(f"{failed} document(s) failed", err=True)
        sys.exit(1)


def finish(command: str, store: Store, summary: Summary) -> None:
    """Merge what changed, print the summary, exit non-zero if any document failed."""
    from refwatch.pipeline import after_ingest

    problem = after_ingest(store) if summary.changed else None
    if problem:
        click.echo(f"error: {problem}", err=True)
    click.echo(f"{command}: {summary.line()}")
    store.close()
    if summary.failed or problem:
        sys.exit(1)


@click.command()
@click.argument("sources", nargs=-1, required=True)
@published_option
@max_bytes_option
@click.option("--quiet", "-q", is_flag=True, help="No progress bar; errors and summary only.")
@click.pass_obj
def ingest(
    settings: Settings,
    sources: tuple[str, ...],
    published: dt.date | None,
    max_bytes: int,
    quiet: bool,
) -> None:
    """Extract facts from documents and store them in the database.

    SOURCES are files, folders, globs, URLs, feeds, or - for standard input. Storing is
    idempotent: the same content again changes nothing.
    """
    from refwatch.cli.progress import expected_total, report
    from refwatch.pipeline import ingest as run_ingest

    store = open_db(settings.db)
    items = load_documents(sources, published=published, max_bytes=max_bytes)
    summary = report(run_ingest(store, items), expected_total(sources), quiet)
    finish("ingest", store, summary)


@click.command()
@click.pass_context
def demo(ctx: click.Context) -> None:
    """Build a database from the bundled example reports and show what it holds.

    Uses demo.db unless --db is given; running it again changes nothing.
    """
    from rich.console import Console

    from refwatch.cli import db_url
    from refwatch.demo import build, show

    parent = ctx.parent
    chosen = parent is not None and parent.get_parameter_source("db") not in (
        click.core.ParameterSource.DEFAULT,
        click.core.ParameterSource.ENVIRONMENT,
    )
    store = open_db(ctx.obj.db if chosen else db_url("demo.db"))
    summary, problem = build(store)
    for line in summary.errors:
        click.echo(f"error: {line}", err=True)
    if problem:
        click.echo(f"error: {problem}", err=True)
    click.echo(f"demo: {summary.line()}")
    show(store, Console())
    store.close()


@click.command()
@click.argument("sources", nargs=-1, required=True)
@click.option(
    "--scheduler",
    default="local",
    show_default=True,
    metavar="ADDRESS|local",
    help="Dask scheduler address (tcp://host:8786), or local for a cluster on this machine.",
)
@click.option(
    "--workers", type=click.IntRange(min=1), help="Worker processes for --scheduler local."
)
@click.option("--db", "db", help="Database URL or SQLite path (overrides the global --db).")
@published_option
@max_bytes_option
@click.option("--quiet", "-q", is_flag=True, help="No progress bar; errors and summary only.")
@click.pass_obj
def batch(
    settings: Settings,
    sources: tuple[str, ...],
    scheduler: str,
    workers: int | None,
    db: str | None,
    published: dt.date | None,
    max_bytes: int,
    quiet: bool,
) -> None:
    """Like ingest, with extraction on a Dask cluster; results are stored here in order."""
    from refwatch.batch import connect, run_batch
    from refwatch.cli import db_url
    from refwatch.cli.progress import expected_total, report

    store = open_db(db_url(db) if db else settings.db)
    items = load_documents(sources, published=published, max_bytes=max_bytes)
    with connect(scheduler, workers) as client:
        summary = report(run_batch(client, store, items), expected_total(sources), quiet)
    finish("batch", store, summary)


COMMANDS = [extract, ingest, demo, batch]
