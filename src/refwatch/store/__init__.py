"""The database: documents, facts, actors, reviews, users.

    store = open_store("sqlite:///refwatch.db")     # or postgresql://user@host/db
    result = store.save_extraction(extraction)      # one document, one transaction
    store.incident_mentions(); store.search("Baishan")

SQLite by default, PostgreSQL by URL; the schema migrates itself on open. Other areas may
also read the tables (`refwatch.store.schema`) through `store.engine` directly.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Engine, func, select
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from refwatch.model import Document, Extraction
from refwatch.store import audit, queries, schema, users
from refwatch.store.audit import ReviewError
from refwatch.store.engine import IMMEDIATE, make_engine, migrate, normalize_url
from refwatch.store.records import (
    AuditEntry,
    DocumentInfo,
    ReviewStatus,
    SaveResult,
    StoredActor,
    StoredDocument,
    StoredIncidentMention,
    StoredMeeting,
    StoredStatement,
    User,
)
from refwatch.store.save import save_extraction
from refwatch.store.search import SearchHit, search

__all__ = [
    "AuditEntry",
    "DocumentInfo",
    "ReviewError",
    "SaveResult",
    "SearchHit",
    "Store",
    "StoreError",
    "StoredActor",
    "StoredDocument",
    "StoredIncidentMention",
    "StoredMeeting",
    "StoredStatement",
    "User",
    "open_store",
    "schema",
]


class Store:
    """One database. Methods are short transactions; `write()`/`read()` give a raw one."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """A write transaction: commits on success, rolls back on any error."""
        with self.engine.connect().execution_options(**{IMMEDIATE: True}) as conn, conn.begin():
            yield conn

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn, conn.begin():
            yield conn

    def close(self) -> None:
        self.engine.dispose()

    # -- documents
    def save_extraction(self, extraction: Extraction, attempts: int = 3) -> SaveResult:
        """Store one document and its facts in one transaction.

        A concurrent writer storing the same document or actor makes this one fail on a unique
        key; saving is idempotent, so it is simply tried again and then sees their row."""
        for attempt in range(attempts):
            try:
                with self.write() as conn:
                    return save_extraction(conn, extraction)
            except IntegrityError:
                if attempt == attempts - 1:
                    raise
        raise AssertionError("unreachable")

    def has_document(self, sha256: str) -> bool:
        with self.read() as conn:
            q = select(schema.documents.c.id).where(schema.documents.c.sha256 == sha256)
            return conn.execute(q).first() is not None

    def get_document(self, document_id: str) -> StoredDocument | None:
        d = schema.documents
        with self.read() as conn:
            r = conn.execute(select(d).where(d.c.id == document_id)).mappings().first()
        if r is None:
            return None
        doc = Document(
            id=r["id"],
            sha256=r["sha256"],
            source=r["source"],
            raw=r["raw"],
            text=r["text"],
            title=r["title"],
            published=r["published"],
            lang=r["lang"],
            encoding=r["encoding"],
            media_type=r["media_type"],
            meta=dict(r["meta"] or {}),
        )
        return StoredDocument(info=queries.info_of(r), document=doc)

    def documents(
        self, relevant: bool | None = None, limit: int | None = None, offset: int = 0
    ) -> list[DocumentInfo]:
        with self.read() as conn:
            return queries.documents(conn, relevant, limit, offset)

    def counts(self) -> dict[str, int]:
        """Rows per main table, rejected facts left out."""
        out: dict[str, int] = {}
        with self.read() as conn:
            for name in (
                "documents",
                "incident_mentions",
                "incidents",
                "meetings",
                "statements",
                "actors",
            ):
                table = schema.metadata.tables[name]
                q = select(func.count()).select_from(table)
                if "review_status" in table.c:
                    q = q.where(table.c.review_status != "rejected")
                out[name] = int(conn.execute(q).scalar_one())
        return out

    # -- facts
    def incident_mentions(
        self,
        document_id: str | None = None,
        ids: Sequence[int] | None = None,
        include_rejected: bool = False,
    ) -> list[StoredIncidentMention]:
        with self.read() as conn:
            return queries.incident_mentions(conn, document_id, ids, include_rejected)

    def meetings(
        self,
        document_id: str | None = None,
        ids: Sequence[int] | None = None,
        include_rejected: bool = False,
    ) -> list[StoredMeeting]:
        with self.read() as conn:
            return queries.meetings(conn, document_id, ids, include_rejected)

    def statements(
        self,
        document_id: str | None = None,
        ids: Sequence[int] | None = None,
        include_rejected: bool = False,
    ) -> list[StoredStatement]:
        with self.read() as conn:
            return queries.statements(conn, document_id, ids, include_rejected)

    def actors(self, ids: Sequence[int] | None = None) -> list[StoredActor]:
        with self.read() as conn:
            return queries.actors(conn, ids)

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        with self.read() as conn:
            return search(conn, query, limit)

    # -- reviews and audit
    def review(
        self,
        table_name: str,
        record_id: int,
        user: str,
        status: ReviewStatus,
        changes: Mapping[str, Any] | None = None,
    ) -> None:
        with self.write() as conn:
            audit.review(conn, table_name, record_id, user, status, changes)

    def audit(
        self, table_name: str | None = None, record_id: str | int | None = None, limit: int = 100
    ) -> list[AuditEntry]:
        with self.read() as conn:
            return audit.entries(conn, table_name, record_id, limit)

    # -- users
    def add_user(self, name: str, role: str, password_hash: str, by: str = "system") -> User:
        with self.write() as conn:
            return users.add_user(conn, name, role, password_hash, by)

    def get_user(self, name: str) -> User | None:
        with self.read() as conn:
            return users.get_user(conn, name)

    def users(self) -> list[User]:
        with self.read() as conn:
            return users.list_users(conn)

    def set_user(
        self,
        name: str,
        by: str = "system",
        role: str | None = None,
        password_hash: str | None = None,
    ) -> None:
        with self.write() as conn:
            users.set_user(conn, name, by, role, password_hash)

    def remove_user(self, name: str, by: str = "system") -> None:
        with self.write() as conn:
            users.remove_user(conn, name, by)


class StoreError(RuntimeError):
    """The database cannot be opened: bad URL, server down, no permission, foreign schema.

    `target` is the database as shown to people (no password), `reason` the cause in one line.
    """

    def __init__(self, target: str, reason: str) -> None:
        super().__init__(f"{target}: cannot open database: {reason}")
        self.target = target
        self.reason = reason


def open_store(url: str) -> Store:
    """Open (creating and migrating as needed) the database at an URL or SQLite path."""
    try:
        parsed = normalize_url(url)
        engine = make_engine(parsed.render_as_string(hide_password=False))
        migrate(engine)
    except (SQLAlchemyError, OSError, ValueError) as err:
        shown = parsed.render_as_string(hide_password=True) if "parsed" in locals() else url
        reason = str(err).splitlines()[0] if str(err) else type(err).__name__
        raise StoreError(shown, reason) from err
    return Store(engine)
