"""`refwatch incidents|incident|merge|split|statements|meetings|actors` over a real store.

Documents and their extracted facts are written with the store's own save function (so
this does not depend on extraction quality), then read back through the CLI.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from pg import pg_server, pg_url  # noqa: F401 - fixtures
from refwatch.cli import main
from refwatch.model import (
    Actor,
    Count,
    Document,
    Evidence,
    Extraction,
    Incident,
    Meeting,
    Place,
    Statement,
    Window,
)
from refwatch.resolve import merge_store
from refwatch.store import Store, open_store

D = dt.date
OCT = Window(D(2023, 10, 9), D(2023, 10, 9), "on October 9")
APR = Window(D(2024, 4, 26), D(2024, 4, 26), "on April 26")

# (source, published, [(sentence, kind, count, window, place)])
Report = tuple[str, Count | None, Window, Place]
DOCS: dict[str, tuple[dt.date, list[Report]]] = {
    "https://news.example/a": (D(2023, 10, 12), [
        ("Activists said about 500 escapees were sent back on October 9.",
         Count(500, 500, True), OCT, Place(country="CN")),
    ]),
    "https://news.example/b": (D(2023, 10, 16), [
        ("Some 600 people were forcibly returned across the border on October 9.",
         Count(600, 600, True), OCT, Place(country="CN")),
    ]),
    "/data/c.txt": (D(2024, 4, 29), [
        ("About 200 detainees in Baishan were returned on April 26, a group said.",
         Count(200, 200, True), APR, Place(city="Baishan", province="Jilin", country="CN")),
    ]),
    "/data/d.txt": (D(2024, 5, 9), [
        ("Human Rights Watch said about 60 people were sent back on April 26.",
         Count(60, 60, True), APR, Place(country="CN")),
    ]),
}  # fmt: skip


def extraction(source: str, version: str = "test@1.0.0", lead: str = "Report. ") -> Extraction:
    """One document's facts; a different `lead` is the same page cleaned another way."""
    published, reports = DOCS[source]
    body = " ".join(r[0] for r in reports) + " Officials declined to comment."
    raw = ("Report. " + body).encode()
    text = lead + body
    sha = hashlib.sha256(raw).hexdigest()
    doc = Document(sha[:16], sha, source, raw, text, title="A report", published=published,
                   lang="en")  # fmt: skip
    incidents = []
    for sentence, count, when, where in reports:
        start = text.index(sentence)
        ev = Evidence(start, start + len(sentence), sentence)
        incidents.append(Incident("forced_return", ev, count, when, where, [], "CN", "KP", []))
    said = "Officials declined to comment."
    ev = Evidence(text.index(said), text.index(said) + len(said), said)
    return Extraction(
        doc, version, True, incidents,
        meetings=[Meeting(["Cho Tae-yul", "Jeong Park"], ev, published, "Seoul")],
        statements=[Statement("Cho Tae-yul", "decline", ev, "KR", "CN", "forced_return")],
        actors=[Actor("Cho Tae-yul" if "example" in source else "조태열", "person",
                      country="KR", role="Foreign Minister")],
    )  # fmt: skip


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[Store, str]:
    """A store holding DOCS, on SQLite and on PostgreSQL; (store, --db value)."""
    if request.param == "postgres":
        target = str(request.getfixturevalue("pg_url"))
    else:
        target = str(tmp_path / "rw.db")
    store = open_store(target if "://" in target else f"sqlite:///{target}")
    for source in DOCS:
        store.save_extraction(extraction(source))
    return store, target


def cli(dbpath: str, *args: str) -> Any:
    result = CliRunner().invoke(main, ["--db", dbpath, *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def incidents(dbpath: str) -> list[dict[str, Any]]:
    return list(json.loads(cli(dbpath, "incidents", "--format", "json")))


def test_incidents_json_merges_across_documents(db: tuple[Store, str]) -> None:
    out = incidents(db[1])
    assert len(out) == 2
    april, october = out  # most recent event first
    assert [m["document"] for m in october["mentions"]] == [
        "https://news.example/a",
        "https://news.example/b",
    ]
    assert october["mentions"][0]["evidence"]["text"].startswith("Activists said about 500")
    assert october["count"] == {
        "estimate": 550, "rule": "median of independent reports", "low": 500, "high": 600
    }  # fmt: skip
    assert october["n_sources"] == 2 and not october["conflict"]
    assert april["conflict"] and "disagree" in april["conflict_reason"]
    assert april["where"]["city"] == "Baishan" and april["where"]["place_id"] == "cn-baishan"
    assert (april["first_reported"], april["last_reported"]) == ("2024-04-29", "2024-05-09")


def test_filters_and_formats(db: tuple[Store, str]) -> None:
    path = db[1]
    rows = list(csv.DictReader(io.StringIO(cli(path, "incidents", "--format", "csv",
                                                "--since", "2024-01-01"))))  # fmt: skip
    assert [r["estimate"] for r in rows] == ["130"]
    assert "(0 rows)" in cli(path, "incidents", "--kind", "arrest")
    assert "(0 rows)" in cli(path, "incidents", "--min-sources", "3")
    assert "(2 rows)" in cli(path, "incidents", "--country", "kp")
    table = cli(path, "incidents", "--until", "2023-12-31")
    assert "(1 rows)" in table and "550" in table


def test_reingest_and_new_documents_keep_ids(db: tuple[Store, str]) -> None:
    store, path = db
    before = {i["id"]: {m["document"] for m in i["mentions"]} for i in incidents(path)}
    for source in DOCS:  # a newer version re-cleans the text and replaces every machine fact
        store.save_extraction(extraction(source, "test@1.1.0", lead="A longer lead. "))
    DOCS["/data/e.txt"] = (D(2023, 10, 20), [
        ("Around 550 were returned on October 9, according to a church group.",
         Count(550, 550, True), OCT, Place(country="CN")),
    ])  # fmt: skip
    try:
        store.save_extraction(extraction("/data/e.txt"))
        merge_store(store)
        after = {i["id"]: {m["document"] for m in i["mentions"]} for i in incidents(path)}
    finally:
        del DOCS["/data/e.txt"]
    assert set(after) == set(before)
    for inc_id, docs in before.items():
        assert docs <= after[inc_id]


def test_manual_split_survives_remerge_and_merge_rejoins(db: tuple[Store, str]) -> None:
    store, path = db
    april = incidents(path)[0]
    sixty = next(m for m in april["mentions"] if m["count"]["low"] == 60)
    out = cli(path, "split", april["id"], "--mention", str(sixty["mention_id"]), "--by", "ana")
    assert out.startswith("split 1 report(s)")
    merge_store(store)
    store.save_extraction(extraction("/data/d.txt", "test@2.0.0"))  # re-extracted too
    after = incidents(path)
    assert len(after) == 3
    alone = next(i for i in after if i["n_reports"] == 1 and i["count"]["estimate"] == 60)
    kept = next(i for i in after if i["id"] == april["id"])
    assert kept["n_reports"] == 1 and kept["count"]["estimate"] == 200
    out = cli(path, "merge", alone["id"], april["id"], "--by", "ana", "--note", "same event")
    assert len(incidents(path)) == 2 and out.endswith(f"-> {april['id']}\n")
    shown = cli(path, "incident", april["id"])
    assert "/data/d.txt" in shown and "median of independent reports" in shown
    with store.read() as conn:
        actions = [r[0] for r in conn.exec_driver_sql("select action from merge_decisions")]
    assert actions == ["split", "merge"]


def test_bad_decisions_are_refused(db: tuple[Store, str]) -> None:
    result = CliRunner().invoke(main, ["--db", db[1], "merge", "inc-nope", "inc-nada"])
    assert result.exit_code != 0 and "no such incident" in result.output
    one = incidents(db[1])[1]
    only = str(one["mentions"][0]["mention_id"])
    result = CliRunner().invoke(main, ["--db", db[1], "split", one["id"], "--mention", "999999"])
    assert result.exit_code != 0 and "not in incident" in result.output
    assert only  # splitting every report off would leave nothing: refused too
    result = CliRunner().invoke(
        main, ["--db", db[1], "split", one["id"]] + [
            a for m in one["mentions"] for a in ("--mention", str(m["mention_id"]))
        ]
    )  # fmt: skip
    assert result.exit_code != 0


def test_statements_meetings_actors(db: tuple[Store, str]) -> None:
    path = db[1]
    st = json.loads(cli(path, "statements", "--format", "json", "--type", "decline"))
    assert len(st) == 4 and st[0]["speaker"] == "Cho Tae-yul" and st[0]["document"]
    assert "(0 rows)" in cli(path, "statements", "--speaker", "nobody")
    assert "(2 rows)" in cli(path, "statements", "--since", "2024-01-01")
    meet = list(csv.DictReader(io.StringIO(cli(path, "meetings", "--format", "csv",
                                                "--participant", "park"))))  # fmt: skip
    assert len(meet) == 4 and meet[0]["place"] == "Seoul"
    actors = json.loads(cli(path, "actors", "--format", "json"))
    cho = [a for a in actors if "조태열" in [a["name"], *a["aliases"]]]
    assert len(cho) == 1, actors  # one person across scripts
    assert "Cho Tae-yul" in [cho[0]["name"], *cho[0]["aliases"]]
    assert len(cho[0]["document_ids"]) == 4 and len(cho[0]["meeting_ids"]) == 4
    assert "Foreign Minister" in cli(path, "actors", "--country", "KR")


WIRE = (
    "Chinese police handed a group of North Korean escapees to border guards at a river "
    "crossing in the early hours, a Seoul-based rights group said, citing relatives who "
    "had spoken to people held with them in a detention centre for several months before."
)


def test_syndicated_copies_count_once_and_signatures_are_cached(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'wire.db'}")
    for n, (source, lead) in enumerate([("/wire/1", "SEOUL (AP) - "), ("/wire/2", "")]):
        sentence = "About 30 were returned on April 26."
        text = f"{lead}{WIRE} {sentence} Page {n}."
        sha = hashlib.sha256(text.encode()).hexdigest()
        doc = Document(sha[:16], sha, source, text.encode(), text, published=D(2024, 4, 28))
        start = text.index(sentence)
        ev = Evidence(start, start + len(sentence), sentence)
        inc = Incident("forced_return", ev, Count(30, 30, True), APR, Place(country="CN"),
                       [], "CN", "KP", [])  # fmt: skip
        store.save_extraction(Extraction(doc, "test@1.0.0", True, [inc]))
    merge_store(store)
    [one] = incidents(str(tmp_path / "wire.db"))
    assert (one["n_reports"], one["n_sources"]) == (2, 1)
    with store.read() as conn:
        cached = conn.exec_driver_sql("select count(*) from document_signatures").scalar()
    assert cached == 2


def test_registry_joins_spellings_not_bare_family_names() -> None:
    from refwatch.resolve.actors import build_registry
    from refwatch.store import StoredActor

    def row(i: int, name: str, *aliases: str, country: str | None = None) -> StoredActor:
        actor = Actor(name, "person", list(aliases), country=country)
        return StoredActor(i, name.casefold(), False, actor, [f"doc{i}"])

    reg = build_registry([
        row(1, "Jung Pak", "Pak", country="US"),  # known-actor data: same as "Jeong Park"
        row(2, "Jeong Park", country="US"),
        row(3, "Kim Min-seo", "Kim"),
        row(4, "Kim Ha-eun", "Kim"),  # shares only the bare family name
        row(5, "박민서"),
        row(6, "Park Min-seo", country="KR"),  # the same name romanised
        row(7, "Park Min-seo", country="KP"),  # same name, another state: not joined
    ])  # fmt: skip
    groups = sorted(sorted(r.row_ids) for r in reg)
    assert [1, 2] in groups and [3] in groups and [4] in groups
    assert [5, 6] in groups or [5, 7] in groups
    assert not any({6, 7} <= set(g) for g in groups)
    assert next(r for r in reg if 1 in r.row_ids).id == "jeong_park"
