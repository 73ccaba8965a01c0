"""Benchmark: merge time and memory for generated mentions over ten years.

    python bench/merge.py [--sizes 10000,30000,100000] [--seed 7]

Generates real-looking reports of events (several country pairs and cities, counts that
disagree, day/month/season/year/undated windows, reports published after the event), then
times `cluster_mentions` + `summarize` per size in CPU seconds (steady on a busy machine),
prints peak traced memory of the clustering, the time ratio against the smallest size
(near-linear growth keeps it close to the size ratio), and B-cubed against the generating
events as a sanity check. A second series keeps the density of events constant (the span
grows with the size), which isolates the cost of blocking from the cost of denser news.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import time
import tracemalloc

from refwatch.model import Count, Evidence, Place, Window
from refwatch.resolve.goldcheck import bcubed
from refwatch.resolve.mentions import IncidentMention
from refwatch.resolve.merge import cluster_mentions
from refwatch.resolve.record import assign_ids, summarize

PAIRS = [("CN", "KP"), ("TH", "CN"), ("PK", "AF"), ("LA", "CN"), ("RU", "KP"), ("TR", "SY"),
         ("IR", "AF"), ("MY", "MM"), ("EG", "ER"), ("US", "MX")]  # fmt: skip
CITIES = {"CN": ["Dandong", "Tumen", "Baishan", "Yanji", "Shenyang"],
          "TH": ["Bangkok", "Chiang Rai"], "PK": ["Karachi", "Peshawar", "Quetta"]}  # fmt: skip
KINDS = ["forced_return", "forced_return", "detention", "arrest"]
START = dt.date(2015, 1, 1)
DAYS = 3650


def generate(
    n: int, rng: random.Random, days: int = DAYS
) -> tuple[list[IncidentMention], dict[str, str]]:
    mentions: list[IncidentMention] = []
    truth: dict[str, str] = {}
    event = 0
    while len(mentions) < n:
        event += 1
        pair = rng.choice(PAIRS)
        day = START + dt.timedelta(days=rng.randrange(days))
        size = int(rng.lognormvariate(3.5, 1.3)) + 1
        kind = rng.choice(KINDS)
        city = rng.choice(CITIES.get(pair[0], [None]))  # type: ignore[list-item]
        for r in range(rng.randint(1, 8)):
            published = day + dt.timedelta(days=rng.randint(1, 120))
            shape = rng.random()
            if shape < 0.45:
                when = Window(day, day)
            elif shape < 0.75:
                first = day.replace(day=1)
                when = Window(first, (first + dt.timedelta(days=32)).replace(day=1)
                              - dt.timedelta(days=1))  # fmt: skip
            elif shape < 0.85:
                when = Window(day - dt.timedelta(days=day.day % 10), day + dt.timedelta(days=9))
            elif shape < 0.93:
                when = Window(dt.date(day.year, 1, 1), dt.date(day.year, 12, 31))
            else:
                when = Window()
            noisy = max(1, round(size * rng.uniform(0.6, 1.5)))
            approx = rng.random() < 0.6
            count = Count(noisy, noisy if rng.random() < 0.8 else None, approx)
            doc = f"d{event:07d}{r}"
            text = f"About {noisy} people were returned, a group said."
            mentions.append(
                IncidentMention(
                    key=f"{doc}:0",
                    document_id=doc,
                    source=f"https://news.example/{doc}",
                    kind=kind,
                    evidence=Evidence(0, len(text), text),
                    published=published,
                    count=count,
                    when=when,
                    where=Place(city=city if rng.random() < 0.5 else None, country=pair[0]),
                    from_country=pair[0],
                    to_country=pair[1],
                )
            )
            truth[f"{doc}:0"] = str(event)
    return mentions[:n], truth


def run(sizes: list[int], seed: int, scale_span: bool) -> None:
    base: float | None = None
    base_n = 0
    for n in sizes:
        days = DAYS * n // max(sizes) if scale_span else DAYS
        mentions, truth = generate(n, random.Random(seed), days)
        t0 = time.process_time()
        clusters = cluster_mentions(mentions)
        t1 = time.process_time()
        ids = assign_ids(clusters, {})
        merged = [summarize(i, c, {}) for i, c in zip(ids, clusters, strict=True)]
        t2 = time.process_time()
        tracemalloc.start()
        cluster_mentions(mentions)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        pred = {m.key: i for i, c in enumerate(clusters) for m in c}
        p, r, f = bcubed(pred, truth)
        if base is None:
            base, base_n = t2 - t0, n
        print(
            f"mentions={n:>7} years={days / 365:4.1f} incidents={len(merged):>6} "
            f"cluster_s={t1 - t0:6.2f} summarize_s={t2 - t1:5.2f} total_s={t2 - t0:6.2f} "
            f"ms_per_1k={1000 * (t2 - t0) / n * 1000:6.1f} peak_mib={peak / 2**20:6.1f} "
            f"time_ratio={(t2 - t0) / base:5.2f} size_ratio={n / base_n:5.1f} "
            f"bcubed_f1={f:.3f} (p={p:.3f} r={r:.3f})"
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sizes", default="10000,30000,100000")
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    sizes = [int(s) for s in a.sizes.split(",")]
    cluster_mentions(generate(500, random.Random(a.seed))[0])  # load the gazetteer first
    print("all sizes over ten years (density grows with size):")
    run(sizes, a.seed, scale_span=False)
    print("constant density (the span grows with size, ten years at the largest):")
    run(sizes, a.seed, scale_span=True)


if __name__ == "__main__":
    main()
