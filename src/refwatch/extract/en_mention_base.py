"""The shared pieces of English actor mentions: the `Mention` record, speech-verb tests
for "X said" subjects, and the country and organisation word lookups every mention
finder uses.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Token

from refwatch.extract.en_registry import lexicon, word_list
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


def find_org_word(name: str) -> bool:
    return any(w in word_list("org_words") for w in name.split())


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


def outermost(mentions: list[Mention]) -> list[Mention]:
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
