"""Who a Korean report credits with an incident (its reported_by).

A source is an actor ("두루인권센터에 따르면", "센터는 …고 밝혔다", "…송환됐다고 자유방송이
전했다") or an anonymous one that is not an actor of the report ("현지 소식통에 따르면",
"…넘겨졌다고 복수의 대북 소식통이 전했다"): those are credited by the words the text uses.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from refwatch.domain import load_data
from refwatch.extract.ko_doc import KoText, ends_with_particle
from refwatch.extract.ko_lexicon import lexicon
from refwatch.extract.ko_names import hangul, verbal
from refwatch.extract.ko_refs import ActorTable, Mention
from refwatch.nlp.kiwi_model import Sentence

# "X에 따르면", "X의 집계에 따르면", "X들의 전언에 따르면": what X counted or passed on
_ACCORDING_TAIL = r"(?:의\s(?:집계|전언|조사|발표|주장|설명|보고서|자료))?에\s?따르면"
_ACCORDING = re.compile(rf"\s?{_ACCORDING_TAIL}")
_SUBJECT = ("은", "는", "도", "이", "가")
# "…체포됐다고 밝힌 바 있다": said before, still a report of the event
_SAID_BEFORE = re.compile(r"(?:다|라)고\s(?:밝힌|전한|발표한|주장한|알린)\s바\s있")
# "…됐다고 밝힌 데 대해", "…됐다고 주장한 것과 관련해": a report embedded in the sentence
_EMBEDDED = re.compile(r"(?:다|라)고\s(?:밝힌|전한|발표한|주장한|알린)\s(?:데|것|사실|내용)")
# "…넘겨졌다는 일부 대북매체 보도", "…북송됐다는 현지 언론의 보도": the outlet that told it
_TOLD_IN = re.compile(
    r"[가-힣]{0,8}다는\s((?:[가-힣]+\s){0,2}?[가-힣]*(?:매체|언론|방송|신문|통신|단체|소식통))"
    r"(?:의|들의|들)?\s(?:보도|주장|전언|발표)"
)


# "투먼 사정에 밝은 소식통", "내부 사정을 잘 아는 소식통": a clause saying what the source knows
_KNOWING = re.compile(r"[가-힣]+(?:에|을|를|과|와)\s(?:잘\s)?(?:밝은|정통한|아는|가까운)\s$")
# "이 소식통", "그 단체": a demonstrative points back to a source named before
_POINTS_BACK = re.compile(r"(?:이|그|해당|같은)\s")
_TIME_WORD = ("지난", "이번", "올해", "작년", "지난해", "최근", "당시")


def _phrase_start(doc: KoText, start: int, floor: int) -> int:
    """Where the words qualifying a source noun begin: '복수의 대북 소식통' - bare nouns and
    a short '…의' before the noun, up to three words, never a verb form or a particle
    (save a clause of what the source knows, '사정에 밝은')."""
    text, doc_places = doc.text, doc.places
    knowing = _KNOWING.search(text, floor, start)
    if knowing and knowing.end() == start:
        start = knowing.start()
    for _ in range(3):
        m = re.search(r"([^\s\"“”'‘’]+)\s$", text[floor:start])
        if not m:
            break
        word = m.group(1)
        # "지린성의 또 다른 소식통": where the source is from, as a place name with 의
        place_of = word.endswith("의") and any(
            p.start == floor + m.start(1) and p.end == floor + m.end(1) - 1 for p in doc_places
        )
        qualifier = (
            place_of
            or (len(word) <= 3 and word.endswith("의"))
            or (
                hangul(word)
                and len(word) <= 4
                and not ends_with_particle(word)
                and not verbal(word)
            )
        )
        if word == "한":  # "혜산의 한 상인": where the source is from stays in its words
            knowing = _KNOWING.search(text, floor, floor + m.start(1))
            if knowing and knowing.end() == floor + m.start(1):
                start = knowing.start()  # "투먼 사정에 밝은 한 상인": what it knows, then 한
                continue
            where = re.search(r"(?<![^\s\"“])([가-힣]{1,5}의)\s한\s$", text[floor:start])
            if where and not where.group(1).startswith(_TIME_WORD):
                start = floor + where.start(1)
            break
        if not qualifier or word.startswith(_TIME_WORD):
            # "한 정부 소식통": 한 is 'a'; "지난주 현지 소식통": a date, not the source's
            break
        start = floor + m.start(1)
    return start


@cache
def _source_nouns() -> tuple[str, ...]:
    """Unnamed sources: the shared list, and groups that report incidents ("인권단체들")."""
    own: dict[str, Any] = load_data("ko/incidents.yaml") or {}
    extra = tuple(str(x) for x in own.get("source_groups") or ())
    return tuple(sorted(set(lexicon().source_nouns + extra), key=len, reverse=True))


def anonymous(doc: KoText, s: Sentence) -> list[tuple[int, int, str, str]]:
    """Anonymous sources in a sentence, outside quotes: (start, end, words, what follows)."""
    nouns = "|".join(re.escape(n) for n in _source_nouns())
    out = []
    for m in re.finditer(
        rf"(?:{nouns})(?:들)?(은|는|도|이|가|{_ACCORDING_TAIL})(?=[\s,])", doc.text[: s.end]
    ):
        if m.start() < s.start or doc.quote_at(m.start()) is not None:
            continue
        start = _phrase_start(doc, m.start(), s.start)
        words = doc.text[start : m.start() + len(m.group()) - len(m.group(1))]
        bare = doc.text[m.start() : m.start() + len(m.group()) - len(m.group(1))]
        if start == m.start() or _POINTS_BACK.match(words):
            # "소식통은 이어 …", "이 소식통은": the source the report introduced before
            words = _introduced(doc, bare, m.start()) or words
        out.append((start, m.end(), words, m.group(1)))
    return out


def _introduced(doc: KoText, noun: str, before: int) -> str | None:
    """The last fuller phrase with this head noun earlier in the report ('지린성 내부 소식통')."""
    found = None
    for m in re.finditer(rf"{re.escape(noun)}(?:은|는|도|이|가|에\s?따르면)(?=[\s,])", doc.text):
        if m.start() >= before:
            break
        if doc.quote_at(m.start()) is not None:
            continue
        start = _phrase_start(doc, m.start(), doc.sentences[doc.sentence_index(m.start())].start)
        words = doc.text[start : m.start() + len(noun)]
        if start < m.start() and not _POINTS_BACK.match(words):
            found = words
    return found


def _credit(table: ActorTable, m: Mention) -> list[str]:
    table.used.add(m.key)
    actor = table.actors[m.key]
    if actor.kind == "person" and actor.org and actor.org in table.actors:
        return [actor.org]
    return [actor.name]


def reporters(
    doc: KoText, table: ActorTable, s: Sentence, pos: int, verb_from: int | None = None
) -> list[str]:
    """The sources a sentence credits with the incident at `pos` (or, with `verb_from`,
    with what the sentence reports from there on)."""
    text, lex = doc.text, lexicon()
    mentions = table.mentions_in(s.start, s.end)
    unnamed = anonymous(doc, s)
    according = _ACCORDING.search(text, s.start, s.end)
    if according is not None:
        cut = according.start()
        said = [(a, w) for a, b, w, p in unnamed if "따르면" in p and b == according.end()]
        before = [m for m in mentions if m.end <= cut and cut - m.end < 30]
        # "정부 소식통에 따르면": a name inside the unnamed source's words is not the source
        if before and not (said and said[0][0] <= before[0].start):
            return _credit(table, before[0])
        if said:
            return [said[0][1]]
    verb = lex.reporting.search(text, pos if verb_from is None else verb_from, s.end)
    verb = verb or _SAID_BEFORE.search(text, pos, s.end)
    told = _TOLD_IN.match(text, pos, s.end)
    if told and doc.quote_at(pos) is None:  # "…넘겨졌다는 일부 대북매체 보도가 있다"
        return [told.group(1)]
    if doc.quote_at(pos) is None and not verb:
        return []
    credited = [
        m
        for m in mentions
        if m.end <= pos
        and doc.quote_at(m.start) is None
        and m.particle in _SUBJECT
        and table.kind(m.key) != "government"
    ]
    # "대변인은 … 인권단체가 …됐다고 밝힌 데 대해": the report inside the sentence is the
    # unnamed source's, the subject nearest before the event
    inner = [w for a, b, w, p in unnamed if b <= pos and p in ("이", "가")]
    if inner and _EMBEDDED.search(text, pos, s.end):
        return [inner[-1]]
    if credited:
        return _credit(table, credited[0])
    topic = [w for a, b, w, p in unnamed if b <= pos and p in ("은", "는", "도")]
    if topic:  # "현지 소식통은 …넘겨졌다고 말했다"
        return [topic[0]]
    if verb:  # "…송환됐다고 자유방송이 전했다", "…고 복수의 대북 소식통이 전했다"
        after = [
            m
            for m in mentions
            if pos < m.start
            and m.end <= verb.start() <= m.end + 12
            and m.particle in ("이", "가", "은", "는")
        ]
        if after:
            return _credit(table, after[0])
        late = [w for a, b, w, p in unnamed if pos < a and b <= verb.start() <= b + 12]
        if late:
            return [late[0]]
    return []
