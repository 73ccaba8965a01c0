"""Cost of English actors, statements and meetings on top of the shared spaCy parse.

    python bench/en_partb.py [--docs 300] [--seed 7]

Parses a synthetic English news stream once (bench/en_stream.py), then times
find_actors, find_statements and find_meetings over the parsed documents and prints
milliseconds per document for each and for the spaCy parse, so the share part B adds to
`refwatch extract` is visible.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import time

try:
    from bench.en_stream import english_stream
except ImportError:  # run as a script: bench/ itself is on the path
    from en_stream import english_stream  # type: ignore[no-redef]

from refwatch.extract.en_actors import find_actors
from refwatch.extract.en_meetings import find_meetings
from refwatch.extract.en_statements import find_statements
from refwatch.model import Document
from refwatch.nlp.spacy_model import english


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=300)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    stream = english_stream(a.docs, random.Random(a.seed))
    docs = []
    for text, published, _ in stream:
        raw = text.encode()
        sha = hashlib.sha256(raw).hexdigest()
        docs.append(Document(sha[:16], sha, "bench", raw, text, published=published, lang="en"))
    nlp = english()
    t0 = time.perf_counter()
    parsed = [(d, nlp(d.text)) for d in docs]
    t_parse = time.perf_counter() - t0
    timings = {"actors": 0.0, "statements": 0.0, "meetings": 0.0}
    counts = {"actors": 0, "statements": 0, "meetings": 0}
    for doc, sdoc in parsed:
        t = time.perf_counter()
        actors = find_actors(doc, sdoc)
        timings["actors"] += time.perf_counter() - t
        t = time.perf_counter()
        statements = find_statements(doc, sdoc, actors)
        timings["statements"] += time.perf_counter() - t
        t = time.perf_counter()
        meetings = find_meetings(doc, sdoc, actors)
        timings["meetings"] += time.perf_counter() - t
        counts["actors"] += len(actors)
        counts["statements"] += len(statements)
        counts["meetings"] += len(meetings)
    n = len(docs)
    print(f"documents: {n}")
    print(f"spacy parse: {1000 * t_parse / n:.2f} ms/doc")
    for k, v in timings.items():
        print(f"{k}: {1000 * v / n:.2f} ms/doc ({counts[k]} found)")
    print(f"part B total: {1000 * sum(timings.values()) / n:.2f} ms/doc")


if __name__ == "__main__":
    main()
