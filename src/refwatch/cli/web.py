"""Commands for the web app and its outputs: `serve`, `user add`, `report`, `export`."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import click

from refwatch.cli import Failure, Settings, open_db
from refwatch.cli.documents import parse_date


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option("--https", is_flag=True, help="Behind TLS: mark session cookies Secure.")
@click.pass_obj
def serve(settings: Settings, host: str, port: int, https: bool) -> None:
    """Run the web app (dashboard, evidence, review, exports). Binds to localhost by default."""
    import uvicorn

    from refwatch.store import StoreError
    from refwatch.web.app import create_app

    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"warning: serving on {host}, reachable from other machines", err=True)
    try:
        app = create_app(settings.db, https=https)
    except StoreError as err:
        raise settings.fail(f"cannot open database: {err.reason}") from err
    uvicorn.run(app, host=host, port=port, log_level="info")


@click.group()
def user() -> None:
    """Web app accounts."""


@user.command("add")
@click.argument("name")
@click.option("--role", type=click.Choice(["viewer", "analyst", "admin"]), required=True)
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input.")
@click.pass_obj
def user_add(settings: Settings, name: str, role: str, password_stdin: bool) -> None:
    """Create an account (or reset its role and password)."""
    from refwatch.web.auth import add_user

    store = open_db(settings.db)  # before the password prompt: no typing for nothing
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    try:
        add_user(store, name, role, password)
    except ValueError as err:
        raise Failure(str(err)) from err
    click.echo(f"user {name} ({role}) saved")


@click.command()
@click.option("--since", callback=parse_date, metavar="YYYY-MM-DD")
@click.option("--until", callback=parse_date, metavar="YYYY-MM-DD")
@click.option("--format", "fmt", type=click.Choice(["html", "pdf", "md"]), default="html")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), required=True)
@click.pass_obj
def report(
    settings: Settings, since: dt.date | None, until: dt.date | None, fmt: str, out: Path
) -> None:
    """A briefing for a period: incidents, estimates, sources, timeline, map, who said what."""
    from refwatch.report import briefing
    from refwatch.resolve import ensure_merged

    store = open_db(settings.db)
    ensure_merged(store)
    with store.read() as conn:
        b = briefing.build(conn, since, until)
    body = briefing.render(b, fmt)
    if isinstance(body, bytes):
        out.write_bytes(body)
    else:
        out.write_text(body, encoding="utf-8")
    click.echo(f"{out}: {len(b.incidents)} incident(s), {len(b.statements)} statement(s)")


@click.command()
@click.argument("what", type=click.Choice(["incidents", "statements", "actors"]))
@click.option("--format", "fmt", type=click.Choice(["csv", "json", "geojson"]), default="csv")
@click.option("--per-report", is_flag=True, help="Incidents: one row per report, not per incident.")
@click.option("--include-protected", is_flag=True, help="Do not redact protected people.")
@click.option("--since", callback=parse_date, metavar="YYYY-MM-DD")
@click.option("--until", callback=parse_date, metavar="YYYY-MM-DD")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="Default: stdout.")
@click.pass_obj
def export(
    settings: Settings,
    what: str,
    fmt: str,
    per_report: bool,
    include_protected: bool,
    since: dt.date | None,
    until: dt.date | None,
    out: Path | None,
) -> None:
    """Export incidents, statements or actors; protected people are redacted by default."""
    from refwatch import api
    from refwatch.report.exports import ExportError

    store = open_db(settings.db)
    try:
        body = api.export(store, what, fmt, since, until, per_report, include_protected)
    except ExportError as err:
        raise Failure(str(err)) from err
    if out is None:
        sys.stdout.write(body)
    else:
        out.write_text(body, encoding="utf-8")


COMMANDS: list[click.Command] = [serve, user, report, export]
