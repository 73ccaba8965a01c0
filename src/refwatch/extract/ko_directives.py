"""A group's own statement (성명서) speaking in its own voice, with no reporting verb:
demands in the imperative or as an obligation ("중국 정부는 …을 즉각 중단하고 석방하라",
"정부는 … 밝혀야 한다") and commitments in the first person ("우리 단체는 … 제기할
것이다"). The author speaks; a demand is aimed at the party it addresses (its topic).
Also a country as the topic of a reporting verb ("중국은 … 주장을 되풀이하고"): the state
speaks, though the report names none of its bodies.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from refwatch.extract.ko_doc import KoText
from refwatch.extract.ko_lexicon import lexicon
from refwatch.extract.ko_names import verbal
from refwatch.extract.ko_quotes import Unit
from refwatch.extract.ko_refs import ActorTable, Mention
from refwatch.model import Actor, Statement, StatementType
from refwatch.nlp.kiwi_model import Sentence

_END = r"\s*[.!]?[\"”’']?\)?\s*$"
# "석방하라", "중단하라", "밝혀라", "풀어주라": a demand in the written imperative
_IMPERATIVE = re.compile(r"(?:하|주|추|내|되|으|어|아|여|혀|켜|와|워|해)라" + _END)
_OBLIGATION = re.compile(r"(?:야|만)\s?(?:한다|할\s?것이다|된다)" + _END)
_WILL = re.compile(r"(?:겠다|[가-힣]\s?것이다|겠습니다)" + _END)
_ADDRESSEE = ("은", "는", "이", "가", "도", "에", "에게", "에도")


@dataclass(frozen=True)
class Directive:
    type: StatementType
    target: str | None


def directive(doc: KoText, table: ActorTable, s: Sentence) -> Directive | None:
    """The demand or commitment a sentence of the author's own voice makes, if any."""
    if not (table.author_voice and table.primary_org) or doc.quote_at(s.start) is not None:
        return None
    text = s.text
    if doc.quotes and any(s.start <= a < s.end for a, _ in doc.quotes):
        return None  # someone else's words inside: a report, not the author's demand
    if _IMPERATIVE.search(text) or _OBLIGATION.search(text):
        return Directive("urge", addressee(doc, table, s))
    selves = "|".join(re.escape(w) for w in lexicon().self_reference)
    if _WILL.search(text) and re.search(rf"(?<![가-힣])(?:{selves})(?:은|는|도|가)\s", text):
        return Directive("pledge", None)
    return None


def addressee(doc: KoText, table: ActorTable, s: Sentence) -> str | None:
    """The country of the party addressed: the first actor or country the sentence is
    about ("중국 정부는", "정부는")."""
    found: list[tuple[int, str]] = []
    for m in table.mentions_in(s.start, s.end):
        country = table.actors[m.key].country
        if country and m.particle in _ADDRESSEE:
            found.append((m.start, country))
    for c in doc.within(doc.countries, s.start, s.end):
        after = doc.text[c.end : c.end + 8]
        if c.kind == "name" and re.match(r"\s?(?:정부|당국)?(?:은|는|이|가)\s", after):
            found.append((c.start, c.code))
    return min(found)[1] if found else None


# "하나, 국제사회는 … 목소리를 내라": an item that names whom it calls on as its topic
_ADDRESSED = re.compile(r"^(?:하나|둘|셋|넷|다섯|[0-9]+|[-·•])?[,.)]?\s*([가-힣]+)(?:은|는)\s")


def _addressed(text: str) -> bool:
    """Whether a demand names its addressee: one with no country of its own ("국제사회는")
    is aimed at no state, not at the one the demand before was aimed at. A bare "당국은"
    is still the state the report is about."""
    m = _ADDRESSED.match(text.strip())
    if m is None or m.group(1).endswith(lexicon().gov_words):
        return False
    return not verbal(m.group().split()[-1])  # "원하는 …": a verb's adnominal, no topic


def own_voice(
    doc: KoText,
    table: ActorTable,
    s: Sentence,
    before: list[Statement],
    perpetrator: str | None,
    on_topic: bool,
) -> Statement | None:
    """A demand or commitment the author makes in its own voice; a demand that names no
    addressee is aimed where the author's demand just before was ("우리는 중국 정부에
    요구한다. … 석방하라.")."""
    d = directive(doc, table, s)
    if d is None or table.primary_org is None:
        return None
    actor = table.actors[table.primary_org]
    table.used.add(table.primary_org)
    target = d.target
    if d.type == "urge" and target is None and not _addressed(s.text):
        urged = [x.target_country for x in before if x.speaker == actor.name and x.type == "urge"]
        target = urged[-1] if urged else perpetrator
    return Statement(
        speaker=actor.name,
        type=d.type,
        evidence=doc.evidence(s.start, s.end),
        speaker_country=actor.country,
        target_country=target,
        topic="forced_return" if on_topic else "other",
        date=None,
        quote=None,
    )


def country_topic(doc: KoText, table: ActorTable, u: Unit) -> Mention | None:
    """'중국은 … 주장을 되풀이하고': a country as the topic speaks as a state. It is a
    speaker, not an actor to list (the report names no body of it)."""
    taken = [(m.start, m.end) for m in table.mentions_in(u.start, u.verb_start)]
    for c in doc.within(doc.countries, u.start, u.verb_start):
        after = doc.text[c.end : c.end + 3]
        outside = doc.quote_at(c.start) is None
        if c.kind != "name" or not outside or not re.match(r"[은는]\s", after):
            continue
        if any(a < c.end and c.start < b for a, b in taken):
            continue
        name = doc.text[c.start : c.end]
        key = f"country:{c.code}"
        if key not in table.actors:
            table.actors[key] = Actor(name=name, kind="government", country=c.code)
            table.unlisted.add(key)
        return Mention(c.start, c.end, key, after[0])
    return None
