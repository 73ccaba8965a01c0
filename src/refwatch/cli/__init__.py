"""The `refwatch` command line: a thin layer over the Python API.

Each area keeps its commands in its own module here; this one holds the group and the
options every command shares.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING, Any

import click

from refwatch import __version__

if TYPE_CHECKING:
    from refwatch.store import Store

DEFAULT_DB = "refwatch.db"


class Failure(click.ClickException):
    """A one-line `error: ...` on stderr and exit status 1, never a traceback."""

    def show(self, file: IO[Any] | None = None) -> None:
        click.echo(f"error: {self.format_message()}", err=True, file=file)


@dataclass
class Settings:
    """What the top-level options decided, handed to every command via click's context."""

    db: str

    @property
    def shown(self) -> str:
        """The database as the user named it (a path for SQLite), never with a password."""
        return shown_db(self.db)

    def fail(self, reason: str) -> Failure:
        """An error about this database: `error: <db>: <reason>`."""
        return Failure(f"{self.shown}: {reason}")


def shown_db(url: str) -> str:
    if url.startswith("sqlite:///"):
        return url.removeprefix("sqlite:///")
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # an unparsable URL has no password field to hide; show its scheme
        return url.split("://", 1)[0] + "://…"


def open_db(url: str) -> Store:
    """The database, or a one-line `error: <db>: <reason>` (exit 1) when it cannot be opened."""
    from refwatch.store import StoreError, open_store

    try:
        return open_store(url)
    except StoreError as err:
        raise Failure(f"{shown_db(url)}: cannot open database: {err.reason}") from err


class Commands(click.Group):
    """The top-level group: a database error in any command is one line, not a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except Exception as err:
            from sqlalchemy.exc import SQLAlchemyError

            if not isinstance(err, SQLAlchemyError):
                raise
            reason = str(err).splitlines()[0] if str(err) else type(err).__name__
            settings = ctx.obj
            where = settings.shown if isinstance(settings, Settings) else "database"
            raise Failure(f"{where}: {reason}") from err


def db_url(target: str) -> str:
    """A --db value as an SQLAlchemy URL: a plain path means an SQLite file."""
    if "://" in target:
        return target
    return f"sqlite:///{target}"


@click.group(cls=Commands, context_settings={"help_option_names": ["-h", "--help"]})
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
