"""English actors: people, organisations and governments a document names.

Mentions (`en_mentions`) are grouped into one Actor per real actor: people by romanisation
key, registry id and short forms ("Cho", "Minister Cho", "Pak" for "Jung Pak");
organisations by name, registry id and acronym ("Human Rights Watch (HRW)"); governments of
a whole state into one actor per country, ministries and other bodies each on their own.
Organisations named only as someone's employer are kept when they are civil-society groups
and dropped when they are ministries, companies or sub-units (that is the person's role).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc

from refwatch.domain import load_data, place_names
from refwatch.extract.en_mentions import (
    Mention,
    find_org_word,
    government_mentions,
    org_mentions,
    person_mentions,
)
from refwatch.extract.en_registry import find_known, known_actors, word_list
from refwatch.extract.en_roles import RoleInfo, role_of
from refwatch.extract.en_text import lines_of
from refwatch.model import Actor, ActorKind, Document
from refwatch.nlp.en_names import acronym, fold, parts, same_name, short_form_of


@dataclass
class _Group:
    kind: ActorKind
    mentions: list[Mention] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    known_id: str | None = None
    country: str | None = None
    role: str | None = None
    org: str | None = None
    affiliation_only: bool = True
    inside_other: bool = False  # named as part of a larger body ("X Center at the Y")

    def add(self, m: Mention) -> None:
        self.mentions.append(m)
        if m.text not in self.names:
            self.names.append(m.text)
        self.known_id = self.known_id or m.known_id
        self.country = self.country or m.country


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


def _place_words(sdoc: Doc) -> set[str]:
    """Names the document uses as places (spaCy GPE/LOC/FAC, the gazetteer)."""
    out = {fold(e.text) for e in sdoc.ents if e.label_ in ("GPE", "LOC", "FAC")}
    return out | set(place_names("en"))


def _dedupe(orgs: list[Mention], persons: list[Mention], bad: set[str]) -> list[Mention]:
    """One mention per span; none that is a place, a news outlet or holds a person's name."""
    out: dict[tuple[int, int], Mention] = {}
    for m in orgs:
        if fold(m.text) in bad and not m.known_id:
            continue
        if any(m.start <= p.start and p.end <= m.end for p in persons):
            continue
        if not m.known_id and any(short_form_of(m.text, p.text) for p in persons):
            continue
        prev = out.get((m.start, m.end))
        if prev is None or (m.known_id and not prev.known_id):
            out[(m.start, m.end)] = m
    return sorted(out.values(), key=lambda m: m.start)


def _person_groups(persons: list[Mention]) -> list[_Group]:
    full = [m for m in persons if len(parts(m.text)) >= 2]
    short = [m for m in persons if len(parts(m.text)) < 2]
    groups: list[_Group] = []
    for m in full:
        for g in groups:
            if (m.known_id and m.known_id == g.known_id) or any(
                same_name(m.text, n) for n in g.names
            ):
                g.add(m)
                break
        else:
            g = _Group("person")
            g.add(m)
            groups.append(g)
    # A short form joins a longer name it is part of, preferring the name it ends or
    # starts (a surname) and then the person named first (the story's main subject).
    for m in list(short) + [m for m in full if len(parts(m.text)) == 2]:
        cands = []
        for i, g in enumerate(groups):
            if m in g.mentions:
                continue
            for n in g.names:
                if short_form_of(m.text, n):
                    edge = parts(m.text)[-1] in (parts(n)[0], parts(n)[-1])
                    cands.append((not edge, i))
                    break
        if not cands:
            continue
        if any(m in g.mentions for g in groups) and len(parts(m.text)) >= 2:
            continue
        _, best = min(cands)
        groups[best].add(m)
    return [g for g in groups if any(len(parts(n)) >= 2 for n in g.names)]


def _org_groups(text: str, orgs: list[Mention]) -> list[_Group]:
    groups: list[_Group] = []
    pairs = {
        (fold(m.group(1)), m.group(2))
        for m in re.finditer(r"([A-Z][\w'’ .-]+?)\s+\(([A-Z]{2,8})\)", text)
    }
    long_forms = {
        acronym(m.group(0)): m.group(0)
        for m in re.finditer(
            r"(?:[A-Z][\w'’-]+\s+(?:(?:of|for|on|and)\s+)?){2,}[A-Z][\w'’-]+", text
        )
    }
    for m in orgs:
        key = fold(m.text)
        for g in groups:
            if m.country and g.country and m.country != g.country:
                continue
            if (
                (m.known_id and m.known_id == g.known_id)
                or any(fold(n) == key for n in g.names)
                or any((fold(n), m.text) in pairs or (key, n) in pairs for n in g.names)
                or any(fold(n).endswith(key) and len(key.split()) >= 2 for n in g.names)
                or any(key.endswith(fold(n)) and len(fold(n).split()) >= 2 for n in g.names)
                or any(_first_word_of(m.text, n) or _first_word_of(n, m.text) for n in g.names)
                or _same_body(m, g)
                or (m.text.isupper() and any(acronym(n) == m.text for n in g.names))
            ):
                g.add(m)
                break
        else:
            g = _Group(m.kind)
            g.add(m)
            groups.append(g)
    for g in groups:
        for n in list(g.names):
            if n.isupper() and n in long_forms and not any(len(x) > len(n) for x in g.names):
                g.names.insert(0, long_forms[n])
    return groups


def _first_word_of(short: str, full: str) -> bool:
    """ "Korvana" for "Korvana Electronics": a one-word name that starts a longer one."""
    return " " not in short and not short.isupper() and full.startswith(short + " ")


def _body_key(name: str) -> str:
    name = re.sub(r"Ministry of Foreign Affairs", "foreign ministry", name)
    name = re.sub(r"Ministry of Defen[cs]e", "defense ministry", name)
    return fold(name).split(" ", 1)[-1] if "'" in name else fold(name)


def _same_body(m: Mention, g: _Group) -> bool:
    """Two names of one ministry of one country ("Seoul's foreign ministry")."""
    if m.kind != "government" or g.kind != "government" or not m.country:
        return False
    key = _body_key(m.text)
    return g.country == m.country and any(
        _body_key(n).endswith(key) or key.endswith(_body_key(n)) for n in g.names
    )


def _national_groups(govs: list[Mention]) -> list[_Group]:
    national: dict[str, _Group] = {}
    for m in govs:
        if m.country:
            national.setdefault(m.country, _Group("government", country=m.country)).add(m)
    return [g for g in national.values() if any(m.strong for m in g.mentions)]


def _merge_known_national(groups: list[_Group]) -> list[_Group]:
    """A registry body that governs a whole state (a regime) absorbs that state's mentions."""
    table = known_actors()
    out = []
    regimes = {
        table[g.known_id].country: g
        for g in groups
        if g.known_id and g.known_id in table and table[g.known_id].national
    }
    for g in groups:
        target = regimes.get(g.country) if g.kind == "government" and not g.known_id else None
        if target is not None and target is not g and all(m.national for m in g.mentions):
            for m in g.mentions:
                target.add(m)
            continue
        out.append(g)
    return out


def _display_name(g: _Group) -> str:
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
    places = _place_words(sdoc)
    persons = [m for m in person_mentions(text, sdoc, lines) if fold(m.text) not in media]
    govs = government_mentions(text, sdoc, lines)
    national = [m for m in govs if m.national]
    orgs = _dedupe(
        [m for m in org_mentions(text, sdoc, lines) + govs if not m.national],
        persons,
        media | places,
    )
    persons = [
        m
        for m in persons
        if (fold(m.text) not in places or m.known_id)
        and not any(o.start <= m.start < o.end for o in orgs + national)
    ]
    org_spans = [(m.start, m.end, m.text) for m in orgs + national]
    person_groups = _person_groups(persons)
    affiliations: list[tuple[int, int]] = []
    for g in person_groups:
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
    named = {fold(n) for m in orgs + national for n in [m.text]}
    for g in person_groups:
        if g.org and fold(g.org) not in named and find_org_word(g.org):
            start = text.find(g.org)
            if start >= 0:
                orgs.append(Mention(start, start + len(g.org), g.org, "organization"))
                named.add(fold(g.org))
    groups = person_groups + _merge_known_national(
        _org_groups(text, orgs) + _national_groups(national)
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
    return [a for a in (_actor(g, doc) for g in groups) if a is not None]


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


def _actor(g: _Group, doc: Document) -> Actor | None:
    table = known_actors()
    known = table.get(g.known_id) if g.known_id else None
    name = _display_name(g)
    if g.kind != "person" and g.affiliation_only:
        last = name.split()[-1]
        if (
            g.kind == "government"
            or last in word_list("company_words")
            or (last in word_list("subunit_words") and g.inside_other)
            or (g.known_id in word_list("affiliation_not_actor"))
        ):
            return None
    aliases = [n for n in g.names if n != name]
    if known:
        aliases += [n for n in known.names if n != name]
    if g.kind == "government" and g.country and any(m.national for m in g.mentions):
        aliases += state_names(g.country)
    seen: set[str] = {name}
    aliases = [a for a in aliases if not (a in seen or seen.add(a))]  # type: ignore[func-returns-value]
    country = known.country if known else g.country
    org = g.org
    role = g.role
    if known and known.kind == "person":
        role = role or known.role_on(doc.reference_date)
        if not org and known.org and known.org in table:
            org = table[known.org].name
    if g.kind == "organization":
        country = known.country if known else None
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
