#!/usr/bin/env python3
"""Fail when extraction on the annotated dev corpus falls below the floors in floors.json.

Runs the shared scorer three times (all documents, English only, Korean only) through the
installed CLI and compares each figure it names with its floor. Floors are keyed by the
scorer's metric names; `incidents` means incident F1, `body_ok` the share of clean bodies.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SUBSETS = {
    "all": [],
    "en": ["--only", "^en-", "--no-merge"],
    "ko": ["--only", "^ko-", "--no-merge"],
}


def figure(metrics: dict[str, object], name: str) -> float | None:
    """A metric by name: plain numbers as they are, precision/recall blocks by their F1."""
    value = metrics.get(name)
    if isinstance(value, dict):
        value = value.get("f1")
    return float(value) if isinstance(value, int | float) else None


def main() -> int:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parent.parent / "shared/corpus/dev"
    scorer = corpus.parent.parent / "eval" / "score.py"
    floors = json.loads((HERE / "floors.json").read_text())
    failures: list[str] = []
    for subset, args in SUBSETS.items():
        wanted = floors.get(subset) or {}
        if not wanted:
            continue
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "metrics.json"
            run = subprocess.run(
                [sys.executable, str(scorer), str(corpus), *args, "--json", str(out)],
                capture_output=True,
                text=True,
            )
            summary = [ln for ln in run.stdout.splitlines() if ln.startswith("summary:")]
            print(f"[{subset}] {summary[0] if summary else run.stdout[-500:]}")
            if run.returncode != 0 or not out.exists():
                failures.append(f"{subset}: scorer failed: {run.stderr[-1000:]}")
                continue
            metrics = json.loads(out.read_text())
        for name, floor in wanted.items():
            got = figure(metrics, name)
            if got is None or got < floor:
                failures.append(f"{subset}: {name} = {got} is below the floor {floor}")
    for failure in failures:
        print(f"FLOOR BROKEN {failure}")
    print(f"eval gate: {len(failures)} failed" if failures else "eval gate: all floors hold")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
