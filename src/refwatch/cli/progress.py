"""Showing a batch of ingest outcomes: error lines, a progress bar on a terminal, a summary."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from refwatch.ingest.sources import expand, is_url
from refwatch.pipeline import Outcome, Summary

# Fewer documents than this finish before a bar would tell anyone anything.
MIN_FOR_BAR = 4


def expected_total(sources: Sequence[str]) -> int | None:
    """How many documents the sources will give, when knowable without reading them.

    Folders and globs expand as the loader expands them; URLs and stdin may be feeds of
    any length, so with them the bar counts without a total."""
    total = 0
    for source in sources:
        for target in expand(source):
            if isinstance(target, str) and (target == "-" or is_url(target)):
                return None
            total += 1  # a DocumentError is an outcome too
    return total


def report(outcomes: Iterable[Outcome], total: int | None, quiet: bool) -> Summary:
    summary = Summary()
    show_bar = not quiet and sys.stderr.isatty() and (total is None or total >= MIN_FOR_BAR)
    if not show_bar:
        for outcome in outcomes:
            _note(summary, outcome, None)
        return summary
    console = Console(stderr=True)
    columns = (
        TextColumn("ingest"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.fields[source]}"),
    )
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task("ingest", total=total, source="")
        for outcome in outcomes:
            _note(summary, outcome, console)
            progress.update(task, advance=1, source=Path(outcome.source).name[:40])
    return summary


def _note(summary: Summary, outcome: Outcome, console: Console | None) -> None:
    summary.add(outcome)
    if outcome.error is None:
        return
    line = f"error: {outcome.source}: {outcome.error}"
    if console is not None:
        console.print(line, markup=False, highlight=False)
    else:
        click.echo(line, err=True)
