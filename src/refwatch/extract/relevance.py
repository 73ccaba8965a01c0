"""Is a document about forced returns? A cheap prefilter and the final decision.

The prefilter is substring search over the lexicon, a few microseconds per document, so
the expensive parse runs only on documents that could hold an incident (`incident_candidate`)
or at least talk about the subject (`topic_candidate`: actors and statements are still
wanted there). The decision itself is the extraction's: a document is relevant when it
reports at least one incident of people forcibly returned, held for return, or arrested
for return — repatriated remains, profits or voluntary returns never become incidents.
"""

from __future__ import annotations

from refwatch.extract.en_lexicon import lexicon
from refwatch.model import Incident


def _has(low: str, words: tuple[str, ...]) -> bool:
    return any(word in low for word in words)


def incident_candidate(text: str) -> bool:
    """Could this English text report an incident? (False means it cannot.)

    Strong words ("deport", "repatriat", "detained") suffice; weak ones ("return",
    "transfer", "held") only beside a word of the subject ("refugees", "North Korea").
    """
    low = text.casefold()
    lex = lexicon()
    if _has(low, lex.prefilter_incident):
        return True
    return _has(low, lex.prefilter_weak) and _has(low, lex.prefilter_topic)


def topic_candidate(text: str) -> bool:
    """Does this English text touch the subject at all (people, places, words of the field)?"""
    low = text.casefold()
    return incident_candidate(text) or _has(low, lexicon().prefilter_topic)


def is_relevant(incidents: list[Incident]) -> bool:
    return bool(incidents)
