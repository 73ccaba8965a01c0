"""Actors in Korean text: who is named, how, and every place each is mentioned.

People are found by the titles after their names ("한지유 국경너머인권회 대표",
"영국 하원의 에밀리 하워스 의원") or by 씨 ("김철옥 씨"); organisations by the endings of their
names ("…인권연대", "…워치"); known people and bodies by the registry
(`domain/actors.yaml` + `domain/ko/actors.yaml`), which also gives their spellings in other
languages as aliases. Short references ("윤 대표", "하워스 의원", "센터는", "그는") are
resolved to an actor named before, so later stages see one actor per referent.
"""

from __future__ import annotations

import re

from refwatch.extract.ko_actor_units import unit_after
from refwatch.extract.ko_author import author_org
from refwatch.extract.ko_doc import KoText, Word, ends_with_particle
from refwatch.extract.ko_names import (
    bare_word,
    foreign_name,
    hangul,
    is_country,
    known_actors,
    known_pattern,
    korean_name,
    loan_org,
    org_like,
    split_particle,
)
from refwatch.extract.ko_refs import (
    ActorTable,
    anaphors,
    primary,
    resolve_short,
    voices,
)
from refwatch.extract.ko_titles import Titles
from refwatch.nlp.countries import country_mentions


class _Builder(Titles):
    """The passes that find actors; `Registry` keeps what they find."""

    def known(self) -> None:
        pattern, by_name = known_pattern()
        text = self.doc.text
        for m in pattern.finditer(text):
            known = known_actors()[by_name[m.group()]]
            before = text[max(0, m.start() - 12) : m.start()].split()
            if before and is_country(before[-1]):
                continue  # "태국 정부" is Thailand's, not the bare (home) 정부
            rest = text[m.end() : m.end() + 6].split(" ", 1)[0]
            particle = split_particle("x" + rest)[1] if rest else ""
            if known.kind == "person" and rest and not particle and hangul(rest[:1]):
                continue  # "왕이" inside a longer word
            unit = unit_after(text, m.end(), self.lex) if known.kind == "government" else None
            if unit is not None and not particle and self.free(m.start(), unit.end):
                # "국방부 유해발굴감식단은": the unit acts, named in full as written
                name = f"{m.group()} {unit.name}"
                voice = unit.name in self.lex.body_voices
                alias = m.group() if voice else unit.alias or unit.name
                span = (m.start(), unit.end)
                self.add(name, name, "government", span, unit.particle, country=known.country)
                self.table.actors[name].aliases.append(alias)
                continue
            self.add(known.id, m.group(), known.kind, m.span(), particle)

    def sentence(self, start: int, end: int) -> None:
        words = self.doc.words(start, end)
        for i, w in enumerate(words):
            core, particle = split_particle(w.core)
            if self.plural_group(words, i, core, particle):
                continue
            if core == "씨" and i > 0:
                self.honorific(words[i - 1], w, particle)
                continue
            if re.fullmatch(r"[A-Z]씨", core) and self.free(w.start, w.start + 2):
                self.add(core, core, "person", (w.start, w.start + 2), particle)  # "A씨"
                continue
            if core.endswith("씨") and 3 <= len(core) <= 5 and hangul(core):
                self.glued_honorific(w, core[:-1], particle)  # "이모(34)씨는"
                continue
            if i > 0 and words[i - 1].core in self.lex.generic_orgs:
                bare = hangul(core) and len(core) >= 2 and not ends_with_particle(core)
                titled = core.endswith(self.lex.roles) or core in self.lex.body_voices
                person = korean_name(core, self.lex) or foreign_name(core, self.lex)
                if bare and not titled and not person and not org_like(core, self.lex):
                    self.organisation(w, core, particle, 2)  # "인권단체 물망초는": a name
                    continue
            role = next((r for r in self.lex.roles if core.endswith(r)), None)
            if role and not particle and self.joined_title(words, i):
                continue  # "부총리 겸 국방장관은": the last title carries the whole
            country = is_country(core[: -len(role)]) if role and len(core) > len(role) else None
            if role in self.lex.gov_words:
                country = None  # "한국대표부": a mission, a body and not a post
            k = i - 1 if i > 0 and words[i - 1].core.startswith("주") else i
            prev = words[k - 1].core if k > 0 else ""
            named = hangul(prev) and len(prev) <= 4 and not ends_with_particle(prev)
            if role and country and not named and self.free(w.start, w.start + len(core)):
                # "주한 미국대사는", "러시아대사가": an unnamed post that speaks for its country
                lead = i > 0 and re.fullmatch(r"주[가-힣]{1,3}", words[i - 1].core)
                start = words[i - 1].start if lead else w.start
                name = f"{words[i - 1].core} {core}" if lead else core
                span = (start, w.start + len(core))
                self.add(name, name, "person", span, particle, role=role, country=country)
                self.table.quiet.add(name)
            elif role and not core.endswith(tuple(self.lex.not_person)):
                self.titled(words, i, core, particle)
            elif (
                core.endswith(self.lex.org_suffixes) or loan_org(core, self.lex)
            ) and core not in self.lex.generic_orgs:
                if i > 0 and words[i - 1].core in self.lex.legislatures:
                    self.committee(words[i - 1], w, core, particle)
                elif not self.two_word_name(words, i, core, particle):
                    self.organisation(w, core, particle)
            elif core.endswith(self.lex.media_suffixes) and len(core) >= 3:
                if self.free(w.start, w.start + len(core)):
                    self.organisation(w, core, particle)
                    self.table.quiet.add(core)
            elif core.endswith(("총영사관", "대사관", "영사관")):
                self.mission(words, i, core, particle)
            elif core in self.lex.gov_words and len(core) >= 3 and self.free(w.start, w.end):
                # a bare ministry in Korean news is the home government's ("법무부는")
                span = (w.start, w.start + len(core))
                self.add(core, core, "government", span, particle, country=self.lex.home_government)
            elif i + 1 < len(words) and is_country(core):
                nxt, p2 = split_particle(words[i + 1].core)
                side = words[i + 1].core in ("측은", "측이", "측도")  # "중국 측은 …고 밝혔다"
                if side:
                    nxt, p2 = "측", words[i + 1].core[1:]
                if (nxt in self.lex.gov_words or side) and self.free(w.start, words[i + 1].end):
                    span = (w.start, words[i + 1].start + len(nxt))
                    name = f"{core} {nxt}"
                    self.add(name, name, "government", span, p2, country=is_country(core))

    def joined_title(self, words: list[Word], i: int) -> bool:
        if i + 2 >= len(words) or words[i + 1].core != "겸":
            return False
        return split_particle(words[i + 2].core)[0].endswith(self.lex.roles)

    def plural_group(self, words: list[Word], i: int, core: str, particle: str) -> bool:
        """'인권단체들은', '탈북민 단체들도': groups as a whole, as the topic, outside quotes."""
        w = words[i]
        if particle not in ("은", "는", "도") or not core.endswith("들"):
            return False
        head = core[:-1]
        prev = words[i - 1] if i > 0 else None
        if head == "단체" and prev and prev.core + head in self.lex.generic_orgs:
            start, name = prev.start, f"{prev.core} {core}"  # "탈북민 단체들"
        elif head in self.lex.generic_orgs and head != "단체":
            start, name = w.start, core
        else:
            return False
        span = (start, w.start + len(core))
        if not self.free(*span) or self.doc.quote_at(start) is not None:
            return False
        self.add(name, name, "organization", span, particle)
        self.table.quiet.add(name)
        self.table.plural.add(name)
        return True

    def honorific(self, name_word: Word, w: Word, particle: str) -> None:
        name = name_word.core
        if not self.free(name_word.start, w.end):
            return
        span = (name_word.start, w.start + 1)
        two = len(name) == 2 and hangul(name) and name[0] in self.lex.surnames
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

    def two_word_name(self, words: list[Word], i: int, core: str, particle: str) -> bool:
        """ "평화의다리 인권센터": a name's own word before a bare kind of group (one of
        the endings alone) is part of the name."""
        if core not in self.lex.org_suffixes or i == 0 or len(core) < 3:
            return False
        prev = words[i - 1]
        if prev.paren or not bare_word(prev.core, self.lex) or is_country(prev.core):
            return False
        span = (prev.start, words[i].start + len(core))
        if not self.free(*span):
            return False
        name = f"{prev.core} {core}"
        self.add(name, name, "organization", span, particle)
        return True

    def organisation(self, w: Word, core: str, particle: str, shortest: int = 3) -> None:
        if not self.free(w.start, w.start + len(core)) or len(core) < shortest:
            return
        alias = w.paren if re.fullmatch(r"[A-Za-z][A-Za-z .&-]*", w.paren or "") else None
        span = (w.start, w.start + len(core))
        legal = re.match(r"\((?:사|재|社|財)\)", w.text)
        if legal:  # "(사)물길…": the name as the group writes it; the bare name an alias
            shown = legal.group() + core
            span = (w.start, w.start + len(legal.group()) + len(core))
            self.add(core, shown, "organization", span, particle, alias=core)
            return
        self.add(core, core, "organization", span, particle, alias=alias)

    def committee(self, house: Word, w: Word, core: str, particle: str) -> None:
        """'국회 외교통일위원회': a body of the home legislature, listed only if it speaks
        (through its members: '… 여야 의원들도 … 촉구했다')."""
        name = f"{house.core} {core}"
        span = (house.start, w.start + len(core))
        if self.free(*span):
            country = self.lex.home_government
            self.add(name, name, "government", span, particle, country=country)
            self.table.quiet.add(name)

    def mission(self, words: list[Word], i: int, core: str, particle: str) -> None:
        start = i - 1 if i > 0 and words[i - 1].core.startswith("주") else i
        name = " ".join([w.core for w in words[start:i]] + [core])
        span = (words[start].start, words[i].start + len(core))
        if not self.free(*span):
            return
        code = next((m.code for m in country_mentions(core, "ko")), None) or _sender(core)
        self.add(name, name, "government", span, particle, country=code or self.lex.home_government)
        if start < i:
            self.table.named.add(name)  # "주라오스 한국대사관": a mission acts where posted


def _sender(core: str) -> str | None:
    """ "주한중국대사관": glued, the host (한) comes first and the sending state last."""
    stem = re.sub(r"(?:총영사관|대사관|영사관)$", "", core)
    if not stem.startswith("주"):
        return None
    return next((c for k in range(2, len(stem) - 1) if (c := is_country(stem[k:]))), None)


def find_actors(doc: KoText) -> ActorTable:
    b = _Builder(doc)
    b.table.author_voice = any(
        mark in doc.text and not doc.quote_at(doc.text.index(mark)) for mark in b.lex.author_voice
    )
    b.known()
    for s in doc.sentences:
        b.sentence(s.start, s.end)
    resolve_short(b.table, b.pending)
    voices(b.table, doc)
    b.table.mentions.sort(key=lambda m: m.start)
    primary(b.table, doc)
    author_org(b.table, doc)
    anaphors(b.table, doc, b.free)
    b.table.mentions.sort(key=lambda m: m.start)
    return b.table
