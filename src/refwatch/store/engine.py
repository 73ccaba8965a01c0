"""Database URLs, engines and migrations.

SQLite is tuned for one writer and many readers (WAL, foreign keys, a busy timeout);
PostgreSQL goes through psycopg 3. Migrations ship inside the package and run on open.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL, Connection, make_url
from sqlalchemy.exc import DBAPIError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).parent / "migrations"
# Execution option asking for BEGIN IMMEDIATE on SQLite: a writer takes the write lock up
# front, so a read-then-write transaction never fails half-way on a lock upgrade.
IMMEDIATE = "refwatch_immediate"
# The newest migration; a test checks it against the scripts. Knowing it lets an open of a
# current database skip importing alembic (0.6 s on every command).
HEAD_REVISION = "0001"


def normalize_url(url: str) -> URL:
    """A database URL or SQLite path as SQLAlchemy understands it (psycopg 3 for PostgreSQL)."""
    if "://" not in url:
        url = f"sqlite:///{url}"
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA busy_timeout = 30000")
    cur.execute("PRAGMA journal_mode = WAL")
    # In WAL mode NORMAL loses nothing on a process crash, only on power loss.
    cur.execute("PRAGMA synchronous = NORMAL")
    cur.close()


def _sqlite_begin(conn: Connection) -> None:
    immediate = conn.get_execution_options().get(IMMEDIATE, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def make_engine(url: str) -> Engine:
    parsed = normalize_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(parsed)
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(parsed, pool_pre_ping=True)


def _alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str | None:
    """The newest migration as the scripts say (imports alembic)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        try:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except DBAPIError:  # a new, empty database
            return None


def migrate(engine: Engine) -> None:
    """Bring the database to the newest schema; a no-op when it is already there."""
    if current_revision(engine) == HEAD_REVISION:
        return
    from alembic import command

    cfg = _alembic_config()
    with engine.connect().execution_options(**{IMMEDIATE: True}) as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        conn.commit()


def _not_search(name: str | None, type_: str, *_: Any) -> bool:
    # The full-text objects live outside the metadata (FTS5 tables, a PostgreSQL GIN index).
    return not (name or "").startswith(("documents_fts", "ix_documents_fts"))


def schema_diff(engine: Engine) -> list[Any]:
    """Differences between the migrated database and `schema.metadata` (empty when in step)."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from refwatch.store.schema import metadata

    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"include_name": _not_search})
        return list(compare_metadata(ctx, metadata))
