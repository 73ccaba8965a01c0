"""The README's tour is real output: these tests run it again and compare."""

from __future__ import annotations

import json
import re
import shlex
import subprocess
import sys
from pathlib import Path

from refwatch.cli import main

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def run(args: list[str], cwd: Path) -> str:
    """Run the CLI as a user would; stdout and stderr together, as a terminal shows them."""
    done = subprocess.run(
        [sys.executable, "-m", "refwatch", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stderr + done.stdout


def console_sessions() -> list[tuple[list[str], list[str]]]:
    """Each `$ refwatch ...` line of the README's console blocks with the lines it printed."""
    sessions: list[tuple[list[str], list[str]]] = []
    for block in re.findall(r"```console\n(.*?)```", README, flags=re.S):
        for line in block.splitlines():
            if line.startswith("$ "):
                sessions.append((shlex.split(line[2:]), []))
            elif sessions:
                sessions[-1][1].append(line)
    return sessions


def test_every_command_the_readme_names_exists() -> None:
    code = "\n".join(re.findall(r"```(?:sh|console)\n(.*?)```", README, flags=re.S))
    named = set(re.findall(r"^(?:\$ )?refwatch (?:--db \S+ )?([a-z]+)", code, flags=re.M))
    assert named, "the README names no command"
    assert named <= set(main.commands), named - set(main.commands)


def test_tour_extract_output_is_what_refwatch_prints() -> None:
    marker = re.search(r"<!-- tour:extract (\S+) -->", README)
    assert marker
    shown = json.loads(re.findall(r"```json\n(.*?)```", README, flags=re.S)[0])
    example = ROOT / "src/refwatch/examples" / marker.group(1)
    record = json.loads(run(["extract", str(example), "--format", "json"], ROOT))
    same_sentence = [i for i in record["incidents"] if i["evidence"] == shown["evidence"]]
    assert len(same_sentence) == 1
    actual = same_sentence[0]
    for field, value in shown.items():
        assert actual[field] == value, field


def test_tour_ingest_and_incidents_print_what_the_readme_shows(tmp_path: Path) -> None:
    sessions = console_sessions()
    ran = 0
    for argv, printed in sessions:
        if argv[:1] != ["refwatch"] or "extract" in argv:
            continue
        args = [a if a != "demo.db" else str(tmp_path / "demo.db") for a in argv[1:]]
        args = [str(ROOT / a) if a.startswith("src/") else a for a in args]
        output = run(args, tmp_path).strip().splitlines()
        assert output == printed, f"README shows other output for: {' '.join(argv)}"
        ran += 1
    assert ran >= 2
