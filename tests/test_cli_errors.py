"""Every command that opens the database says what went wrong in one line, exit status 1:
`error: <db>: <reason>`, never a traceback; so does an id that does not exist."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from refwatch.cli import main
from refwatch.demo import build
from refwatch.store import open_store

COMMANDS = [
    ["serve", "--port", "8765"],
    ["user", "add", "ana", "--role", "viewer", "--password-stdin"],
    ["report", "--out", "brief.html"],
    ["export", "incidents"],
    ["incidents"],
    ["incident", "inc-1"],
    ["statements"],
    ["meetings"],
    ["actors"],
    ["merge", "inc-1", "inc-2"],
    ["split", "inc-1", "--mention", "1"],
    ["ingest", "nothing.txt"],
]


def run(db: Path | str, *args: str) -> Result:
    return CliRunner().invoke(main, ["--db", str(db), *args], input="pw-long-enough-1\n")


def one_error_line(result: Result, db: Path, reason: str) -> None:
    assert result.exit_code == 1, (result.output, result.exception)
    assert not isinstance(result.exception, Exception) or isinstance(
        result.exception, SystemExit
    ), result.exception
    lines = result.stderr.strip().splitlines()
    assert lines == [lines[0]] and lines[0].startswith(f"error: {db}: "), result.stderr
    assert reason in lines[0] and "Traceback" not in result.output


@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: a[0])
def test_a_database_that_cannot_be_opened(tmp_path: Path, args: list[str]) -> None:
    db = tmp_path / "not-a-database.db"
    db.write_bytes(b"this is a text file, not SQLite\n" * 200)
    one_error_line(run(db, *args), db, "cannot open database")


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("errors") / "demo.db"
    store = open_store(str(path))
    build(store)
    store.close()
    return path


@pytest.mark.parametrize(
    ("args", "reason"),
    [
        (["incident", "inc-nope"], "no incident inc-nope"),
        (["merge", "inc-nope", "inc-nada"], "inc-nope"),
        (["split", "inc-nope", "--mention", "1"], "inc-nope"),
    ],
    ids=lambda a: a[0] if isinstance(a, list) else "",
)
def test_an_id_that_does_not_exist(demo_db: Path, args: list[str], reason: str) -> None:
    one_error_line(run(demo_db, *args), demo_db, reason)


def test_an_existing_incident_still_shows(demo_db: Path) -> None:
    listed = run(demo_db, "incidents", "--format", "csv")
    assert listed.exit_code == 0
    first = listed.stdout.splitlines()[1].split(",")[0]
    shown = run(demo_db, "incident", first)
    assert shown.exit_code == 0 and first in shown.stdout
