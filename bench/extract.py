"""Extraction throughput and memory on a realistic mixed news stream, vs spaCy alone.

    python bench/extract.py [--lang en] [--docs 1000] [--seed 7]

Generates a stream where about one article in ten reports a forced return and the rest
is ordinary news (sport, markets, weather, culture, some regional politics), then runs,
each in a fresh process so peak memory is its own:
  refwatch  - EnglishExtractor.extract on every document (the `refwatch extract` path)
  spacy     - the same spaCy pipeline's nlp.pipe over the same texts (full parse, NER)
and prints documents/second and peak RSS for both, and the ratio.

Languages: each has a stream generator and an extractor runner in LANGS; the Korean
extractor adds its entry there ("ko").
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import resource
import subprocess
import sys
import time
from collections.abc import Callable

try:
    from bench.en_stream import english_stream
    from bench.ko_stream import korean_stream, run_kiwi_ko, run_refwatch_ko
except ImportError:  # run as a script: bench/ itself is on the path
    from en_stream import english_stream  # type: ignore[no-redef]
    from ko_stream import korean_stream, run_kiwi_ko, run_refwatch_ko  # type: ignore[no-redef]


def peak_rss_mb() -> float:
    # ru_maxrss is KiB on Linux
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_refwatch_en(texts: list[str], published: list[dt.date]) -> dict[str, float]:
    from refwatch.extract.english import EnglishExtractor
    from refwatch.model import Document
    from refwatch.nlp.spacy_model import english

    english()  # model and domain data loading is not throughput: warm up on one document
    extractor = EnglishExtractor()
    warm = "Police deported 12 North Korean refugees on Monday, officials said.\n"
    extractor.extract(Document(id="w", sha256="", source="w", raw=b"", text=warm, lang="en"))
    relevant = incidents = 0
    start = time.perf_counter()
    docs = (
        Document(id=str(i), sha256="", source=f"b{i}", raw=b"", text=t, published=d, lang="en")
        for i, (t, d) in enumerate(zip(texts, published, strict=True))
    )
    for x in extractor.extract_many(docs):
        relevant += x.relevant
        incidents += len(x.incidents)
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "relevant": relevant, "incidents": incidents}


def run_spacy_en(texts: list[str], published: list[dt.date]) -> dict[str, float]:
    from refwatch.nlp.spacy_model import english

    nlp = english()
    start = time.perf_counter()
    tokens = sum(len(d) for d in nlp.pipe(texts))
    return {"seconds": time.perf_counter() - start, "tokens": tokens}


Stream = Callable[[int, random.Random], list[tuple[str, dt.date, bool]]]
Runner = Callable[[list[str], list[dt.date]], dict[str, float]]
LANGS: dict[str, tuple[Stream, Runner, Runner]] = {
    "en": (english_stream, run_refwatch_en, run_spacy_en),
    "ko": (korean_stream, run_refwatch_ko, run_kiwi_ko),  # baseline: kiwi tokenize alone
}


def child(lang: str, mode: str, n: int, seed: int) -> None:
    stream, ours, baseline = LANGS[lang]
    items = stream(n, random.Random(seed))
    texts = [t for t, _, _ in items]
    days = [d for _, d, _ in items]
    result = (ours if mode == "refwatch" else baseline)(texts, days)
    result.update(
        docs=len(texts),
        truly_relevant=sum(r for _, _, r in items),
        chars=sum(len(t) for t in texts),
        peak_rss_mb=peak_rss_mb(),
    )
    print(json.dumps(result))


def measure(lang: str, mode: str, n: int, seed: int) -> dict[str, float]:
    cmd = [sys.executable, __file__, "--lang", lang, "--docs", str(n)]
    cmd += ["--seed", str(seed), "--child", mode]
    out = subprocess.run(cmd, capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"{mode} run failed:\n{out.stderr[-2000:]}")
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lang", default="en", choices=sorted(LANGS))
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--child", choices=["refwatch", "spacy"], help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.lang, args.child, args.docs, args.seed)
        return
    ours = measure(args.lang, "refwatch", args.docs, args.seed)
    base = measure(args.lang, "spacy", args.docs, args.seed)
    rate_ours = ours["docs"] / ours["seconds"]
    rate_base = base["docs"] / base["seconds"]
    print(f"lang={args.lang} docs={ours['docs']:.0f} chars={ours['chars']:.0f} "
          f"truly_relevant={ours['truly_relevant']:.0f}")  # fmt: skip
    print(f"refwatch extract: {rate_ours:8.1f} docs/s  peak {ours['peak_rss_mb']:.0f} MB  "
          f"relevant={ours['relevant']:.0f} incidents={ours['incidents']:.0f}")  # fmt: skip
    label = "kiwi tokenize:" if args.lang == "ko" else "spaCy nlp.pipe:"
    print(f"{label:17} {rate_base:8.1f} docs/s  peak {base['peak_rss_mb']:.0f} MB")
    print(f"speedup: {rate_ours / rate_base:.2f}x")


if __name__ == "__main__":
    main()
