"""Actors in Korean text: who is named, how, and every place each is mentioned.

People are found by the titles after their names ("윤서하 두만강인권연대 대표",
"영국 하원의 에밀리 하워스 의원") or by 씨 ("김철옥 씨"); organisations by the endings of their
names ("…인권연대", "…워치"); known people and bodies by the registry
(`domain/actors.yaml` + `domain/ko/actors.yaml`), which also gives their spellings in other
languages as aliases. Short references ("윤 대표", "하워스 의원", "센터는", "그는") are
resolved to an actor named before, so later stages see one actor per referent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from refwatch.domain import load_data
from refwatch.extract.ko_doc import KoText, Word, ends_with_particle
from refwatch.extract.ko_lexicon import Lexicon, lexicon
from refwatch.model import Actor, ActorKind
from refwatch.nlp.countries import country_mentions
from refwatch.nlp.kiwi_model import tokenize

_PARTICLE = re.compile(
    r"(?:께서는|께서|에게서|에게도|에게|에서는|에서도|에서|으로는|으로도|으로|이라며|이라고|라며|라고"
    r"|에도|에는|과도|와도|로도|측은|측이|측"
    r"|은|는|이|가|도|의|과|와|에|을|를|로|만)?[,.;:]?$"
)
_TOPIC = ("은", "는", "도", "께서는", "측은")
_SUBJECT = ("이", "가", "께서", "측이")


@dataclass(frozen=True)
class Known:
    id: str
    kind: ActorKind
    country: str | None
    names: tuple[str, ...]  # Korean, usual form first
    other: tuple[str, ...]  # spellings in other languages


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
    media: set[str] = field(default_factory=set)  # outlets: listed only when credited

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.mentions if start <= m.start and m.end <= end]

    def kind(self, key: str) -> ActorKind:
        return self.actors[key].kind

    def emit(self) -> list[Actor]:
        """Actors worth listing: every person and organisation named, and the government
        bodies that speak or are credited as a source."""
        return [
            a
            for k, a in self.actors.items()
            if ((a.kind != "government" and k not in self.media) or k in self.used)
            and not (a.actor_id == "un" and k not in self.used)
        ]


@cache
def known_actors() -> dict[str, Known]:
    records = load_data("actors.yaml") or {}
    ko = (load_data("ko/actors.yaml") or {}).get("names") or {}
    en = (load_data("en/actors.yaml") or {}).get("names") or {}
    out: dict[str, Known] = {}
    for aid, names in ko.items():
        rec = records.get(aid) or {}
        out[aid] = Known(
            id=aid,
            kind=rec.get("kind", "organization"),
            country=rec.get("country"),
            names=tuple(str(n) for n in names),
            other=tuple(str(n) for n in en.get(aid) or ()),
        )
    return out


@cache
def _known_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    by_name = {n: k.id for k in known_actors().values() for n in k.names}
    alts = "|".join(re.escape(n) for n in sorted(by_name, key=len, reverse=True))
    return re.compile(rf"(?<![가-힣A-Za-z])(?:{alts})(?![A-Za-z])"), by_name


def split_particle(core: str) -> tuple[str, str]:
    m = _PARTICLE.search(core)
    if not m or m.start() == 0:
        return core.rstrip(",.;:"), ""
    return core[: m.start()], m.group().rstrip(",.;:")


def _hangul(s: str) -> bool:
    return bool(s) and all("가" <= c <= "힣" for c in s)


@cache
def _is_country(word: str) -> str | None:
    hits = country_mentions(word, "ko")
    return hits[0].code if hits and hits[0].start == 0 and hits[0].end == len(word) else None


def _org_like(word: str, lex: Lexicon) -> bool:
    return (
        _is_country(word) is not None
        or word.endswith(lex.gov_words)
        or word.endswith(lex.org_suffixes)
        or word in lex.org_words
        or word in _known_pattern()[1]
        or (len(word) >= 3 and word.endswith(("대", "대학", "대학교", "당")))
    )


@cache
def _proper(word: str) -> bool:
    toks = tokenize(word)
    return _hangul(word) and len(toks) == 1 and toks[0].tag == "NNP"


def korean_name(word: str, lex: Lexicon) -> bool:
    if not _hangul(word) or not 3 <= len(word) <= 4 or _org_like(word, lex):
        return False
    if any(s in lex.foreign_syllables for s in word):
        return False
    return word[0] in lex.surnames or word[:2] in lex.surnames


def foreign_name(word: str, lex: Lexicon) -> bool:
    return (
        _hangul(word)
        and len(word) >= 2
        and any(s in lex.foreign_syllables for s in word)
        and not _org_like(word, lex)
    )


class _Builder:
    def __init__(self, doc: KoText) -> None:
        self.doc = doc
        self.lex = lexicon()
        self.table = ActorTable()
        self.taken: list[tuple[int, int]] = []

    # -- registering -----------------------------------------------------------------
    def add(
        self,
        key: str,
        name: str,
        kind: ActorKind,
        span: tuple[int, int],
        particle: str,
        **fields: str | None,
    ) -> None:
        actors = self.table.actors
        if key not in actors:
            known = known_actors().get(key)
            if known and not _hangul(name[:1]):
                name = known.names[0]  # a Latin abbreviation seen first: list the Korean name
            aliases = [n for n in (known.names + known.other if known else ()) if n != name]
            actors[key] = Actor(
                name=name,
                kind=kind,
                aliases=aliases,
                country=fields.get("country") or (known.country if known else None),
                org=fields.get("org"),
                role=fields.get("role"),
                actor_id=known.id if known else None,
            )
        else:
            a = actors[key]
            a.org = a.org or fields.get("org")
            a.role = a.role or fields.get("role")
            a.country = a.country or fields.get("country")
        alias = fields.get("alias")
        if alias and alias not in actors[key].aliases and alias != actors[key].name:
            actors[key].aliases.append(alias)
        self.table.mentions.append(Mention(span[0], span[1], key, particle))
        self.taken.append(span)

    def free(self, start: int, end: int) -> bool:
        return not any(start < b and a < end for a, b in self.taken)

    # -- passes ----------------------------------------------------------------------
    def known(self) -> None:
        pattern, by_name = _known_pattern()
        text = self.doc.text
        for m in pattern.finditer(text):
            known = known_actors()[by_name[m.group()]]
            before = text[max(0, m.start() - 12) : m.start()].split()
            if before and _is_country(before[-1]):
                continue  # "태국 정부" is Thailand's, not the bare (home) 정부
            rest = text[m.end() : m.end() + 6].split(" ", 1)[0]
            particle = split_particle("x" + rest)[1] if rest else ""
            if known.kind == "person" and rest and not particle and _hangul(rest[:1]):
                continue  # "왕이" inside a longer word
            self.add(known.id, m.group(), known.kind, m.span(), particle)

    def sentence(self, start: int, end: int) -> None:
        words = self.doc.words(start, end)
        for i, w in enumerate(words):
            core, particle = split_particle(w.core)
            if core == "씨" and i > 0:
                self.honorific(words[i - 1], w, particle)
                continue
            if core.endswith("씨") and 3 <= len(core) <= 5 and _hangul(core):
                self.glued_honorific(w, core[:-1], particle)  # "이모(34)씨는"
                continue
            if i > 0 and words[i - 1].core in self.lex.generic_orgs:
                bare = _hangul(core) and len(core) >= 2 and not ends_with_particle(core)
                titled = core.endswith(self.lex.roles) or core in self.lex.body_voices
                if bare and not titled and not _org_like(core, self.lex):
                    self.organisation(w, core, particle, 2)  # "인권단체 물망초는": a name
                    continue
            role = next((r for r in self.lex.roles if core.endswith(r)), None)
            if role and not core.endswith(tuple(self.lex.not_person)):
                self.titled(words, i, core, particle)
            elif core.endswith(self.lex.org_suffixes) and core not in self.lex.generic_orgs:
                self.organisation(w, core, particle)
            elif core.endswith(self.lex.media_suffixes) and len(core) >= 3:
                if self.free(w.start, w.start + len(core)):
                    self.organisation(w, core, particle)
                    self.table.media.add(core)
            elif core.endswith(("총영사관", "대사관", "영사관")):
                self.mission(words, i, core, particle)
            elif core in self.lex.gov_words and len(core) >= 3 and self.free(w.start, w.end):
                # a bare ministry in Korean news is the home government's ("법무부는")
                span = (w.start, w.start + len(core))
                self.add(core, core, "government", span, particle, country=self.lex.home_government)
            elif i + 1 < len(words) and _is_country(core):
                nxt, p2 = split_particle(words[i + 1].core)
                if nxt in self.lex.gov_words and self.free(w.start, words[i + 1].end):
                    span = (w.start, words[i + 1].start + len(nxt))
                    name = f"{core} {nxt}"
                    self.add(name, name, "government", span, p2, country=_is_country(core))

    def honorific(self, name_word: Word, w: Word, particle: str) -> None:
        name = name_word.core
        if not self.free(name_word.start, w.end):
            return
        span = (name_word.start, w.start + 1)
        two = len(name) == 2 and _hangul(name) and name[0] in self.lex.surnames
        if korean_name(name, self.lex) or foreign_name(name, self.lex) or two:
            shown = f"{name} 씨" if two and name.endswith("모") else name
            self.add(shown, shown, "person", span, particle)
        elif len(name) == 1 and name in self.lex.surnames:
            self.short(name, None, span, particle)

    def glued_honorific(self, w: Word, name: str, particle: str) -> None:
        span = (w.start, w.start + len(w.text.split("(")[0]))
        two = len(name) == 2 and name[0] in self.lex.surnames
        if self.free(*span) and (korean_name(name, self.lex) or two):
            shown = f"{name} 씨" if two and name.endswith("모") else name  # "이모 씨": withheld
            self.add(shown, shown, "person", span, particle)

    def titled(self, words: list[Word], i: int, core: str, particle: str) -> None:
        j = i
        while j > 0 and i - j < 6:
            prev = words[j - 1]
            if prev.text.endswith((",", '"', "“", "”", "'", "’", "·")):
                break
            name_like = prev.core in _known_pattern()[1] or foreign_name(prev.core, self.lex)
            if not name_like and ends_with_particle(prev.core):
                break
            j -= 1
        np = words[j:i]
        if not np or not self.free(words[i].start, words[i].end):
            return
        # "중국 외교부 린젠 대변인": the body may come before the name
        lead = next((k for k, w in enumerate(np) if self.name_like(w.core)), 0)
        if lead > 0 and foreign_name(np[lead].core, self.lex) and _proper(np[lead - 1].core):
            lead -= 1  # "에밀리 하워스": a given name kiwi knows as a proper noun
        prefix_org = " ".join(w.core for w in np[:lead] if _org_like(w.core, self.lex))
        np = np[lead:]
        span = (np[0].start, words[i].start + len(core))
        cores = [w.core for w in np]
        known = _known_pattern()[1]
        if (
            len(cores) >= 2
            and all(len(c) == 1 for c in cores[:2])
            and cores[0] in self.lex.surnames
        ):
            name, rest = f"{cores[0]} {cores[1]}", np[2:]
        elif len(cores[0]) == 1 and cores[0] in self.lex.surnames:
            self.short(cores[0], core, span, particle)
            return
        elif korean_name(cores[0], self.lex) or (
            cores[0] in known and known_actors()[known[cores[0]]].kind == "person"
        ):
            name, rest = cores[0], np[1:]
        elif foreign_name(cores[0], self.lex) or (
            len(cores) > 1 and foreign_name(cores[1], self.lex) and _hangul(cores[0])
        ):
            two = len(np) > 1 and _hangul(cores[1]) and not _org_like(cores[1], self.lex)
            name, rest = (f"{cores[0]} {cores[1]}", np[2:]) if two else (cores[0], np[1:])
        else:
            return
        if name in self.lex.not_names:
            return
        name_end = np[len(name.split()) - 1].end
        key = self.person_key(name)
        if key == name and " " not in name:  # "하워스 의원" after "에밀리 하워스 의원"
            key = next(
                (k for k, a in self.table.actors.items()
                 if a.kind == "person" and a.name.endswith(" " + name)),
                key,
            )  # fmt: skip
        if not self.free(np[0].start, name_end) and key == name:
            return
        org_words: list[str] = []
        k = 0
        while k < len(rest) and _org_like(rest[k].core, self.lex):
            org_words.append(rest[k].core)
            k += 1
        role = " ".join([w.core for w in rest[k:]] + [core])
        org = " ".join(org_words) or prefix_org or self.org_before(words, j)
        alias = next((w.paren for w in np if w.paren and not w.paren.startswith("가명")), None)
        if alias and re.search(r"\d", alias):
            alias = None
        self.add(key, name, "person", span, particle, org=org or None, role=role,
                 country=self.country_of(org), alias=alias)  # fmt: skip

    def name_like(self, word: str) -> bool:
        known = _known_pattern()[1].get(word)
        return (
            korean_name(word, self.lex)
            or foreign_name(word, self.lex)
            or (known is not None and known_actors()[known].kind == "person")
        )

    def org_before(self, words: list[Word], j: int) -> str:
        """'영국 하원의 에밀리 하워스 의원': the body named before the person with 의."""
        if j == 0 or not words[j - 1].core.endswith("의"):
            return ""
        body = [words[j - 1].core[:-1]]
        if j >= 2 and _is_country(words[j - 2].core):
            body.insert(0, words[j - 2].core)
        text = " ".join(body)
        return text if _org_like(body[-1], self.lex) else ""

    def country_of(self, org: str) -> str | None:
        if not org:
            return None
        known = known_actors().get(_known_pattern()[1].get(org, ""))
        if known:
            return known.country
        for word in org.split():
            code = _is_country(word)
            if code:
                return code
        if org.split()[-1].endswith(self.lex.gov_words):
            return self.lex.home_government
        return None

    def person_key(self, name: str) -> str:
        by_name = _known_pattern()[1]
        compact = name.replace(" ", "")
        for n, aid in by_name.items():
            if n.replace(" ", "") == compact:
                return aid
        return name

    def organisation(self, w: Word, core: str, particle: str, shortest: int = 3) -> None:
        if not self.free(w.start, w.start + len(core)) or len(core) < shortest:
            return
        alias = w.paren if re.fullmatch(r"[A-Za-z][A-Za-z .&-]*", w.paren or "") else None
        self.add(core, core, "organization", (w.start, w.start + len(core)), particle, alias=alias)

    def mission(self, words: list[Word], i: int, core: str, particle: str) -> None:
        start = i - 1 if i > 0 and words[i - 1].core.startswith("주") else i
        name = " ".join([w.core for w in words[start:i]] + [core])
        span = (words[start].start, words[i].start + len(core))
        if not self.free(*span):
            return
        code = next((m.code for m in country_mentions(core, "ko")), None)
        self.add(name, name, "government", span, particle, country=code or self.lex.home_government)

    def short(self, surname: str, role: str | None, span: tuple[int, int], particle: str) -> None:
        self.pending.append((surname, role, span, particle))

    pending: list[tuple[str, str | None, tuple[int, int], str]]

    # -- resolution ------------------------------------------------------------------
    def resolve_short(self) -> None:
        people = [(k, a) for k, a in self.table.actors.items() if a.kind == "person"]
        for head, role, span, particle in self.pending:
            match = [
                k
                for k, a in people
                if a.name.startswith(head) or a.name.endswith(" " + head) or a.name == head
            ]
            if role:
                match = [
                    k for k in match if (self.table.actors[k].role or "").endswith(role)
                ] or match
            if match:
                self.table.mentions.append(Mention(span[0], span[1], match[0], particle))

    def anaphors(self) -> None:
        """'센터는', '단체는', '이들은', '우리는', '그는' -> the actor they stand for."""
        text = self.doc.text
        orgs = [k for k, a in self.table.actors.items() if a.kind == "organization"]
        words = self.lex.org_anaphors + self.lex.self_reference + self.lex.person_pronouns
        alts = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
        for m in re.finditer(rf"(?<![가-힣])({alts})(은|는|이|가|도|에)(?=\s)", text):
            if not self.free(m.start(), m.end()):
                continue
            word, particle = m.group(1), m.group(2)
            if word in self.lex.org_anaphors and (
                particle in ("이", "가") or self.doc.quote_at(m.start()) is not None
            ):
                continue  # "이들이 북송되면": the people, not the group
            if word in self.lex.person_pronouns:
                before = [x for x in self.table.mentions if x.end <= m.start()]
                people = [x for x in before if self.table.actors[x.key].kind == "person"]
                if people:
                    key = max(people, key=lambda x: x.end).key
                    self.table.mentions.append(
                        Mention(m.start(), m.start() + len(word), key, particle)
                    )
                continue
            if word in self.lex.self_reference and not self.table.author_voice:
                continue
            own = [k for k in orgs if k.endswith(word) and k != word]
            target = own[0] if own else self.table.primary_org
            if target:
                self.table.mentions.append(
                    Mention(m.start(), m.start() + len(word), target, particle)
                )

    def voices(self) -> None:
        """'외교부 당국자는': the body speaks through an unnamed official."""
        alts = "|".join(re.escape(v) for v in self.lex.body_voices)
        pattern = re.compile(rf"\s(?:{alts})(은|는|이|가|도)\s")
        for m in self.table.mentions:
            hit = pattern.match(self.doc.text, m.end)
            if not m.particle and hit and self.table.kind(m.key) != "person":
                m.particle = hit.group(1)

    def primary(self) -> None:
        text = self.doc.text
        for m in sorted(self.table.mentions, key=lambda x: x.start):
            if self.table.actors[m.key].kind != "organization":
                continue
            after = text[m.end : m.end + 30]
            if m.particle in _TOPIC + _SUBJECT or re.match(
                r"[가-힣]*\s?(?:등\s[^ ]+)?에 따르면", after
            ):
                self.table.primary_org = m.key
                return


def find_actors(doc: KoText) -> ActorTable:
    b = _Builder(doc)
    b.pending = []
    b.table.author_voice = any(
        mark in doc.text and not doc.quote_at(doc.text.index(mark)) for mark in b.lex.author_voice
    )
    b.known()
    for s in doc.sentences:
        b.sentence(s.start, s.end)
    b.resolve_short()
    b.voices()
    b.table.mentions.sort(key=lambda m: m.start)
    b.primary()
    b.anaphors()
    b.table.mentions.sort(key=lambda m: m.start)
    return b.table
