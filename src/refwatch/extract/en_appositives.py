"""People introduced by an apposition or met by someone: "Nadia Ferro, a legal adviser at
the X Council", "met with Ilse Varga".

The small tagger often calls an unfamiliar name a place or misses it ("met Ilse Varga, a
senior official at ..."). A run of two or three capitalised words followed by a comma and
a role phrase ("a senior protection official", "first secretary at", "who runs the ...")
names a person whatever the tagger said, unless the words are a place, a country or an
organisation. So does such a run right after "met (with)" or "talks with": one meets people,
and such a run set off by commas right after a role phrase ("the deputy minister of labour,
Ilse Varga, said").
"""

from __future__ import annotations

import re

from refwatch.domain import place_names
from refwatch.extract.en_mention_base import Mention, countries_in, find_org_word
from refwatch.extract.en_registry import find_known, lexicon, word_list
from refwatch.extract.en_roles import has_title, leads_with_title
from refwatch.extract.en_text import Lines

# A name part: "Velasco", "Anand-Holt", "Min-seo", "O'Neill".
_PART = r"[A-Z][a-z'’]+(?:-[A-Za-z][a-z]+)?"
_NAME = re.compile(rf"(?<![\w'’-])({_PART}(?: {_PART}){{1,2}})(?=,\s)")
# "who runs the X": a relative clause that says the person leads a body.
_LEADS = re.compile(
    r"\s*who (?:runs|heads|leads|directs|chairs|founded|co-founded|manages|coordinates)\b"
)
_ROLE_AFTER = re.compile(r",\s+((?:(?:a|an|the)\s+)?[^,.;:\"“”()]{3,90})")
_FUNCTION = {
    "the",
    "when",
    "after",
    "before",
    "while",
    "as",
    "but",
    "and",
    "if",
    "since",
    "then",
    "though",
    "although",
    "because",
    "last",
    "this",
    "that",
    "like",
}


def _title_words() -> set[str]:
    return {str(t).casefold().rstrip(".") for t in lexicon("roles").get("titles") or ()}


def _not_a_person(name: str) -> bool:
    words = name.split()
    low = {w.casefold().rstrip(".") for w in words}
    if words[0].casefold() in _FUNCTION or words[0].casefold() in word_list("not_name_first_words"):
        return True
    if low & _title_words() or find_org_word(name) or countries_in(name):
        return True
    if any(w in word_list("not_actor_last_words") for w in words):
        return True
    if name.casefold() in place_names("en") or words[-1].casefold() in place_names("en"):
        return True
    known = find_known(name)
    return known is not None and known.kind != "person"


def appositive_people(text: str, lines: Lines) -> list[Mention]:
    """Names followed by a role apposition ("X Y, a researcher at ...")."""
    out = []
    for m in _NAME.finditer(text):
        rest = text[m.end() :]
        role = _ROLE_AFTER.match(rest)
        if not (
            (role and leads_with_title(role.group(1)))
            or _LEADS.match(rest[1:] if rest.startswith(",") else rest)
        ):
            continue
        name = m.group(1)
        if not lines.is_prose(m.start()) or _not_a_person(name):
            continue
        out.append(Mention(m.start(1), m.end(1), name, "person"))
    return out


# "met with X Y", "held talks with X Y", "sat down with X Y", "received X Y"
_MET = re.compile(
    r"\b(?:met|meets|meet|meeting|talks|sat down|sits down|received|receives|hosted|hosts)"
    rf"(?: with)? ({_PART}(?: {_PART}){{1,2}})(?![\w'’-]| [A-Z])"
)


def met_people(text: str, lines: Lines) -> list[Mention]:
    """Names right after a meeting verb, which names a person ("met with Ilse Varga")."""
    out = []
    for m in _MET.finditer(text):
        name = m.group(1)
        if not lines.is_prose(m.start()) or _not_a_person(name):
            continue
        out.append(Mention(m.start(1), m.end(1), name, "person"))
    return out


# ", <Name>," or ", <Name> said" closing a clause that holds a role phrase
_AFTER_ROLE_CLAUSE = re.compile(
    rf"([^,.;:\"“”()\n]{{3,80}}),\s+({_PART}(?: {_PART}){{1,2}})(?=,\s|\s+(?:said|says|told)\b)"
)


def role_led_people(text: str, lines: Lines) -> list[Mention]:
    """Names set off by commas right after a clause with a title in it ("Laos's deputy
    minister of labour, Ilse Varga, met ..."): the name is the role holder's."""
    out = []
    for m in _AFTER_ROLE_CLAUSE.finditer(text):
        clause, name = m.group(1), m.group(2)
        if not has_title(clause) or not lines.is_prose(m.start(2)) or _not_a_person(name):
            continue
        out.append(Mention(m.start(2), m.end(2), name, "person"))
    return out


# A person the story names by a given or assumed name only: "the woman I will call Ana",
# "a teacher who asked to be identified only as Rui", "a mother named Li-na".
_CALLED = re.compile(
    r"\b(?:(?:I|we)\s+(?:will|shall|'ll|’ll)\s+call|(?:identified|known)\s+only\s+as"
    r"|(?:woman|man|girl|boy|mother|father|teenager|defector|refugee)\s+(?:named|called))"
    rf"\s+({_PART})(?![\w'’-])"
)


def called_people(text: str, lines: Lines) -> list[Mention]:
    """One-word names the text gives someone it will not name in full."""
    out = []
    for m in _CALLED.finditer(text):
        if lines.is_prose(m.start()) and not _not_a_person(m.group(1)):
            out.append(Mention(m.start(1), m.end(1), m.group(1), "person"))
    return out
