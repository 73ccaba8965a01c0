"""The table of actors found in a Korean document, their mentions, and the passes that
resolve short references ("윤 대표", "센터는", "그는", "외교부 당국자는") to an actor."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from refwatch.extract.ko_doc import KoText
from refwatch.extract.ko_lexicon import lexicon
from refwatch.model import Actor, ActorKind

_TOPIC = ("은", "는", "도", "께서는", "측은")
_SUBJECT = ("이", "가", "께서", "측이")
# a short reference waiting for resolution: (surname or name, title, span, particle)
Pending = tuple[str, str | None, tuple[int, int], str]


@dataclass
class Mention:
    start: int
    end: int
    key: str
    particle: str


@dataclass
class ActorTable:
    actors: dict[str, Actor] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    primary_org: str | None = None
    author_voice: bool = False
    used: set[str] = field(default_factory=set)
    quiet: set[str] = field(default_factory=set)  # outlets, unnamed posts: listed if used
    plural: set[str] = field(default_factory=set)  # "인권단체들": no single group named
    named: set[str] = field(default_factory=set)  # "주라오스 한국대사관": listed even if silent
    unlisted: set[str] = field(default_factory=set)  # "중국은 …고 주장했다": speaks, not listed

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.mentions if start <= m.start and m.end <= end]

    def kind(self, key: str) -> ActorKind:
        return self.actors[key].kind

    def emit(self) -> list[Actor]:
        """Actors worth listing: every person and organisation named, the government
        bodies that speak or are credited as a source, and groups spoken of in the plural
        ("인권단체들은") that speak when the report names no single group."""
        named = any(
            a.kind == "organization" and k not in self.plural for k, a in self.actors.items()
        )
        # "김영호 통일부 장관": a ministry speaks through its named minister
        voiced = {
            a.org
            for k, a in self.actors.items()
            if a.kind == "person" and k in self.used and k not in self.quiet
        }
        return [
            a
            for k, a in self.actors.items()
            if (
                (a.kind != "government" and k not in self.quiet)
                or k in self.used
                or k in self.named
                or (a.name in voiced and k not in self.quiet)
            )
            and k not in self.unlisted
            and not (a.actor_id == "un" and k not in self.used)
            and not (k in self.plural and (named or k not in self.used))
        ]


def resolve_short(table: ActorTable, pending: list[Pending]) -> None:
    """'윤 대표', '정 씨', '하워스 의원' -> the person named in full before."""
    people = [(k, a) for k, a in table.actors.items() if a.kind == "person"]
    for head, role, span, particle in pending:
        match = [
            k
            for k, a in people
            if a.name.startswith(head) or a.name.endswith(" " + head) or a.name == head
        ]
        if role:
            match = [k for k in match if (table.actors[k].role or "").endswith(role)] or match
        if match:
            table.mentions.append(Mention(span[0], span[1], match[0], particle))


def anaphors(table: ActorTable, doc: KoText, free: Callable[[int, int], bool]) -> None:
    """'센터는', '단체는', '이들은', '우리는', '그는' -> the actor they stand for."""
    """'센터는', '단체는', '이들은', '우리는', '그는' -> the actor they stand for."""
    lex = lexicon()
    text = doc.text
    orgs = [k for k, a in table.actors.items() if a.kind == "organization"]
    words = lex.org_anaphors + lex.self_reference + lex.person_pronouns
    alts = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    # "단체 관계자는", "단체 측은": the group speaking through someone unnamed
    voice = r"(?:\s(?:관계자|측))?"
    for m in re.finditer(rf"(?<![가-힣])({alts}){voice}(은|는|이|가|도|에)(?=\s)", text):
        if not free(m.start(), m.end()) or _indefinite(text, m.start()):
            continue  # "한 단체 관계자는": one of several groups, not the one named
        word, particle = m.group(1), m.group(2)
        if word in lex.org_anaphors and (
            particle in ("이", "가") or doc.quote_at(m.start()) is not None
        ):
            continue  # "이들이 북송되면": the people, not the group
        if word in lex.person_pronouns:
            before = [x for x in table.mentions if x.end <= m.start()]
            people = [x for x in before if table.actors[x.key].kind == "person"]
            if people:
                key = max(people, key=lambda x: x.end).key
                table.mentions.append(Mention(m.start(), m.start() + len(word), key, particle))
            continue
        if word in lex.self_reference and not table.author_voice:
            continue
        own = [k for k in orgs if k.endswith(word) and k != word]
        target = own[0] if own else table.primary_org
        if target:
            table.mentions.append(Mention(m.start(), m.start() + len(word), target, particle))


def voices(table: ActorTable, doc: KoText) -> None:
    """'외교부 당국자는': the body speaks through an unnamed official; '국회 외교통일위원회
    여야 의원들도': through its members. Not '한 정부 소식통은': an anonymous source."""
    lex = lexicon()
    alts = "|".join(re.escape(v) for v in (*lex.body_voices, *lex.members))
    pattern = re.compile(rf"\s(?:{alts})(은|는|이|가|도)\s")
    posts = [(m.start, m.end) for m in table.mentions if table.kind(m.key) == "person"]
    for m in table.mentions:
        hit = pattern.match(doc.text, m.end)
        if any(a <= m.start and m.end < b for a, b in posts):
            continue  # "중국 외교부 대변인은": the spokesperson speaks, listed as a post
        if not m.particle and hit and table.kind(m.key) != "person":
            if _indefinite(doc.text, m.start):
                continue
            m.particle = hit.group(1)


def _indefinite(text: str, pos: int) -> bool:
    """'한 정부 소식통', '한 단체 관계자': 한 as 'a, one', not a name's first syllable."""
    return text[max(0, pos - 2) : pos] == "한 " and (pos < 3 or not "가" <= text[pos - 3] <= "힣")


def primary(table: ActorTable, doc: KoText) -> None:
    """The report's main organisation: in a group's own statement, the one named as topic
    last before it first speaks of itself ("(사)X는 … 규탄한다. 우리는 …"); else the first
    organisation that speaks or is cited."""
    text = doc.text
    if table.author_voice:
        selves = "|".join(re.escape(w) for w in lexicon().self_reference)
        first = next(
            (
                m.start()
                for m in re.finditer(rf"(?<![가-힣])(?:{selves})(?:은|는|도|가|의)\s", text)
                if doc.quote_at(m.start()) is None
            ),
            None,
        )
        own = [
            m
            for m in table.mentions
            if first is not None
            and m.end <= first
            and m.particle in _TOPIC
            and table.actors[m.key].kind == "organization"
            and doc.quote_at(m.start) is None
        ]
        if own:
            table.primary_org = max(own, key=lambda m: m.start).key
            return
    for m in sorted(table.mentions, key=lambda x: x.start):
        if table.actors[m.key].kind != "organization":
            continue
        after = text[m.end : m.end + 30]
        if m.particle in _TOPIC + _SUBJECT or re.match(
            r"[\"'’”」』]?[가-힣]*\s?(?:등\s[^ ]+)?에 따르면", after
        ):
            table.primary_org = m.key
            return
