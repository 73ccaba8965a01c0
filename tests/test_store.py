"""The store: migrations match the tables, saving is one idempotent transaction per document,
analysts' reviews survive re-extraction, search finds words in either language."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from dataclasses import replace

import pytest
from sqlalchemy import select, update

from refwatch.model import (
    Actor,
    Count,
    Document,
    Evidence,
    Extraction,
    Incident,
    Meeting,
    Statement,
    Window,
)
from refwatch.store import ReviewError, Store, open_store, schema
from refwatch.store.engine import (
    HEAD_REVISION,
    current_revision,
    head_revision,
    normalize_url,
    schema_diff,
)
from refwatch.store.save import supersedes

TEXT = (
    "Chinese border police sent roughly 80 North Korean escapees back across the river near "
    "Hyesan in early March, the Seoul-based group Free Passage said on Tuesday. "
    "The group's director, Min-ji Kang, called the returns a grave breach of the refugee "
    "convention. Foreign ministers of South Korea and Japan met in Busan on March 20 to "
    "discuss the matter."
)


def span(text: str, words: str) -> Evidence:
    start = text.index(words)
    return Evidence(start, start + len(words), words)


def document(text: str = TEXT, source: str = "report.txt", lang: str = "en") -> Document:
    raw = text.encode()
    sha = hashlib.sha256(raw).hexdigest()
    return Document(
        id=sha[:16],
        sha256=sha,
        source=source,
        raw=raw,
        text=text,
        title="Escapees sent back",
        published=dt.date(2025, 3, 25),
        lang=lang,
    )


def extraction(version: str = "en-rules@1.0.0", doc: Document | None = None) -> Extraction:
    doc = doc or document()
    first = doc.text.split(". ")[0]
    return Extraction(
        document=doc,
        extractor=version,
        relevant=True,
        incidents=[
            Incident(
                kind="forced_return",
                evidence=span(doc.text, first),
                count=Count(80, 80, True, "roughly 80"),
                when=Window(dt.date(2025, 3, 1), dt.date(2025, 3, 10), "in early March"),
                crossing=["Hyesan"],
                from_country="CN",
                to_country="KP",
                reported_by=["Free Passage"],
            )
        ],
        meetings=[
            Meeting(
                participants=["South Korea", "Japan"],
                evidence=span(doc.text, "Foreign ministers of South Korea and Japan met"),
                date=dt.date(2025, 3, 20),
                place="Busan",
            )
        ],
        statements=[
            Statement(
                speaker="Min-ji Kang",
                type="criticize",
                evidence=span(doc.text, "called the returns a grave breach"),
                target_country="CN",
                topic="forced_return",
            )
        ],
        actors=[
            Actor("Min-ji Kang", "person", aliases=["Kang Min-ji"], org="Free Passage"),
            Actor("Free Passage", "organization"),
        ],
    )


def test_migration_matches_metadata(store: Store) -> None:
    assert schema_diff(store.engine) == []


def test_sqlite_runs_in_wal_with_foreign_keys(store: Store) -> None:
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_save_is_idempotent_by_content(store: Store) -> None:
    first = store.save_extraction(extraction())
    assert (first.status, first.incidents, first.meetings, first.statements) == (
        "stored",
        1,
        1,
        1,
    )
    again = store.save_extraction(extraction())
    assert again.status == "unchanged"
    older = store.save_extraction(extraction("en-rules@0.9.0"))
    assert older.status == "unchanged"
    assert store.counts()["incident_mentions"] == 1
    assert len(store.documents()) == 1


def test_stored_facts_read_back_as_records(store: Store) -> None:
    x = extraction()
    store.save_extraction(x)
    [m] = store.incident_mentions()
    assert m.incident == x.incidents[0]
    assert m.origin.source == "report.txt"
    assert m.provenance.review_status == "machine"
    [meeting] = store.meetings()
    assert meeting.meeting.participants == ["South Korea", "Japan"]
    [st] = store.statements()
    assert st.statement == x.statements[0]
    actors = {a.actor.name: a for a in store.actors()}
    assert st.actor_id == actors["Min-ji Kang"].id
    assert actors["Min-ji Kang"].actor.aliases == ["Kang Min-ji"]
    got = store.get_document(x.document.id)
    assert got is not None and got.document.raw == x.document.raw
    assert got.info.relevant


def test_actor_spellings_meet_in_one_row(store: Store) -> None:
    store.save_extraction(extraction())
    other = document(TEXT.replace("roughly 80", "about 80"), source="other.html")
    x = extraction(doc=other)
    x.actors = [Actor("Kang Min-ji", "person", role="director")]
    x.statements[0].speaker = "Kang Min-ji"
    store.save_extraction(x)
    kangs = [a for a in store.actors() if a.actor.kind == "person"]
    assert len(kangs) == 1
    assert kangs[0].actor.role == "director"
    assert len(kangs[0].document_ids) == 2


def test_reviewed_facts_survive_newer_extractor(store: Store) -> None:
    store.save_extraction(extraction())
    [m] = store.incident_mentions()
    [st] = store.statements()
    store.review("incident_mentions", m.id, "analyst1", "corrected", {"count_low": 70})
    store.review("statements", st.id, "analyst1", "rejected")
    with store.read() as conn:
        before = conn.execute(select(schema.incident_mentions)).mappings().one()

    newer = store.save_extraction(extraction("en-rules@1.1.0"))
    assert newer.status == "updated"
    assert newer.kept == 2
    # The rejected statement does not come back as a fresh machine fact at the same span.
    assert newer.statements == 0 and newer.incidents == 0 and newer.meetings == 1
    with store.read() as conn:
        after = conn.execute(select(schema.incident_mentions)).mappings().one()
    assert after == before
    assert store.statements() == []
    assert len(store.statements(include_rejected=True)) == 1
    [meeting] = store.meetings()
    assert meeting.provenance.extractor == "en-rules@1.1.0"
    actions = [e.action for e in store.audit()]
    assert actions == ["review:rejected", "review:corrected"]


def test_review_refuses_what_it_cannot_do(store: Store) -> None:
    store.save_extraction(extraction())
    [m] = store.incident_mentions()
    with pytest.raises(ReviewError):
        store.review("incident_mentions", m.id, "a", "corrected", {"document_id": "x"})
    with pytest.raises(ReviewError):
        store.review("documents", 1, "a", "accepted")
    with pytest.raises(ReviewError):
        store.review("incident_mentions", 999, "a", "accepted")


def test_failed_save_leaves_nothing_behind(store: Store) -> None:
    x = extraction()
    x.incidents[0].kind = None  # type: ignore[assignment]  # NOT NULL breaks mid-transaction
    with pytest.raises(Exception):  # noqa: B017 - any database error
        store.save_extraction(x)
    assert store.counts()["documents"] == 0
    assert store.counts()["actors"] == 0


def test_search_in_english_and_korean(store: Store) -> None:
    store.save_extraction(extraction())
    ko = "중국 공안이 탈북민 30여 명을 북한으로 강제송환했다고 인권단체가 밝혔다."
    store.save_extraction(
        Extraction(document=document(ko, source="ko.txt", lang="ko"), extractor="ko-rules@1.0.0")
    )
    assert [h.source for h in store.search("escapees Hyesan")] == ["report.txt"]
    assert [h.source for h in store.search("탈북민")] == ["ko.txt"]
    assert [h.source for h in store.search("강제송환")] == ["ko.txt"]
    assert store.search('"unbalanced AND (') == []  # query syntax stays literal


def test_users_are_stored_with_audit(store: Store) -> None:
    store.add_user("mina", "analyst", "hash1", by="admin")
    store.set_user("mina", by="admin", role="admin")
    user = store.get_user("mina")
    assert user is not None and user.role == "admin"
    with pytest.raises(ValueError):
        store.add_user("x", "owner", "h")
    store.remove_user("mina", by="admin")
    assert store.users() == []
    assert [e.action for e in store.audit(table_name="users")] == [
        "user:remove",
        "user:update",
        "user:add",
    ]


def test_extractor_versions_compare_as_numbers() -> None:
    assert supersedes("en-rules@0.10.0", "en-rules@0.9.1")
    assert not supersedes("en-rules@0.9.1", "en-rules@0.10.0")
    assert not supersedes("en-rules@1.0", "en-rules@1.0")
    assert supersedes("en-rules@1.0", "none")


def test_nul_characters_are_stored_safely(store: Store) -> None:
    text = "Border guards returned 12 people.\x00 Trailing junk."
    doc = document(text, source="nul.txt")
    x = Extraction(
        doc, "en-rules@1.0.0", True, [Incident("forced_return", span(text, "12 people"))]
    )
    store.save_extraction(x)
    got = store.get_document(x.document.id)
    assert got is not None and len(got.document.text) == len(text)


def test_database_file_is_consistent(store: Store, db_url: str) -> None:
    store.save_extraction(extraction())
    with store.write() as conn:
        conn.execute(update(schema.documents).values(title="changed"))
    store.close()
    with sqlite3.connect(db_url.removeprefix("sqlite:///")) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    reopened = open_store(db_url)
    assert reopened.documents()[0].title == "changed"


def test_known_head_is_the_newest_migration(store: Store) -> None:
    assert head_revision() == HEAD_REVISION == current_revision(store.engine)


def test_review_stands_for_one_fact_at_its_span(store: Store) -> None:
    x = extraction()
    shared = x.statements[0].evidence
    x.statements.append(Statement("Free Passage", "criticize", shared, topic="forced_return"))
    x.incidents.append(replace(x.incidents[0], kind="detention"))
    store.save_extraction(x)
    by_speaker = {s.statement.speaker: s.id for s in store.statements()}
    store.review("statements", by_speaker["Min-ji Kang"], "a", "rejected")
    by_kind = {m.incident.kind: m.id for m in store.incident_mentions()}
    store.review("incident_mentions", by_kind["detention"], "a", "corrected", {"kind": "arrest"})

    x.extractor = "en-rules@1.2.0"
    store.save_extraction(x)
    statements = store.statements(include_rejected=True)
    assert sorted((s.statement.speaker, s.provenance.review_status) for s in statements) == [
        ("Free Passage", "machine"),
        ("Min-ji Kang", "rejected"),
    ]
    incidents = store.incident_mentions()
    assert sorted((m.incident.kind, m.provenance.review_status) for m in incidents) == [
        ("arrest", "corrected"),
        ("forced_return", "machine"),
    ]


def test_database_urls() -> None:
    assert normalize_url("postgresql://u@db.example/rw").drivername == "postgresql+psycopg"
    assert normalize_url("postgres://u@db.example/rw").drivername == "postgresql+psycopg"
    assert normalize_url("data/refwatch.db").render_as_string() == "sqlite:///data/refwatch.db"
    assert normalize_url("sqlite:////tmp/x.db").database == "/tmp/x.db"


def test_migration_downgrades_to_nothing_and_back(store: Store) -> None:
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import inspect

    from refwatch.store.engine import MIGRATIONS

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with store.engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "base")
        conn.commit()
    assert inspect(store.engine).get_table_names() == ["alembic_version"]
    store.close()
    again = open_store(str(store.engine.url))
    assert schema_diff(again.engine) == []


def test_deleting_a_document_takes_its_facts_and_search_entry(store: Store) -> None:
    x = extraction()
    store.save_extraction(x)
    with store.write() as conn:
        conn.execute(schema.documents.delete())
        assert conn.exec_driver_sql("SELECT count(*) FROM documents_fts").scalar() == 0
    assert store.search("escapees") == []
    counts = store.counts()
    assert counts["incident_mentions"] == counts["statements"] == counts["meetings"] == 0
