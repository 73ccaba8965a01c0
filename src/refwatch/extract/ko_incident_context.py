"""What the text before a Korean incident tells about it.

A report may announce an event with its date and tell it in the next sentence: "지난달 초,
국경 다리 위에서 비슷한 일이 또 벌어졌다. 단체에 따르면 탈북민 30여 명이 …넘겨졌다." The
undated mention takes the date of the announcement. A handover told as one more of its kind
("이듬해에도 …를 다시 넘겼다") goes where the one told before went.
"""

from __future__ import annotations

import re

from refwatch.extract.ko_doc import KoText
from refwatch.extract.ko_lexicon import Lexicon
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


# "다시", "추가로", "5월에도": one more handover of the kind just told
_AGAIN = re.compile(
    r"(?<![가-힣])(?:다시|또다시|또|추가로|재차)(?![가-힣])"
    r"|(?:일|월|봄|여름|가을|겨울|해|말|초|순)에도(?![가-힣])"
)


def told_again(doc: KoText, cs: int, ce: int) -> bool:
    """Whether the clause tells its event as a repeat of one told before."""
    return bool(_AGAIN.search(doc.text, cs, ce))


# "…북송됐다는 보도와 관련해": a reaction to the report; its date is not the event's
_ABOUT_REPORT = re.compile(
    r"[가-힣]{0,3}다는\s(?:보도|소식|주장|의혹|얘기|전언)(?:와|과|에|을|를)\s?(?:관련|대해|대한|관한|두고)"
)


def topic(doc: KoText, end: int, lex: Lexicon) -> bool:
    """'강제북송에 대한 우려', '북송 정황을 담은 자료': the trigger names a topic."""
    alts = "|".join(re.escape(w) for w in lex.topic_after)
    if _ABOUT_REPORT.match(doc.text, end):
        return True
    return bool(alts) and bool(re.match(rf"(?:을|를|이|가|의)?\s?(?:{alts})", doc.text[end:]))


# "X는 …을 내쫓기 시작했다": a state driving people out
_DRIVING_OUT = re.compile(r"내쫓|쫓아내|쫓아냈|추방|쫓겨|강제로")
_GOING_BACK = re.compile(r"돌아(?:간|갔|온|왔)")


def driven_out(doc: KoText, body: list[Sentence], si: int) -> tuple[bool, str | None]:
    """People 'going back' are returned only after the text (this sentence or the one before)
    says a state drove them out; that state, the subject there ("이란은"), is where they
    left from. Going home of one's own accord stays out."""
    for s in [body[si]] + ([body[si - 1]] if si else []):
        if not _DRIVING_OUT.search(s.text):
            continue
        states = [
            c.code
            for c in doc.within(doc.countries, s.start, s.end)
            if c.kind == "name" and re.match(r"(?:은|는|이|가)\s", doc.text[c.end : c.end + 2])
        ]
        return True, (states[0] if states else None)
    return False, None


def going_back(doc: KoText, start: int, end: int) -> bool:
    return bool(_GOING_BACK.search(doc.text, start, end))
