"""Initial schema: every table of refwatch.store.schema, plus full-text search.

Revision ID: 0001
Revises:
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None

TABLES = (
    "actors",
    "audit_log",
    "documents",
    "incidents",
    "incident_months",
    "merge_decisions",
    "users",
    "actor_aliases",
    "actor_mentions",
    "actor_roles",
    "incident_mentions",
    "meetings",
    "statements",
    "incident_members",
    "document_signatures",
)


def upgrade() -> None:
    op.create_table(
        "actors",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=True),
        sa.Column("org", sa.Text(), nullable=True),
        sa.Column("role", sa.Text(), nullable=True),
        sa.Column("protected", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_actors")),
        sa.UniqueConstraint("key", name=op.f("uq_actors_key")),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("user", sa.String(length=64), nullable=False),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("record_id", sa.String(length=64), nullable=False),
        sa.Column("before", sa.JSON(), nullable=True),
        sa.Column("after", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    op.create_index(
        "ix_audit_log_table_record", "audit_log", ["table_name", "record_id"], unique=False
    )
    op.create_table(
        "documents",
        sa.Column("id", sa.String(length=16), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("media_type", sa.String(length=64), nullable=False),
        sa.Column("encoding", sa.String(length=32), nullable=True),
        sa.Column("raw", sa.LargeBinary(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("lang", sa.String(length=8), nullable=True),
        sa.Column("relevant", sa.Boolean(), nullable=False),
        sa.Column("meta", sa.JSON(), nullable=False),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("extractor", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_documents")),
        sa.UniqueConstraint("sha256", name=op.f("uq_documents_sha256")),
    )
    op.create_index(op.f("ix_documents_published"), "documents", ["published"], unique=False)
    op.create_table(
        "incidents",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("earliest", sa.Date(), nullable=True),
        sa.Column("latest", sa.Date(), nullable=True),
        sa.Column("window_flag", sa.String(length=32), nullable=True),
        sa.Column("facility", sa.Text(), nullable=True),
        sa.Column("city", sa.Text(), nullable=True),
        sa.Column("province", sa.Text(), nullable=True),
        sa.Column("country", sa.String(length=2), nullable=True),
        sa.Column("place_id", sa.String(length=64), nullable=True),
        sa.Column("lat", sa.Float(), nullable=True),
        sa.Column("lon", sa.Float(), nullable=True),
        sa.Column("from_country", sa.String(length=2), nullable=True),
        sa.Column("to_country", sa.String(length=2), nullable=True),
        sa.Column("estimate", sa.Integer(), nullable=True),
        sa.Column("estimate_rule", sa.String(length=64), nullable=True),
        sa.Column("low", sa.Integer(), nullable=True),
        sa.Column("high", sa.Integer(), nullable=True),
        sa.Column("n_sources", sa.Integer(), server_default="0", nullable=False),
        sa.Column("n_reports", sa.Integer(), server_default="0", nullable=False),
        sa.Column("first_reported", sa.Date(), nullable=True),
        sa.Column("last_reported", sa.Date(), nullable=True),
        sa.Column("conflict", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("conflict_reason", sa.Text(), nullable=True),
        sa.Column("summary", sa.JSON(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incidents")),
    )
    # the incident list and the dashboard's filters order and range by date
    op.create_index(op.f("ix_incidents_earliest"), "incidents", ["earliest"], unique=False)
    op.create_index(op.f("ix_incidents_updated_at"), "incidents", ["updated_at"], unique=False)
    # covering indexes for the dashboard's timeline and map (see schema.py)
    op.create_index(
        "ix_incidents_timeline",
        "incidents",
        ["earliest", "latest", "kind", "from_country", "to_country", "estimate", "low", "high"],
        unique=False,
    )
    op.create_index(
        "ix_incidents_places",
        "incidents",
        [
            *("place_id", "lat", "lon", "facility", "city", "province", "earliest", "latest"),
            *("kind", "from_country", "to_country", "estimate", "low", "high"),
        ],
        unique=False,
    )
    # the timeline's monthly aggregate, rebuilt by the merge step (see schema.py)
    op.create_table(
        "incident_months",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("from_country", sa.String(length=2), nullable=True),
        sa.Column("to_country", sa.String(length=2), nullable=True),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.Column("est", sa.Integer(), nullable=False),
        sa.Column("low", sa.Integer(), nullable=False),
        sa.Column("high", sa.Integer(), nullable=False),
        sa.Column("min_end", sa.String(length=10), nullable=False),
        sa.Column("max_span", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incident_months")),
    )
    op.create_index(op.f("ix_incident_months_month"), "incident_months", ["month"], unique=False)
    op.create_table(
        "merge_decisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("mention_ids", sa.JSON(), nullable=False),
        sa.Column("incident_ids", sa.JSON(), nullable=False),
        sa.Column("by", sa.String(length=64), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_merge_decisions")),
    )
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("password_hash", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("name", name=op.f("uq_users_name")),
    )
    op.create_table(
        "actor_aliases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=False),
        sa.Column("alias", sa.String(length=200), nullable=False),
        sa.Column("lang", sa.String(length=8), nullable=True),
        sa.ForeignKeyConstraint(
            ["actor_id"],
            ["actors.id"],
            name=op.f("fk_actor_aliases_actor_id_actors"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_actor_aliases")),
        sa.UniqueConstraint("actor_id", "alias", name="uq_actor_aliases_actor_id_alias"),
    )
    op.create_index(op.f("ix_actor_aliases_alias"), "actor_aliases", ["alias"], unique=False)
    op.create_table(
        "actor_mentions",
        sa.Column("actor_id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(
            ["actor_id"],
            ["actors.id"],
            name=op.f("fk_actor_mentions_actor_id_actors"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_actor_mentions_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("actor_id", "document_id", name=op.f("pk_actor_mentions")),
    )
    op.create_index(
        op.f("ix_actor_mentions_document_id"), "actor_mentions", ["document_id"], unique=False
    )
    op.create_table(
        "actor_roles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.Text(), nullable=True),
        sa.Column("org", sa.Text(), nullable=True),
        sa.Column("since", sa.Date(), nullable=True),
        sa.Column("document_id", sa.String(length=16), nullable=True),
        sa.ForeignKeyConstraint(
            ["actor_id"],
            ["actors.id"],
            name=op.f("fk_actor_roles_actor_id_actors"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_actor_roles_document_id_documents"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_actor_roles")),
    )
    op.create_index(op.f("ix_actor_roles_actor_id"), "actor_roles", ["actor_id"], unique=False)
    op.create_table(
        "incident_mentions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.String(length=16), nullable=False),
        sa.Column("ordinal", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("count_low", sa.Integer(), nullable=True),
        sa.Column("count_high", sa.Integer(), nullable=True),
        sa.Column("count_approx", sa.Boolean(), nullable=True),
        sa.Column("count_words", sa.Text(), nullable=True),
        sa.Column("earliest", sa.Date(), nullable=True),
        sa.Column("latest", sa.Date(), nullable=True),
        sa.Column("when_words", sa.Text(), nullable=True),
        sa.Column("facility", sa.Text(), nullable=True),
        sa.Column("city", sa.Text(), nullable=True),
        sa.Column("province", sa.Text(), nullable=True),
        sa.Column("country", sa.String(length=2), nullable=True),
        sa.Column("place_id", sa.String(length=64), nullable=True),
        sa.Column("lat", sa.Float(), nullable=True),
        sa.Column("lon", sa.Float(), nullable=True),
        sa.Column("crossing", sa.JSON(), nullable=False),
        sa.Column("from_country", sa.String(length=2), nullable=True),
        sa.Column("to_country", sa.String(length=2), nullable=True),
        sa.Column("reported_by", sa.JSON(), nullable=False),
        sa.Column("ev_start", sa.Integer(), nullable=False),
        sa.Column("ev_end", sa.Integer(), nullable=False),
        sa.Column("ev_text", sa.Text(), nullable=False),
        sa.Column("extractor", sa.String(length=64), nullable=False),
        sa.Column("review_status", sa.String(length=16), server_default="machine", nullable=False),
        sa.Column("reviewed_by", sa.String(length=64), nullable=True),
        sa.Column("reviewed_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_incident_mentions_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incident_mentions")),
    )
    op.create_index(
        op.f("ix_incident_mentions_document_id"), "incident_mentions", ["document_id"], unique=False
    )
    # the reports that name a crossing (the dashboard's crossing pins; see schema.py)
    op.create_index(
        "ix_incident_mentions_crossing",
        "incident_mentions",
        ["id", sa.text("CAST(crossing AS TEXT)")],
        unique=False,
        sqlite_where=sa.text("CAST(crossing AS TEXT) != '[]'"),
        postgresql_where=sa.text("CAST(crossing AS TEXT) != '[]'"),
    )
    op.create_table(
        "meetings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.String(length=16), nullable=False),
        sa.Column("ordinal", sa.Integer(), nullable=False),
        sa.Column("participants", sa.JSON(), nullable=False),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("date_words", sa.Text(), nullable=True),
        sa.Column("place", sa.Text(), nullable=True),
        sa.Column("ev_start", sa.Integer(), nullable=False),
        sa.Column("ev_end", sa.Integer(), nullable=False),
        sa.Column("ev_text", sa.Text(), nullable=False),
        sa.Column("extractor", sa.String(length=64), nullable=False),
        sa.Column("review_status", sa.String(length=16), server_default="machine", nullable=False),
        sa.Column("reviewed_by", sa.String(length=64), nullable=True),
        sa.Column("reviewed_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_meetings_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meetings")),
    )
    op.create_index(op.f("ix_meetings_document_id"), "meetings", ["document_id"], unique=False)
    op.create_table(
        "statements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.String(length=16), nullable=False),
        sa.Column("ordinal", sa.Integer(), nullable=False),
        sa.Column("speaker", sa.Text(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("speaker_country", sa.String(length=2), nullable=True),
        sa.Column("type", sa.String(length=16), nullable=False),
        sa.Column("target_country", sa.String(length=2), nullable=True),
        sa.Column("topic", sa.String(length=16), nullable=False),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("quote", sa.Text(), nullable=True),
        sa.Column("ev_start", sa.Integer(), nullable=False),
        sa.Column("ev_end", sa.Integer(), nullable=False),
        sa.Column("ev_text", sa.Text(), nullable=False),
        sa.Column("extractor", sa.String(length=64), nullable=False),
        sa.Column("review_status", sa.String(length=16), server_default="machine", nullable=False),
        sa.Column("reviewed_by", sa.String(length=64), nullable=True),
        sa.Column("reviewed_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["actor_id"],
            ["actors.id"],
            name=op.f("fk_statements_actor_id_actors"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_statements_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_statements")),
    )
    op.create_index(op.f("ix_statements_actor_id"), "statements", ["actor_id"], unique=False)
    op.create_index(op.f("ix_statements_document_id"), "statements", ["document_id"], unique=False)
    op.create_index(
        "ix_statements_matrix",
        "statements",
        [
            *("date", "review_status", "speaker", "speaker_country", "actor_id", "type"),
            "target_country",
        ],
        unique=False,
    )
    op.create_table(
        "incident_members",
        sa.Column("incident_id", sa.String(length=64), nullable=False),
        sa.Column("mention_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incidents.id"],
            name=op.f("fk_incident_members_incident_id_incidents"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["mention_id"],
            ["incident_mentions.id"],
            name=op.f("fk_incident_members_mention_id_incident_mentions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("incident_id", "mention_id", name=op.f("pk_incident_members")),
    )
    op.create_index(
        op.f("ix_incident_members_mention_id"), "incident_members", ["mention_id"], unique=False
    )
    op.create_table(
        "document_signatures",
        sa.Column("document_id", sa.String(length=16), nullable=False),
        sa.Column("method", sa.String(length=32), nullable=False),
        sa.Column("signature", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_document_signatures_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("document_id", name=op.f("pk_document_signatures")),
    )
    _create_search()


def _create_search() -> None:
    """Full-text search over documents(title, text); not part of the metadata comparison."""
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        # A standalone FTS5 table holding each document's id; the store keeps it in step.
        op.execute(
            "CREATE VIRTUAL TABLE documents_fts USING fts5("
            "document_id UNINDEXED, title, text, tokenize = 'unicode61 remove_diacritics 2')"
        )
        # A virtual table takes no foreign key: a trigger drops a deleted document's entry.
        op.execute(
            "CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN "
            "DELETE FROM documents_fts WHERE document_id = old.id; END"
        )
    elif dialect == "postgresql":
        # A stored vector per document: the GIN index is used and ranking needs no re-parse.
        op.execute(
            "CREATE TABLE documents_fts (document_id VARCHAR(16) PRIMARY KEY "
            "REFERENCES documents (id) ON DELETE CASCADE, vector TSVECTOR NOT NULL)"
        )
        op.execute("CREATE INDEX ix_documents_fts ON documents_fts USING gin (vector)")


def downgrade() -> None:
    op.execute("DROP TABLE IF EXISTS documents_fts")
    for name in reversed(TABLES):
        op.drop_table(name)
