"""Reports without the web: SVG charts and map, exports with redaction, briefings in HTML,
Markdown and PDF, and the `report`, `export` and `user add` commands."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner

import webdata
from refwatch.cli import main
from refwatch.report import briefing
from refwatch.report.basemap import countries
from refwatch.report.charts import MonthBar, fill_months, stance_strip, strongest, timeline_svg
from refwatch.report.exports import Redactor, export
from refwatch.report.fmt import count_range, window
from refwatch.report.mapsvg import Pin, fit_view, map_svg
from refwatch.report.queries import Filters, month_bars, statement_row_key, who_said_what
from refwatch.store import Store
from refwatch.web.auth import authenticate

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    return webdata.build(f"sqlite:///{tmp_path_factory.mktemp('report') / 'r.db'}")


def test_timeline_bars_and_whiskers_are_valid_svg() -> None:
    bars = [
        MonthBar(dt.date(2023, 10, 1), 2, 550, 500, 600),
        MonthBar(dt.date(2024, 1, 1), 1, 80, 80, 80),
    ]
    root = ET.fromstring(timeline_svg(bars))
    rects = [r for r in root.iter(f"{SVG}rect") if r.get("class") == "bar"]
    assert len(rects) == 2  # the empty months between are slots, not bars
    assert len(fill_months(bars)) == 4
    whiskers = [w for w in root.iter(f"{SVG}line") if w.get("class") == "whisker"]
    assert len(whiskers) == 3  # one range: top, bottom and stem
    assert "reports 500–600" in timeline_svg(bars)
    assert "No dated incidents" in timeline_svg([])


def test_map_has_borders_and_pins_in_view() -> None:
    pins = [
        Pin(41.94, 126.42, "Baishan — 200 people", "/incidents?place=x", "facility", 200),
        Pin(40.12, 124.39, "Dandong", None, "crossing"),
    ]
    v = fit_view(pins, 600)
    for p in pins:
        x, y = v.xy(p.lon, p.lat)
        assert 0 < x < v.width and 0 < y < v.height
    root = ET.fromstring(map_svg(pins, width=600))
    names = {t.text for path in root.iter(f"{SVG}path") for t in path.iter(f"{SVG}title")}
    assert {"China", "North Korea"} <= names
    assert len(list(root.iter(f"{SVG}circle"))) == 1
    assert any(a.get("href") == "/incidents?place=x" for a in root.iter(f"{SVG}a"))


def test_basemap_ships_the_region() -> None:
    names = {c.name for c in countries()}
    assert {"China", "North Korea", "South Korea", "Thailand", "Pakistan", "Afghanistan"} <= names
    x0, y0, x1, y1 = next(c for c in countries() if c.name == "North Korea").bbox
    assert 124 < x0 < 125 and 130 < x1 < 131 and 37 < y0 < 39 and 42 < y1 < 43.5


def test_svg_text_is_escaped() -> None:
    out = map_svg([Pin(40.0, 125.0, "<script>x</script>", "/a?b=1&c=<2>")])
    assert "<script>" not in out and "&lt;script&gt;" in out and "&amp;c=&lt;2&gt;" in out


def test_wording_of_counts_and_windows() -> None:
    assert count_range(500, 500, True) == "about 500"
    assert count_range(200, 300) == "200–300"
    assert count_range(500, None, True) == "500 or more"
    assert count_range(None, 600, True) == "up to 600"
    assert window(dt.date(2024, 4, 26), dt.date(2024, 4, 26)) == "2024-04-26"
    assert window(None, None) == "date unknown"
    assert strongest(["decline", "concern", "urge"]) == "urge"


def test_aggregates_over_the_store(store: Store) -> None:
    with store.read() as conn:
        bars = month_bars(conn, Filters())
        by_month = {b.month: b for b in bars}
        october = by_month[dt.date(2023, 10, 1)]
        assert october.incidents == 1 and october.low == 500 and october.high == 600
        assert [b.incidents for b in month_bars(conn, Filters(kind="detention"))] == [1, 1]
        m = who_said_what(conn, Filters())
        assert m.cells[("US", "2024-05")].type == "criticize"


def test_redactor_replaces_every_spelling() -> None:
    r = Redactor(["Kim Sora", "김소라"])
    assert r("kim sora and 김소라 spoke") == "[protected] and [protected] spoke"
    assert r(["Kim Sora", "other"]) == ["[protected]", "other"]
    assert Redactor([])("Kim Sora") == "Kim Sora"


def test_exports_per_incident_and_per_report(store: Store) -> None:
    with store.read() as conn:
        per_incident = list(csv.DictReader(io.StringIO(export(conn, "incidents", "csv").body)))
        per_report = json.loads(export(conn, "incidents", "json", per_report=True).body)
        geo = json.loads(export(conn, "incidents", "geojson").body)
    assert len(per_incident) == 3 and len(per_report) == 4
    merged = next(r for r in per_incident if r["n_reports"] == "2")
    assert merged["low"] == "500" and merged["high"] == "600"
    assert merged["sources"] == "https://news.example/a; https://news.example/b"
    assert {f["properties"]["kind"] for f in geo["features"]} == {"forced_return", "detention"}


def test_briefing_html_and_markdown(store: Store) -> None:
    with store.read() as conn:
        b = briefing.build(conn, dt.date(2023, 10, 1), dt.date(2024, 5, 31))
    html = briefing.to_html(b)
    assert "<style>" in html and "chart timeline" in html and "chart map" in html
    assert "criticize" in html and "https://news.example/a" in html
    assert "<script>" not in html  # the hostile document's payload is escaped
    md = briefing.to_markdown(b)
    assert md.startswith("# refwatch briefing: 2023-10-01 to 2024-05-31")
    assert "| 2023-10-01 – 2023-10-31 | forced_return | Dandong | CN → KP | 550 |" in md


@pytest.mark.browser
def test_pdf_briefing(store: Store) -> None:
    with store.read() as conn:
        b = briefing.build(conn, None, None)
    pdf = briefing.to_pdf(briefing.to_html(b))
    assert pdf.startswith(b"%PDF") and len(pdf) > 10_000


def test_cli_user_add_report_and_export(store: Store, tmp_path: Path) -> None:
    url = store.url
    runner = CliRunner()
    r = runner.invoke(
        main,
        ["--db", url, "user", "add", "nina", "--role", "analyst", "--password-stdin"],
        input="a long passphrase\n",
    )
    assert r.exit_code == 0, r.output
    assert authenticate(store.engine, "nina", "a long passphrase") is not None
    r = runner.invoke(
        main,
        ["--db", url, "user", "add", "x", "--role", "viewer", "--password-stdin"],
        input="short\n",
    )
    assert r.exit_code != 0 and "at least 8" in r.output
    out = tmp_path / "b.md"
    r = runner.invoke(
        main, ["--db", url, "report", "--since", "2024-01-01", "--format", "md", "--out", str(out)]
    )
    assert r.exit_code == 0, r.output
    assert "Baishan" in out.read_text() and "Dandong" not in out.read_text()
    r = runner.invoke(main, ["--db", url, "export", "incidents", "--format", "geojson"])
    assert r.exit_code == 0 and json.loads(r.output)["type"] == "FeatureCollection"
    r = runner.invoke(main, ["--db", url, "export", "actors", "--format", "geojson"])
    assert r.exit_code != 0


def test_serve_binds_localhost_by_default() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "refwatch", "serve", "--help"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "127.0.0.1" in out


def test_stance_strip_dots_per_statement() -> None:
    items = [
        (dt.date(2024, 5, 9), "criticize"),
        (dt.date(2024, 5, 9), "urge"),
        (dt.date(2023, 1, 2), "decline"),
    ]
    root = ET.fromstring(stance_strip(items))
    dots = [c for c in root.iter(f"{SVG}circle")]
    assert [d.get("class") for d in dots] == ["dot t-decline", "dot t-criticize", "dot t-urge"]
    assert dots[1].get("cy") != dots[2].get("cy")  # same day: stacked, not hidden
    assert "No dated statements" in stance_strip([])


def test_matrix_rows_are_governments_and_bodies() -> None:
    assert statement_row_key("Jeong Park", "US", "person", "U.S. Department of State") == "US"
    assert statement_row_key("A. Director", None, "person", "Free Passage") == "Free Passage"
    assert statement_row_key("Human Rights Watch", None, "organization") == "Human Rights Watch"
    assert statement_row_key("UNHCR", "CH", "organization") == "UNHCR"


def test_aggregate_timeline_equals_direct_computation(tmp_path: Path, store: Store) -> None:
    """The timeline read from the monthly aggregate (whole months) plus the base table (edge
    months, windows reaching in from before, undated starts) equals a direct computation."""
    import random

    from sqlalchemy import insert

    from refwatch.report.queries import month_bars_direct
    from refwatch.store import open_store
    from refwatch.store.monthly import rebuild_incident_months
    from refwatch.store.schema import incidents

    rnd = random.Random(3)
    s = open_store(f"sqlite:///{tmp_path / 'agg.db'}")
    rows = []
    for i in range(600):
        start: dt.date | None = dt.date(2022, 1, 1) + dt.timedelta(days=rnd.randrange(730))
        assert start is not None
        end: dt.date | None = start + dt.timedelta(days=rnd.choice((0, 0, 6, 30, 95)))
        if i % 50 == 0:
            end, start = start - dt.timedelta(days=3), start  # a window ending before it starts
        if i % 40 == 1:
            start = None  # dated by its end only
        if i % 60 == 2:
            end = None
        low = rnd.choice((None, rnd.randint(1, 200)))
        rows.append(
            {
                "id": f"i{i}",
                "kind": rnd.choice(("forced_return", "detention")),
                "earliest": start,
                "latest": end,
                "from_country": rnd.choice(("CN", "RU", None)),
                "to_country": "KP",
                "estimate": rnd.choice((None, low)),
                "low": low,
                "high": None if low is None else low + rnd.choice((0, 50)),
            }
        )
    with s.engine.begin() as conn:
        conn.execute(insert(incidents), rows)
        rebuild_incident_months(conn)
    d = dt.date
    cases = [
        Filters(),
        Filters(since=d(2022, 3, 17)),
        Filters(since=d(2022, 3, 1), until=d(2023, 6, 30)),
        Filters(since=d(2022, 3, 2), until=d(2023, 6, 29), kind="detention"),
        Filters(until=d(2023, 2, 11), from_country="CN"),
        Filters(since=d(2022, 5, 9), until=d(2022, 5, 20)),  # inside one month
        Filters(since=d(2022, 5, 9), until=d(2022, 6, 20), to_country="KP"),  # no whole month
    ]
    cases += [
        Filters(since=d(2022, 1, 1) + dt.timedelta(days=rnd.randrange(700))) for _ in range(10)
    ]
    with s.read() as conn:
        for f in cases:
            assert month_bars(conn, f) == month_bars_direct(conn, f), f
    # and on data written by the merge step
    with store.read() as conn:
        for f in (Filters(), Filters(since=d(2023, 10, 15)), Filters(until=d(2024, 5, 3))):
            assert month_bars(conn, f) == month_bars_direct(conn, f), f
