"""`refwatch ingest` through the command line: idempotent, reports bad documents and goes on,
and a batch killed half-way leaves a consistent database that a re-run completes."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import refwatch
from refwatch.cli import main
from refwatch.cli.progress import expected_total
from refwatch.extract import extract_document
from refwatch.ingest import load_documents
from refwatch.model import Document

REPORTS = {
    "river.txt": (
        "Escapees returned at the river\n\n"
        "Chinese police handed about 40 North Korean escapees to border guards at the "
        "Tumen crossing last week, a rights group based in Seoul said on Monday. The group "
        "said the people had been held for months before the handover.\n"
    ),
    "ministry.html": (
        "<html><head><title>Ministry urges restraint</title></head><body>"
        "<nav>Home | World | Subscribe</nav><article><h1>Ministry urges restraint</h1>"
        "<p>South Korea's foreign ministry on Thursday urged China not to send North Korean "
        "defectors back against their will, after reports that some 60 people were returned "
        "in early June.</p><p>A spokesperson said the government was watching closely.</p>"
        "</article><footer>Copyright Example Daily</footer></body></html>"
    ),
    "ko.txt": (
        "탈북민 강제북송 우려\n\n"
        "중국 당국이 이달 초 탈북민 50여 명을 북한으로 강제송환한 것으로 알려졌다고 한 "
        "인권단체가 밝혔다. 단체는 이들이 국경 도시의 수용시설에 수감돼 있었다고 전했다.\n"
    ),
}


def write_reports(folder: Path) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    for name, body in REPORTS.items():
        (folder / name).write_text(body, encoding="utf-8")
    return sorted(str(folder / n) for n in REPORTS)


def db_rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def run(db: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["--db", str(db), "ingest", "--quiet", *args])
    return result.exit_code, result.stdout, result.stderr


def test_ingest_twice_changes_nothing(tmp_path: Path) -> None:
    files = write_reports(tmp_path / "docs")
    db = tmp_path / "r.db"
    code, out, err = run(db, *files, "--published", "2025-06-20")
    assert code == 0, err
    assert "3 stored, 0 updated, 0 unchanged, 0 failed" in out
    snapshot = db_rows(db, "SELECT id, extractor, ingested_at FROM documents ORDER BY id")
    facts = db_rows(db, "SELECT count(*) FROM incident_mentions")
    code, out, _ = run(db, *files)
    assert code == 0
    assert "0 stored, 0 updated, 3 unchanged, 0 failed" in out
    assert db_rows(db, "SELECT id, extractor, ingested_at FROM documents ORDER BY id") == snapshot
    assert db_rows(db, "SELECT count(*) FROM incident_mentions") == facts
    assert db_rows(db, "SELECT published FROM documents WHERE source LIKE '%river.txt'") == [
        ("2025-06-20",)
    ]


def test_bad_documents_are_reported_and_the_rest_stored(tmp_path: Path) -> None:
    files = write_reports(tmp_path / "docs")
    empty = tmp_path / "docs" / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "docs" / "scan.txt"
    binary.write_bytes(bytes(range(256)) * 40 + b"\x00\xff\xfe" * 500)
    missing = str(tmp_path / "docs" / "gone.html")
    db = tmp_path / "r.db"
    code, out, err = run(db, files[0], str(empty), files[1], str(binary), missing, files[2])
    assert code == 1
    assert "3 stored, 0 updated, 0 unchanged, 3 failed" in out
    error_lines = [line for line in err.splitlines() if line.startswith("error: ")]
    assert len(error_lines) == 3
    for bad in (str(empty), str(binary), missing):
        assert any(line.startswith(f"error: {bad}: ") for line in error_lines)
    assert len(db_rows(db, "SELECT id FROM documents")) == 3


def expected_facts(files: list[str], shas: set[str]) -> dict[str, int]:
    """Incidents + meetings + statements the extractor finds in those documents, by sha256."""
    out: dict[str, int] = {}
    for doc in load_documents(files):
        if isinstance(doc, Document) and doc.sha256 in shas:
            x = extract_document(doc)
            out[doc.sha256] = len(x.incidents) + len(x.meetings) + len(x.statements)
    return out


FACTS_PER_DOC = """
SELECT d.sha256,
  (SELECT count(*) FROM incident_mentions m WHERE m.document_id = d.id)
+ (SELECT count(*) FROM meetings m WHERE m.document_id = d.id)
+ (SELECT count(*) FROM statements s WHERE s.document_id = d.id)
FROM documents d
"""


@pytest.mark.slow
def test_killed_batch_is_consistent_and_resumes(tmp_path: Path, shared_dir: Path) -> None:
    # Enough distinct documents to be killed half-way: the dev corpus and the bundled examples.
    examples = Path(refwatch.__file__).parent / "examples"
    folders = [shared_dir / "corpus" / "dev" / "docs", examples]
    files = [str(p) for f in folders for p in sorted(f.iterdir()) if p.suffix != ".md"]
    db = tmp_path / "crash.db"
    cmd = [sys.executable, "-m", "refwatch", "--db", str(db), "ingest", "--quiet", *files]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.02)
            if db.exists() and _count(db) >= 3:
                break
        assert proc.poll() is None, "the batch ended before it could be killed"
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait()
    assert db_rows(db, "PRAGMA integrity_check") == [("ok",)]
    stored = dict(db_rows(db, FACTS_PER_DOC))
    assert 3 <= len(stored) < len(files)
    assert expected_facts(files, set(stored)) == stored  # no half-written document
    fts = db_rows(db, "SELECT count(*) FROM documents_fts")[0][0]
    assert fts == len(stored)

    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert f"{len(files) - len(stored)} stored, 0 updated, {len(stored)} unchanged" in done.stdout
    after = dict(db_rows(db, FACTS_PER_DOC))
    assert len(after) == len(files)
    assert {sha: after[sha] for sha in stored} == stored
    assert db_rows(db, "SELECT count(*) FROM documents_fts") == [(len(files),)]


def _count(db: Path) -> int:
    try:
        return int(db_rows(db, "SELECT count(*) FROM documents")[0][0])  # type: ignore[call-overload]
    except sqlite3.OperationalError:  # not created yet, or busy
        return 0


def test_demo_builds_and_rebuilds_the_same_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("REFWATCH_DB", raising=False)
    first = CliRunner().invoke(main, ["demo"])
    assert first.exit_code == 0, first.stderr
    assert (tmp_path / "demo.db").exists()
    n = len(db_rows(tmp_path / "demo.db", "SELECT id FROM documents"))
    assert n >= 8
    assert f"demo: {n} stored, 0 updated, 0 unchanged, 0 failed" in first.stdout
    assert "Incidents" in first.stdout
    langs = db_rows(tmp_path / "demo.db", "SELECT DISTINCT lang FROM documents ORDER BY lang")
    assert langs == [("en",), ("ko",)]
    again = CliRunner().invoke(main, ["--db", str(tmp_path / "other.db"), "demo"])
    assert again.exit_code == 0
    assert f"demo: {n} stored" in again.stdout
    rerun = CliRunner().invoke(main, ["demo"])
    assert f"demo: 0 stored, 0 updated, {n} unchanged, 0 failed" in rerun.stdout


def concurrent_ingest(db: str, files: list[str]) -> list[subprocess.CompletedProcess[str]]:
    """Two `refwatch ingest` processes storing the same documents into one database at once."""
    cmd = [sys.executable, "-m", "refwatch", "--db", db, "ingest", "--quiet"]
    procs = [
        subprocess.Popen(
            cmd + (files if n == 0 else files[::-1]),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(2)
    ]
    out = []
    for p in procs:
        stdout, stderr = p.communicate(timeout=300)
        out.append(subprocess.CompletedProcess(p.args, p.returncode, stdout, stderr))
    return out


def test_two_writers_at_once(tmp_path: Path, shared_dir: Path) -> None:
    corpus = sorted(str(p) for p in (shared_dir / "corpus" / "dev" / "docs").iterdir())
    files = write_reports(tmp_path / "docs") + corpus[:4]
    db = tmp_path / "two.db"
    results = concurrent_ingest(str(db), files)
    assert [r.returncode for r in results] == [0, 0], [r.stderr for r in results]
    assert len(db_rows(db, "SELECT id FROM documents")) == len(files)
    assert db_rows(db, "PRAGMA integrity_check") == [("ok",)]


def test_progress_total_follows_the_loader(tmp_path: Path) -> None:
    files = write_reports(tmp_path / "docs")
    (tmp_path / "docs" / "notes.bin").write_bytes(b"\x00")  # folders skip non-documents
    assert expected_total([str(tmp_path / "docs")]) == 3
    assert expected_total([files[0], str(tmp_path / "docs" / "*.txt")]) == 3
    assert expected_total([files[0], "https://news.example.org/feed.xml"]) is None


def test_unopenable_database_is_one_error_line(tmp_path: Path) -> None:
    files = write_reports(tmp_path / "docs")
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = CliRunner().invoke(main, ["--db", str(blocker / "r.db"), "ingest", *files])
    assert result.exit_code == 1
    assert "cannot open database" in result.stderr
    assert "Traceback" not in result.stderr
