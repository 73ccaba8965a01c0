"""Places in English text, from the gazetteer: where people were held, where they crossed.

Names come from `domain/en/places.yaml` (ids and coordinates from `domain/places.yaml`);
a capitalised "<Name> (immigration|border|police) detention centre/center/facility" names
a facility even when the gazetteer lacks it. Border points are places of kind crossing
plus those listed in `domain/border_points.yaml`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from refwatch.domain import ancestors, load_data, place_names, places
from refwatch.model import Place
from refwatch.nlp.countries import country_mentions


@dataclass(frozen=True)
class PlaceHit:
    start: int
    end: int
    words: str
    place_id: str | None  # None: a facility named in the text but not in the gazetteer
    kind: str
    country: str | None


_LEVEL = {"facility": 0, "city": 1, "county": 1, "crossing": 1, "province": 2, "region": 2}
# "<Name> [Border Defence|Central|...] Detention Centre", "<Name> Removal Centre",
# "<Name> transit camp", "<Name> Central Jail": a named place of custody.
_FACILITY = re.compile(
    r"\b((?:[A-Z][\w'-]+\s+){1,3}(?:[Ii]mmigration\s+|[Bb]order\s+|[Pp]olice\s+)?"
    r"(?:(?:[Dd]etention|[Hh]olding|[Rr]emoval|[Dd]eportation|[Tt]ransit|[Rr]epatriation)\s+"
    r"(?:[Cc]ent(?:er|re)|[Ff]acility|[Cc]amp)|(?:Central\s+|District\s+)?(?:Jail|Prison)))"
)
_PROVINCE = re.compile(r"\b(?!The\b)[A-Z][a-z]+(?:[ -][A-Z][a-z]+)? [Pp]rovince\b")
# "Seoul-based", "the Tumen River": a name that is part of something else.
_NOT_A_PLACE_AFTER = re.compile(r"-|\s+[Rr]ivers?\b")
_CUSTODY_BEFORE = re.compile(
    r"(?:facility|facilities|cent(?:re|er)s?|camps?|prisons?|jails?|held|detained)\s+"
    r"(?:in|at|outside|near)\s+(?:the\s+)?(?:city\s+of\s+)?$",
    re.I,
)
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|at|from|near|outside|around|of)\s+(?:the\s+)?"
    r"(?:(?:central|northern|southern|eastern|western|downtown|suburban)\s+)?$",
    re.I,
)


@cache
def _pattern() -> re.Pattern[str]:
    names = sorted(place_names("en"), key=len, reverse=True)
    return re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w])", re.I)


@cache
def _capital_ids() -> frozenset[str]:
    data = load_data("en/countries.yaml") or {}
    capitals = {
        str(c).casefold()
        for rec in (data.get("countries") or {}).values()
        for c in rec.get("capitals") or ()
    }
    table = place_names("en")
    return frozenset(table[c] for c in capitals if c in table)


@cache
def border_points() -> frozenset[str]:
    listed = {str(x) for x in load_data("border_points.yaml") or ()}
    return frozenset(listed | {pid for pid, p in places().items() if p.kind == "crossing"})


def place_hits(text: str) -> list[PlaceHit]:
    """Gazetteer places (sub-country levels) and named facilities in `text`, in order."""
    table, gaz = place_names("en"), places()
    hits: list[PlaceHit] = []
    for m in _pattern().finditer(text):
        words = m.group(0)
        pid = table[words.casefold()]
        entry = gaz[pid]
        if entry.kind == "country" or not words[0].isupper():
            continue
        if _NOT_A_PLACE_AFTER.match(text, m.end()):
            continue
        if pid in _capital_ids() and not _LOCATIVE_BEFORE.search(
            text[max(0, m.start() - 30) : m.start()]
        ):
            continue  # "Beijing said": the state, not the place
        hits.append(PlaceHit(m.start(), m.end(), words, pid, entry.kind, entry.country))
    for m in _PROVINCE.finditer(text):
        if not any(h.start <= m.start() < h.end or m.start() <= h.start < m.end() for h in hits):
            hits.append(PlaceHit(m.start(), m.end(), m.group(0), None, "province", None))
    for m in _FACILITY.finditer(text):
        words = re.sub(r"^(?:The|A|An)\s+", "", m.group(1))
        start = m.end(1) - len(words)
        if any(
            h.start <= start < h.end or start <= h.start < m.end(1)
            for h in hits
            if h.kind == "facility"
        ):
            continue
        if words.split()[0].casefold() in {"in", "at", "a", "the"} or len(words.split()) < 2:
            continue
        hits.append(PlaceHit(start, m.end(1), words, None, "facility", None))
    return sorted(hits, key=lambda h: h.start)


_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)$")


def without_lists(text: str, hits: list[PlaceHit]) -> list[PlaceHit]:
    """'camps in Sindh and Punjab provinces', 'in Herat and Kandahar': a list of places
    of one level names none of them as the place of the event."""
    listed: set[int] = set()
    for a, b in pairwise(hits):
        same_level = _LEVEL.get(a.kind) == _LEVEL.get(b.kind) and a.kind != "facility"
        if same_level and _LIST_GAP.fullmatch(text[a.end : b.start] + " "):
            listed |= {a.start, b.start}
    return [h for h in hits if h.start not in listed]


_ROUTE_BEFORE = re.compile(
    r"(?:\b(?:to|into|towards?)\s+(?:the\s+)?(?:city\s+of\s+|region\s+of\s+)?"
    r"|\b(?:crossings?|border|frontier|bridge|checkpoint|post)\s+(?:near|in|at|outside|of)\s+(?:the\s+)?)$",
    re.I,
)


def on_route(text: str, hit: PlaceHit, crossings: tuple[str, ...] = ()) -> bool:
    """'flown to Kashgar', 'the crossing near Peshawar', 'at Torkham near Peshawar': where
    people went or crossed, not where they were held."""
    if hit.kind == "facility":
        return False
    before = text[max(0, hit.start - 40) : hit.start]
    if _ROUTE_BEFORE.search(before):
        return True
    return any(
        re.search(rf"\b{re.escape(c)},?\s+(?:near|outside|close\s+to)\s+$", before)
        for c in crossings
    )


def same_site(facility: PlaceHit, hits: list[PlaceHit]) -> bool:
    """Is the facility in (or named after) one of the places the hits give?"""
    ids = {a.id for a in ancestors(facility.place_id)} if facility.place_id else set()
    name = facility.words.casefold()
    return any(
        (h.place_id is not None and h.place_id in ids) or h.words.casefold() in name
        for h in hits
        if h.kind != "facility"
    )


def locative(text: str, hit: PlaceHit) -> bool:
    """Is the place introduced as a location ("in Yanji", "outside Baishan")?"""
    return bool(_LOCATIVE_BEFORE.search(text[max(0, hit.start - 30) : hit.start]))


def build_place(hits: list[PlaceHit], country: str | None) -> Place:
    """The most specific place the hits give inside `country`, its parents filled in."""
    inside = [h for h in hits if country is None or h.country in (None, country)]
    named = [h for h in inside if h.place_id]
    facility = next((h for h in inside if h.kind == "facility"), None)
    unnamed = [h for h in inside if h.place_id is None and h.kind in {"city", "province"}]
    if not named and facility is None and not unnamed:
        return Place(country=country)
    # most specific level wins; among equals, the first given (callers order by relevance)
    best = min(named, key=lambda h: _LEVEL.get(h.kind, 3)) if named else None
    written = {h.place_id: h.words for h in named}
    levels: dict[str, str] = {}
    lat = lon = None
    place_id = None
    if best is not None and best.place_id:
        chain = ancestors(best.place_id)
        place_id, lat, lon = chain[0].id, chain[0].lat, chain[0].lon
        for entry in chain:
            level = {"facility": "facility", "city": "city", "county": "city"}.get(entry.kind)
            level = level or ("province" if entry.kind in {"province", "region"} else None)
            if level and level not in levels:
                name = written.get(entry.id) or (entry.names.get("en") or (entry.id,))[0]
                levels[level] = re.sub(r"\s+[Pp]rovince$", "", name)
        country = country or chain[-1].country
    if facility is not None and "facility" not in levels:
        levels["facility"] = facility.words
    for h in unnamed:  # named in the text, not (yet) in the gazetteer: words, no coordinates
        levels.setdefault(h.kind, re.sub(r"\s+[Pp]rovince$", "", h.words))
    return Place(
        facility=levels.get("facility"),
        city=levels.get("city"),
        province=levels.get("province"),
        country=country,
        place_id=place_id,
        lat=lat,
        lon=lon,
    )


def crossing_names(text: str, hits: list[PlaceHit], crossing_words: tuple[str, ...]) -> list[str]:
    """Border points named in a text that speaks of crossing ("across the bridge at X")."""
    low = text.casefold()
    if not any(re.search(rf"\b{re.escape(w)}\b", low) for w in crossing_words):
        return []
    points = border_points()
    out: list[tuple[int, str]] = []
    for h in hits:
        if _CUSTODY_BEFORE.search(text[max(0, h.start - 40) : h.start]):
            continue  # "a facility in Tumen": where people were held, not where they crossed
        if h.place_id in points and h.words not in [w for _, w in out]:
            out.append((h.start, h.words))
    for m in _NAMED_CROSSING.finditer(text):
        name = m.group(1)
        taken = any(h.start < m.end(1) and m.start(1) < h.end for h in hits)
        if taken or name.split()[0] in {"The", "A", "An", "Border"} or country_mentions(name):
            continue
        if name not in dict(out):
            out.append((m.start(1), name))
    return [w for _, w in sorted(out)]


# "the Quanhe crossing", "the Bab al-Hawa border crossing": a crossing the gazetteer lacks
_NAMED_CROSSING = re.compile(
    r"\b(?:the|at|via|through)\s+((?:[A-Z][\w'-]+|al-\w+|el-\w+)(?:\s+(?:[A-Z][\w'-]+|al-\w+))?)"
    r"\s+(?:border\s+)?(?:crossing|checkpoint|gate|border\s+post|port\s+of\s+entry)\b"
)
