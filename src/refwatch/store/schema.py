"""The database tables (SQLAlchemy Core). Migration 0001 mirrors this file exactly.

Facts (incident_mentions, meetings, statements) keep the extractor that produced them and a
review status; rows an analyst touched (review_status != 'machine') are never replaced by
re-extraction. Merged incidents are written by the merge step from incident_mentions.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
    text,
)

# Stable constraint names so migrations can refer to them on every backend.
metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

REVIEW_STATUSES = ("machine", "accepted", "corrected", "rejected")
USER_ROLES = ("viewer", "analyst", "admin")
FACT_TABLES = ("incident_mentions", "meetings", "statements")
# a report that names a border crossing (its JSON list is not empty)
CROSSING_NAMED = "CAST(crossing AS TEXT) != '[]'"


def _doc_fk() -> Column[str]:
    return Column(
        "document_id",
        String(16),
        ForeignKey("documents.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    )


def _evidence() -> list[Column[Any]]:
    return [
        Column("ev_start", Integer, nullable=False),
        Column("ev_end", Integer, nullable=False),
        Column("ev_text", Text, nullable=False),
    ]


def _provenance() -> list[Column[Any]]:
    return [
        Column("extractor", String(64), nullable=False),
        Column("review_status", String(16), nullable=False, server_default="machine"),
        Column("reviewed_by", String(64)),
        Column("reviewed_at", DateTime(timezone=True)),
    ]


documents = Table(
    "documents",
    metadata,
    Column("id", String(16), primary_key=True),
    Column("sha256", String(64), nullable=False, unique=True),
    Column("source", Text, nullable=False),
    Column("media_type", String(64), nullable=False),
    Column("encoding", String(32)),
    Column("raw", LargeBinary, nullable=False),
    Column("text", Text, nullable=False),
    Column("title", Text),
    Column("published", Date, index=True),
    Column("lang", String(8)),
    Column("relevant", Boolean, nullable=False),
    Column("meta", JSON, nullable=False),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
    Column("extractor", String(64), nullable=False),
)

incident_mentions = Table(
    "incident_mentions",
    metadata,
    Column("id", Integer, primary_key=True),
    _doc_fk(),
    Column("ordinal", Integer, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("count_low", Integer),
    Column("count_high", Integer),
    Column("count_approx", Boolean),
    Column("count_words", Text),
    Column("earliest", Date),
    Column("latest", Date),
    Column("when_words", Text),
    Column("facility", Text),
    Column("city", Text),
    Column("province", Text),
    Column("country", String(2)),
    Column("place_id", String(64)),
    Column("lat", Float),
    Column("lon", Float),
    Column("crossing", JSON, nullable=False),
    Column("from_country", String(2)),
    Column("to_country", String(2)),
    Column("reported_by", JSON, nullable=False),
    *_evidence(),
    *_provenance(),
    # The few reports that name a crossing, for the dashboard's crossing pins: a partial
    # index, so the map visits the ~10% of reports that name one, not every wide row. The
    # WHERE text is the one report.queries.crossing_pins uses, so both engines take it.
    Index(
        "ix_incident_mentions_crossing",
        "id",
        text("CAST(crossing AS TEXT)"),  # PostgreSQL has no B-tree over JSON, only text
        sqlite_where=text(CROSSING_NAMED),
        postgresql_where=text(CROSSING_NAMED),
    ),
)

incidents = Table(
    "incidents",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("kind", String(16), nullable=False),
    Column("earliest", Date, index=True),
    Column("latest", Date),
    Column("window_flag", String(32)),
    Column("facility", Text),
    Column("city", Text),
    Column("province", Text),
    Column("country", String(2)),
    Column("place_id", String(64)),
    Column("lat", Float),
    Column("lon", Float),
    Column("from_country", String(2)),
    Column("to_country", String(2)),
    Column("estimate", Integer),
    Column("estimate_rule", String(64)),
    Column("low", Integer),
    Column("high", Integer),
    Column("n_sources", Integer, nullable=False, server_default="0"),
    Column("n_reports", Integer, nullable=False, server_default="0"),
    Column("first_reported", Date),
    Column("last_reported", Date),
    Column("conflict", Boolean, nullable=False, server_default=false()),
    Column("conflict_reason", Text),
    Column("summary", JSON),
    Column("updated_at", DateTime(timezone=True), index=True),  # the dashboard's data version
    # Covering indexes for the dashboard's aggregates (timeline by day, map by place): with
    # 100,000 incidents a scan of these is several times cheaper than of the wide rows.
    Index(
        "ix_incidents_timeline",
        *("earliest", "latest", "kind", "from_country", "to_country", "estimate", "low", "high"),
    ),
    Index(
        "ix_incidents_places",
        *("place_id", "lat", "lon", "facility", "city", "province", "earliest", "latest"),
        *("kind", "from_country", "to_country", "estimate", "low", "high"),
    ),
)

# The timeline's monthly aggregate of `incidents`: one row per month of the window start and
# filter values (kind, countries), rebuilt by the merge step in the transaction that writes
# the incidents (`store.monthly`). Incidents without a start are not in it. `min_end` (the
# earliest window end, ISO) and `max_span` (the longest window, days) let a reader tell
# which months a day-level period covers whole and how far back to look for the rest.
incident_months = Table(
    "incident_months",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("month", String(7), nullable=False, index=True),
    Column("kind", String(16), nullable=False),
    Column("from_country", String(2)),
    Column("to_country", String(2)),
    Column("n", Integer, nullable=False),
    Column("est", Integer, nullable=False),
    Column("low", Integer, nullable=False),
    Column("high", Integer, nullable=False),
    Column("min_end", String(10), nullable=False),
    Column("max_span", Integer, nullable=False),
)

incident_members = Table(
    "incident_members",
    metadata,
    Column(
        "incident_id",
        String(64),
        ForeignKey("incidents.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column(
        "mention_id",
        Integer,
        ForeignKey("incident_mentions.id", ondelete="CASCADE"),
        primary_key=True,
        index=True,
    ),
)

merge_decisions = Table(
    "merge_decisions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("action", String(16), nullable=False),
    Column("mention_ids", JSON, nullable=False),
    Column("incident_ids", JSON, nullable=False),
    Column("by", String(64), nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("note", Text),
)

# Syndication signatures (MinHash of the text), cached by the merge step: computed once.
document_signatures = Table(
    "document_signatures",
    metadata,
    Column(
        "document_id",
        String(16),
        ForeignKey("documents.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("method", String(32), nullable=False),
    Column("signature", JSON),
)

meetings = Table(
    "meetings",
    metadata,
    Column("id", Integer, primary_key=True),
    _doc_fk(),
    Column("ordinal", Integer, nullable=False),
    Column("participants", JSON, nullable=False),
    Column("date", Date),
    Column("date_words", Text),
    Column("place", Text),
    *_evidence(),
    *_provenance(),
)

actors = Table(
    "actors",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("key", String(200), nullable=False, unique=True),
    Column("name", Text, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("country", String(2)),
    Column("org", Text),
    Column("role", Text),
    Column("protected", Boolean, nullable=False, server_default=false()),
)

statements = Table(
    "statements",
    metadata,
    Column("id", Integer, primary_key=True),
    _doc_fk(),
    Column("ordinal", Integer, nullable=False),
    Column("speaker", Text, nullable=False),
    Column("actor_id", Integer, ForeignKey("actors.id", ondelete="SET NULL"), index=True),
    Column("speaker_country", String(2)),
    Column("type", String(16), nullable=False),
    Column("target_country", String(2)),
    Column("topic", String(16), nullable=False),
    Column("date", Date),
    Column("quote", Text),
    *_evidence(),
    *_provenance(),
    # covers the who-said-what matrix (grouped by month, speaker and type)
    Index(
        "ix_statements_matrix",
        *("date", "review_status", "speaker", "speaker_country", "actor_id", "type"),
        "target_country",
    ),
)

actor_aliases = Table(
    "actor_aliases",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("actor_id", Integer, ForeignKey("actors.id", ondelete="CASCADE"), nullable=False),
    Column("alias", String(200), nullable=False, index=True),
    Column("lang", String(8)),
    UniqueConstraint("actor_id", "alias", name="uq_actor_aliases_actor_id_alias"),
)

actor_roles = Table(
    "actor_roles",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "actor_id",
        Integer,
        ForeignKey("actors.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("role", Text),
    Column("org", Text),
    Column("since", Date),
    Column("document_id", String(16), ForeignKey("documents.id", ondelete="SET NULL")),
)

actor_mentions = Table(
    "actor_mentions",
    metadata,
    Column("actor_id", Integer, ForeignKey("actors.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "document_id",
        String(16),
        ForeignKey("documents.id", ondelete="CASCADE"),
        primary_key=True,
        index=True,
    ),
)

audit_log = Table(
    "audit_log",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("user", String(64), nullable=False),
    Column("action", String(32), nullable=False),
    Column("table_name", String(64), nullable=False),
    Column("record_id", String(64), nullable=False),
    Column("before", JSON),
    Column("after", JSON),
    Index("ix_audit_log_table_record", "table_name", "record_id"),
)

users = Table(
    "users",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(64), nullable=False, unique=True),
    Column("role", String(16), nullable=False),
    Column("password_hash", Text, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)
