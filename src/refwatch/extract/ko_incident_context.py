"""What the sentence before a Korean incident tells about it.

A report may announce an event with its date and tell it in the next sentence: "지난달 초,
국경 다리 위에서 비슷한 일이 또 벌어졌다. 단체에 따르면 탈북민 30여 명이 …넘겨졌다." The
undated mention takes the date of the announcement.
"""

from __future__ import annotations

import re

from refwatch.extract.ko_doc import KoText
from refwatch.model import Window
from refwatch.nlp.kiwi_model import Sentence

# verbs saying that something happened (again): the sentence announces an event
_HAPPENED = re.compile(
    r"(?:되풀이|재연|반복)(?:됐|되었)|(?:벌어|일어)(?:졌|났)|(?:발생|재발)했|이어졌"
)


def announced_when(doc: KoText, body: list[Sentence], si: int, triggered: bool) -> Window | None:
    """The one date of the sentence before, when it only announces that something happened
    (no incident of its own: `triggered` is False) and this sentence names no date."""
    if si == 0 or triggered or doc.within(doc.times, body[si].start, body[si].end):
        return None
    prev = body[si - 1]
    if not _HAPPENED.search(prev.text):
        return None
    dated = [t for t in doc.within(doc.times, prev.start, prev.end) if t.window.known]
    return dated[0].window if len(dated) == 1 else None
