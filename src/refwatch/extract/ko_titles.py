"""People named with a title in Korean text: "한지유 국경너머인권회 대표", "중국 외교부 린젠
대변인", "영국 하원의 에밀리 하워스 의원", and posts named by body and title alone
("유엔 북한인권 특별보고관은").

`Titles` is the pass of `ko_actors` that reads the words before a title: where the name
starts, which words are the body and which the title, and what the person is called
elsewhere (a parenthesised spelling, the romanised form).
"""

from __future__ import annotations

import re
from functools import cache

from refwatch.domain import load_data
from refwatch.extract.ko_doc import Word, ends_with_particle
from refwatch.extract.ko_names import (
    bare_word,
    country_of,
    foreign_name,
    hangul,
    is_country,
    known_actors,
    known_pattern,
    korean_name,
    org_like,
    person_key,
    proper,
    split_particle,
)
from refwatch.extract.ko_register import Registry
from refwatch.nlp.romanize import standard


@cache
def _spokespeople() -> tuple[str, ...]:
    return tuple(str(r) for r in (load_data("ko/roles.yaml") or {}).get("spokespeople") or ())


@cache
def _rank_words() -> frozenset[str]:
    data = load_data("ko/roles.yaml") or {}
    return frozenset(str(w) for w in data.get("rank_words") or ())


@cache
def _determiners() -> frozenset[str]:
    data = load_data("ko/names.yaml") or {}
    return frozenset(str(w) for w in data.get("title_determiners") or ())


# Han characters, as a name's gloss is written ("陳海峰", "戴兵")
_HANJA = re.compile(r"[\u4e00-\u9fff]{1,4}")


def hanja_named(w: Word) -> bool:
    """A Hangul word of two to four syllables glossed in hanja right before a title: a
    person's name as the press transcribes it (Chinese names, or Korean with hanja)."""
    return bool(_HANJA.fullmatch(w.paren)) and hangul(w.core) and 2 <= len(w.core) <= 4


class Titles(Registry):
    def titled(self, words: list[Word], i: int, core: str, particle: str) -> None:
        j = i
        while j > 0 and i - j < 6:
            prev = words[j - 1]
            if prev.text.endswith((",", '"', "“", "”", "'", "’", "·")):
                break
            name_like = prev.core in known_pattern()[1] or foreign_name(prev.core, self.lex)
            name_like = name_like or hanja_named(prev)
            # "문해진 대표": kiwi may read a name's last syllable as an ending; trusted
            # right before the title only ("방문해 왕이 부장": a verb)
            # "권미란 통일부 장관": or with only the body's words between name and title
            between = all(
                org_like(w.core, self.lex) and not self.name_like(w.core) for w in words[j:i]
            )
            bare = between and korean_name(prev.core, self.lex)
            bare = bare and not split_particle(prev.core)[1]
            name_like = name_like or bare
            if not name_like and ends_with_particle(prev.core):
                break
            j -= 1
        np = words[j:i]
        if not np or not self.free(words[i].start, words[i].end):
            return
        # "중국 외교부 린젠 대변인": the body may come before the name
        lead = next((k for k, w in enumerate(np) if self.name_like(w.core) or hanja_named(w)), 0)
        if lead > 0 and foreign_name(np[lead].core, self.lex):
            before = np[lead - 1].core
            if proper(before) or (lead == 1 and bare_word(before, self.lex)):
                lead -= 1  # "에밀리 하워스": a given name, first after a phrase boundary
        if lead == 0 and not self.name_like(np[0].core):
            lead = self.name_start(np)  # "전날 쑨카이 중국 외교부 부부장": 전날 is no name
        slotted = lead == 0 and self.spokesperson_name(np, core)
        if slotted:
            lead = len(np) - 1  # "중국 외교부 린하오란 대변인": the word before the title
        prefix_org = " ".join(w.core for w in np[:lead] if org_like(w.core, self.lex))
        np = np[lead:]
        span = (np[0].start, words[i].start + len(core))
        cores = [w.core for w in np]
        known = known_pattern()[1]
        if (
            len(cores) >= 2
            and all(len(c) == 1 for c in cores[:2])
            and cores[0] in self.lex.surnames
        ):
            name, rest = f"{cores[0]} {cores[1]}", np[2:]
        elif len(cores[0]) == 1 and cores[0] in self.lex.surnames:
            self.short(cores[0], core, span, particle)
            return
        elif len(cores) == 1 and hangul(cores[0]) and len(cores[0]) == 1:
            if cores[0] not in _determiners():
                self.short(cores[0], core, span, particle)  # "량 부사장": a foreign name's
            return
        elif slotted:
            name, rest = cores[0], np[1:]
        elif self.before_country(cores) == 2:  # "오카다 신이치 일본 외무성 …": two words
            name, rest = " ".join(cores[:2]), np[2:]
        elif (
            korean_name(cores[0], self.lex)
            or (cores[0] in known and known_actors()[known[cores[0]]].kind == "person")
            or hanja_named(np[0])  # "류창(劉暢) 주한 중국대사": a name glossed in hanja
        ):
            name, rest = cores[0], np[1:]
        elif foreign_name(cores[0], self.lex) or (
            len(cores) > 1 and foreign_name(cores[1], self.lex) and hangul(cores[0])
        ):
            two = len(np) > 1 and hangul(cores[1]) and not org_like(cores[1], self.lex)
            name, rest = (f"{cores[0]} {cores[1]}", np[2:]) if two else (cores[0], np[1:])
        elif slot := self.before_country(cores):
            name, rest = " ".join(cores[:slot]), np[slot:]
        else:
            self.unnamed(np, core, particle)
            return
        if name in self.lex.not_names:
            return
        name_end = np[len(name.split()) - 1].end
        key = person_key(name)
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
        while k < len(rest) and org_like(rest[k].core, self.lex):
            org_words.append(rest[k].core)
            k += 1
        role = " ".join([w.core for w in rest[k:]] + [core])
        org = " ".join(org_words) or prefix_org or self.org_before(words, j)
        alias = next((w.paren for w in np if w.paren and not w.paren.startswith("가명")), None)
        if alias and re.search(r"\d", alias):
            alias = None
        if alias is None and key == name and korean_name(name, self.lex):
            alias = standard(name)  # so an English report's "Yoon Seo-ha" can link to it
        self.add(key, name, "person", span, particle, org=org or None, role=role,
                 country=country_of(org), alias=alias)  # fmt: skip

    def spokesperson_name(self, np: list[Word], role: str) -> bool:
        """ "<body> X 대변인": a spokesperson is named between body and title, where no
        other word can stand ("수석 대변인" is a rank, not a name)."""
        if role not in _spokespeople() or len(np) < 2 or self.name_like(np[0].core):
            return False
        last = np[-1].core
        if last in _rank_words() or not bare_word(last, self.lex):
            return False
        return all(org_like(w.core, self.lex) for w in np[:-1])

    def name_start(self, np: list[Word]) -> int:
        """Where a name written before a foreign country starts: the one or two bare
        words right before it (0 when there are none)."""
        at = next((k for k, w in enumerate(np) if is_country(w.core)), 0)
        if at < 2 or is_country(np[at].core) == self.lex.home_government:
            return 0
        start = at
        while start > 0 and at - start < 2 and bare_word(np[start - 1].core, self.lex):
            start -= 1
        return start if start < at else 0

    def before_country(self, cores: list[str]) -> int:
        """ "패통탄 친나왓 태국 총리", "류칭 중국 외교부 국장": a foreign official is written
        name, country, title; one or two bare words before the country are the name
        (how many words it takes, 0 if none)."""
        at = next((k for k, c in enumerate(cores) if is_country(c)), 0)
        if not 1 <= at <= 2 or is_country(cores[at]) == self.lex.home_government:
            return 0
        return at if all(bare_word(c, self.lex) for c in cores[:at]) else 0

    def unnamed(self, np: list[Word], role: str, particle: str) -> None:
        """'유엔 북한인권 특별보고관은': a post named by its holder's body and title; listed
        only if it speaks (a body's official is the body itself, its spokesperson a post
        of its own: "중국 외교부 대변인")."""
        spokesperson = role in _spokespeople()
        if spokesperson:  # "앞서 중국 외교부 대변인은": the body is what precedes the title
            k = len(np)
            while k > 0 and org_like(np[k - 1].core, self.lex):
                k -= 1
            np = np[k:]
        if not np or not org_like(np[0].core, self.lex):
            return
        if role in self.lex.body_voices and not spokesperson:
            return
        if particle not in ("은", "는", "도", "이", "가"):
            return
        name = " ".join([w.core for w in np] + [role])
        span = (np[0].start, np[-1].end + 1 + len(role))
        orgs = [w.core for w in np if org_like(w.core, self.lex)]
        org = " ".join(orgs)
        self.add(name, name, "person", span, particle, org=org, role=role,
                 country=country_of(org))  # fmt: skip
        self.table.quiet.add(name)

    def name_like(self, word: str) -> bool:
        known = known_pattern()[1].get(word)
        return (
            korean_name(word, self.lex)
            or foreign_name(word, self.lex)
            or (known is not None and known_actors()[known].kind == "person")
        )

    def org_before(self, words: list[Word], j: int) -> str:
        """'영국 하원의 에밀리 하워스 의원': the body named before the person with 의;
        '외교부는 윤재훈 제1차관이 …': the ministry that tells what its own official did."""
        if j == 0:
            return ""
        topic, particle = split_particle(words[j - 1].core)
        if particle in ("은", "는") and topic in self.lex.gov_words:
            return topic
        if not words[j - 1].core.endswith("의"):
            return ""
        body = [words[j - 1].core[:-1]]
        if j >= 2 and is_country(words[j - 2].core):
            body.insert(0, words[j - 2].core)
        text = " ".join(body)
        return text if org_like(body[-1], self.lex) else ""
