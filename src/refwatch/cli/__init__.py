"""The `refwatch` command line: a thin layer over the Python API.

Each area keeps its commands in its own module here; this one holds the group and the
options every command shares.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import click

from refwatch import __version__

DEFAULT_DB = "refwatch.db"


@dataclass
class Settings:
    """What the top-level options decided, handed to every command via click's context."""

    db: str


def db_url(target: str) -> str:
    """A --db value as an SQLAlchemy URL: a plain path means an SQLite file."""
    if "://" in target:
        return target
    return f"sqlite:///{target}"


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--db",
    "db",
    default=lambda: os.environ.get("REFWATCH_DB", DEFAULT_DB),
    show_default="REFWATCH_DB or ./refwatch.db",
    help="SQLite file path or database URL (postgresql://user@host/db).",
)
@click.version_option(__version__, prog_name="refwatch")
@click.pass_context
def main(ctx: click.Context, db: str) -> None:
    """refwatch: an evidence-linked record of forced returns, from news reports."""
    ctx.obj = Settings(db=db_url(db))


def _register() -> None:
    from refwatch.cli import documents, records, web

    for module in (documents, records, web):
        for command in module.COMMANDS:
            main.add_command(command)


_register()
