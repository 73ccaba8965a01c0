"""The Korean extractor: rules over kiwipiepy's reading of the text, driven by the word
lists in `domain/ko/`.

One pass reads the document (sentences, quotes, times, counts, places, countries), then
actors are found first, since incidents credit them, statements need a speaker and
meetings need participants. A document that reports no forced return gives no incidents.
"""

from __future__ import annotations

import re

from refwatch import __version__
from refwatch.extract.ko_actors import find_actors
from refwatch.extract.ko_doc import read
from refwatch.extract.ko_incidents import find_incidents
from refwatch.extract.ko_lexicon import lexicon
from refwatch.extract.ko_meetings import find_meetings
from refwatch.extract.ko_statement_interview import interview_answers
from refwatch.extract.ko_statements import find_statements
from refwatch.extract.ko_writer import writer_statements
from refwatch.model import Document, Extraction


class KoreanExtractor:
    lang = "ko"
    version = f"ko-rules@{__version__}"

    def extract(self, doc: Document) -> Extraction:
        text = read(doc.text, doc.reference_date)
        table = find_actors(text)
        incidents = find_incidents(text, table)
        relevant = bool(incidents) or _mentions_returns(doc.text)
        out = Extraction(document=doc, extractor=self.version, relevant=relevant)
        out.statements = find_statements(text, table, incidents)
        out.statements += writer_statements(text, table, doc)
        out.statements += interview_answers(text, out.statements)
        out.meetings = find_meetings(text, table)
        if relevant:
            out.incidents = incidents
            out.actors = table.emit()
        else:
            # a report on something else: list only the actors of what it does record
            involved = {s.speaker for s in out.statements}
            involved |= {p for m in out.meetings for p in m.participants}
            # bodies that speak or are cited as a source ("국방부에 따르면")
            involved |= {
                a.name for k, a in table.actors.items() if k in table.used and a.kind != "person"
            }
            out.actors = [a for a in table.emit() if a.name in involved]
        return out


def _mentions_returns(text: str) -> bool:
    """Relevant without a countable incident: forced-return words said more than once."""
    words = sorted(lexicon().relevance, key=len, reverse=True)
    return len(re.findall("|".join(re.escape(w) for w in words), text)) >= 2
