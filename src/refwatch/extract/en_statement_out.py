"""Statement candidates to records: merging repeats, evidence, target, topic, date, quote.

Also press-release demand lists ("HRESN calls on: - the Government of X to ...;"), one
demand per item, since each item is aimed at someone else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span

from refwatch.extract.en_cues import target_country, topic
from refwatch.extract.en_mention_base import countries_in
from refwatch.extract.en_registry import lexicon
from refwatch.extract.en_speakers import Resolver, Speaker
from refwatch.extract.en_statement_addressee import NO_STATE
from refwatch.extract.en_targets import (
    home_state,
    last_named_government,
    speaks_of_own_government,
)
from refwatch.extract.en_text import Lines
from refwatch.model import STATEMENT_TYPES, Document, Evidence, Statement, StatementType
from refwatch.nlp.en_names import fold
from refwatch.nlp.en_time import find_times

STATEMENT_TYPES_BY_NAME: dict[str, StatementType] = {t: t for t in STATEMENT_TYPES}


@dataclass
class Found:
    speaker: Speaker
    type: StatementType
    sent: Span | tuple[int, int]  # the evidence sentence, or a line's span for list items
    content: str
    para: int
    quote: str | None = None
    typed: int | None = None  # token index of the typed reporting verb, if one gave the type
    addressee: str | None = None  # country of whoever a demand names ("urged Thailand")

    @property
    def bounds(self) -> tuple[int, int]:
        if isinstance(self.sent, tuple):
            return self.sent
        return self.sent.start_char, self.sent.end_char

    @property
    def target(self) -> str | None:
        return self.addressee or target_country(self.content, self.speaker.country)


def _overlap(a: str, b: str) -> float:
    ta, tb = set(re.findall(r"\w+", a.casefold())), set(re.findall(r"\w+", b.casefold()))
    if not ta or not tb:
        return 0.0
    return len(ta & tb) / min(len(ta), len(tb))


def merge(found: list[Found]) -> list[Found]:
    """One statement per speaker, type and target in a paragraph, and no repeats."""
    out: list[Found] = []
    for f in found:
        dup = next(
            (
                o
                for o in out
                if fold(o.speaker.name) == fold(f.speaker.name)
                and o.type == f.type
                and not _two_acts(o, f)
                and (
                    (o.target == f.target and o.para == f.para)
                    or (o.bounds == f.bounds and (o.typed is None or f.typed is None))
                    or (o.bounds == f.bounds and None in (o.target, f.target))
                    or (
                        o.para == f.para
                        and o.typed is None
                        and f.typed is None
                        # demands put to two different states are two demands
                        and (None in (o.addressee, f.addressee) or o.addressee == f.addressee)
                    )
                    or _overlap(o.content, f.content) >= 0.6
                )
            ),
            None,
        )
        if dup is None:
            out.append(f)
        elif dup.quote is None:
            dup.quote = f.quote
    return [f for f in out if not _stock_beside_stance(f, out) and not _worry_in_reproach(f, out)]


def _two_acts(a: Found, b: Found) -> bool:
    """Two typed verbs of one sentence ("asked the court to halt X and urged the
    government to allow Y") are two acts; the same act told twice is not."""
    return (
        a.typed is not None
        and b.typed is not None
        and a.typed != b.typed
        and a.bounds == b.bounds
        and _overlap(a.content, b.content) < 0.6
    )


def _worry_in_reproach(f: Found, found: list[Found]) -> bool:
    """One speaker's run of quotes in a paragraph that both fears for the people and blames
    a state for it ("they face camps ... Hanoi is aware of it") makes one reproach."""
    return (
        f.type == "concern"
        and f.typed is None
        and any(
            o.type == "criticize"
            and o.quote is not None
            and o.para == f.para
            and f.target in (None, o.target)
            and fold(o.speaker.name) == fold(f.speaker.name)
            for o in found
        )
    )


def _stock_beside_stance(f: Found, found: list[Found]) -> bool:
    """A stock line read from the content ("checking the facts") next to a stance the same
    speaker takes in the same sentence ("is 'deeply concerned' ... and is checking the
    facts"): the stance is what was said."""
    return (
        f.type == "decline"
        and f.typed is None
        and any(
            o is not f
            and o.type in ("concern", "criticize")
            and o.bounds == f.bounds
            and fold(o.speaker.name) == fold(f.speaker.name)
            for o in found
        )
    )


def _others(content: str) -> bool:
    """A demand put to no state ("donor governments should fund ...")."""
    words = "|".join(re.escape(str(w)) for w in lexicon("statements").get("other_addressees") or ())
    return bool(words) and bool(
        re.search(
            # "governments that resettle refugees should ..." too
            rf"\b(?:{words})(?:\s+(?:that|who|which)\s[^,.;]{{0,80}}?)?"
            r"\s+(?:should|must|ought to)\b",
            content,
            re.IGNORECASE,
        )
    )


# Types whose target is only ever the one the words name.
_NO_FALLBACK = ("pledge",)


_HOME_TYPES = ("criticize", "urge", "concern")
_MANY = re.compile(r"\b(?:governments|leaders|foreign ministers|states|countries) of\b", re.I)


def _states(content: str, own: str | None) -> set[str]:
    return {c.code for c in countries_in(content) if c.kind in ("name", "capital")} - {own}


# Who means their own state by "the government": its opposition and its civil society.
_OWN_SIDE = re.compile(
    r"\b(?:opposition|lawmaker|legislator|parliamentarian|assemblyman|lawyer|attorney|activist"
    r"|advocate|campaigner|rights)\b",
    re.I,
)


def _home_target(f: Found, text: str) -> str | None:
    """Whose "the government" a critic means: an NGO's or activist's own state ("the
    Seoul-based group ... urged the government"), or a lawmaker's own."""
    if f.type not in _HOME_TYPES or not speaks_of_own_government(f.content):
        return None
    actor = f.speaker.actor
    if f.speaker.country is not None:
        role = " ".join(filter(None, (actor.role, actor.org))) if actor else ""
        return f.speaker.country if _OWN_SIDE.search(role) else None
    if f.speaker.kind == "government":
        return None
    names = [f.speaker.name] + ([actor.org] if actor and actor.org else [])
    return home_state(text, names) or last_named_government(text, f.bounds[0])


def _aimed_at(f: Found, about: str, fallback: str | None, text: str = "") -> str | None:
    """The explicit target, the returning state when the words name it among others, or
    (for words about forced return that name no one) the returning state itself."""
    own = f.speaker.country
    if f.addressee == NO_STATE:
        return None
    named = target_country(f.content, own)
    if named is None and (home := _home_target(f, text)) is not None:
        return home
    if f.type == "urge" and _MANY.search(f.content) and len(_states(f.content, own)) > 1:
        return None  # "called on the governments of A, B and C": no one state
    if f.addressee:
        return f.addressee
    if f.type == "defend" or (f.type == "deny" and about == "forced_return"):
        return None  # a justification or denial answers critics; it is aimed at no one
    if fallback is None or fallback == own or f.type in _NO_FALLBACK or _others(f.content):
        return named
    if named is not None and named != fallback:
        if target_country(f.content, own, prefer=fallback) == fallback:
            return fallback
        return named
    on_topic = about == "forced_return" or (
        f.type in ("concern", "criticize", "urge") and not _elsewhere(f.content)
    )
    return fallback if named == fallback or on_topic else named


def _elsewhere(content: str) -> bool:
    """Words that point to another subject (missiles, money): no returning state then."""
    low = content.casefold()
    return any(str(w) in low for w in lexicon("statements").get("topic_other") or ())


def _as_written(speaker: Speaker, text: str) -> str:
    """A gazetteer's canonical name the page never writes ("UNHCR" for a page that only
    says "the UN refugee agency"): the name the page does use."""
    actor = speaker.actor
    if actor is None or speaker.name != actor.name or re.search(re.escape(actor.name), text):
        return speaker.name
    used = [n for n in actor.aliases if len(n) > 3 and re.search(rf"\b{re.escape(n)}\b", text)]
    return used[0] if used else speaker.name


def to_statement(doc: Document, f: Found, fallback: str | None = None) -> Statement:
    start, end = f.bounds
    while end > start and doc.text[end - 1].isspace():
        end -= 1
    while start < end and doc.text[start] in " -•*\t":
        start += 1
    words = doc.text[start:end]
    date = None
    for t in find_times(words, doc.reference_date):
        w = t.window
        if w.earliest is not None and w.earliest == w.latest:
            date = w.earliest
            break
    quote = f.quote
    if quote is None and (m := re.search(r"[\"“]([^\"“”]{8,})[\"”]", words)):
        quote = m.group(1)
    about = topic(words + " " + (quote or ""))
    return Statement(
        speaker=_as_written(f.speaker, doc.text),
        type=f.type,
        evidence=Evidence(start, end, words),
        speaker_country=f.speaker.country,
        target_country=_aimed_at(f, about, fallback, doc.text),
        topic=about,
        date=date,
        quote=quote.strip(" ,") if quote else None,
    )


def list_items(text: str, lines: Lines, resolver: Resolver) -> list[Found]:
    """'X calls on:' followed by '- Y to do Z;' lines: one statement per item."""
    typed = lexicon("statements").get("typed_verbs") or {}
    verbs = {str(v): str(k) for k, vs in typed.items() for v in vs}
    out: list[Found] = []
    head: tuple[Speaker, str] | None = None
    for i, (s, e) in enumerate(zip(lines.starts, lines.ends, strict=True)):
        line = text[s:e].strip()
        # "X further urges:", "X also calls on:": an adverb may sit before the verb
        m = re.match(
            r"(.+?)(?:\s+(?:further|also|again|additionally|therefore|hereby|now))?"
            r"\s+(\w+?)s?((?:\s+(?:on|for|upon))?)\s*:$",
            line,
        )
        verb = f"{m.group(2)}{m.group(3)}" if m else ""
        if m and verb in verbs:
            actor = resolver.actor_named(re.sub(r"^the\s+", "", m.group(1), flags=re.I))
            head = None
            if actor is not None:
                speaker = Speaker(actor.name, actor.kind, actor.country, actor)
                head = (speaker, verbs[verb])
                # the head line itself ("X also urges:") says nothing beyond its items
                out.append(Found(speaker, STATEMENT_TYPES_BY_NAME[verbs[verb]], (s, e), "", i))
            continue
        if head and re.match(r"[-•*–]\s+", line):
            kind = head[1]
            out.append(Found(head[0], STATEMENT_TYPES_BY_NAME[kind], (s, e), line, i))
        elif line:
            head = None
    return out
