#!/usr/bin/env python3
"""Show what the scorer counts as missed, extra or inexact, fact by fact, for a development set.

    python eval/explain.py eval/dev3                 # runs `refwatch extract`, then explains
    python eval/explain.py eval/dev3 --only '^h2-en' --facts statements,meetings
    python eval/explain.py eval/dev3 --merge         # ingests, then shows wrong splits/joins

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


def _mention_line(sc: ModuleType, gold: dict[str, Any], men: dict[str, Any] | None) -> str:
    if men is None:
        return "not placed (no mention of its document shares its evidence)"
    w = men.get("when") or {}
    c = men.get("count") or {}
    where = {k: v for k, v in (men.get("where") or {}).items() if v}
    ok = "ok" if sc.incident_sim(gold, men) else "NO-MATCH"
    return (
        f"[{ok}] when={w.get('earliest')}..{w.get('latest')} count={c.get('low')}-{c.get('high')}"
        f" {men.get('from_country')}->{men.get('to_country')} where={where}"
    )


def place(sc: ModuleType, golds: dict[str, Any], merged: list[Any]) -> dict[Any, Any]:
    """(stem, i) -> (cluster index or None, its mention), placed as the scorer's bcubed does."""
    out: dict[Any, Any] = {}
    for stem, g in golds.items():
        for i, inc in enumerate(g.get("incidents", [])):
            if not inc.get("event_key"):
                continue
            best, best_s, best_m = None, 0.3, None
            for ci, cluster in enumerate(merged):
                for men in cluster.get("mentions", []):
                    if Path(str(men.get("document", ""))).stem != stem:
                        continue
                    ev = men.get("evidence")
                    ev = ev.get("text") if isinstance(ev, dict) else ev
                    s = sc.overlap(inc.get("evidence"), ev)
                    if s > best_s:
                        best, best_s, best_m = ci, s, men
            out[(stem, i)] = (best, best_m)
    return out


def extracted(sc: ModuleType, golds: dict[str, Any], merged: list[Any]) -> set[Any]:
    """(stem, i) of the gold incidents the scorer's greedy matching finds among the mentions."""
    by_doc: dict[str, list[Any]] = {}
    for cluster in merged:
        for men in cluster.get("mentions", []):
            by_doc.setdefault(Path(str(men.get("document", ""))).stem, []).append(men)
    out: set[Any] = set()
    for stem, g in golds.items():
        pairs = sc.greedy_match(g.get("incidents", []), by_doc.get(stem, []), sc.incident_sim)
        out |= {(stem, i) for i, _ in pairs}
    return out


def explain_merge(sc: ModuleType, golds: dict[str, Any], docs: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="refwatch-explain-") as tmp:
        merged = sc.merged_incidents(["refwatch"], golds, docs, Path(tmp)) or []
    where = place(sc, golds, merged)
    found = extracted(sc, golds, merged)
    key = {k: golds[k[0]]["incidents"][k[1]]["event_key"] for k in where}
    by_key: dict[str, list[Any]] = {}
    for k, ev in key.items():
        by_key.setdefault(ev, []).append(k)
    for ev, members in sorted(by_key.items()):
        landed = {where[k][0] for k in members}
        split = len(landed) > 1 or None in landed
        mixed = any(
            key[x] != ev for k in members for x in where if where[x][0] == where[k][0] is not None
        )
        if len(members) < 2 and not mixed:
            continue
        tag = ("SPLIT " if split else "") + ("JOINED-WITH-OTHERS" if mixed else "")
        print(f"{ev}: {len(members)} reports in {len(landed)} incident(s) {tag}".rstrip())
        for k in members:
            g = golds[k[0]]["incidents"][k[1]]
            miss = "" if k in found else "  (extraction missed it)"
            print(f"    #{where[k][0]} {k[0]}:{k[1]} {_mention_line(sc, g, where[k][1])}{miss}")
    for ci in sorted({c for c, _ in where.values() if c is not None}):
        evs = sorted({key[k] for k in where if where[k][0] == ci})
        if len(evs) > 1:
            print(f"incident #{ci} mixes {', '.join(evs)}")
    print(f"cross_document: {json.dumps(sc.bcubed(golds, merged, {}))}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("set", type=Path)
    parser.add_argument("--scorer", type=Path, default=Path("../shared/eval/score.py"))
    parser.add_argument("--pred", type=Path, help="existing predictions instead of running")
    parser.add_argument("--only", default="", help="regex on document ids")
    parser.add_argument("--facts", default=",".join(FACTS))
    parser.add_argument("--merge", action="store_true", help="explain the cross-document merge")
    args = parser.parse_args()
    if "holdout" in args.set.name:
        raise SystemExit("refusing to explain a held-out set: that would be tuning on it")
    sc = load_scorer(args.scorer)
    golds = {
        p.stem: json.loads(p.read_text(encoding="utf-8"))
        for p in sorted((args.set / "gold").glob("*.json"))
        if re.search(args.only, p.stem)
    }
    if args.merge:
        explain_merge(sc, golds, args.set / "docs")
        return 0
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
