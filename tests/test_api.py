"""The public Python API (`import refwatch`) end to end on the bundled example reports:
the same records the CLI prints, with no CLI in between."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

import refwatch
from refwatch.cli import main
from refwatch.model import DocumentError
from refwatch.store import Store

EXAMPLES = Path(refwatch.__file__).parent / "examples"


def test_import_is_cheap() -> None:
    code = "import sys, refwatch; print([m for m in ('sqlalchemy', 'spacy') if m in sys.modules])"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
    assert all(callable(getattr(refwatch, name)) for name in refwatch.__all__)
    with pytest.raises(AttributeError):
        refwatch.nothing  # noqa: B018 - the lookup is the test


def test_extract_one_document_without_a_database() -> None:
    x = refwatch.extract(str(EXAMPLES / "harbor-ledger-2023-10-13.html"))
    assert x.document.lang == "en" and x.document.title and x.incidents
    evidence = [f.evidence for f in x.incidents] + [f.evidence for f in x.statements]
    for ev in evidence:  # evidence is the text's own words
        assert x.document.text[ev.start : ev.end] == ev.text
    undated = refwatch.extract(str(EXAMPLES / "eastbridge-daily-2023-10-20.txt"))
    fallback = dt.date(2001, 2, 3)
    dated = refwatch.extract(str(EXAMPLES / "eastbridge-daily-2023-10-20.txt"), published=fallback)
    assert dated.document.published == (undated.document.published or fallback)
    with pytest.raises(DocumentError):
        refwatch.extract(str(EXAMPLES / "no-such-report.html"))
    with pytest.raises(ValueError, match="expected one"):
        refwatch.extract(str(EXAMPLES))


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    s = refwatch.open_store(str(tmp_path_factory.mktemp("api") / "api.db"))
    summary = refwatch.ingest(s, [str(EXAMPLES)])
    assert summary.failed == 0 and summary.stored >= 8, summary.errors
    assert refwatch.ingest(s, [str(EXAMPLES)]).unchanged == summary.stored  # idempotent
    return s


def test_incidents_match_the_cli(store: Store, tmp_path: Path) -> None:
    from click.testing import CliRunner

    merged = refwatch.incidents(store)
    assert merged and any(len(i["mentions"]) >= 2 for i in merged)  # merged across reports
    sources = {m["document"] for i in merged for m in i["mentions"]}
    assert all(Path(s).parent == EXAMPLES for s in sources)
    cli = CliRunner().invoke(main, ["--db", store.url.removeprefix("sqlite:///"), "incidents",
                                    "--format", "json"])  # fmt: skip
    assert cli.exit_code == 0 and json.loads(cli.stdout) == merged
    first = merged[0]
    assert refwatch.incident(store, first["id"]) == first
    assert refwatch.incident(store, "inc-none") is None
    assert refwatch.incidents(store, min_sources=99) == []
    cn = refwatch.incidents(store, country="CN")
    assert cn and all(
        "CN" in (i["from_country"], i["to_country"], i["where"]["country"]) for i in cn
    )


def test_facts_report_and_exports(store: Store) -> None:
    said = refwatch.statements(store)
    assert said and all(s["evidence"]["text"] for s in said)
    kind = said[0]["type"]
    assert {s["type"] for s in refwatch.statements(store, type=kind)} == {kind}
    assert refwatch.actors(store) and isinstance(refwatch.meetings(store), list)
    md = refwatch.report(store, since=dt.date(2023, 1, 1), fmt="md")
    assert isinstance(md, str) and md.startswith("#")
    geo = json.loads(refwatch.export(store, "incidents", "geojson"))
    assert geo["type"] == "FeatureCollection" and geo["features"]
    assert refwatch.export(store, "statements", "csv").splitlines()[0].startswith("id,")
