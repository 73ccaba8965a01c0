"""Typed records that flow between refwatch's stages.

source -> Document -> (annotated text) -> Extraction -> store -> merged view -> web/report.
Every stage takes and returns these records, so each can be tested alone. Records are
plain dataclasses; `refwatch.serialize` turns them into the JSON shape of
`../shared/corpus/SCHEMA.md`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

IncidentKind = Literal["forced_return", "detention", "arrest"]
StatementType = Literal["concern", "criticize", "urge", "defend", "deny", "pledge", "decline"]
Topic = Literal["forced_return", "other"]
ActorKind = Literal["person", "organization", "government"]

INCIDENT_KINDS: tuple[IncidentKind, ...] = ("forced_return", "detention", "arrest")
STATEMENT_TYPES: tuple[StatementType, ...] = (
    "concern",
    "criticize",
    "urge",
    "defend",
    "deny",
    "pledge",
    "decline",
)


@dataclass(frozen=True)
class Evidence:
    """A character span of `Document.text` and the words in it (`text == doc.text[start:end]`)."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Count:
    """How many people, as a range with the text's own hedging.

    `low`/`high` are None where the text leaves that side open ("more than 500" -> 500..None).
    """

    low: int | None
    high: int | None
    approx: bool
    words: str = ""


@dataclass(frozen=True)
class Window:
    """The time window a text allows for an event, resolved against a reference date.

    Both ends None means the text gives no usable date ("recently") or nothing to resolve
    a relative expression against. `words` keeps what the text said.
    """

    earliest: dt.date | None = None
    latest: dt.date | None = None
    words: str = ""

    @property
    def known(self) -> bool:
        return self.earliest is not None or self.latest is not None


@dataclass(frozen=True)
class Place:
    """Where people were held or sent from, at the levels the text names.

    Names are as written in the document; `place_id` points into the gazetteer
    (`refwatch/domain/places.yaml`), which also holds the coordinates.
    """

    facility: str | None = None
    city: str | None = None
    province: str | None = None
    country: str | None = None
    place_id: str | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass
class Document:
    """One source document: the original bytes and what was read off them."""

    id: str  # stable for the same content: derived from sha256 of the raw bytes
    sha256: str
    source: str  # path or URL as the user gave it (feed items: the item link)
    raw: bytes
    text: str  # clean body text; all evidence offsets point into this string
    title: str | None = None
    published: dt.date | None = None
    lang: str | None = None  # "en" | "ko" | other ISO 639-1 | None
    encoding: str | None = None
    media_type: str = "text/plain"
    meta: dict[str, str] = field(default_factory=dict)

    @property
    def reference_date(self) -> dt.date | None:
        """Date that relative expressions ("last month") resolve against."""
        return self.published


@dataclass
class Incident:
    """One real-world event of people forcibly returned, detained for return, or arrested."""

    kind: IncidentKind
    evidence: Evidence
    count: Count | None = None
    when: Window = field(default_factory=Window)
    where: Place = field(default_factory=Place)
    crossing: list[str] = field(default_factory=list)
    from_country: str | None = None
    to_country: str | None = None
    reported_by: list[str] = field(default_factory=list)


@dataclass
class Meeting:
    participants: list[str]
    evidence: Evidence
    date: dt.date | None = None
    place: str | None = None
    date_words: str = ""


@dataclass
class Statement:
    speaker: str
    type: StatementType
    evidence: Evidence
    speaker_country: str | None = None
    target_country: str | None = None
    topic: Topic = "other"
    date: dt.date | None = None
    quote: str | None = None


@dataclass
class Actor:
    name: str
    kind: ActorKind
    aliases: list[str] = field(default_factory=list)
    country: str | None = None
    org: str | None = None
    role: str | None = None
    actor_id: str | None = None  # known-actor registry id, when the name is in it


@dataclass
class Extraction:
    """Everything one extractor found in one document."""

    document: Document
    extractor: str  # name@version, recorded with every stored fact
    relevant: bool = False
    incidents: list[Incident] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)


class DocumentError(Exception):
    """A source that cannot become a Document; the message names the source and the reason."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason
