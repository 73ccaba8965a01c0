"""How the mentions of one English document bear on each other before they merge.

One party told by two verbs of a sentence is one mention; each leg of a chained return
leaves from the previous leg's destination; countries a mention leaves open come from
the document's other mentions.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from itertools import pairwise

from refwatch.extract.en_lexicon import lexicon
from refwatch.extract.mentions import Mention
from refwatch.model import Place


def one_party_once(mentions: list[Mention]) -> list[Mention]:
    """'detained a family of four and are holding them': one custody of one party, told by
    two verbs of one sentence."""
    out: list[Mention] = []
    for m in mentions:
        twin = next(
            (
                o
                for o in out
                if o.sentence == m.sentence
                and {o.kind, m.kind} <= {"arrest", "detention"}
                and o.count is not None
                and m.count == o.count
                and (m.when.earliest, m.when.latest)
                in {(o.when.earliest, o.when.latest), (None, None)}
            ),
            None,
        )
        if twin is None:
            out.append(m)
        elif m.kind == "detention":
            twin.kind = "detention"
    return out


def chain_legs(mentions: list[Mention]) -> None:
    """'Laos handed nine North Koreans to China, who then returned them to North Korea':
    a later leg of the same people in one sentence leaves from the earlier leg's
    destination, whatever the parse made of the relative pronoun."""
    for a, b in pairwise(mentions):
        if (
            a.sentence == b.sentence
            and a.kind == b.kind == "forced_return"
            and a.count == b.count
            and a.to_country is not None
            and b.to_country not in (None, a.to_country)
            and b.from_country in (None, a.from_country)
        ):
            b.from_country = a.to_country
            if b.where.country not in (None, a.to_country):
                b.where = Place(country=a.to_country)


def _implied_nationality(text: str) -> str | None:
    implied = lexicon().implied_nationality
    for word in re.findall(r"[A-Za-z-]+", text.casefold()):
        if word in implied:
            return implied[word]
    return None


def fill_from_document(mentions: list[Mention]) -> None:
    """Countries a mention leaves open are the ones the document's other mentions give."""
    froms = Counter(m.from_country for m in mentions if m.from_country)
    tos = Counter(m.to_country for m in mentions if m.to_country)
    for m in mentions:
        if m.from_country is None and froms:
            # the state that sends people of this nationality elsewhere in the text
            alike = Counter(
                x.from_country for x in mentions if x.from_country and x.to_country == m.to_country
            )
            pool = alike or froms
            m.from_country = next((c for c, _ in pool.most_common() if c != m.to_country), None)
        if m.to_country is None and tos:
            m.to_country = next((c for c, _ in tos.most_common() if c != m.from_country), None)
        if m.to_country is None:
            m.to_country = _implied_nationality(m.evidence.text)
        if m.where.country is None and m.from_country:
            m.where = replace(m.where, country=m.from_country)
