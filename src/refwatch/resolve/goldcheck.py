"""Run the merger on annotated gold incidents and score it against their event keys.

This measures the merge rules alone, independent of extraction quality:
    python -m refwatch.resolve.goldcheck ../shared/corpus/dev
The B-cubed figures are computed as the corpus scorer does, over incidents with an
event_key.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from refwatch.model import Count, Evidence, Place, Window
from refwatch.resolve.mentions import IncidentMention, mention_key
from refwatch.resolve.merge import cluster_mentions

PLACE_LEVELS = ("facility", "city", "province", "country")


def _date(s: str | None) -> dt.date | None:
    return dt.date.fromisoformat(s) if s else None


def gold_mentions(corpus: Path) -> list[tuple[IncidentMention, str | None]]:
    """Every gold incident as a mention, with its event_key."""
    out: list[tuple[IncidentMention, str | None]] = []
    for path in sorted((corpus / "gold").glob("*.json")):
        g: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        published = _date(g.get("published") or g.get("reference_date"))
        for i, inc in enumerate(g.get("incidents", [])):
            c = inc.get("count")
            w = inc.get("when") or {}
            where = inc.get("where") or {}
            mention = IncidentMention(
                key=mention_key(g["id"], i),
                document_id=g["id"],
                source=g["file"],
                kind=inc["kind"],
                evidence=Evidence(0, len(inc["evidence"]), inc["evidence"]),
                published=published,
                lang=g.get("lang"),
                count=Count(c["low"], c["high"], bool(c.get("approx"))) if c else None,
                when=Window(_date(w.get("earliest")), _date(w.get("latest"))),
                where=Place(**{k: where.get(k) for k in PLACE_LEVELS}),
                crossing=tuple(inc.get("crossing") or ()),
                from_country=inc.get("from_country"),
                to_country=inc.get("to_country"),
                reported_by=tuple(inc.get("reported_by") or ()),
                ordinal=i,
            )
            out.append((mention, inc.get("event_key")))
    return out


def bcubed(pred: dict[str, int], gold: dict[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of predicted cluster ids against gold keys."""
    items = [k for k in gold if k in pred]
    by_pred: dict[int, set[str]] = {}
    by_gold: dict[str, set[str]] = {}
    for k in items:
        by_pred.setdefault(pred[k], set()).add(k)
        by_gold.setdefault(gold[k], set()).add(k)
    p = r = 0.0
    for k in items:
        both = len(by_pred[pred[k]] & by_gold[gold[k]])
        p += both / len(by_pred[pred[k]])
        r += both / len(by_gold[gold[k]])
    n = len(items) or 1
    p, r = p / n, r / n
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def check(corpus: Path) -> tuple[tuple[float, float, float], list[list[IncidentMention]]]:
    pairs = gold_mentions(corpus)
    clusters = cluster_mentions([m for m, _ in pairs])
    pred = {m.key: i for i, c in enumerate(clusters) for m in c}
    gold = {m.key: key for m, key in pairs if key}
    return bcubed(pred, gold), clusters


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    corpus = Path(args[0] if args else "../shared/corpus/dev")
    (p, r, f), clusters = check(corpus)
    keys = {m.key: k for m, k in gold_mentions(corpus)}
    for c in clusters:
        print(" | ".join(f"{m.key}={keys.get(m.key)}" for m in c))
    print(
        f"gold-fed merge: mentions={len(keys)} clusters={len(clusters)} "
        f"bcubed_p={p:.3f} bcubed_r={r:.3f} bcubed_f1={f:.3f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
