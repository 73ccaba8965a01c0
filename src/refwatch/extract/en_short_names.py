"""Short references to a person named in full earlier: "Somchai met ...", "Ko said".

Stories name a person in full once and then by one part of the name, the given name in
Thai or Lao usage, the surname in Korean or Western usage. The tagger often misses such a
lone word. A capitalised word that is one part of exactly one named person, standing on
its own as the subject of a verb, is a short mention of that person. A short name behind a
courtesy title ("Ms Ferro") is kept with the title as one of the person's names, as written.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc

from refwatch.extract.en_mention_base import Mention
from refwatch.extract.en_registry import lexicon
from refwatch.nlp.en_names import fold


def _name_parts(name: str) -> list[str]:
    """First and last word of a full name as written ("Ko" and "Eun-ji" of "Ko Eun-ji")."""
    words = name.split()
    return [words[0], words[-1]] if len(words) >= 2 else []


def short_name_mentions(sdoc: Doc, persons: list[Mention]) -> list[Mention]:
    owners: dict[str, set[str]] = {}
    for p in persons:
        for w in _name_parts(p.text):
            owners.setdefault(w, set()).add(fold(p.text))
    unique = {w for w, who in owners.items() if len(who) == 1 and len(w) >= 2}
    taken = [(p.start, p.end) for p in persons]
    out = []
    for tok in sdoc:
        if tok.text not in unique or not re.fullmatch(r"[A-Z][\w'’-]+", tok.text):
            continue
        if any(s <= tok.idx < e for s, e in taken):
            continue
        prev = sdoc[tok.i - 1] if tok.i > 0 else None
        nxt = sdoc[tok.i + 1] if tok.i + 1 < len(sdoc) else None
        if prev is not None and prev.text[:1].isupper() and prev.pos_ == "PROPN":
            continue  # part of another name ("Central Park")
        if nxt is None or nxt.pos_ not in ("VERB", "AUX") or nxt.text[:1].isupper():
            continue
        out.append(Mention(tok.idx, tok.idx + len(tok.text), tok.text, "person"))
    return out


@cache
def _courtesy() -> re.Pattern[str]:
    words = {str(h).rstrip(".") for h in lexicon("roles").get("honorifics") or ()}
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alts})\.?\s$")


def courtesy_alias(text: str, m: Mention) -> str | None:
    """ "Ms Ferro" for the one-word mention "Ferro" written right after a courtesy title."""
    if len(m.text.split()) != 1:
        return None
    before = _courtesy().search(text[max(0, m.start - 6) : m.start])
    if before is None:
        return None
    return text[m.start - (len(before.group(0))) : m.end]
