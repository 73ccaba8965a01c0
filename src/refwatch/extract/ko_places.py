"""Where an incident happened, from the gazetteer places a Korean clause names.

Places followed by "을 통해" / "세관" are border crossings, not where people were held;
places in the destination country and event names ("항저우 아시안게임") are left out; a
city followed by a facility noun ("바이산(白山)의 구치소") names a facility. The most
specific place wins and fills its city and province from the gazetteer, under the first
Korean name the gazetteer gives for each.
"""

from __future__ import annotations

import re

from refwatch.domain import PlaceEntry, ancestors, place_names, places
from refwatch.extract.ko_doc import KoText, PlaceMention
from refwatch.extract.ko_lexicon import lexicon
from refwatch.model import Place

# "단둥을 거쳐", "훈춘과 단둥의 세관을 거쳐", "보텐 국경검문소를 통해": the match starts
# right after the place, so a crossing noun between place and verb stays part of it
_POST = r"(?:국경\s?)?(?:세관|해관|통상구|검문소|국경검문소|출입국사무소|다리|대교|철교)"
_THROUGH = re.compile(rf"(?:의\s|\s)?(?:{_POST})?(?:을|를)\s(?:통해|거쳐)|(?:의)?\s{_POST}")

# "옌지에 숨어", "옌지시 외곽의 한 주택에서", "옌지 시내의 은신처에서": a place people were at
_LOCATIVE = re.compile(
    r"(?:시)?(?:\([^)]*\))?(?:\s?(?:시내|외곽|인근|일대|근처|부근)(?:의)?)?(?:에서|에)(?:는|도)?\s"
    r"|(?:시)?(?:\([^)]*\))?\s(?:시내|외곽|인근|일대|근처|부근)의\s"
)

# "서울에 있는 구호단체", "서울 소재 단체": where a body sits, not where the event happened
_SEAT = re.compile(
    r"(?:시)?(?:에\s(?:있는|본부를\s둔|본부가\s있는|사무실을\s둔|기반을\s둔|위치한)|\s소재(?:의|한)?)\s"
)


def where_held(
    doc: KoText, cs: int, ce: int, to: str | None, pos: int | None = None
) -> tuple[Place, list[str]]:
    text, lex = doc.text, lexicon()
    found = [
        p
        for p in doc.within(doc.places, cs, ce)
        if not text[p.end : p.end + 8].lstrip().startswith(lex.not_place_after)
        and not _SEAT.match(text, p.end)
    ]
    # a trigger inside a quote takes the quote's places, not where the quote was given
    # ('서울에서 기자회견을 열고 "… 루앙남타주에서 체포된 …"')
    quote = doc.quote_at(pos) if pos is not None else None
    inside = [p for p in found if quote and quote[0] <= p.start < quote[1]]
    found = inside or found
    crossing: list[PlaceMention] = []
    for m in _THROUGH.finditer(text, cs, ce):
        chain = [p for p in found if p.end <= m.start()]
        pos = m.start()
        while chain and re.fullmatch(r"[\s과와,·및]*", text[chain[-1].end : pos]):
            p = chain.pop()
            crossing.append(p)
            pos = p.start
    table = places()
    names = place_names("ko")
    crossing_names = [
        p for p in crossing if table[p.place_id].kind in ("city", "county", "crossing")
    ]
    held = [p for p in found if p not in crossing and table[p.place_id].country != to]
    held = [p for p in held if table[p.place_id].kind != "country"]
    facility: str | None = None
    facility_id: str | None = None
    for p in held:
        kind = table[p.place_id].kind
        if kind == "facility":
            facility, facility_id = p.words, p.place_id
            break
        if kind in ("city", "county"):
            nouns = "|".join(re.escape(n) for n in lex.facility_nouns)
            mods = "|".join(re.escape(n) for n in lex.facility_modifiers)
            noun = re.match(
                rf"(?:\([^)]*\))?(?:시)?(?:의)?\s?((?:{mods})\s)?({nouns})",
                text[p.end : p.end + 24],
            )
            if noun:
                city = p.words[:-1] if p.words.endswith("시") else p.words
                facility = f"{city} {noun.group(1) or ''}{noun.group(2)}"  # as written
                facility_id = names.get(f"{canonical(p.place_id)} {noun.group(2)}".casefold())
                if facility_id is None:
                    facility, facility_id = _named_elsewhere(doc.text, p.place_id, facility)
                if not noun.group(1):  # "훈춘의 구류시설": the fuller name given elsewhere
                    facility = _fuller(doc.text, city) or facility
                break
    if facility is None:
        lo, hi = quote if quote else (cs, ce)
        facility, facility_id = _bare_facility(doc, max(cs, lo), min(ce, hi))
    levels: dict[str, set[str]] = {"city": set(), "province": set()}
    for p in held:
        kind = table[p.place_id].kind
        key = "city" if kind in ("city", "county") else kind
        if key in levels:
            levels[key].add(p.place_id)
    anchor = facility_id
    if len(levels["city"]) > 1:  # "투먼의 네 식구는 옌지에 숨어 지내다": where they were
        located = {
            p.place_id
            for p in held
            if p.place_id in levels["city"] and _LOCATIVE.match(text, p.end)
        }
        levels["city"] = located if len(located) == 1 else levels["city"]
    if anchor is None and len(levels["city"]) == 1:
        anchor = next(iter(levels["city"]))
    if anchor is None and len(levels["province"]) == 1:
        anchor = next(iter(levels["province"]))
    place = Place(facility=facility)
    if anchor:
        up: dict[str, PlaceEntry] = {}
        for e in ancestors(anchor):  # most specific first: a county stands for its city
            up.setdefault("city" if e.kind == "county" else e.kind, e)
        entry = table[anchor]
        place = Place(
            facility=facility,
            city=canonical(up["city"].id) if "city" in up else None,
            province=canonical(up["province"].id) if "province" in up else None,
            country=entry.country,
            place_id=anchor,
            lat=entry.lat,
            lon=entry.lon,
        )
    return place, list(dict.fromkeys(canonical(p.place_id) for p in reversed(crossing_names)))


def _bare_facility(doc: KoText, cs: int, ce: int) -> tuple[str | None, str | None]:
    """'이민국 수용소에 가둬 온 위구르족 40명': a facility named without its city takes the
    city the document gives it elsewhere ("방콕 이민국 수용소"), when that is one city."""
    lex = lexicon()
    nouns = "|".join(re.escape(n) for n in lex.facility_nouns)
    mods = "|".join(re.escape(n) for n in lex.facility_modifiers)
    bare = re.compile(rf"(?<![가-힣])(?:(?:{mods})\s)?(?:{nouns})")
    table = places()
    for m in bare.finditer(doc.text, cs, ce):
        if any(0 <= m.start() - p.end <= 1 for p in doc.places):
            continue  # "<city> 수용소": a named one, read by the caller if it is the event's
        # "<city> 구류소", "<city> 변방구류소" named in the report, those before it first
        named_at = re.compile(rf"\s?(?:(?:{mods})\s?)?[가-힣]{{0,3}}{re.escape(m.group())}")
        at: list[tuple[PlaceMention, re.Match[str]]] = []
        for p in doc.places:
            n = named_at.match(doc.text, p.end)
            if n and n.group().startswith(" ") and table[p.place_id].kind in ("city", "county"):
                at.append((p, n))
        before = [(p, n) for p, n in at if n.end() <= m.start()]
        for group in (before, at):
            cities = {p.place_id for p, _ in group}
            if len(cities) == 1:
                p, n = group[-1]
                return f"{canonical(p.place_id)}{n.group()}", p.place_id
        # "구류소 안에는": the one facility of that kind the report named before
        named = {
            p.place_id: p.words
            for p in doc.places
            if p.end <= m.start()
            and table[p.place_id].kind == "facility"
            and p.words.endswith(m.group())
        }
        if len(named) == 1:
            place_id, words = next(iter(named.items()))
            return words, place_id
    return None, None


def _fuller(text: str, city: str) -> str | None:
    """The one name with a modifier the report gives a facility of the city ("훈춘
    변방구류소"), for a plain mention of it ("훈춘의 구류시설")."""
    lex = lexicon()
    nouns = "|".join(re.escape(n) for n in lex.facility_nouns)
    mods = "|".join(re.escape(n) for n in lex.facility_modifiers)
    found = set(re.findall(rf"(?<![가-힣]){re.escape(city)}\s(?:{mods})\s?(?:{nouns})", text))
    found |= {
        f"{city} {n}"
        for n in re.findall(rf"(?<![가-힣]){re.escape(city)}\s((?:{mods})(?:{nouns}))", text)
    }
    return next(iter(found)) if len(found) == 1 else None


def _named_elsewhere(text: str, city_id: str, written: str) -> tuple[str, str]:
    """'바이산시의 구류시설': the city's one gazetteer facility, under the name the report
    gives it elsewhere ("바이산 구류소"), else as written."""
    table = places()
    own = [e for e in table.values() if e.kind == "facility" and e.parent == city_id]
    if len(own) != 1:
        return written, city_id
    said = [n for n in own[0].names.get("ko", ()) if n in text]
    return (said[0] if said else written), own[0].id


def canonical(place_id: str) -> str:
    """The first Korean name the gazetteer gives, else any name it has."""
    names = places()[place_id].names
    return next(iter(names.get("ko", ()) or [n for v in names.values() for n in v]), place_id)


def from_country(
    doc: KoText, cs: int, ce: int, to: str | None, where: Place, pos: int
) -> str | None:
    """Where held, else the country named nearest before the trigger that is not the
    destination ("중국 공안에 넘겨진 뒤 북한으로 송환": the second leg leaves China)."""
    if where.country:
        return where.country
    named = [c for c in doc.within(doc.countries, cs, ce) if c.code != to and c.kind == "name"]
    before = [c for c in named if c.end <= pos]
    if before:
        return before[-1].code
    if named:
        return named[0].code
    # "단둥 세관을 통해 북한으로": the crossing city the people left by is on the sending side
    sides = [
        places()[p.place_id].country
        for p in doc.within(doc.places, cs, ce)
        if not _SEAT.match(doc.text, p.end)
    ]
    return next((c for c in sides if c and c != to), None) or _acting_state(doc, cs, to)


# "파키스탄 정부는 …통보했다. …경찰은 …검거에 나섰다": the state whose authorities act
_AUTHORITY = re.compile(r"\s?(?:정부|경찰|당국|공안|군|이민청|이민국|국경수비대|국경경비대)")


def _acting_state(doc: KoText, cs: int, to: str | None) -> str | None:
    """A clause naming no country leaves from the state whose authorities the two sentences
    before it (or its own start) name - not the report's home country, nor the destination."""
    si = doc.sentence_index(cs)
    lo = doc.sentences[max(0, si - 2)].start
    home = lexicon().home_government
    acting = [
        c.code
        for c in doc.within(doc.countries, lo, cs)
        if c.kind == "name" and c.code not in (to, home) and _AUTHORITY.match(doc.text, c.end)
    ]
    return acting[-1] if acting else None
