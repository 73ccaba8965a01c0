"""The web app in a real browser (Debian's chromium via Playwright) against a live server.

Screenshots go to a temporary folder (checked to be PNGs), or to $REFWATCH_SCREENSHOTS when
set: `make screenshots` points it at docs/screenshots/ to refresh the README's pictures, so an
ordinary run leaves the working tree clean. Marked `browser`; skipped when /usr/bin/chromium
is missing.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import uvicorn

import webdata
from refwatch.demo import build as build_demo
from refwatch.resolve import ensure_merged
from refwatch.store import Store, open_store
from refwatch.web.app import create_app

pytestmark = pytest.mark.browser
CHROMIUM = Path("/usr/bin/chromium")
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@dataclass
class Live:
    base: str
    store: Store


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where screenshots go: $REFWATCH_SCREENSHOTS (to refresh the docs) or a temporary folder."""
    chosen = os.environ.get("REFWATCH_SCREENSHOTS")
    folder = Path(chosen) if chosen else tmp_path_factory.mktemp("screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def screenshot(page: Any, folder: Path, name: str) -> None:
    path = folder / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    data = path.read_bytes()
    assert data.startswith(PNG_SIGNATURE) and len(data) > 10_000, (name, len(data))


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:
    if not CHROMIUM.exists():
        pytest.skip("needs Debian's chromium")
    url = f"sqlite:///{tmp_path_factory.mktemp('browser') / 'b.db'}"
    store = open_store(url)
    build_demo(store)  # the bundled demo reports, plus the test documents
    webdata.build(url, hostile=False)  # the hostile page comes in its own test, last
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(
            create_app(url, secret="b" * 32), host="127.0.0.1", port=port, log_level="warning"
        )
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield Live(f"http://127.0.0.1:{port}", store)
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser(live: Live) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        yield b
        b.close()


def signed_in(browser: Any, live: Live, name: str) -> Any:
    page = browser.new_page(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    page.violations = []  # CSP or script errors seen by the page
    page.on("console", lambda m: m.type == "error" and page.violations.append(m.text))
    page.on("request", lambda r: r.url.startswith(live.base) or page.violations.append(r.url))
    page.goto(live.base + "/")
    assert "/login" in page.url
    page.fill("input[name=name]", name)
    page.fill("input[name=password]", webdata.PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(live.base + "/")
    return page


def merged_incident(live: Live) -> str:
    with live.store.read() as conn:
        row = conn.exec_driver_sql(
            "SELECT i.id FROM incidents i JOIN incident_members m ON m.incident_id = i.id "
            "JOIN incident_mentions x ON x.id = m.mention_id "
            "JOIN documents d ON d.id = x.document_id "
            "WHERE x.count_words = 'about 500' AND d.source = 'https://news.example/a'"
        ).first()
    assert row is not None
    return str(row[0])


def test_dashboard_draws_timeline_map_and_matrix(browser: Any, live: Live, shots: Path) -> None:
    page = signed_in(browser, live, "anna")
    assert page.locator("svg.timeline rect.bar").count() >= 2
    assert page.locator("svg.map path.land").count() >= 3
    assert page.locator("svg.map .pin").count() >= 2
    assert page.locator("table.matrix a.cell").count() >= 2
    box = page.locator("svg.map").bounding_box()
    assert box and box["width"] > 300 and box["height"] > 200
    screenshot(page, shots, "dashboard")
    # a matrix cell leads to the statements behind it
    page.locator("table.matrix a.t-criticize").first.click()
    assert "criticize" in page.locator("main").inner_text()
    assert page.violations == []
    page.close()


def test_incident_evidence_leads_to_highlighted_document(
    browser: Any, live: Live, shots: Path
) -> None:
    page = signed_in(browser, live, "anna")
    page.goto(f"{live.base}/incidents/{merged_incident(live)}")
    assert page.locator("table.estimates tbody tr").count() >= 2
    assert page.locator("#pin svg.map .pin").count() == 1
    screenshot(page, shots, "incident")
    page.locator("table.estimates tr", has_text="Escapees sent back").locator("a.evidence").click()
    page.wait_for_url("**/documents/**")
    anchor = page.url.split("#", 1)[1]
    assert anchor.startswith("ev-incident_mentions-")
    mark = page.locator(f"#{anchor} + mark.ev")
    assert "about 500" in mark.inner_text()
    assert mark.evaluate("e => getComputedStyle(e).outlineStyle") == "solid"  # :target shown
    assert page.violations == []
    page.close()


def test_analyst_corrects_a_count_and_it_survives_reextraction(browser: Any, live: Live) -> None:
    page = signed_in(browser, live, "anna")
    incident = merged_incident(live)
    page.goto(f"{live.base}/incidents/{incident}")
    row = page.locator("table.estimates tr", has_text="Escapees sent back")
    row.locator("a", has_text="review").click()
    page.fill("input[name=count_low]", "420")
    page.fill("input[name=count_high]", "470")
    page.click("button[value=correct]")
    page.goto(f"{live.base}/audit")
    first = page.locator("table.audit tbody tr").first.inner_text()
    assert "anna" in first and "review:corrected" in first and "420" in first
    live.store.save_extraction(webdata.doc_a("webtest@3"))  # a newer extractor re-reads it
    ensure_merged(live.store)
    page.goto(f"{live.base}/incidents/{merged_incident(live)}")
    row = page.locator("table.estimates tr", has_text="Escapees sent back")
    assert "420–470" in row.inner_text() and "corrected" in row.inner_text()
    page.close()


def test_viewer_cannot_change_anything(browser: Any, live: Live) -> None:
    page = signed_in(browser, live, "vera")
    page.goto(f"{live.base}/incidents/{merged_incident(live)}")
    assert page.locator("input[name=mention]").count() == 0
    assert page.locator("a", has_text="review").count() == 0
    assert page.locator("nav a", has_text="Review").count() == 0
    response = page.goto(f"{live.base}/review")
    assert response is not None and response.status == 403
    token = page.locator("input[name=csrf]").first.get_attribute("value")
    with live.store.read() as conn:
        (mention,) = conn.exec_driver_sql("SELECT min(id) FROM incident_mentions").one()
    r = page.request.post(
        f"{live.base}/review/incident_mentions/{mention}", form={"csrf": token, "action": "reject"}
    )
    assert r.status == 403
    with live.store.read() as conn:
        (status,) = conn.exec_driver_sql(
            f"SELECT review_status FROM incident_mentions WHERE id = {int(mention)}"
        ).one()
    assert status != "rejected"
    page.close()


def test_exports_and_pdf_briefing(browser: Any, live: Live, shots: Path) -> None:
    page = signed_in(browser, live, "vera")
    page.goto(f"{live.base}/exports")
    with page.expect_download() as dl:
        page.locator("tr", has_text="one row per incident").locator("a", has_text="CSV").click()
    text = Path(dl.value.path()).read_text(encoding="utf-8")
    assert text.startswith("id,kind,") and "Dandong" in text
    with page.expect_download() as dl:
        page.locator("tr", has_text="one row per incident").locator("a", has_text="GEOJSON").click()
    assert '"FeatureCollection"' in Path(dl.value.path()).read_text(encoding="utf-8")
    with page.expect_download() as dl:
        page.locator("tr", has_text="Briefing").locator("a", has_text="PDF").click()
    assert Path(dl.value.path()).read_bytes().startswith(b"%PDF")
    page.goto(f"{live.base}/briefing?since=2023-01-01")
    assert page.locator("svg.timeline").count() == 1 and page.locator("svg.map").count() == 1
    screenshot(page, shots, "briefing")
    assert page.violations == []
    page.close()


def test_hostile_page_stays_inert_in_the_browser(browser: Any, live: Live) -> None:
    live.store.save_extraction(webdata.doc_x())
    ensure_merged(live.store)
    page = signed_in(browser, live, "adam")
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    with live.store.read() as conn:
        (doc_id,) = conn.exec_driver_sql(
            "SELECT id FROM documents WHERE source LIKE 'javascript:%'"
        ).one()
    for path in ("/", f"/documents/{doc_id}", "/review", "/statements", "/briefing"):
        page.goto(live.base + path)
        assert page.locator("script").count() == 0 and page.locator("main img").count() == 0
    page.goto(f"{live.base}/documents/{doc_id}")
    assert "<script>" in page.locator("h1").inner_text()  # shown as words
    assert page.locator("a[href^='javascript']").count() == 0
    assert dialogs == [] and page.violations == []
    page.close()
