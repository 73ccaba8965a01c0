"""Web latency at scale: dashboard, incident list and search over 100,000 incidents and
50,000 documents in SQLite, generated directly with SQL inserts. Prints p50/p95 in ms.

    python bench/web.py [--incidents N] [--documents N] [--runs N] [--db PATH]
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import random
import statistics
import tempfile
import time
from pathlib import Path

from fastapi.testclient import TestClient

from refwatch.domain import places
from refwatch.store import open_store
from refwatch.store.monthly import rebuild_incident_months
from refwatch.web.app import create_app
from refwatch.web.auth import add_user

WORDS = [
    "border",
    "police",
    "escapees",
    "returned",
    "detention",
    "centre",
    "province",
    "officials",
    "said",
    "group",
    "report",
    "families",
    "authorities",
    "crossing",
    "river",
    "night",
    "bus",
    "train",
    "activists",
    "government",
    "ministry",
    "statement",
    "refugees",
    "convention",
    "forced",
    "repatriation",
    "camp",
    "interrogation",
    "labour",
]
SPEAKERS = [("US", "government"), ("KR", "government"), ("JP", "government"), ("CN", "government")]
TYPES = ["concern", "criticize", "urge", "defend", "deny", "pledge", "decline"]
NOW = dt.datetime(2025, 1, 1, tzinfo=dt.UTC).isoformat(" ")


def _pseudo_word(rnd: random.Random) -> str:
    return "".join(
        rnd.choice("bcdfghjklmnprstvwz") + rnd.choice("aeiou") for _ in range(rnd.randint(2, 4))
    )


def generate(url: str, n_incidents: int, n_documents: int, seed: int = 7) -> None:
    rnd = random.Random(seed)
    store = open_store(url)
    pts = [p for p in places().values() if p.lat is not None and p.kind != "country"]
    raw = store.engine.raw_connection()
    cur = raw.cursor()
    cur.execute("BEGIN")
    # news-like text: a Zipf vocabulary of 20,000 words, plus three topic words a document
    vocab = [_pseudo_word(rnd) for _ in range(20_000)]
    cum = list(itertools.accumulate(1 / (r + 1) for r in range(len(vocab))))
    docs = []
    for i in range(n_documents):
        words = rnd.choices(vocab, cum_weights=cum, k=rnd.randint(150, 400))
        words[:: max(1, len(words) // 3)] = rnd.sample(
            WORDS, len(words[:: max(1, len(words) // 3)])
        )
        body = " ".join(words)
        place = rnd.choice(pts).names.get("en", ("Dandong",))[0]
        text = f"{place} {body} {i}"
        day = dt.date(2015, 1, 1) + dt.timedelta(days=rnd.randrange(3650))
        docs.append(
            (
                f"{i:016x}",
                f"{i:064x}",
                f"https://news.example/{i}",
                "text/html",
                "utf-8",
                text.encode(),
                text,
                f"Report {i} from {place}",
                day.isoformat(),
                "en",
                1,
                "{}",
                NOW,
                "bench@1",
            )
        )
    cur.executemany(
        "INSERT INTO documents (id, sha256, source, media_type, encoding, raw, text,"
        " title, published, lang, relevant, meta, ingested_at, extractor)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        docs,
    )
    cur.executemany(
        "INSERT INTO documents_fts (document_id, title, text) VALUES (?,?,?)",
        [(d[0], d[7], d[6]) for d in docs],
    )
    mentions, incs, members = [], [], []
    for i in range(n_incidents):
        p = rnd.choice(pts)
        start = dt.date(2015, 1, 1) + dt.timedelta(days=rnd.randrange(3650))
        end = start + dt.timedelta(days=rnd.choice((0, 0, 6, 30)))
        low = rnd.randint(1, 300)
        high = low + rnd.choice((0, 0, 20, 100))
        name = p.names.get("en", (p.id,))[0]
        crossing = json.dumps([name] if p.kind == "crossing" or rnd.random() < 0.05 else [])
        doc = f"{rnd.randrange(n_documents):016x}"
        mentions.append(
            (
                i + 1,
                doc,
                0,
                "forced_return",
                low,
                high,
                1,
                f"about {low}",
                start.isoformat(),
                end.isoformat(),
                "",
                None,
                name,
                None,
                p.country,
                p.id,
                p.lat,
                p.lon,
                crossing,
                "CN",
                "KP",
                "[]",
                0,
                10,
                "x" * 10,
                "bench@1",
                "machine",
            )
        )
        incs.append(
            (
                f"inc-{i:012x}",
                "forced_return",
                start.isoformat(),
                end.isoformat(),
                name,
                p.country,
                p.id,
                p.lat,
                p.lon,
                "CN",
                "KP",
                (low + high) // 2,
                low,
                high,
                rnd.randint(1, 5),
                rnd.randint(1, 8),
                NOW,
            )
        )
        members.append((f"inc-{i:012x}", i + 1))
    cur.executemany(
        "INSERT INTO incident_mentions (id, document_id, ordinal, kind, count_low,"
        " count_high, count_approx, count_words, earliest, latest, when_words,"
        " facility, city, province, country, place_id, lat, lon, crossing,"
        " from_country, to_country, reported_by, ev_start, ev_end, ev_text,"
        " extractor, review_status) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,"
        "?,?,?,?,?,?,?)",
        mentions,
    )
    cur.executemany(
        "INSERT INTO incidents (id, kind, earliest, latest, city, country, place_id,"
        " lat, lon, from_country, to_country, estimate, low, high, n_sources,"
        " n_reports, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        incs,
    )
    cur.executemany("INSERT INTO incident_members (incident_id, mention_id) VALUES (?,?)", members)
    sts = []
    for _ in range(n_incidents // 5):
        country, _ = rnd.choice(SPEAKERS)
        day = dt.date(2015, 1, 1) + dt.timedelta(days=rnd.randrange(3650))
        sts.append(
            (
                f"{rnd.randrange(n_documents):016x}",
                0,
                f"{country} ministry",
                country,
                rnd.choice(TYPES),
                "CN",
                "forced_return",
                day.isoformat(),
                0,
                10,
                "x" * 10,
                "bench@1",
                "machine",
            )
        )
    cur.executemany(
        "INSERT INTO statements (document_id, ordinal, speaker, speaker_country, type,"
        " target_country, topic, date, ev_start, ev_end, ev_text, extractor,"
        " review_status) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        sts,
    )
    raw.commit()
    # the merge step keeps the timeline's monthly aggregate; these incidents bypass it
    with store.engine.begin() as conn:
        rebuild_incident_months(conn)
    cur.execute("ANALYZE")
    raw.close()
    add_user(store, "bench", "viewer", "bench-password")


def measure(client: TestClient, path: str, runs: int) -> tuple[float, float]:
    client.get(path)  # warm caches once, as a user's second visit would
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        r = client.get(path)
        times.append((time.perf_counter() - t) * 1000)
        assert r.status_code == 200, (path, r.status_code)
    times.sort()
    return statistics.median(times), times[max(0, int(len(times) * 0.95) - 1)]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--incidents", type=int, default=100_000)
    ap.add_argument("--documents", type=int, default=50_000)
    ap.add_argument("--runs", type=int, default=40)
    ap.add_argument("--db", type=Path)
    args = ap.parse_args()
    path = args.db or Path(tempfile.mkdtemp()) / "bench.db"
    url = f"sqlite:///{path}"
    if not path.exists():
        t = time.perf_counter()
        generate(url, args.incidents, args.documents)
        print(
            f"generated {args.incidents:,} incidents, {args.documents:,} documents "
            f"in {time.perf_counter() - t:.1f} s ({path})"
        )
    # merge=False: the generated incidents are the data under test, not to be re-merged
    client = TestClient(create_app(url, secret="bench" * 8, merge=False))
    token = client.get("/login").text.split('name="csrf" value="')[1].split('"')[0]
    client.post("/login", data={"name": "bench", "password": "bench-password", "csrf": token})
    pages = {
        "dashboard": "/",
        "dashboard, one year": "/?since=2020-01-01&until=2020-12-31",
        "incident list": "/incidents",
        "incident list, page 100": "/incidents?page=100&kind=forced_return",
        "search (one word)": "/search?q=interrogation",
        "search (two words)": "/search?q=border+camp",
    }
    for name, page in pages.items():
        p50, p95 = measure(client, page, args.runs)
        print(f"{name:28s} p50 {p50:7.1f} ms   p95 {p95:7.1f} ms")
    # the first view of a filter (or of new data) computes the aggregates: no cache help
    # CPU time beside wall time: on a shared machine the wall time mostly measures neighbours
    times, cpu = [], []
    for day in range(1, 21):
        t, c = time.perf_counter(), time.process_time()
        assert client.get(f"/?since=2015-01-{day:02d}").status_code == 200
        times.append((time.perf_counter() - t) * 1000)
        cpu.append((time.process_time() - c) * 1000)
    times.sort()
    p95 = times[max(0, int(len(times) * 0.95) - 1)]
    print(
        f"{'dashboard, cold (new filter)':28s} p50 {statistics.median(times):7.1f} ms   "
        f"p95 {p95:7.1f} ms   max {times[-1]:7.1f} ms   CPU p50 {statistics.median(cpu):7.1f} ms"
    )


if __name__ == "__main__":
    main()
