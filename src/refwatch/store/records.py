"""What the store hands back: the model's records plus where they live and who vouches for them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

from refwatch.model import Actor, Document, Incident, Meeting, Statement

ReviewStatus = Literal["machine", "accepted", "corrected", "rejected"]
SaveStatus = Literal["stored", "updated", "unchanged"]


@dataclass(frozen=True)
class SaveResult:
    """What `save_extraction` did with one document, in one transaction."""

    document_id: str
    source: str
    status: SaveStatus
    incidents: int = 0  # machine facts written by this save
    meetings: int = 0
    statements: int = 0
    actors: int = 0  # actors mentioned (new or known)
    kept: int = 0  # reviewed facts left as the analyst made them


@dataclass(frozen=True)
class Provenance:
    extractor: str
    review_status: ReviewStatus
    reviewed_by: str | None = None
    reviewed_at: dt.datetime | None = None


@dataclass(frozen=True)
class DocumentInfo:
    """A stored document without its bytes and text, for listings."""

    id: str
    sha256: str
    source: str
    title: str | None
    published: dt.date | None
    lang: str | None
    relevant: bool
    extractor: str
    ingested_at: dt.datetime
    media_type: str
    encoding: str | None


@dataclass(frozen=True)
class StoredDocument:
    info: DocumentInfo
    document: Document  # with raw bytes and clean text


@dataclass(frozen=True)
class FactSource:
    """Which document a stored fact came from (the fields merging and display need)."""

    document_id: str
    source: str
    published: dt.date | None
    lang: str | None
    title: str | None


@dataclass(frozen=True)
class StoredIncidentMention:
    id: int
    ordinal: int
    origin: FactSource
    provenance: Provenance
    incident: Incident


@dataclass(frozen=True)
class StoredMeeting:
    id: int
    ordinal: int
    origin: FactSource
    provenance: Provenance
    meeting: Meeting


@dataclass(frozen=True)
class StoredStatement:
    id: int
    ordinal: int
    origin: FactSource
    provenance: Provenance
    statement: Statement
    actor_id: int | None = None


@dataclass(frozen=True)
class StoredActor:
    id: int
    key: str
    protected: bool
    actor: Actor
    document_ids: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: dt.datetime
    user: str
    action: str
    table_name: str
    record_id: str
    before: dict[str, object] | None
    after: dict[str, object] | None


@dataclass(frozen=True)
class User:
    id: int
    name: str
    role: Literal["viewer", "analyst", "admin"]
    password_hash: str
    created_at: dt.datetime
