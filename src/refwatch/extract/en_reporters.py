"""Who an English text credits for a claim: "according to X", "X said / confirmed that ..."."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from refwatch.domain import place_names
from refwatch.extract.en_lexicon import IncidentLexicon
from refwatch.extract.en_triggers import Trigger

_ACCORDING = re.compile(r"\b[Aa]ccording to\s+([^,;.:\n]+)")
# ", UNHCR," / ", Human Rights Watch," after a description: the name it goes by
_APPOSITIVE = re.compile(r",\s*((?:[A-Z][\w'&.-]*\s*){1,6}?)\s*,")
_BASED = re.compile(r"^(?:the\s+)?(?:[A-Z][\w.'-]*\s+)?[A-Z][\w.'-]*-based\s+", re.I)
_PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "this", "that", "who", "which"}
_SOURCE_NOUNS = re.compile(
    r"\s+(?:figures|data|estimates?|reports?|sources?|accounts?|statements?)$", re.I
)
_POSSESSIVES = {"its", "their", "his", "her", "our", "my", "your", "every", "each"}


# "..., where, according to X, several were later jailed": X vouches for the relative
# clause's claim, not for the event the sentence reports
_IN_RELATIVE = re.compile(r"\b(?:where|who|whom|which)\s*,?\s*$", re.I)
# "BANGKOK – ", "SEOUL (Wire) — ": a dateline run into the first sentence's subject
_DATELINE = re.compile(
    r"^[A-Z][A-Z .'-]{2,40}(?:,\s*[A-Z][\w .'-]{1,30})?(?:\s*\([^)]*\))?\s*[-–—]+\s*"
)


def _according_to(sdoc: Doc, sent: Span) -> list[str]:
    out = []
    for m in _ACCORDING.finditer(sent.text):
        if _IN_RELATIVE.search(sent.text[max(0, m.start() - 12) : m.start()]):
            continue
        named = _APPOSITIVE.match(sent.text, m.end(1))
        if m.group(1)[:4].casefold() == "the " and named is not None:
            out.append(named.group(1))  # "according to the UN refugee agency, UNHCR,"
            continue
        start = sent.start_char + m.start(1)
        end = sent.start_char + m.end(1)
        ents = [
            e
            for e in sdoc.ents
            if start <= e.start_char < end
            and e.label_ in {"ORG", "PERSON", "NORP"}
            and not sdoc.text.startswith("-", e.end_char)  # "the Herat-based ..."
        ]
        # a nationality inside a name ("the Afghan Migrant Union") is not the source
        sources = [e for e in ents if e.label_ != "NORP"] or [
            e for e in ents if len(e.text) >= 0.6 * (end - start)
        ]
        if sources:
            e = sources[0]
            first = e.start
            while first > 0 and sdoc[first - 1].idx >= start and sdoc[first - 1].text.istitle():
                first -= 1  # "the Afghan | Migrant Support Union"
            out.append(sdoc[first : e.end].text)
            continue
        # "UNHCR's figures" -> UNHCR; "the capital's police" names the police
        phrase = re.sub(r"'s\b(?!\s+(?:police|authorities|officials)\b).*$", "", m.group(1))
        phrase = phrase.strip()
        phrase = _BASED.sub("", phrase)
        phrase = _SOURCE_NOUNS.sub("", phrase)
        if not weak(phrase):
            phrase = re.sub(r"^the\s+", "", phrase, flags=re.I)
        if phrase and phrase.casefold() not in _PRONOUNS:
            out.append(phrase)
    return out


def _subject_text(subj: Token) -> str | None:
    if subj.lower_ in _PRONOUNS:
        return None
    tokens = list(subj.subtree)
    span = subj.doc[tokens[0].i : tokens[-1].i + 1]
    # the named head of the subject, not a name in its modifier ("officials in Balochistan")
    named = [
        e for e in span.ents if e.label_ in {"ORG", "PERSON", "NORP"} and e.start <= subj.i < e.end
    ]
    if named and named[0].label_ != "NORP":
        return named[0].text
    words = re.split(r"\s*[,(\n]\s*|\s+(?:who|which|that)\s+", _DATELINE.sub("", span.text))[0]
    words = words.strip()
    if not words or words.split()[0].casefold() in {"every", "each"}:
        return None
    if words.casefold() in place_names("en"):
        return None  # a dateline ("SEOUL - ...") parsed as the subject
    return words


def _sayer(trigger: Token, lex: IncidentLexicon) -> str | None:
    """The named subject of the nearest reporting verb above the trigger ("Human Rights
    Watch said its sources knew ...": past an unnamed sayer to a named one)."""
    tok = trigger
    fallback = None
    for _ in range(8):
        if tok.head is tok:
            break
        tok = tok.head
        if tok.pos_ == "VERB" and tok.lemma_.casefold() in lex.reporting_verbs:
            # "HANOI – Lanna Watch said": a dateline parsed as a second subject names no one
            subjects = [c for c in tok.children if c.dep_ == "nsubj"]
            who = next((w for s in subjects if (w := _subject_text(s))), None)
            if who and not weak(who):
                return who
            fallback = fallback or who
    return fallback


def _relative_sayer(trigger: Token, lex: IncidentLexicon) -> str | None:
    """ "transfers that Human Rights Watch has documented": the sayer in a relative clause."""
    for c in trigger.children:
        if c.dep_ == "relcl" and c.lemma_.casefold() in lex.reporting_verbs:
            subj = next((g for g in c.children if g.dep_ == "nsubj"), None)
            if subj is not None:
                return _subject_text(subj)
    return None


def weak(words: str) -> bool:
    """'her sister', 'the group': a source named elsewhere, or not at all."""
    first = words.split()[0].casefold() if words.split() else ""
    return first in _POSSESSIVES or bool(re.fullmatch(r"(?:the|this|that)\s+\w+", words, re.I))


def reporters(sdoc: Doc, sent: Span, triggers: list[Trigger], lex: IncidentLexicon) -> list[str]:
    """Who the sentence credits; 'the group' is the organisation named just before, and a
    source the text never names ('her sister') is kept as written (`weak`): callers use it
    only where the event has no named source."""
    found = _according_to(sdoc, sent)
    for t in triggers:
        who = _sayer(t.token, lex) or _relative_sayer(t.token, lex)
        if who and who not in found:
            found.append(who)
    if not found:
        who = _trailing_attribution(sent.text, lex)
        if who:
            found.append(who)
    out = []
    for who in found:
        if _GENERIC.fullmatch(who):
            who = (
                _org_with_head(sdoc.text, sent.start_char, who)
                or _last_organisation(sdoc, sent)
                or who
            )
        elif weak(who):
            who = _named_relation(sdoc.text, who) or who
        else:
            who = _name_beside(sent.text, who) or who
        out.append(who)
    out += [c for c in _cited(sent.text) if c not in out]
    full = acronyms(sdoc.text)
    out = [_THERE.sub("", name) for name in out]  # "traders there"
    out = [_VEHICLE.sub("", part) for name in out for part in split_credits(name)]
    return list(dict.fromkeys(full.get(name) or _spelled_out(sdoc.text, name) for name in out))


_THERE = re.compile(r"\s+(?:there|here|on the ground|at the time)$", re.I)
# "a statement from the city's police": the body that issued it is the source
_VEHICLE = re.compile(
    r"^(?:an?\s+|the\s+)?(?:statements?|reports?|figures|data|estimates?|accounts?)\s+"
    r"(?:from|by|of)\s+",
    re.I,
)
# "lawyers and Thai senators": two sources; a name that runs on across "and"
# ("Lawyers for Human Rights and Justice") is one
_AND = re.compile(r"\s+and\s+(?=\S)")


def split_credits(name: str) -> list[str]:
    parts = _AND.split(name)
    if len(parts) != 2:
        return [name]
    left, right = parts
    if left.split()[-1][:1].isupper() and right.split()[0][:1].isupper():
        return [name]
    if len(left.split()) > 4 or len(right.split()) > 6:
        return [name]
    return [left, right]


def _spelled_out(text: str, name: str) -> str:
    """'TRW' -> 'Tumen River Watch' when the text names it in full without a bracket."""
    if not re.fullmatch(r"[A-Z]{2,6}", name):
        return name
    words = r"\s+".join(rf"{c}[\w'’-]+(?:\s+(?:of|for|and|the|on|in|to))?" for c in name)
    m = re.search(rf"\b{words}\b", text)
    return re.sub(r"\s+", " ", m.group(0)) if m is not None else name


_TRAILING = re.compile(
    r",\s*([^,;\"“”]{2,90}?)\s+(\w+)(?:\s+(?:on|in|last|this|from)\b[^,;]{0,30})?[.!?]?[\"”]?\s*$"
)


def _trailing_attribution(text: str, lex: IncidentLexicon) -> str | None:
    """'..., a source familiar with the matter said on the 7th.' (the parse often misses it)."""
    m = _TRAILING.search(text.strip())
    if m is None or not _is_reporting(m.group(2), lex):
        return None
    who = re.sub(r"\s+(?:has|have|had)$", "", m.group(1).strip())  # "X has learned"
    if who.casefold() in _PRONOUNS:
        return None
    return who


def _is_reporting(verb: str, lex: IncidentLexicon) -> bool:
    low = verb.casefold()
    irregular = {"said": "say", "told": "tell", "found": "find", "wrote": "write", "knew": "know"}
    forms = {irregular.get(low, low), low[:-1], low[:-2], low[:-3]}
    return bool(forms & lex.reporting_verbs)


_NAME = r"([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})"
_ORG_NAME = r"([A-Z][\w'-]+(?:\s+(?:(?:of|for|and|on)\s+)?[A-Z][\w'-]+)*)"


def _name_beside(text: str, phrase: str) -> str | None:
    """'a second monitoring group, the Ferry Line Collective, said', 'the national news agency
    Bernama reported': a description the text follows with the source's name."""
    words = phrase.split()
    if len(words) < 2 or any(w[:1].isupper() for w in words[1:]):
        return None
    esc = re.escape(phrase).replace("\\ ", r"\s+")
    m = re.search(rf"{esc}(?:,\s+(?:the\s+)?{_ORG_NAME},|\s+{_ORG_NAME}\b)", text)
    if m is None:
        return None
    return m.group(1) or m.group(2)


def _cited(text: str) -> list[str]:
    """'..., X reported, citing the Immigration Department': a second credited source."""
    return [
        m.group(1)
        for m in re.finditer(rf",\s+citing\s+(?:the\s+)?{_ORG_NAME}", text)
        if len(m.group(1).split()) >= 2 or m.group(1).isupper()
    ]


def _named_relation(text: str, phrase: str) -> str | None:
    """'her sister' -> 'Park Ha-na' where the text says "her sister, Park Ha-na"."""
    words = re.escape(phrase).replace("\\ ", r"\s+")
    m = re.search(rf"(?i:{words}),?\s+{_NAME}", text)
    return m.group(1) if m is not None else None


_GENERIC = re.compile(
    r"(?:the|this)\s+(?:group|organi[sz]ation|agency|network|coalition|watchdog|monitor"
    r"|alliance|committee|collective|cent(?:re|er)|foundation|institute|association|union"
    r"|council|commission|federation|society|initiative|project|clinic|mission)",
    re.I,
)


def _org_with_head(text: str, before: int, phrase: str) -> str | None:
    """'the alliance' -> 'Northland Refugee Alliance': the last name before the sentence
    (else the first after it) ending in the same noun."""
    noun = phrase.split()[-1]
    pattern = re.compile(
        rf"\b((?:[A-Z][\w'’&.-]*\s+(?:(?:of|for|and|on|the)\s+)*){{1,6}}{noun.capitalize()})\b"
    )
    found = [m for m in pattern.finditer(text) if not m.group(1).startswith(("The ", "This "))]
    found += [m for m in pattern.finditer(text) if m.group(1).startswith(("The ", "This "))
              and len(m.group(1).split()) > 2]  # fmt: skip
    if not found:
        return None
    prior = [m for m in found if m.end() <= before]
    m = max(prior, key=lambda x: x.start()) if prior else min(found, key=lambda x: x.start())
    return re.sub(r"^(?:The|This)\s+", "", m.group(1))


def _last_organisation(sdoc: Doc, sent: Span) -> str | None:
    """'the group said': the organisation named last before this sentence, nearby."""
    before = [
        e
        for e in sdoc.ents
        if e.label_ == "ORG" and e.end_char <= sent.start_char
        and sent.start_char - e.end_char < 1500
    ]  # fmt: skip
    return before[-1].text if before else None


_ACRONYM = re.compile(
    r"((?:[A-Z][\w'’.-]*\s+(?:(?:of|for|and|the|on|in|to)\s+)*){1,9})\(([A-Z]{2,8})\)"
)


@lru_cache(maxsize=16)
def acronyms(text: str) -> dict[str, str]:
    """'Human Rights Watch (HRW)' -> {'HRW': 'Human Rights Watch'}, initials permitting."""
    out: dict[str, str] = {}
    for m in _ACRONYM.finditer(text):
        words = m.group(1).split()
        short = m.group(2)
        # take the shortest tail of capitalised words whose initials spell the acronym
        for i in range(len(words)):
            tail = words[i:]
            initials = "".join(w[0] for w in tail if w[0].isupper())
            if initials == short:
                out[short] = " ".join(tail).strip(" ,")
                break
    return out
