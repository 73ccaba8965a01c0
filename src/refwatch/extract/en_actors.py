"""English actors: people, organisations and governments a document names.

Mentions (`en_mentions`) are grouped into one Actor per real actor: people by romanisation
key, registry id and short forms ("Cho", "Minister Cho", "Pak" for "Jung Pak");
organisations by name, registry id and acronym ("Human Rights Watch (HRW)"); governments of
a whole state into one actor per country, ministries and other bodies each on their own.
Organisations named only as someone's employer are kept when they are civil-society groups
and dropped when they are ministries, companies or sub-units (that is the person's role).
The byline author of a signed piece (`doc.meta["author"]`) is an actor too.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from refwatch.domain import load_data, place_names
from refwatch.extract.en_actor_pages import (
    byline_author,
    outlet_full_names,
    page_text,
    site_owner,
)
from refwatch.extract.en_appositives import (
    appositive_people,
    called_people,
    met_people,
    role_led_people,
)
from refwatch.extract.en_gov_mentions import government_mentions
from refwatch.extract.en_groups import (
    Group,
    dedupe,
    merge_known_national,
    national_groups,
    org_groups,
    person_groups,
)
from refwatch.extract.en_mention_base import Mention, find_org_word
from refwatch.extract.en_mentions import org_mentions, person_mentions
from refwatch.extract.en_org_checks import (
    common_nouns,
    credited_media,
    misread_names,
    place_like,
    silent_court,
    speaks_later,
    strip_base,
    trim_person_lead,
)
from refwatch.extract.en_registry import find_known, known_actors, word_list
from refwatch.extract.en_roles import RoleInfo, role_of
from refwatch.extract.en_short_names import courtesy_alias, short_name_mentions
from refwatch.extract.en_text import lines_of
from refwatch.model import Actor, Document
from refwatch.nlp.countries import country_mentions
from refwatch.nlp.en_names import fold, parts


def _sentence_bounds(sdoc: Doc, start: int) -> tuple[int, int]:
    span = sdoc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return start, start
    sent = span[0].sent
    return sent.start_char, sent.end_char


def _media_names(text: str) -> set[str]:
    nouns = "|".join(re.escape(n) for n in word_list("media_nouns"))
    found = re.findall(rf"([A-Z][\w' ]+?) is an? (?:[\w-]+ ){{0,3}}(?:{nouns})\b", text)
    found += re.findall(r"\(([A-Z][\w ]+?)\)\s+[-–—]", text)
    return {fold(f) for f in found}


def _place_words(sdoc: Doc) -> tuple[set[str], set[str]]:
    """Names the document uses as places: (sure, tagged). Sure: the gazetteer's and those
    the text follows with a place word ("Don Mueang airport", "Sindh Province"); tagged:
    spaCy's GPE/LOC/FAC, which a PERSON tag elsewhere may overrule."""
    tagged = {fold(e.text) for e in sdoc.ents if e.label_ in ("GPE", "LOC", "FAC")}
    words = "|".join(re.escape(w) for w in word_list("place_next_words"))
    named = re.findall(
        rf"\b((?:[A-Z][\w'-]+ ){{0,3}}[A-Z][\w'-]+)\s+(?i:{words})\b(?!['’]s)", sdoc.text
    )
    return {fold(n) for n in named} | set(place_names("en")), tagged


def _display_name(g: Group) -> str:
    table = known_actors()
    known = table.get(g.known_id) if g.known_id else None
    if known and known.kind != "person":
        return known.name
    if known:
        same = [n for n in g.names if fold(n) == fold(known.name)]
        if same:
            return known.name if known.name in same else same[0]
    full = [n for n in g.names if len(parts(n)) >= 2] or g.names
    if g.kind == "government":
        full = list(g.names)
        strong = [m.text for m in g.mentions if m.strong]
        explicit = [n for n in full if re.search(r"[Gg]overnment|administration", n)]
        full = explicit or [n for n in full if n in strong] or full
    if g.kind == "organization":
        full = sorted(full, key=lambda n: n.isupper())
    return full[0]


def find_actors(doc: Document, sdoc: Doc) -> list[Actor]:
    """Actors named in `doc`, spelling variants merged into one record each."""
    text = doc.text
    lines = lines_of(text)
    media = _media_names(text)
    sure_places, tagged_places = _place_words(sdoc)
    places = sure_places | tagged_places
    persons = [m for m in person_mentions(text, sdoc, lines) if fold(m.text) not in media]
    # a role apposition makes a name a person whatever the tagger called it
    appositive = [
        a
        for a in appositive_people(text, lines)
        + met_people(text, lines)
        + role_led_people(text, lines)
        + called_people(text, lines)
        if fold(a.text) not in sure_places and not any(p.start <= a.start < p.end for p in persons)
    ]
    persons = [p for p in persons if not any(a.start <= p.start < a.end for a in appositive)]
    persons += appositive
    sure_people = {fold(a.text) for a in appositive}
    govs = government_mentions(text, sdoc, lines)
    national = [m for m in govs if m.national]
    orgs = dedupe(
        trim_person_lead(
            text, [m for m in org_mentions(text, sdoc, lines) + govs if not m.national], persons
        ),
        persons,
        media | places,
    )
    taken = {fold(m.text) for m in orgs}
    orgs += [m for m in credited_media(text, lines.is_prose) if fold(m.text) not in taken]
    towns = place_like(text, orgs) | common_nouns(text, orgs) | misread_names(text, orgs)
    orgs = [strip_base(m) for m in orgs if m.text not in towns]
    # the tagger may call a name a place once and a person elsewhere: a person then
    tagged_people = {fold(e.text) for e in sdoc.ents if e.label_ == "PERSON"}
    persons = [
        m
        for m in persons
        if (
            m.known_id
            or fold(m.text) not in places
            or (fold(m.text) in tagged_people and fold(m.text) not in sure_places)
            or fold(m.text) in sure_people
            or courtesy_alias(text, m) is not None  # "Ms Sirinya": a person, not a place
        )
        and not any(o.start <= m.start < o.end for o in orgs + national)
    ]
    org_spans = [(m.start, m.end, m.text) for m in orgs + national]
    persons += short_name_mentions(sdoc, persons)
    people = person_groups(persons)
    affiliations: list[tuple[int, int]] = []
    for g in people:
        for m in g.mentions:
            s, e = _sentence_bounds(sdoc, m.start)
            info: RoleInfo = role_of(text, m.start, m.end, s, e, org_spans)
            affiliations.extend(info.covered)
            if info.org_span:
                affiliations.append(info.org_span)
            g.role = g.role or info.role
            g.org = g.org or info.org
            g.country = g.country or info.country
            if info.title_words and len(parts(m.text)) == 1:
                g.names.append(f"{info.title_words} {m.text}")
            if (titled := courtesy_alias(text, m)) and titled not in g.names:
                g.names.append(titled)
    named = {fold(n) for m in orgs + national for n in [m.text]}
    for g in people:
        if (
            g.org
            and fold(g.org) not in named
            and (find_org_word(g.org) or "Embassy" in g.org or "Consulate" in g.org)
        ):
            start = text.find(g.org)
            if start >= 0:
                orgs.append(_workplace(start, g.org))
                named.add(fold(g.org))
    groups = people + merge_known_national(
        org_groups(text, orgs, lambda: page_text(doc)) + national_groups(national)
    )
    for g in groups:
        if g.kind == "person":
            continue
        g.affiliation_only = all(
            any(s <= m.start and m.end <= e for s, e in affiliations) for m in g.mentions
        )
        g.inside_other = any(
            re.match(r"\s+(?:at|of)\s+(?:the\s+)?[A-Z]", text[m.end :])
            or re.search(r"['’]s\s+$", text[: m.start])
            for m in g.mentions
        )
    actors = [a for a in (_actor(g, doc) for g in groups) if a is not None]
    return outlet_full_names(doc, site_owner(doc, actors)) + byline_author(doc, actors)


def _workplace(start: int, name: str) -> Mention:
    """A person's employer found only in their role: a state's body when a country word
    and a ministry or mission word name it ("the Lao Embassy in Hanoi")."""
    found = country_mentions(name)
    if found and re.search(r"\b(?:Ministry|Embassy|Consulate)\b", name):
        return Mention(start, start + len(name), name, "government", found[0].code)
    return Mention(start, start + len(name), name, "organization")


def _speaks(g: Group, text: str) -> bool:
    first = min(m.end for m in g.mentions)
    return any(speaks_later(text, n, first) for n in g.names)


def state_names(code: str) -> list[str]:
    """The usual ways English names a state's government: "China", "Beijing", "Chinese
    government", "China's government", "Chinese authorities"."""
    rec = ((load_data("en/countries.yaml") or {}).get("countries") or {}).get(code) or {}
    names = [str(n) for n in (rec.get("names") or [])[:1]]
    adjs = [str(a) for a in (rec.get("adjectives") or [])[:1]]
    caps = [str(c) for c in (rec.get("capitals") or [])[:1]]
    out = names + caps
    out += [f"{a} government" for a in adjs] + [f"{n}'s government" for n in names]
    out += [f"{a} authorities" for a in adjs]
    return out


def _actor(g: Group, doc: Document) -> Actor | None:
    table = known_actors()
    known = table.get(g.known_id) if g.known_id else None
    name = _display_name(g)
    if g.kind != "person" and g.affiliation_only and not _speaks(g, doc.text):
        last = name.split()[-1]
        if (
            g.kind == "government"
            or re.match(r"(?:[A-Z][\w'’]*\s+)?Ministry\b", name)
            or last in word_list("company_words")
            or (last in word_list("subunit_words") and g.inside_other)
            or (g.known_id in word_list("affiliation_not_actor"))
        ):
            return None
    if g.kind == "organization" and not known and silent_court(g.names, doc.text):
        return None
    aliases = [n for n in g.names if n != name]
    if known:
        aliases += [n for n in known.names if n != name]
    if g.kind == "government" and g.country and any(m.national for m in g.mentions):
        aliases += state_names(g.country)
    seen: set[str] = {name}
    unique = []
    for a in aliases:
        if a not in seen:
            seen.add(a)
            unique.append(a)
    aliases = unique
    country = known.country if known else g.country
    org = g.org
    role = g.role
    if known and known.kind == "person":
        role = role or known.role_on(doc.reference_date)
        if not org and known.org and known.org in table:
            org = table[known.org].name
    if g.kind == "organization":
        country = known.country if known else None
    if g.kind == "person" and not country and org:
        body = find_known(org)
        if body is not None and body.kind == "government":
            country = body.country
    if g.kind == "person" and org and not known:
        org_known = find_known(org)
        if org_known is None or org_known.kind == "organization":
            country = None if not re.search(r"Ministry|Department|Government", org) else country
    return Actor(
        name=name,
        kind=g.kind,
        aliases=aliases,
        country=country,
        org=org,
        role=role,
        actor_id=g.known_id,
    )
