"""Where an English document names people and organisations.

Sources, each filtered by the word lists in `domain/en/actors.yaml`: spaCy's PERSON/ORG
entities (widened to whole names: "Hyun Seo" + "-ah", "Choe Son" + "Hui"), Korean-style
names the small model misses, names from the known-actor registry and "Name (ACRONYM)"
pairs. Government phrases are found by `en_gov_mentions`; the shared record and lookups
live in `en_mention_base`.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span

from refwatch.extract.en_mention_base import (
    Mention,
    countries_in,
    find_org_word,
    outermost,
)
from refwatch.extract.en_registry import find_known, known_actors, lexicon, word_list
from refwatch.extract.en_text import Lines, clean_span
from refwatch.extract.en_titled import past_titled_person, titled_person
from refwatch.model import ActorKind
from refwatch.nlp.countries import country_mentions

_KOREAN_NAME = re.compile(r"\b[A-Z][a-z]{1,6} [A-Z][a-z]+-[a-z]+\b")


def _ent(ent: Span) -> tuple[int, int]:
    return ent.start_char, ent.end_char


def _widen_person(text: str, start: int, end: int) -> tuple[int, int]:
    m = re.match(r"-[a-z]+", text[end:])
    if m:
        end += m.end()
    m = re.match(r" ([A-Z][a-z]+)\b", text[end:])
    if (
        m
        and re.match(r"[A-Z][a-z]+ [A-Z][a-z]+$", text[start:end])
        and not re.match(r" [A-Z][a-z]+ [A-Z]", text[end:])
    ):
        word = m.group(1)
        if len(word) <= 4 and word.casefold() not in _STOP_WORDS:
            end += m.end()
    return clean_span(text, start, end)


# "Full Name (ACRONYM)": the name is capitalised words joined by short connectors.
ACRONYM_PAIR = re.compile(
    r"((?:[A-Z][\w'’/-]*\s+(?:(?:of|for|on|in|and|the)\s+)*)*[A-Z][\w'’/-]*)\s+\(([A-Z]{2,8})\)"
)
# A name right after a role noun ("his Japanese counterpart, Kamikawa Yoko"), where the
# tagger may call it an organisation.
_AFTER_ROLE = re.compile(
    r"\b(?i:counterpart|minister|spokesperson|spokesman|spokeswoman|envoy|ambassador|leader"
    r"|director|chairman|chairwoman|official|representative|rapporteur|president),?\s+"
    r"((?:[A-Z][a-z]+)(?: [A-Z][a-z]+){1,2})(?![\w-])"
)
_CALENDAR = (
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March"
    r"|April|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\b"
)
_STOP_WORDS = {"the", "and", "said", "says", "was", "has", "had", "is", "on", "in", "at"}


def _bad_name(name: str, kind: str) -> bool:
    if "\n" in name or not name or not name[0].isupper():
        return True
    if any(_names_a_thing(name, w) for w in word_list("not_actor_words")):
        return True
    if name.split()[-1] in word_list("not_actor_last_words"):
        return True
    if " - " in name or re.search(_CALENDAR, name):
        return True
    first = name.split()[0].casefold()
    if first in word_list("not_name_first_words") or re.search(r"\d", name.split()[-1]):
        return True
    last = name.split()[-1]
    if last in word_list("media_words") or name in word_list("media"):
        return True
    if any(re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", name) for n in word_list("media")):
        return True  # "South Korea's Yonhap news agency": an outlet, however introduced
    if name.split()[0] in word_list("generic_org_words") and len(name.split()) == 1:
        return True
    if name.endswith("-based") or name.endswith("'"):
        return True
    titles = {str(t).casefold().rstrip(".") for t in lexicon("roles").get("titles") or ()}
    if kind == "person":
        if any(w.casefold().rstrip(".") in titles for w in name.split()):
            return True
    else:
        words = [w for w in name.split() if not country_mentions(w) and w not in ("UN", "U.N.")]
        if words and (words[0].casefold() in titles or " ".join(words[:2]).casefold() in titles):
            return True
    return bool(country_mentions(name) and country_mentions(name)[0].words == name)


def _names_a_thing(name: str, word: str) -> bool:
    """Whether `word` (a treaty, event or venue word) makes `name` a thing, not a body: it
    does unless it merely opens a longer proper name ("Covenant Refugee Advocacy", where
    "the Refugee Convention" and "the Covenant on ..." are treaties)."""
    if word.casefold() not in name.casefold():
        return False
    connector = r"(?i:against|on|of|for|relating|to|and|the|in)\b"
    opens = re.match(rf"{re.escape(word)}\s+(?!{connector})[A-Z]", name)
    return opens is None or " " in word


def _strip_title(text: str, start: int, end: int) -> int:
    titles = {str(t).casefold().rstrip(".") for t in lexicon("roles").get("titles") or ()}
    words = list(re.finditer(r"[\w.'’-]+", text[start:end]))
    while len(words) > 1 and words[0].group(0).casefold().rstrip(".") in titles:
        start = start + words[1].start()
        words = list(re.finditer(r"[\w.'’-]+", text[start:end]))
    return start


@cache
def _titled_surnames() -> re.Pattern[str]:
    """A title and one capitalised word after it ("Minister Han"): a short form of a name."""
    titles = sorted(
        {str(t) for t in lexicon("roles").get("titles") or () if str(t)[0].isupper()},
        key=len,
        reverse=True,
    )
    alts = "|".join(re.escape(t) for t in titles)
    # courtesy titles are written with or without the full stop ("Ms Ferro", "Ms. Ferro")
    bare = {str(h).rstrip(".") for h in lexicon("roles").get("honorifics") or ()}
    alts += "".join(f"|{re.escape(h)}\\.?" for h in sorted(bare, key=len, reverse=True))
    return re.compile(rf"\b(?:{alts})\s+([A-Z][a-z]+)(?![\w-]| [A-Z])")


def person_mentions(text: str, sdoc: Doc, lines: Lines) -> list[Mention]:
    spans: set[tuple[int, int]] = set()
    for ent in sdoc.ents:
        if ent.label_ in ("ORG", "GPE") and (titled := titled_person(text, *_ent(ent))):
            spans.add(titled)
        if ent.label_ == "PERSON" or (
            ent.label_ in ("GPE", "ORG") and (k := find_known(ent.text)) and k.kind == "person"
        ):
            spans.add((ent.start_char, ent.end_char))
    for m in _KOREAN_NAME.finditer(text):
        spans.add((m.start(), m.end()))
    for m in _titled_surnames().finditer(text):
        spans.add((m.start(1), m.end(1)))
    for m in _AFTER_ROLE.finditer(text):
        spans.add((m.start(1), m.end(1)))
    for actor in known_actors().values():
        if actor.kind != "person":
            continue
        for n in actor.names:
            for m in re.finditer(rf"(?<![\w-]){re.escape(n)}(?![\w-])", text):
                spans.add((m.start(), m.end()))
    out: dict[tuple[int, int], Mention] = {}
    for s, e in spans:
        if not lines.is_prose(s):
            continue
        s = _strip_title(text, s, e)
        s, e = _widen_person(text, s, e)
        name = text[s:e]
        if _bad_name(name, "person") or find_org_word(name):
            continue
        known = find_known(name)
        if known is not None and known.kind != "person":
            continue
        out[(s, e)] = Mention(s, e, name, "person", known_id=known.id if known else None)
    return outermost(list(out.values()))


@cache
def _org_run() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in word_list("org_words"))
    return re.compile(
        rf"(?:[A-Z][\w'’-]+\s+(?:(?:of|for|on)\s+(?:the\s+)?|and\s+)?){{1,6}}(?:{words})\b"
    )


def _widen_org(text: str, start: int, end: int) -> tuple[int, int]:
    """Grow an ORG span over the capitalised words and connectors of the whole name."""
    line_start = text.rfind("\n", 0, start) + 1
    left = text[line_start:start]
    m = re.search(r"((?:[A-Z][\w'’/-]*\s+(?:(?:of|for|on)\s+)?)+)$", left)
    if m and not re.match(r"(?:The|A|An|In|On|At|According)\s|the\s", m.group(1) + text[start:]):
        start = line_start + m.start(1)
    m = re.match(
        r"(?:['’]?\s+(?:(?:of|for|on)\s+(?:the\s+)?|in\s+the\s+|and\s+(?=[A-Z][\w'’-]*\s+[A-Z]))?"
        r"[A-Z][\w'’/-]*)*",
        text[end:],
    )
    if m:
        end += m.end()
    return clean_span(text, start, end)


def org_mentions(text: str, sdoc: Doc, lines: Lines) -> list[Mention]:
    spans: set[tuple[int, int]] = set()
    for ent in sdoc.ents:
        if ent.label_ == "ORG" and lines.is_prose(ent.start_char):
            spans.add(_widen_org(text, ent.start_char, ent.end_char))
    for actor in known_actors().values():
        if actor.kind == "person":
            continue
        for n in actor.names:
            flags = 0 if len(n) <= 6 else re.IGNORECASE
            for m in re.finditer(rf"(?<![\w-]){re.escape(n)}(?![\w-])", text, flags):
                if lines.is_prose(m.start()):
                    spans.add((m.start(), m.end()))
    for m in _org_run().finditer(text):
        if lines.is_prose(m.start()):
            spans.add(clean_span(text, m.start(), m.end()))
    for m in ACRONYM_PAIR.finditer(text):
        if not _bad_name(m.group(1), "organization"):
            spans.add(clean_span(text, m.start(1), m.end(1)))
            spans.add((m.start(2), m.end(2)))
    out = []
    place_next = {w.casefold() for w in word_list("place_next_words")}
    for s, e in spans:
        s, e = clean_span(text, s, e)
        s = past_titled_person(text, s, e)
        name = text[s:e]
        if _bad_name(name, "organization") or name.casefold() in {"un", "u.n."}:
            continue
        nxt = re.match(r"\s+([a-z]+)", text[e : e + 20])
        if nxt and nxt.group(1) in place_next and not find_known(name):
            continue  # "the Quanhe crossing": a place the tagger took for a body
        if re.match(r"(?:UN|U\.N\.)\s", name) and find_known(name) is None and len(name) < 8:
            continue
        if " and " in name and find_known(name.split(" and ")[0]):
            e = s + len(name.split(" and ")[0])
            name = text[s:e]
        owner = re.match(r"(.+?)['’]s\s", name)
        rest = name[owner.end() :] if owner else ""
        if (
            owner
            and not find_known(name)
            and not countries_in(owner.group(1) + " " + rest)
            and (find_known(owner.group(1)) or find_org_word(owner.group(1)))
        ):
            # "Amnesty International's South Asia director": the organisation is the owner
            e = s + len(owner.group(1))
            name = text[s:e]
        known = find_known(name)
        if known is not None and known.kind == "person":
            continue
        kind: ActorKind = known.kind if known else "organization"
        country = known.country if known else None
        if known is None and (
            re.search(r"\b(?:Ministry|Department|Command|Agency|Congress|Parliament)\b", name)
            or re.search(r"['’]s\s", name)
        ):
            found = country_mentions(name)
            if found:
                kind, country = "government", found[0].code
        out.append(Mention(s, e, name, kind, country, known.id if known else None))
    return outermost(out)
