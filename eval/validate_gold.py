#!/usr/bin/env python3
"""Check an annotated set (docs/ + gold/) against the conventions of shared/corpus/SCHEMA.md.

    python eval/validate_gold.py eval/dev2

Every gold file must parse, use the SCHEMA's fields and enums, and quote the document: each
evidence, quote and body fragment must occur in the page's visible text (tags dropped, entities
unescaped, white space folded), and each chrome string must occur in the page but not between
the first and last body fragments. Prints one line per problem; exit 1 if there is any.
"""

from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path
from typing import Any

INCIDENT_FIELDS = {
    "kind", "count", "when", "where", "crossing", "from_country",
    "to_country", "reported_by", "event_key", "evidence",
}  # fmt: skip
KINDS = {"forced_return", "detention", "arrest"}
TYPES = {"concern", "criticize", "urge", "defend", "deny", "pledge", "decline"}
ACTOR_KINDS = {"person", "organization", "government"}


def fold(s: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(s)).strip()


def declared_charset(data: bytes) -> str:
    """The page's own <meta charset>, so EUC-KR/CP949 pages are read as their authors saved them."""
    m = re.search(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_-]+)""", data[:4096], re.I)
    name = m.group(1).decode("ascii").lower() if m else "utf-8"
    return "cp949" if name in ("euc-kr", "ks_c_5601-1987") else name


def visible_text(path: Path) -> str:
    data = path.read_bytes()
    raw = data.decode(declared_charset(data), errors="replace")
    if path.suffix in (".html", ".htm"):
        raw = re.sub(r"(?is)<(head|script|style)\b.*?</\1>", " ", raw)
        raw = re.sub(r"<[^>]+>", " ", raw)
    return fold(raw)


def problems(gold: dict[str, Any], text: str) -> list[str]:
    out: list[str] = []
    first, last = (fold(s) for s in gold["body_must_contain"][:2])
    start, end = text.find(first), text.find(last)
    body = text[start : end + len(last)] if 0 <= start <= end else ""
    if not body:
        out.append("body fragments missing or out of order")

    def quoted(s: str | None, what: str, in_body: bool = False) -> None:
        if s and fold(s) not in (body if in_body else text):
            where = "body (first to last body fragment)" if in_body else "page"
            out.append(f"{what} not in the {where}: {s[:60]!r}")

    for chrome in gold["body_must_not_contain"]:
        if fold(chrome) not in text:
            out.append(f"chrome string absent from the page: {chrome!r}")
        elif fold(chrome).casefold() in body.casefold():
            # the scorer compares casefolded text: "Research" also hits "researchers"
            out.append(f"chrome string inside the body (ignoring case): {chrome!r}")
    for inc in gold["incidents"]:
        if set(inc) != INCIDENT_FIELDS or inc["kind"] not in KINDS:
            out.append(f"incident fields or kind off: {sorted(inc)}")
        quoted(inc["evidence"], "incident evidence", in_body=True)
    for meeting in gold["meetings"]:
        quoted(meeting["evidence"], "meeting evidence")
    for st in gold["statements"]:
        if st["type"] not in TYPES or st["topic"] not in ("forced_return", "other"):
            out.append(f"statement type/topic off: {st['type']}/{st['topic']}")
        quoted(st["evidence"], "statement evidence", in_body=True)
        quoted(st["quote"], "quote")
    out += [f"actor kind off: {a['kind']}" for a in gold["actors"] if a["kind"] not in ACTOR_KINDS]
    return out


def main() -> int:
    root = Path(sys.argv[1])
    failed = 0
    for path in sorted((root / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        found = problems(gold, visible_text(root / "docs" / gold["file"]))
        failed += len(found)
        for problem in found:
            print(f"{path.name}: {problem}")
    print(f"{failed} problem(s)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
