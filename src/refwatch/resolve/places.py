"""Place comparison across languages: names resolve through the gazetteer to ids by level.

"Baishan Detention Center" and "바이산 구류소" are the same gazetteer facility, whose parents
give the city, province and country, so reports in either language compare level by level.
Names the gazetteer lacks are kept as normalised text and only compared within a script.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from refwatch.domain import ancestors, languages, place_names, places
from refwatch.model import Place

# Gazetteer kinds that place a report; crossings and regions say nothing about "where held".
LEVELS = ("facility", "county", "city", "province", "country")
SPECIFIC = ("facility", "county", "city")

Levels = dict[str, str]


def _norm(name: str) -> str:
    return re.sub(r"[\W_]+", "", unicodedata.normalize("NFKC", name).casefold())


@cache
def _all_names() -> dict[str, str]:
    """Every known place name in every language (normalised) -> gazetteer id."""
    out: dict[str, str] = {}
    for lang in languages():
        for name, pid in place_names(lang).items():
            out.setdefault(_norm(name), pid)
    return out


def resolve_name(name: str | None) -> str | None:
    if not name:
        return None
    return _all_names().get(_norm(name))


def place_levels(where: Place) -> Levels:
    """Level -> gazetteer id ("cn-baishan") or "~<normalised name>" for unknown names."""
    out: Levels = {}
    ids = [where.place_id, resolve_name(where.facility), resolve_name(where.city)]
    ids.append(resolve_name(where.province))
    for pid in ids:
        if not pid:
            continue
        for entry in ancestors(pid):
            level = "country" if entry.kind == "country" else entry.kind
            if level in LEVELS:
                out.setdefault(level, entry.id)
            if entry.kind != "country" and entry.parent is None:
                out.setdefault("country", entry.country.lower())
    for level, name in (
        ("facility", where.facility),
        ("city", where.city),
        ("province", where.province),
    ):
        if name and level not in out and not (level == "city" and "county" in out):
            out[level] = "~" + _norm(name)
    if where.country:
        out.setdefault("country", where.country.lower())
    return out


def _script(text: str) -> str:
    return "hangul" if re.search(r"[\uac00-\ud7a3]", text) else "other"


def level_conflict(a: str, b: str) -> bool:
    """Do two values at one level name different places?

    Two gazetteer ids conflict when they differ. An unknown name conflicts with another
    unknown name of the same script unless one contains the other ("Baishan" in
    "Baishan detention centre"); unknown vs known, or across scripts, is undecided.
    """
    if a == b:
        return False
    if a.startswith("~") and b.startswith("~"):
        na, nb = a[1:], b[1:]
        if _script(na) != _script(nb):
            return False
        return not (na in nb or nb in na)
    return not (a.startswith("~") or b.startswith("~"))


def levels_conflict(a: Levels, b: Levels) -> bool:
    return any(level_conflict(a[k], b[k]) for k in a.keys() & b.keys())


def specific_agreement(a: Levels, b: Levels) -> int:
    """How many specific levels (facility, county, city) both name and agree on."""
    return sum(1 for k in SPECIFIC if k in a and k in b and a[k] == b[k])


def gazetteer_point(levels: Levels) -> tuple[str, float, float] | None:
    """The most specific gazetteer place with coordinates, as (id, lat, lon)."""
    table = places()
    for level in LEVELS:
        pid = levels.get(level)
        if pid and pid in table:
            entry = table[pid]
            if entry.lat is not None and entry.lon is not None:
                return pid, entry.lat, entry.lon
    return None
