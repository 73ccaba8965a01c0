"""The period briefing: incidents with estimates and sources, the timeline and map, who
said what. HTML (standalone or for the web app), Markdown, and PDF printed by headless
Chromium through Playwright. Protected people are redacted, as in exports.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from sqlalchemy import Connection, select

from refwatch.report.charts import timeline_svg
from refwatch.report.exports import Redactor, incident_rows, protected_names
from refwatch.report.fmt import count_range, country_name, window
from refwatch.report.mapsvg import map_svg
from refwatch.report.queries import Filters, Matrix, map_pins, month_bars, who_said_what
from refwatch.store.schema import documents, statements

TEMPLATES = Path(__file__).resolve().parent / "templates"
CSS = TEMPLATES / "briefing.css"


@dataclass
class Briefing:
    since: dt.date | None
    until: dt.date | None
    incidents: list[dict[str, Any]]
    statements: list[dict[str, Any]]
    matrix: Matrix
    timeline: str
    map: str
    people: int
    generated: dt.datetime


def build(
    conn: Connection, since: dt.date | None, until: dt.date | None, f: Filters | None = None
) -> Briefing:
    """The briefing for a period; `f` may narrow it further (countries, kind)."""
    f = replace(f or Filters(), since=since, until=until)
    redact = Redactor(protected_names(conn))
    bars = month_bars(conn, f)
    q = (
        select(statements, documents.c.source)
        .join(documents, documents.c.id == statements.c.document_id)
        .where(statements.c.review_status != "rejected", statements.c.topic == "forced_return")
        .order_by(statements.c.date, statements.c.id)
    )
    if since:
        q = q.where(statements.c.date >= since)
    if until:
        q = q.where(statements.c.date <= until)
    sts = [{k: redact(v) for k, v in dict(r).items()} for r in conn.execute(q).mappings()]
    incs = [{k: redact(v) for k, v in r.items()} for r in incident_rows(conn, f)]
    return Briefing(
        since=since,
        until=until,
        incidents=incs,
        statements=sts,
        matrix=who_said_what(conn, f),
        timeline=timeline_svg(bars, width=700, height=220),
        map=map_svg(map_pins(conn, f, href=""), width=700),
        people=sum(b.estimate for b in bars),
        generated=dt.datetime.now(dt.UTC).replace(microsecond=0),
    )


def render(b: Briefing, fmt: str) -> str | bytes:
    """The briefing as "html" or "md" text, or "pdf" bytes (printed by headless Chromium)."""
    if fmt == "md":
        return to_markdown(b)
    if fmt == "pdf":
        return to_pdf(to_html(b))
    if fmt == "html":
        return to_html(b)
    raise ValueError(f"no briefing format {fmt!r} (html, md or pdf)")


def _env() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=select_autoescape(default=True, default_for_string=True),
    )
    env.filters["count_range"] = count_range
    env.filters["window"] = window
    env.filters["country"] = country_name
    return env


def to_html(b: Briefing, css_href: str | None = None) -> str:
    """Standalone HTML (CSS inlined) or, with css_href, a page for the web app's CSP."""
    css = None if css_href else CSS.read_text(encoding="utf-8")
    return _env().get_template("briefing.html").render(b=b, css=css, css_href=css_href)


def _md(v: Any) -> str:
    return str(v if v is not None else "").replace("|", "\\|").replace("\n", " ")


def to_markdown(b: Briefing) -> str:
    period = f"{b.since or 'start'} to {b.until or 'now'}"
    lines = [
        f"# refwatch briefing: {period}",
        "",
        f"{len(b.incidents)} incident(s); best estimate {b.people:,} people. "
        f"Generated {b.generated:%Y-%m-%d %H:%M} UTC.",
        "",
        "## Incidents",
        "",
        "| When | Kind | Where | From → to | Estimate | Range | Sources |",
        "|---|---|---|---|---|---|---|",
    ]
    for i in b.incidents:
        where = i["facility"] or i["city"] or i["province"] or i["country"]
        lines.append(
            f"| {window(i['earliest'], i['latest'])} | {i['kind']} | {_md(where)} | "
            f"{i['from_country'] or '?'} → {i['to_country'] or '?'} | {_md(i['estimate'])} | "
            f"{count_range(i['low'], i['high'])} | {_md(', '.join(i['sources']))} |"
        )
    lines += ["", "## Who said what", ""]
    for s in b.statements:
        quote = f' — "{_md(s["quote"])}"' if s["quote"] else ""
        lines.append(
            f"- {s['date'] or 'undated'}: **{_md(s['speaker'])}** "
            f"({s['speaker_country'] or 'non-state'}) "
            f"*{s['type']}* {('→ ' + s['target_country']) if s['target_country'] else ''}{quote} "
            f"([source]({_md(s['source'])}))"
        )
    if not b.statements:
        lines.append("No statements on forced returns in this period.")
    return "\n".join(lines) + "\n"


def chromium_path() -> str | None:
    """Debian's chromium, or REFWATCH_CHROMIUM; None lets Playwright use its own build."""
    return os.environ.get("REFWATCH_CHROMIUM") or shutil.which("chromium")


def to_pdf(html: str) -> bytes:
    """Print standalone briefing HTML to PDF with headless Chromium, with no network at all."""
    from playwright.sync_api import Route, sync_playwright

    def deny(route: Route) -> None:
        route.abort()

    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=chromium_path(),
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        try:
            page = browser.new_page(java_script_enabled=False)
            page.route("**/*", deny)
            page.set_content(html, wait_until="load")
            pdf: bytes = page.pdf(
                format="A4",
                print_background=True,
                margin={"top": "14mm", "bottom": "14mm", "left": "12mm", "right": "12mm"},
            )
        finally:
            browser.close()
    return pdf
