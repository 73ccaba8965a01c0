"""The statement lexicon (`domain/en/statements.yaml`) applied to spaCy tokens and text.

A reporting verb is either typed ("urged", "condemned", "voiced concern") or neutral
("said", "told"); a neutral verb's statement takes its type from what was said, through
the content patterns, in the lexicon's order of precedence. Also: which country a
statement is aimed at, and whether it is about forced return.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Literal

from spacy.tokens import Token

from refwatch.extract.en_mention_base import countries_in
from refwatch.extract.en_registry import lexicon
from refwatch.model import StatementType, Topic

_TYPES: dict[str, StatementType] = {
    "concern": "concern",
    "criticize": "criticize",
    "urge": "urge",
    "defend": "defend",
    "deny": "deny",
    "pledge": "pledge",
    "decline": "decline",
}


@cache
def _typed() -> tuple[dict[str, StatementType], dict[tuple[str, str], StatementType]]:
    single: dict[str, StatementType] = {}
    pairs: dict[tuple[str, str], StatementType] = {}
    for name, verbs in (lexicon("statements").get("typed_verbs") or {}).items():
        kind = _TYPES[str(name)]
        for v in verbs:
            words = str(v).split()
            if len(words) == 1:
                single.setdefault(words[0], kind)
            else:
                pairs.setdefault((words[0], words[-1]), kind)
    return single, pairs


@cache
def _neutral() -> frozenset[str]:
    return frozenset(str(v) for v in lexicon("statements").get("speech_verbs") or ())


def verb_type(tok: Token) -> StatementType | Literal[False] | None:
    """The type a verb carries, False for a neutral reporting verb, None if not one."""
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    single, pairs = _typed()
    particles = {str(p) for p in lexicon("statements").get("particles") or ()}
    # a particle follows its verb: the "to" of "went there to ask" is no "ask to"
    after = [c for c in tok.children if c.i > tok.i]
    children = {c.lemma_.casefold() for c in after}
    children |= {g.lemma_.casefold() for c in after if c.dep_ == "xcomp" for g in c.children}
    window = [t.lemma_.casefold() for t in tok.doc[tok.i + 1 : min(tok.i + 8, tok.sent.end)]]
    for word in window:
        if (tok.lemma_, word) in pairs and (word not in particles or word in children):
            return pairs[(tok.lemma_, word)]
    if tok.lemma_ in single:
        return single[tok.lemma_]
    if tok.lemma_ in _neutral():
        return False
    return None


@cache
def _content() -> list[tuple[StatementType, re.Pattern[str]]]:
    data = lexicon("statements")
    order = [str(t) for t in data.get("precedence") or ()]
    out = []
    for name in order:
        for rx in (data.get("content") or {}).get(name) or ():
            out.append((_TYPES[name], re.compile(str(rx))))
    return out


@cache
def modals() -> frozenset[str]:
    return frozenset(str(m) for m in lexicon("statements").get("modals") or ())


def content_type(text: str) -> StatementType | None:
    """The type what was said shows, by the lexicon's precedence; None if no cue."""
    low = text.casefold().replace("’", "'")
    for kind, rx in _content():
        if rx.search(low):
            return kind
    return None


@cache
def weak_verbs() -> frozenset[str]:
    return frozenset(str(v) for v in lexicon("statements").get("weak_verbs") or ())


@cache
def noun_types() -> dict[str, StatementType]:
    raw = lexicon("statements").get("noun_types") or {}
    return {str(k): _TYPES[str(v)] for k, v in raw.items()}


_AIMED = {
    "government",
    "authorities",
    "side",
    "embassy",
    "ambassador",
    "foreign",
    "officials",
    "police",
    "leader",
    "leadership",
    "delegation",
    "representatives",
    "regime",
}


def target_country(text: str, speaker_country: str | None, prefer: str | None = None) -> str | None:
    """The first state named in `text` (not as a people) other than the speaker's own;
    `prefer` when it is among them."""
    found = _states_in(text, speaker_country)
    if prefer is not None and prefer in found:
        return prefer
    return found[0] if found else None


def _states_in(text: str, speaker_country: str | None) -> list[str]:
    out: list[str] = []
    for cm in countries_in(text):
        if cm.code == speaker_country:
            continue
        if cm.kind in ("name", "capital"):
            out.append(cm.code)
        if cm.kind == "adjective":
            nxt = re.match(r"\s*([A-Za-z]+)", text[cm.end :])
            # a capitalised head too ("the Royal Lao Government")
            if nxt and nxt.group(1).casefold() in _AIMED:
                out.append(cm.code)
    return out


def topic(text: str) -> Topic:
    low = text.casefold()
    data = lexicon("statements")
    ret = sum(low.count(str(w)) for w in data.get("topic_forced_return") or ())
    other = sum(low.count(str(w)) for w in data.get("topic_other") or ())
    return "forced_return" if ret and ret >= other else "other"
