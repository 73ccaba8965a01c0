"""Actors a page names outside its story: the government body whose own page it is (a
ministry's briefing transcript, named in the masthead) and the byline author of a signed
piece with the workplace the bio names.
"""

from __future__ import annotations

import re
from dataclasses import replace

from refwatch.extract.en_authors import opinion_author
from refwatch.extract.en_org_checks import CLAUSE_OPENERS
from refwatch.extract.en_registry import find_known, word_list
from refwatch.model import Actor, Document
from refwatch.nlp.en_names import fold, same_name


def site_owner(doc: Document, actors: list[Actor]) -> list[Actor]:
    """A body's own page (a ministry's briefing transcript): the masthead names a known
    government body; its spokespeople without an affiliation speak for it."""
    top = re.sub(r"<[^>]{0,2000}>", "\n", doc.raw[:3000].decode("utf-8", "replace"))
    head = [ln.strip() for ln in top.split("\n") if ln.strip()][:3]
    owner = next((k for ln in head if (k := find_known(ln)) and k.kind == "government"), None)
    if owner is None:
        return actors
    out = []
    for a in actors:
        if a.kind == "person" and not a.org and not a.country and a.role and _SPOKES.search(a.role):
            a = replace(a, org=owner.name, country=owner.country)
        out.append(a)
    if not any(a.actor_id == owner.id for a in out):
        out.append(
            Actor(name=owner.name, kind="government", country=owner.country, actor_id=owner.id)
        )
    return out


_SPOKES = re.compile(r"(?i)spokes(?:person|man|woman)|briefer")


def page_text(doc: Document) -> str:
    """The whole page as text (mastheads and footers name the site in full)."""
    raw = doc.raw[:300_000].decode("utf-8", "replace")
    return re.sub(r"<[^>]{0,2000}>", "\n", raw)


def byline_author(doc: Document, actors: list[Actor]) -> list[Actor]:
    """The byline author of a signed piece (`doc.meta["author"]`, when ingest found one,
    else a commentary's byline and closing bio) and the workplace the bio names."""
    name = (doc.meta.get("author") or "").strip()
    role, org = doc.meta.get("author_role") or None, None
    if not name and (found := opinion_author(doc)) is not None:
        name, role, org = found.name, found.role, found.org
    if not re.fullmatch(r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}", name):
        return []
    if any(a.kind == "person" and same_name(a.name, name) for a in actors):
        return []
    out = [Actor(name=name, kind="person", role=role, org=org)]
    if org and not any(fold(org) in {fold(n) for n in [a.name, *a.aliases]} for a in actors):
        out.append(Actor(name=org, kind="organization"))
    return out


def outlet_full_names(doc: Document, actors: list[Actor]) -> list[Actor]:
    """A news outlet the story credits by its short name ("told The Herald") takes the full
    name the page gives it elsewhere (masthead, title: "The Coastal Daily Herald") as an
    alias, when that name ends in the same word and holds every word of the short one."""
    ends = set(word_list("media_words"))
    page = page_text(doc)
    out = []
    for a in actors:
        words = a.name.split()
        if a.kind == "organization" and words and words[-1] in ends and len(words) <= 3:
            rx = rf"(?:The\s+)?(?:[A-Z][\w'’-]+\s+){{1,3}}{re.escape(words[-1])}(?![\w-])"
            core = {w for w in words if w != "The"}
            for m in re.finditer(rx, page):
                full = re.sub(r"\s+", " ", m.group(0))
                if full.split()[0] in CLAUSE_OPENERS:
                    continue
                if fold(full) != fold(a.name) and core <= set(full.split()):
                    if full not in a.aliases:
                        a = replace(a, aliases=[*a.aliases, full])
                    break
        out.append(a)
    return out
