#!/usr/bin/env python3
"""Show what the scorer counts as missed, extra or inexact, fact by fact, for a development set.

    python eval/explain.py eval/dev3                 # runs `refwatch extract`, then explains
    python eval/explain.py eval/dev3 --only '^h2-en' --facts statements,meetings

Matching is the shared scorer's own (imported from ../shared/eval/score.py), so what this
prints is exactly what lowers the figures. Never run it on a held-out set: reading its failures
is tuning on it.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any

FACTS = ("incidents", "meetings", "statements", "actors")


def load_scorer(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("refwatch_shared_score", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load the scorer at {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def brief(fact: dict[str, Any], keys: tuple[str, ...]) -> str:
    shown = {k: fact.get(k) for k in keys if fact.get(k) not in (None, [], "")}
    evidence = fact.get("evidence")
    text = evidence.get("text") if isinstance(evidence, dict) else evidence
    return json.dumps(shown, ensure_ascii=False) + f"\n        « {str(text or '')[:160]} »"


KEYS = {
    "incidents": ("kind", "count", "when", "where", "from_country", "to_country", "reported_by"),
    "meetings": ("participants", "date", "place"),
    "statements": ("speaker", "speaker_country", "type", "target_country"),
}


def explain_list(sc: ModuleType, fact: str, gold: list[Any], pred: list[Any]) -> list[str]:
    sim = {
        "incidents": sc.incident_sim,
        "meetings": sc.meeting_sim,
        "statements": sc.statement_sim,
    }[fact]
    keys = KEYS[fact]
    pairs = sc.greedy_match(gold, pred, sim)
    lines = [f"  MISSED {fact[:-1]}: {brief(gold[i], keys)}" for i in range(len(gold))]
    lines = [ln for i, ln in enumerate(lines) if i not in {a for a, _ in pairs}]
    matched_pred = {b for _, b in pairs}
    lines += [
        f"  EXTRA  {fact[:-1]}: {brief(p, keys)}"
        for j, p in enumerate(pred)
        if j not in matched_pred
    ]
    for i, j in pairs:
        diff = [k for k in keys if gold[i].get(k) != pred[j].get(k)]
        if diff:
            pairs_shown = ", ".join(
                f"{k}: gold={json.dumps(gold[i].get(k), ensure_ascii=False)} "
                f"pred={json.dumps(pred[j].get(k), ensure_ascii=False)}"
                for k in diff
            )
            lines.append(f"  INEXACT {fact[:-1]}: {pairs_shown}")
    return lines


def explain_actors(sc: ModuleType, gold: list[Any], pred: list[Any]) -> list[str]:
    pred_names = [[a.get("name"), *(a.get("aliases") or [])] for a in pred]
    gold_names = [[a.get("name"), *(a.get("aliases") or [])] for a in gold]

    def found(names: list[Any], pool: list[list[Any]]) -> bool:
        return any(any(sc.names_match(x, y) for x in names for y in p) for p in pool)

    lines = [f"  MISSED actor: {names}" for names in gold_names if not found(names, pred_names)]
    lines += [f"  EXTRA  actor: {names}" for names in pred_names if not found(names, gold_names)]
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("set", type=Path)
    parser.add_argument("--scorer", type=Path, default=Path("../shared/eval/score.py"))
    parser.add_argument("--pred", type=Path, help="existing predictions instead of running")
    parser.add_argument("--only", default="", help="regex on document ids")
    parser.add_argument("--facts", default=",".join(FACTS))
    args = parser.parse_args()
    if "holdout" in args.set.name:
        raise SystemExit("refusing to explain a held-out set: that would be tuning on it")
    sc = load_scorer(args.scorer)
    golds = {
        p.stem: json.loads(p.read_text(encoding="utf-8"))
        for p in sorted((args.set / "gold").glob("*.json"))
        if re.search(args.only, p.stem)
    }
    pred_dir = args.pred or Path(tempfile.mkdtemp(prefix="refwatch-explain-"))
    if args.pred is None:
        sc.predict(["refwatch"], golds, args.set / "docs", pred_dir)
    wanted = [f for f in args.facts.split(",") if f in FACTS]
    for stem, gold in golds.items():
        path = pred_dir / f"{stem}.json"
        pred = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
        lines: list[str] = []
        for fact in wanted:
            g, p = gold.get(fact) or [], pred.get(fact) or []
            if fact == "actors":
                lines += explain_actors(sc, g, p)
            else:
                lines += explain_list(sc, fact, g, p)
        if lines:
            print(f"{stem}:")
            print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
