"""Dask batch: extraction on workers, storing on the client gives what a serial ingest gives."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from distributed import Client, LocalCluster
from sqlalchemy import select

from refwatch.batch import run_batch
from refwatch.cli import main
from refwatch.ingest import load_documents
from refwatch.pipeline import Summary, ingest
from refwatch.store import Store, open_store, schema
from test_cli_ingest import write_reports

SKIP = {"id", "ingested_at", "document_id", "actor_id", "reviewed_at"}


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    with (
        LocalCluster(
            n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None
        ) as cluster,
        Client(cluster) as c,
    ):
        yield c


def sources(tmp_path: Path, shared_dir: Path) -> list[str]:
    corpus = sorted(str(p) for p in (shared_dir / "corpus" / "dev" / "docs").iterdir())
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    return [*write_reports(tmp_path / "mine"), str(empty), *corpus[:12]]


def dump(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every stored row keyed by content, not by generated ids or timestamps."""
    out = {}
    with store.read() as conn:
        for name in ("documents", "incident_mentions", "meetings", "statements", "actors"):
            table = schema.metadata.tables[name]
            cols = [c for c in table.c if c.name not in SKIP]
            rows = conn.execute(select(*cols)).all()
            out[name] = sorted((tuple(repr(v) for v in r) for r in rows), key=repr)
    return out


def test_batch_stores_what_serial_ingest_stores(
    client: Client, tmp_path: Path, shared_dir: Path
) -> None:
    files = sources(tmp_path, shared_dir)
    serial, parallel = Summary(), Summary()
    a = open_store(f"sqlite:///{tmp_path / 'serial.db'}")
    for outcome in ingest(a, load_documents(files)):
        serial.add(outcome)
    b = open_store(f"sqlite:///{tmp_path / 'batch.db'}")
    outcomes = list(run_batch(client, b, load_documents(files), window=3))
    for outcome in outcomes:
        parallel.add(outcome)
    assert [o.source for o in outcomes] == files  # one outcome per source, in order
    assert (parallel.stored, parallel.failed) == (serial.stored, serial.failed) == (15, 1)
    assert dump(a) == dump(b)
    again = Summary()
    for outcome in run_batch(client, b, load_documents(files)):
        again.add(outcome)
    assert (again.stored, again.unchanged) == (0, 15)


def test_batch_command_with_a_scheduler_address(client: Client, tmp_path: Path) -> None:
    files = write_reports(tmp_path / "docs")
    db = tmp_path / "cli.db"
    address = client.scheduler.address
    result = CliRunner().invoke(
        main, ["batch", "--quiet", "--scheduler", address, "--db", str(db), *files]
    )
    assert result.exit_code == 0, result.stderr
    assert "batch: 3 stored, 0 updated, 0 unchanged, 0 failed" in result.stdout
    assert len(open_store(str(db)).documents()) == 3
