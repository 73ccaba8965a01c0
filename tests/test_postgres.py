"""The same store on PostgreSQL: migrations, idempotent saves, reviews, search, the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from pg import pg_server, pg_url  # noqa: F401 - fixtures
from refwatch.cli import main
from refwatch.model import Extraction
from refwatch.store import open_store
from refwatch.store.engine import schema_diff
from test_cli_ingest import concurrent_ingest, write_reports
from test_store import document, extraction

pytestmark = pytest.mark.postgres


def test_migrations_apply_and_match_metadata(pg_url: str) -> None:  # noqa: F811
    store = open_store(pg_url)
    assert store.engine.dialect.name == "postgresql"
    assert schema_diff(store.engine) == []
    open_store(pg_url).close()  # a second open finds the schema current
    store.close()


def test_save_review_and_search(pg_url: str) -> None:  # noqa: F811
    store = open_store(pg_url)
    assert store.save_extraction(extraction()).status == "stored"
    assert store.save_extraction(extraction()).status == "unchanged"
    [m] = store.incident_mentions()
    assert m.incident == extraction().incidents[0]
    store.review("incident_mentions", m.id, "analyst1", "corrected", {"count_high": 90})
    newer = store.save_extraction(extraction("en-rules@2.0.0"))
    assert (newer.status, newer.kept) == ("updated", 1)
    [kept] = store.incident_mentions()
    assert kept.incident.count is not None and kept.incident.count.high == 90
    ko = "중국 공안이 탈북민 30여 명을 북한으로 강제송환했다고 인권단체가 밝혔다.\x00"
    store.save_extraction(
        Extraction(document=document(ko, source="ko.txt", lang="ko"), extractor="ko-rules@1.0.0")
    )
    assert [h.source for h in store.search("escapees hyesan")] == ["report.txt"]
    assert [h.source for h in store.search("강제송환")] == ["ko.txt"]
    assert store.search("it's (") == []
    store.close()


def test_cli_ingest_by_url(pg_url: str, tmp_path: Path) -> None:  # noqa: F811
    files = write_reports(tmp_path / "docs")
    runner = CliRunner()
    first = runner.invoke(main, ["--db", pg_url, "ingest", "--quiet", *files])
    assert first.exit_code == 0, first.stderr
    assert "3 stored" in first.stdout
    again = runner.invoke(main, ["--db", pg_url, "ingest", "--quiet", *files])
    assert "0 stored, 0 updated, 3 unchanged, 0 failed" in again.stdout
    assert len(open_store(pg_url).documents()) == 3


def test_two_writers_at_once(pg_url: str, tmp_path: Path, shared_dir: Path) -> None:  # noqa: F811
    corpus = sorted(str(p) for p in (shared_dir / "corpus" / "dev" / "docs").iterdir())
    files = write_reports(tmp_path / "docs") + corpus[:4]
    results = concurrent_ingest(pg_url, files)
    assert [r.returncode for r in results] == [0, 0], [r.stderr for r in results]
    assert len(open_store(pg_url).documents()) == len(files)
