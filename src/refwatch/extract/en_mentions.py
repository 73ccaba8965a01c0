"""Where an English document names people, organisations and governments.

Sources, each filtered by the word lists in `domain/en/actors.yaml`: spaCy's PERSON/ORG
entities (widened to whole names: "Hyun Seo" + "-ah", "Choe Son" + "Hui"), Korean-style
names the small model misses, names from the known-actor registry, "Name (ACRONYM)"
pairs, and government phrases built on country words ("the Thai government",
"Government of the Republic of Korea", "China's representatives in Geneva").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Token

from refwatch.extract.en_registry import find_known, known_actors, lexicon, word_list
from refwatch.extract.en_text import Lines, clean_span
from refwatch.model import ActorKind
from refwatch.nlp.countries import CountryMention, country_mentions


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    kind: ActorKind
    country: str | None = None
    known_id: str | None = None
    national: bool = False  # names a state's government as a whole ("Chinese authorities")
    strong: bool = True  # weak mentions only join an actor named elsewhere


_KOREAN_NAME = re.compile(r"\b[A-Z][a-z]{1,6} [A-Z][a-z]+-[a-z]+\b")
_NATIONAL = r"government|authorities|administration|officials|representatives(?: in [A-Z][a-z]+)?"
_BODY = (
    r"(?:[Ff]oreign|[Dd]efen[cs]e|[Ii]nterior|[Hh]ome|[Jj]ustice|[Ii]mmigration|[Ss]ecurity"
    r"|[Pp]ublic [Ss]ecurity|[Ll]abou?r) [Mm]inistry"
    r"|Ministry of [A-Z][a-z]+(?: [A-Z][a-z]+)*"
    r"|[Ii]mmigration (?:[Bb]ureau|[Dd]epartment|[Ss]ervice|[Aa]uthorities)"
    r"|[Ee]mbassy(?: in [A-Z][a-z]+(?: [A-Z][a-z]+)?)?"
)


@cache
def _speech_lemmas() -> tuple[frozenset[str], frozenset[tuple[str, str]]]:
    """Reporting verbs (lemmas) and verb + word pairs ("lodge protest") from the lexicon."""
    data = lexicon("statements")
    single = {str(v) for v in data.get("speech_verbs") or ()}
    pairs: set[tuple[str, str]] = set()
    for verbs in (data.get("typed_verbs") or {}).values():
        for v in verbs:
            words = str(v).split()
            if len(words) == 1:
                single.add(words[0])
            else:
                pairs.add((words[0], words[-1]))
    return frozenset(single), frozenset(pairs)


def is_speech_verb(tok: Token) -> bool:
    single, pairs = _speech_lemmas()
    if tok.lemma_ in single:
        return True
    return any((tok.lemma_, c.lemma_) in pairs for c in tok.children)


def is_speaker_token(sdoc: Doc, start: int, end: int) -> bool:
    """Whether the words at text[start:end] are the subject of a reporting verb."""
    span = sdoc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return root.dep_ == "nsubj" and is_speech_verb(root.head)


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
    if any(w.casefold() in name.casefold() for w in word_list("not_actor_words")):
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
    return re.compile(rf"\b(?:{alts})\s+([A-Z][a-z]+)(?![\w-]| [A-Z])")


def person_mentions(text: str, sdoc: Doc, lines: Lines) -> list[Mention]:
    spans: set[tuple[int, int]] = set()
    for ent in sdoc.ents:
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
    return _outermost(list(out.values()))


def find_org_word(name: str) -> bool:
    return any(w in word_list("org_words") for w in name.split())


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
    return _outermost(out)


def countries_in(text: str) -> list[CountryMention]:
    """Country words in `text`; "the South" gives way to "South Korean" where it runs on."""
    out = []
    for cm in country_mentions(text):
        if cm.words.startswith("the "):
            inner = country_mentions(text[cm.start + 4 : cm.start + 64])
            if inner and inner[0].start == 0 and inner[0].end > len(cm.words) - 4:
                i = inner[0]
                cm = CountryMention(cm.start + 4, cm.start + 4 + i.end, i.code, i.kind, i.words)
        out.append(cm)
    return out


_PLACE_BEFORE = re.compile(
    r"\b(?:in front of|outside|at|near|to|into|from|inside|opposite|before)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def government_mentions(text: str, sdoc: Doc, lines: Lines) -> list[Mention]:
    """Government phrases built on country words, and countries acting as speakers."""
    out: list[Mention] = []
    for cm in countries_in(text):
        if not lines.is_prose(cm.start):
            continue
        after = text[cm.end : cm.end + 60]
        before = text[max(0, cm.start - 40) : cm.start]
        if cm.kind in ("name", "adjective", "capital"):
            m = re.match(rf"(?:['’]s)?\s+(?:({_NATIONAL})|({_BODY}))\b", after)
            if (m and cm.kind != "capital") or (m and m.group(2)):
                s, e = clean_span(text, cm.start, cm.end + m.end())
                if _PLACE_BEFORE.search(before) and re.search(r"(?i)embassy", m.group(0)):
                    continue  # "a rally in front of the Chinese Embassy": a building
                national = m.group(1) is not None
                weak = national and not re.match(r"government|administration", m.group(1))
                strong = not weak or is_speaker_token(sdoc, s, e)
                kind: ActorKind = "government"
                out.append(
                    Mention(s, e, text[s:e], kind, cm.code, national=national, strong=strong)
                )
                continue
        g = re.search(r"(?:the\s+)?[Gg]overnment of (?:the\s+)?$", before)
        if g and cm.kind == "name":
            s = cm.start - (len(before) - g.start())
            s, e = clean_span(text, s, cm.end)
            out.append(Mention(s, e, text[s:e], "government", cm.code, national=True))
            continue
        a = re.search(r"(?:the\s+)?authorities in $", before)
        if a and cm.kind == "capital":
            s = cm.start - (len(before) - a.start())
            s, e = clean_span(text, s, cm.end)
            out.append(
                Mention(
                    s,
                    e,
                    text[s:e],
                    "government",
                    cm.code,
                    national=True,
                    strong=is_speaker_token(sdoc, s, e),
                )
            )
            continue
        if cm.kind in ("name", "capital") and is_speaker_token(sdoc, cm.start, cm.end):
            out.append(Mention(cm.start, cm.end, cm.words, "government", cm.code, national=True))
    return out


def _outermost(mentions: list[Mention]) -> list[Mention]:
    """Drop mentions that lie inside a longer mention of the same kind."""
    keep = []
    for m in mentions:
        inside = any(
            o is not m
            and o.start <= m.start
            and m.end <= o.end
            and (o.end - o.start) > (m.end - m.start)
            for o in mentions
        )
        if not inside:
            keep.append(m)
    return sorted(keep, key=lambda m: m.start)
