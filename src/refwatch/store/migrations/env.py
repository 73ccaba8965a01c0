"""Alembic environment: always run by refwatch.store.engine with a live connection."""

from __future__ import annotations

from alembic import context
from sqlalchemy import text

from refwatch.store.schema import metadata

connection = context.config.attributes["connection"]
if connection.dialect.name == "postgresql":
    # Two processes opening a fresh database at once must not both create the tables.
    connection.execute(text("SELECT pg_advisory_xact_lock(7262616)"))
context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
