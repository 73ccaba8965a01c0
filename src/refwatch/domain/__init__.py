"""The domain as data: places, countries, known actors and lexicons, per language.

Files live beside this module: language-neutral records (`places.yaml`, `countries.yaml`,
`actors.yaml`) carry ids and coordinates; `en/` and `ko/` hold the words each language
uses for them, plus lexicons (trigger words and the like). A user extends refwatch to a
new context by editing these files, or by pointing REFWATCH_DOMAIN at a folder of the same
shape whose files are read after (and override entries of) the bundled ones.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

BUNDLED = Path(__file__).resolve().parent


def domain_dirs() -> list[Path]:
    extra = os.environ.get("REFWATCH_DOMAIN")
    return [BUNDLED] + ([Path(extra)] if extra else [])


@cache
def load_data(relpath: str) -> Any:
    """A data file by path relative to the domain folder (e.g. "en/lexicon.yaml").

    Mappings from the user's folder update the bundled mapping key by key; lists are
    appended. A file missing everywhere gives None.
    """
    merged: Any = None
    for folder in domain_dirs():
        path = folder / relpath
        if not path.is_file():
            continue
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if merged is None:
            merged = data
        elif isinstance(merged, dict) and isinstance(data, dict):
            merged = {**merged, **data}
        elif isinstance(merged, list) and isinstance(data, list):
            merged = merged + data
        else:
            merged = data
    return merged


@dataclass(frozen=True)
class PlaceEntry:
    """A gazetteer record: one real place, whatever language names it."""

    id: str
    kind: str  # country | province | city | county | facility | crossing | region
    country: str  # ISO 3166-1 alpha-2
    lat: float | None
    lon: float | None
    parent: str | None = None
    names: dict[str, tuple[str, ...]] = field(default_factory=dict)


@cache
def places() -> dict[str, PlaceEntry]:
    """All gazetteer places by id, with their names in every language that has a file."""
    records = load_data("places.yaml") or {}
    names_by_lang = {lang: load_data(f"{lang}/places.yaml") or {} for lang in languages()}
    out: dict[str, PlaceEntry] = {}
    for pid, rec in records.items():
        names = {lang: tuple(table.get(pid) or ()) for lang, table in names_by_lang.items()}
        out[pid] = PlaceEntry(
            id=pid,
            kind=rec["kind"],
            country=rec["country"],
            lat=rec.get("lat"),
            lon=rec.get("lon"),
            parent=rec.get("parent"),
            names={k: v for k, v in names.items() if v},
        )
    return out


@cache
def place_names(lang: str) -> dict[str, str]:
    """Every name a language uses for a place, casefolded, -> place id."""
    out: dict[str, str] = {}
    for entry in places().values():
        for name in entry.names.get(lang, ()):
            out[name.casefold()] = entry.id
    return out


def ancestors(place_id: str) -> list[PlaceEntry]:
    """The place and its parents, most specific first (facility -> city -> province -> country)."""
    chain: list[PlaceEntry] = []
    seen: set[str] = set()
    current: str | None = place_id
    table = places()
    while current and current in table and current not in seen:
        seen.add(current)
        chain.append(table[current])
        current = table[current].parent
    return chain


def languages() -> list[str]:
    found = {p.name for d in domain_dirs() if d.is_dir() for p in d.iterdir() if p.is_dir()}
    return sorted(n for n in found if not n.startswith(("_", ".")))
