"""Benchmark: documents/second and peak memory of `load_documents` vs trafilatura alone.

    python bench/ingest.py [--pages 1000] [--seed 7]

Generates news pages (English and Korean, HTML with site chrome: skip links, cookie
banner, menus, share bars, captions, teaser lists, newsletter box, footer; a share of
them EUC-KR encoded and some saved as text copies) from template sentences written for
this benchmark, writes them to a temporary folder, then times the whole ingest path
(read, decode, clean, metadata, language) against `trafilatura.extract` on the same
decoded HTML. Peak memory is traced (tracemalloc) in a second, separate pass so the
timings are not slowed by tracing. `generate_pages(n, seed)` is importable by other
benchmarks.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import trafilatura

from refwatch.ingest import load_documents
from refwatch.ingest.decode import decode
from refwatch.model import Document

EN_SUBJECTS = ["Police in {city}", "Border guards near {city}", "Officials in {city}",
               "A rights group based in Seoul", "Local authorities",
               "The provincial court"]  # fmt: skip
EN_VERBS = ["detained {n} people from the north", "sent {n} people back across the river",
            "held {n} escapees at a municipal facility",
            "moved {n} detainees to the border"]  # fmt: skip
EN_TAILS = ["on {weekday}, according to relatives.", "last week, an aid worker said.",
            "earlier this month, the group said in a statement.",
            "despite appeals from the refugee agency."]  # fmt: skip
EN_QUOTES = ['"We ask only to know where they are," said a relative who asked not to be named.',
             '"Sending them back puts their lives at risk," a researcher told reporters.',
             "The foreign ministry said it had no information on the case.",
             "Diplomats said the issue was raised privately at a meeting on {weekday}.",
             ]  # fmt: skip
KO_SUBJECTS = [
    "{city} 공안이",
    "국경 경비대가",
    "현지 당국이",
    "서울의 한 인권단체는",
    "지방 법원이",
]
KO_VERBS = ["탈북민 {n}명을 붙잡았다", "탈북민 {n}명을 북한으로 돌려보냈다",
            "구류시설에 {n}명을 가둔 것으로 알려졌다", "{n}명을 국경으로 옮겼다"]  # fmt: skip
KO_TAILS = [
    "고 가족들이 전했다.",
    "고 단체가 밝혔다.",
    "는 소식이 전해졌다.",
    "고 현지 소식통이 말했다.",
]
KO_QUOTES = ['한 가족은 "어디에 있는지만이라도 알려 달라"고 호소했다.',
             "외교부는 관련 사실을 확인하고 있다고만 밝혔다.",
             '연구원은 "송환되면 생명이 위험하다"고 말했다.']  # fmt: skip
CITIES = ["Dandong", "Tumen", "Yanji", "Hunchun", "Shenyang", "Baishan"]
KO_CITIES = ["단둥", "투먼", "옌지", "훈춘", "선양", "바이산"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
# Words of the generated chrome that must never reach a document's text.
CHROME_WORDS = ("cookies", "Share on", "Tweet", "All rights reserved", "Another story",
                "newsletter", "photo caption", "Skip to", "Text Size", "Most Read")  # fmt: skip


def _en_paragraph(rng: random.Random) -> str:
    fill = {"city": rng.choice(CITIES), "n": rng.randint(3, 600), "weekday": rng.choice(WEEKDAYS)}
    parts = [f"{rng.choice(EN_SUBJECTS)} {rng.choice(EN_VERBS)} {rng.choice(EN_TAILS)}"]
    parts += [rng.choice(EN_QUOTES) for _ in range(rng.randint(1, 3))]
    return " ".join(parts).format(**fill)


def _ko_paragraph(rng: random.Random) -> str:
    fill = {"city": rng.choice(KO_CITIES), "n": rng.randint(3, 600)}
    verb = rng.choice(KO_VERBS).removesuffix("다")
    parts = [f"{rng.choice(KO_SUBJECTS)} {verb}{rng.choice(KO_TAILS)}"]
    parts += [rng.choice(KO_QUOTES) for _ in range(rng.randint(1, 3))]
    return " ".join(parts).format(**fill)


def _html(title: str, paras: list[str], date: dt.date, lang: str, charset: str) -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    related = "".join(f"<li><a href='/n/{i}'>Another story number {i}</a></li>" for i in range(5))
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="{charset}">
<title>{title} | Example Daily</title>
<meta property="og:title" content="{title}">
<meta property="article:published_time" content="{date.isoformat()}T09:00:00+09:00">
<script>window.dataLayer=[];</script><style>.x{{color:red}}</style></head><body>
<a class="skip" href="#body">Skip to content</a>
<div class="cookie-banner"><p>We use cookies to improve your experience.</p>
<button>OK</button></div>
<header><nav class="gnb"><ul><li>World</li><li>Politics</li><li>Economy</li></ul></nav></header>
<main><article><h1>{title}</h1><div class="byline">By Staff</div>
<div class="share-bar"><a>Share on Facebook</a><a>Tweet</a></div>
<figure><img src="/a.jpg"><figcaption>A photo caption for the story.</figcaption></figure>
<div class="article-body" id="body">{body}</div>
<p class="copyright">&copy; Example Daily. All rights reserved.</p></article>
<aside class="related"><h3>Related articles</h3><ul>{related}</ul></aside>
<section class="newsletter"><h3>Morning Brief</h3><p>Sign up for our newsletter.</p></section>
</main><footer><p>Example Daily, 1 Main Street</p></footer></body></html>"""


def _text_copy(title: str, paras: list[str], date: dt.date) -> str:
    return "\n".join(
        ["Skip to main content", "Example Daily", "Home | World | Politics", "Text Size", "",
         title, "", f"Published {date:%B %d, %Y}", "Share", "",
         *(p + "\n" for p in paras), "Most Read", "1. Another story",
         "", "© Example Daily. All rights reserved."]
    )  # fmt: skip


def generate_pages(n: int, seed: int = 7) -> list[tuple[str, bytes]]:
    """`n` (file name, bytes) news pages: 60% English, 40% Korean; some EUC-KR, some text."""
    rng = random.Random(seed)
    pages: list[tuple[str, bytes]] = []
    for i in range(n):
        date = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(700))
        korean = rng.random() < 0.4
        paras = [
            _ko_paragraph(rng) if korean else _en_paragraph(rng) for _ in range(rng.randint(4, 14))
        ]
        title = paras[0].split(" ")[:8]
        headline = " ".join(title).rstrip(".,")
        if not korean and rng.random() < 0.2:
            pages.append((f"p{i:05d}.txt", _text_copy(headline, paras, date).encode()))
        elif korean and rng.random() < 0.3:
            markup = _html(headline, paras, date, "ko", "euc-kr")
            pages.append((f"p{i:05d}.html", markup.encode("cp949")))
        else:
            markup = _html(headline, paras, date, "ko" if korean else "en", "utf-8")
            pages.append((f"p{i:05d}.html", markup.encode()))
    return pages


def _measure(run: Callable[[], int]) -> tuple[float, int, int]:
    """(seconds, items, peak traced bytes): timed untraced, then traced in a second pass."""
    start = time.perf_counter()
    count = run()
    seconds = time.perf_counter() - start
    tracemalloc.start()
    run()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return seconds, count, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    pages = generate_pages(args.pages, args.seed)
    total_bytes = sum(len(b) for _, b in pages)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for name, data in pages:
            (folder / name).write_bytes(data)
        html = [decode(data).text for name, data in pages if name.endswith(".html")]

        leaks: list[str] = []

        def ingest() -> int:
            # Streamed, as a batch consumer would: no document is kept past its turn.
            count = 0
            leaks.clear()
            for item in load_documents([str(folder)]):
                assert isinstance(item, Document), item
                count += 1
                if any(word in item.text for word in CHROME_WORDS):
                    leaks.append(item.source)
            return count

        def trafilatura_only() -> int:
            return sum(1 for markup in html if trafilatura.extract(markup) is not None)

        # Warm up both (imports, YAML rules, lxml) outside the timings.
        list(load_documents([str(folder / pages[0][0])]))
        trafilatura.extract(html[0])
        ours = _measure(ingest)
        theirs = _measure(trafilatura_only)
    print(f"pages: {len(pages)} ({len(html)} HTML, {len(pages) - len(html)} text copies), "
          f"{total_bytes / 1e6:.1f} MB")  # fmt: skip
    for name, (secs, count, peak) in (("load_documents", ours), ("trafilatura.extract", theirs)):
        print(f"{name:20} {count:5d} docs  {secs:6.2f} s  {count / secs:7.1f} docs/s  "
              f"peak {peak / 1e6:6.1f} MB")  # fmt: skip
    print(f"documents with chrome left in their text: {len(leaks)}")
    ratio = (ours[1] / ours[0]) / (theirs[1] / theirs[0])
    print(f"throughput ratio load_documents / trafilatura.extract: {ratio:.2f}")
    print(f"peak memory ratio: {ours[2] / max(theirs[2], 1):.2f}")


if __name__ == "__main__":
    main()
