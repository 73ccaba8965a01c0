"""Database throughput: storing extractions, re-storing them unchanged, reading and searching.

    python bench/ingest_db.py [--n 2000] [--db URL]     (default: a temporary SQLite file)

Documents and facts are generated (no extraction), so this measures the store alone.
Prints one line per measurement.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import random
import tempfile
import time
from pathlib import Path

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
from refwatch.store import open_store

CITIES = ["Dandong", "Tumen", "Yanji", "Hunchun", "Baishan", "Changbai", "Helong", "Ji'an"]
GROUPS = ["Free Passage", "Border Lights", "Open Gate Watch", "Riverside Aid", "North Star Relief"]


def make(n: int, rng: random.Random) -> Extraction:
    city, group = rng.choice(CITIES), rng.choice(GROUPS)
    count = rng.randrange(10, 700)
    day = dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(0, 2000))
    sentences = [
        f"Police in {city} sent about {count} North Koreans back on {day:%B %d, %Y}, {group} said.",
        f"The director of {group} urged China to stop the returns.",
        f"Officials of two governments met in {city} to discuss report number {n}.",
    ]
    text = " ".join(sentences * 20)
    raw = text.encode()
    sha = hashlib.sha256(raw).hexdigest()
    doc = Document(sha[:16], sha, f"bench/{n}.txt", raw, text, f"Report {n}", day, "en")

    def ev(i: int) -> Evidence:
        start = text.index(sentences[i])
        return Evidence(start, start + len(sentences[i]), sentences[i])

    return Extraction(
        document=doc,
        extractor="bench@1.0.0",
        relevant=True,
        incidents=[
            Incident(
                "forced_return",
                ev(0),
                Count(count, count, True, f"about {count}"),
                Window(day, day, f"{day:%B %d, %Y}"),
                from_country="CN",
                to_country="KP",
                reported_by=[group],
            )
            for _ in range(3)
        ],
        meetings=[Meeting(["South Korea", "China"], ev(2), day, city)],
        statements=[Statement(group, "urge", ev(1), topic="forced_return")] * 2,
        actors=[Actor(group, "organization"), Actor(f"Official {n % 50}", "person")],
    )


def timed(label: str, n: int, fn: object) -> None:
    start = time.perf_counter()
    fn()  # type: ignore[operator]
    secs = time.perf_counter() - start
    print(
        f"{label:34} {n:6d} in {secs:7.2f} s  = {n / secs:9.1f}/s  ({secs / n * 1000:.2f} ms each)"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--db", help="database URL (default: temporary SQLite file)")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = a.db or f"sqlite:///{Path(tmp) / 'bench.db'}"
        store = open_store(url)
        rng = random.Random(7)
        xs = [make(i, rng) for i in range(a.n)]
        print(f"backend: {store.engine.dialect.name}, documents: {a.n}, facts per document: 6")
        timed("save (new documents)", a.n, lambda: [store.save_extraction(x) for x in xs])
        timed("save again (unchanged)", a.n, lambda: [store.save_extraction(x) for x in xs])
        timed("read all incident mentions", 1, store.incident_mentions)
        timed("read all statements", 1, store.statements)
        timed("read all actors", 1, store.actors)
        timed(
            "search 100 queries", 100, lambda: [store.search(c) for c in CITIES * 12 + CITIES[:4]]
        )
        print("counts:", store.counts())
        store.close()


if __name__ == "__main__":
    main()
