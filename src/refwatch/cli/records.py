"""Commands over stored records: merged incidents, statements, meetings, actors, and the
analyst's hand merge/split of incidents. Each lists as a table, JSON or CSV."""

from __future__ import annotations

import csv
import datetime as dt
import getpass
import io
import json
import sys
from collections.abc import Callable, Sequence
from typing import Any

import click

from refwatch.cli import Settings, open_db
from refwatch.cli.documents import parse_date
from refwatch.store import Store

JSON = dict[str, Any]
Column = tuple[str, Callable[[JSON], Any]]

format_option = click.option(
    "--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table"
)
since_option = click.option("--since", callback=parse_date, metavar="YYYY-MM-DD")
until_option = click.option("--until", callback=parse_date, metavar="YYYY-MM-DD")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return "; ".join(_cell(v) for v in value)
    return " ".join(str(value).split())


def render(records: Sequence[JSON], columns: Sequence[Column], fmt: str) -> str:
    """Records as JSON (whole), CSV or a plain table (the listed columns)."""
    if fmt == "json":
        return json.dumps(list(records), ensure_ascii=False, indent=2, default=str) + "\n"
    rows = [[_cell(get(r)) for _, get in columns] for r in records]
    heads = [name for name, _ in columns]
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(heads)
        writer.writerows(rows)
        return buf.getvalue()
    widths = [min(48, max([len(h)] + [len(r[i]) for r in rows])) for i, h in enumerate(heads)]

    def line(cells: Sequence[str]) -> str:
        out = [
            (c if len(c) <= w else c[: w - 1] + "…").ljust(w)
            for c, w in zip(cells, widths, strict=True)
        ]
        return "  ".join(out).rstrip()

    body = [line(heads), line(["-" * w for w in widths])] + [line(r) for r in rows]
    return "\n".join(body) + f"\n({len(rows)} rows)\n"


def _store(settings: Settings) -> Store:
    return open_db(settings.db)


def _count(c: JSON | None) -> str:
    if not c:
        return ""
    low, high = c.get("low"), c.get("high")
    if low == high:
        return f"{'~' if c.get('approx') else ''}{low if low is not None else ''}"
    if high is None:
        return f"{low}+"
    if low is None:
        return f"up to {high}"
    return f"{low}-{high}"


def _window(w: JSON) -> str:
    a, b = w.get("earliest"), w.get("latest")
    if not (a or b):
        return ""
    return str(a) if a == b else f"{a or '…'}..{b or '…'}"


def _place(w: JSON) -> str:
    parts = [w.get(k) for k in ("facility", "city", "province", "country")]
    return ", ".join(p for p in parts if p)


INCIDENT_COLUMNS: list[Column] = [
    ("id", lambda r: r["id"]),
    ("kind", lambda r: r["kind"]),
    ("when", lambda r: _window(r["when"]) + (" (!)" if r["when"]["flag"] == "union" else "")),
    ("where", lambda r: _place(r["where"])),
    ("from", lambda r: r["from_country"]),
    ("to", lambda r: r["to_country"]),
    ("estimate", lambda r: r["count"]["estimate"]),
    ("range", lambda r: _count(r["count"]) if r["count"]["low"] is not None else ""),
    ("sources", lambda r: r["n_sources"]),
    ("reports", lambda r: r["n_reports"]),
    ("first_reported", lambda r: r["first_reported"]),
    ("conflict", lambda r: r["conflict_reason"] or ""),
]
MENTION_COLUMNS: list[Column] = [
    ("mention", lambda r: r["mention_id"]),
    ("document", lambda r: r["document"]),
    ("published", lambda r: r["published"]),
    ("count", lambda r: _count(r["count"])),
    ("when", lambda r: _window(r["when"])),
    ("reported_by", lambda r: r["reported_by"]),
    ("evidence", lambda r: r["evidence"]["text"]),
]


@click.command()
@since_option
@until_option
@click.option("--country", help="ISO code: from, to or place country.")
@click.option("--kind", type=click.Choice(["forced_return", "detention", "arrest"]))
@click.option("--min-sources", type=click.IntRange(min=0), default=0)
@format_option
@click.pass_obj
def incidents(
    settings: Settings,
    since: dt.date | None,
    until: dt.date | None,
    country: str | None,
    kind: str | None,
    min_sources: int,
    fmt: str,
) -> None:
    """Merged incidents, each with every report of it (merging first if stale)."""
    from refwatch import api

    records = api.incidents(_store(settings), since, until, country, kind, min_sources)
    sys.stdout.write(render(records, INCIDENT_COLUMNS, fmt))


@click.command()
@click.argument("incident_id")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
@click.pass_obj
def incident(settings: Settings, incident_id: str, fmt: str) -> None:
    """One merged incident with all its reports."""
    from refwatch import api

    rec = api.incident(_store(settings), incident_id)
    if rec is None:
        raise settings.fail(f"no incident {incident_id}")
    if fmt == "json":
        sys.stdout.write(json.dumps(rec, ensure_ascii=False, indent=2) + "\n")
        return
    for name, get in INCIDENT_COLUMNS:
        click.echo(f"{name:>15}: {_cell(get(rec))}")
    click.echo(f"{'estimate rule':>15}: {rec['count']['rule']}")
    click.echo(f"{'reported by':>15}: {_cell(rec['reported_by'])}")
    click.echo("")
    sys.stdout.write(render(rec["mentions"], MENTION_COLUMNS, "table"))


@click.command()
@click.option("--speaker", help="Part of the speaker's name.")
@click.option("--type", "stype", help="concern, criticize, urge, defend, deny, pledge, decline.")
@click.option("--country", help="Speaker's or target country (ISO code).")
@click.option("--topic", type=click.Choice(["forced_return", "other"]))
@since_option
@until_option
@format_option
@click.pass_obj
def statements(
    settings: Settings,
    speaker: str | None,
    stype: str | None,
    country: str | None,
    topic: str | None,
    since: dt.date | None,
    until: dt.date | None,
    fmt: str,
) -> None:
    """Who said what about whom, with the evidence."""
    from refwatch.resolve.listings import statements as read

    out = read(_store(settings), speaker, stype, country, topic, since, until)
    columns: list[Column] = [
        ("id", lambda r: r["id"]),
        ("date", lambda r: r["date"] or r["published"]),
        ("speaker", lambda r: r["speaker"]),
        ("country", lambda r: r["speaker_country"]),
        ("type", lambda r: r["type"]),
        ("target", lambda r: r["target_country"]),
        ("topic", lambda r: r["topic"]),
        ("document", lambda r: r["document"]),
        ("evidence", lambda r: r["evidence"]["text"]),
    ]
    sys.stdout.write(render(out, columns, fmt))


@click.command()
@click.option("--participant", help="Part of a participant's name.")
@since_option
@until_option
@format_option
@click.pass_obj
def meetings(
    settings: Settings,
    participant: str | None,
    since: dt.date | None,
    until: dt.date | None,
    fmt: str,
) -> None:
    """Diplomatic meetings with their participants, date and place."""
    from refwatch.resolve.listings import meetings as read

    out = read(_store(settings), participant, since, until)
    columns: list[Column] = [
        ("id", lambda r: r["id"]),
        ("date", lambda r: r["date"]),
        ("participants", lambda r: r["participants"]),
        ("place", lambda r: r["place"]),
        ("document", lambda r: r["document"]),
        ("evidence", lambda r: r["evidence"]["text"]),
    ]
    sys.stdout.write(render(out, columns, fmt))


@click.command()
@click.option("--kind", type=click.Choice(["person", "organization", "government"]))
@click.option("--country", help="ISO code of the state the actor acts for.")
@click.option("--name", help="Part of any of the actor's names.")
@format_option
@click.pass_obj
def actors(
    settings: Settings, kind: str | None, country: str | None, name: str | None, fmt: str
) -> None:
    """The actor registry: one entry per person, organisation or government, all spellings."""
    from refwatch.resolve.listings import actors as read

    out = read(_store(settings), kind, country, name)
    columns: list[Column] = [
        ("id", lambda r: r["id"]),
        ("name", lambda r: r["name"]),
        ("kind", lambda r: r["kind"]),
        ("country", lambda r: r["country"]),
        ("role", lambda r: r["role"]),
        ("aliases", lambda r: r["aliases"]),
        ("documents", lambda r: len(r["document_ids"])),
        ("statements", lambda r: len(r["statement_ids"])),
        ("meetings", lambda r: len(r["meeting_ids"])),
    ]
    sys.stdout.write(render(out, columns, fmt))


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "cli"


by_option = click.option("--by", default=_user, help="Who decides (default: the login name).")
note_option = click.option("--note", help="Why, for the record.")


@click.command(name="merge")
@click.argument("incident_ids", nargs=-1, required=True)
@by_option
@note_option
@click.pass_obj
def merge_cmd(settings: Settings, incident_ids: tuple[str, ...], by: str, note: str | None) -> None:
    """Merge incidents by hand; later automatic merges keep them together."""
    from refwatch.resolve import DecisionError, merge_incidents

    try:
        new_id = merge_incidents(_store(settings), list(incident_ids), by, note)
    except DecisionError as err:  # an unknown id or report, or a contradictory decision
        raise settings.fail(str(err)) from err
    click.echo(f"merged {', '.join(incident_ids)} -> {new_id}")


@click.command(name="split")
@click.argument("incident_id")
@click.option(
    "--mention", "mentions", type=int, multiple=True, required=True,
    help="Report (mention id, see `refwatch incident ID`) to split off; repeatable.",
)  # fmt: skip
@by_option
@note_option
@click.pass_obj
def split_cmd(
    settings: Settings, incident_id: str, mentions: tuple[int, ...], by: str, note: str | None
) -> None:
    """Split reports off an incident; later automatic merges keep them apart."""
    from refwatch.resolve import DecisionError, split_incident

    try:
        new_id = split_incident(_store(settings), incident_id, list(mentions), by, note)
    except DecisionError as err:  # an unknown id or report, or a contradictory decision
        raise settings.fail(str(err)) from err
    click.echo(f"split {len(mentions)} report(s) off {incident_id} -> {new_id}")


COMMANDS: list[click.Command] = [
    incidents,
    incident,
    statements,
    meetings,
    actors,
    merge_cmd,
    split_cmd,
]
