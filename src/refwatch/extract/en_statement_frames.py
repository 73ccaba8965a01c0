"""Statements made other than by a reporting verb with a subject: quotes, transcript
turns, a signed piece's recommendations, refusals to comment ("It did not respond.")."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span

from refwatch.extract.en_authors import opinion_author
from refwatch.extract.en_cues import content_type, target_country
from refwatch.extract.en_mention_base import countries_in
from refwatch.extract.en_quotes import Quote, sentences_of
from refwatch.extract.en_registry import lexicon
from refwatch.extract.en_speakers import Resolver, Speaker
from refwatch.extract.en_statement_addressee import addressee
from refwatch.extract.en_statement_out import Found
from refwatch.extract.en_text import Lines
from refwatch.model import Actor, Document


def last_body(sent: Span, resolver: Resolver) -> Speaker | None:
    """The last organisation or government named in `sent`."""
    best: tuple[int, Actor] | None = None
    for a in resolver.actors:
        if a.kind == "person":
            continue
        for n in [a.name, *a.aliases]:
            at = sent.text.rfind(n) if len(n) > 2 else -1
            if at >= 0 and (best is None or at > best[0]):
                best = (at, a)
    if best is None:
        return None
    return Speaker(best[1].name, best[1].kind, best[1].country, best[1])


@cache
def _decline_rx() -> list[re.Pattern[str]]:
    return [re.compile(str(p)) for p in lexicon("statements").get("decline_sentences") or ()]


def declines(text: str) -> bool:
    low = text.casefold()
    return any(rx.search(low) for rx in _decline_rx())


def turn_speaker(
    text: str, lines: Lines, sent: Span, resolver: Resolver, answerer: Speaker | None = None
) -> Speaker | None:
    """In a transcript line "Title Name: words", the named person speaks; in "A: words",
    the spokesperson whose briefing the page is."""
    start, end = lines.line_of(sent.start_char)
    if answerer is not None and re.match(r"(?:A|Answer)\s*:\s", text[start:end]):
        return answerer
    m = re.match(r"([^:\n]{3,60}):\s", text[start:end])
    if not m:
        return None
    for a in resolver.actors:
        if a.kind == "person" and any(n in m.group(1) for n in [a.name, *a.aliases]):
            return Speaker(a.name, "person", a.country, a)
    return None


def briefer(head: str, resolver: Resolver) -> Speaker | None:
    """The spokesperson a briefing page is titled after ("Spokesperson X's Regular Press
    Conference"), who gives its answers, listed as an actor or not."""
    m = _BRIEFER.search(head)
    if m is None:
        return None
    actor = resolver.actor_named(m.group(1))
    if actor is not None and actor.kind == "person":
        return Speaker(actor.name, "person", actor.country, actor)
    return Speaker(m.group(1), "person", None, None)


_BRIEFER = re.compile(
    r"[Ss]pokes(?:person|man|woman)\s+([A-Z][\w-]+(?:\s+[A-Z][\w-]+){1,2}?)(?:['’]s\b|\s*:|\s*$)",
    re.M,
)


def quote_found(sdoc: Doc, q: Quote, para: int, text: str, resolver: Resolver) -> Found | None:
    """A quote states something when it carries a cue; an affiliated speaker's quote that
    names a state takes that state to task."""
    if q.speaker is None or q.typed:
        return None
    words = text[q.start : q.end]
    stype = content_type(words)
    actor = q.speaker.actor
    # a private person, an NGO or its people: a quote of theirs that names a state (or
    # "the government") takes it to task
    civil = actor is not None and q.speaker.country is None and actor.kind != "government"
    # a private person's words about a state are a reproach only when the state acts in
    # them ("Tehran knows this"), not when it is a place ("I went to Malaysia to work")
    affiliated = actor is not None and bool(actor.org or actor.role or actor.kind != "person")
    reproach = target_country(words, None) if affiliated else _state_acts(words)
    if stype is None and civil and (reproach or re.search(r"\bthe government\b", words, re.I)):
        stype = "criticize"
    if stype == "pledge" and q.speaker.kind != "government" and not _FIRST.search(words):
        # "Nobody believes Beijing will keep them safe": a pledge is one's own promise
        return None
    if stype is None:
        return None
    sents = sentences_of(sdoc, q)
    to = addressee(None, words, resolver) if stype == "urge" else None
    return Found(q.speaker, stype, sents[0], words, para, quote=words, addressee=to)


_FIRST = re.compile(r"\b(?:we|i|our|us)\b", re.IGNORECASE)


def _state_acts(words: str) -> bool:
    """A capital, or a state named as the subject of a verb ("China has ...")."""
    for cm in countries_in(words):
        if cm.kind == "capital":
            return True
        after = words[cm.end : cm.end + 20]
        if cm.kind == "name" and re.match(
            r"\s+(?:has|have|had|is|was|knows|must|should|did|does|\w+ed)\b", after
        ):
            return True
    return False


# A signed commentary's own recommendations ("Second, Seoul should ...") are its author's;
# the subject may carry a relative clause ("Tokyo, which has ..., should").
RECOMMENDS = re.compile(
    r"^\s*(?:(?:First|Second|Third|Fourth|Fifth|Finally|Above all|Instead),\s+)?"
    r"(?:[\w'’-]+(?:\s+[\w'’-]+){0,6}?)(?:,\s+(?:which|who)\b[^,;:]{0,120},)?"
    r"\s+(?:should|must|ought to)\b"
)
_NAME = r"([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})"
# "By Jana Okafor", or a name alone over the author's title ("Jana Okafor\nSenior Fellow, ...")
_BYLINE = re.compile(
    r"^\s*(?:By|(?:Writer|Author|Columnist|Written by)\s*:)"
    rf"\s+{_NAME}\s*$|^{_NAME}[ \t]*\n[ \t]*(?:(?:Senior|Visiting|Research|Non-resident"
    r"|Associate|Contributing)\s+)?(?:Fellow|Director|Professor|Researcher|Analyst|Columnist"
    r"|Editor|Contributor|Lecturer)\b",
    re.MULTILINE,
)
_OPINION = re.compile(
    r"^\s*(?:\w+\s*[|:·-]\s*)?(?:opinion|commentary|op-ed|viewpoint|perspective|analysis)\b",
    re.IGNORECASE | re.MULTILINE,
)


def author_speaker(doc: Document, resolver: Resolver) -> Speaker | None:
    """The author of a signed piece: the byline ingest found (`doc.meta["author"]`), or a
    one-name "By ..." line in an opinion piece (marked as one, or closing on the author's
    biography "<Name> is a ...")."""
    name = (doc.meta.get("author") or "").strip()
    actor = resolver.actor_named(name) if name else None
    if actor is not None and actor.kind == "person":
        return Speaker(actor.name, "person", actor.country, actor)
    if name:
        return None
    if (signed := opinion_author(doc)) is not None:
        # a commentary signed over a closing bio
        actor = resolver.actor_named(signed.name)
        return Speaker(signed.name, "person", actor.country if actor else None, actor)
    # the byline and the section label may sit in the page header that cleaning removed
    raw = doc.raw.decode("utf-8", "replace") if doc.raw else ""
    page = raw if raw and not raw.lstrip().startswith("<") else doc.text
    m = _BYLINE.search(page[:3000])
    if m is None:
        return None
    name = m.group(1) or m.group(2)
    if " and " in name:
        return None
    opinion = _OPINION.search(page[: m.start()]) or re.search(
        rf"^{re.escape(name)} is an? ", page, re.MULTILINE
    )
    if not opinion:
        return None
    actor = resolver.actor_named(name)
    if actor is not None and actor.kind == "person":
        return Speaker(actor.name, "person", actor.country, actor)
    return Speaker(name, "person", None, None)


def publisher(text: str, resolver: Resolver) -> Speaker | None:
    """The organisation a page speaks for: one named in its masthead (the first lines) and
    again in the body. Its press releases and alerts say "we" outside any quote."""
    head = text[:300]
    best: tuple[int, Actor] | None = None
    for a in resolver.actors:
        if a.kind != "organization":
            continue
        for n in [a.name, *a.aliases]:
            at = head.find(n) if len(n) > 2 else -1
            if at >= 0 and text.count(n) >= 2 and (best is None or at < best[0]):
                best = (at, a)
    if best is None:
        return None
    return Speaker(best[1].name, best[1].kind, best[1].country, best[1])


def verdict(author: Speaker, sent: Span, para: int) -> list[Found]:
    """A signed commentary's own verdicts ("The silence is a policy choice, and a poor
    one."): a reproach no one else in the sentence makes is its author's."""
    if content_type(sent.text) != "criticize":
        return []
    return [Found(author, "criticize", sent, sent.text, para)]
