"""Roles and affiliations of people, read from the words around their names.

Three shapes cover most news English: a title before the name ("South Korean Foreign
Minister Cho Tae-yul"), an apposition after it ("Han Mi-rae, director of the Riverside
Shelter Network,") and one before it ("Pakistan's caretaker interior minister,
Sarfraz Bugti,"). Country words in the role give the country the person acts for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from refwatch.extract.en_mention_base import find_org_word
from refwatch.extract.en_registry import lexicon
from refwatch.nlp.countries import country_mentions


@dataclass(frozen=True)
class RoleInfo:
    role: str | None = None
    org: str | None = None  # affiliation as written (without "the")
    org_span: tuple[int, int] | None = None  # where the affiliation is named
    covered: tuple[tuple[int, int], ...] = ()  # every organisation named inside the role
    country: str | None = None
    title_words: str = ""  # the title right before the name ("Minister"), for aliases


@cache
def _titles() -> tuple[set[str], re.Pattern[str]]:
    data = lexicon("roles")
    words = {str(t).casefold() for t in data.get("titles") or ()}
    single = {w.split()[-1] for w in words}
    mods = {str(m).casefold() for m in data.get("modifiers") or ()}
    alts = "|".join(re.escape(t) for t in sorted(words, key=len, reverse=True))
    return single | mods | {"ministry", "foreign", "interior", "defence", "defense"}, re.compile(
        rf"(?<![\w])(?:{alts})(?![\w])", re.IGNORECASE
    )


def has_title(text: str) -> bool:
    return bool(_titles()[1].search(text))


_CONNECT = {"of", "for", "and", "on"}
_OPENERS = {
    "when",
    "after",
    "before",
    "as",
    "while",
    "since",
    "if",
    "but",
    "then",
    "because",
    "although",
    "though",
    "once",
    "until",
    "where",
    "meanwhile",
    "yet",
    "so",
    "also",
}
# A state's mission abroad is a workplace too ("first secretary at the X Embassy in Y").
_MISSION = re.compile(r"\b(?:Embassy|Consulate)\b")
_ARTICLE = re.compile(r"^(?:the|a|an|its|his|her|their)\s+", re.IGNORECASE)


def leads_with_title(chunk: str) -> bool:
    """A role phrase names the title early: "the UN special rapporteur on ...", not
    "raised the issue with the special representative"."""
    words = _ARTICLE.sub("", chunk.strip()).split()
    return has_title(" ".join(words[:7])) and not (
        words and words[0].islower() and (words[0].endswith("ed") or words[0] in _VERBS)
    )


_LEADS = re.compile(
    r"\s*,\s*who\s+(runs|heads|leads|directs|chairs|manages|founded|co-founded)\s+(?:the\s+)?"
)
# Irregular past tenses that open a clause, not a role ("X, met the director, ...").
_VERBS = {"met", "told", "said", "sent", "led", "ran", "held", "gave", "took", "made", "saw"}


def _country(text: str) -> tuple[str | None, str]:
    """The first country word in a role (removed when it leads the role)."""
    # "envoy for North Korean human rights", "ambassador to China": the topic or the post,
    # not the state the person acts for
    found = [
        c
        for c in country_mentions(text)
        if not re.search(r"\b(?:for|on|to|about|towards?)\s+(?:the\s+)?$", text[: c.start])
    ]
    if not found:
        return None, text
    first = found[0]
    head = text[: first.start].strip()
    if not head or _ARTICLE.fullmatch(head + " ") or head.casefold() in {"senior", "the"}:
        rest = (text[: first.start] + text[first.end :]).replace("'s ", " ").replace("’s ", " ")
        return first.code, re.sub(r"\s+", " ", rest).strip(" ,")
    return first.code, text


@cache
def _honours() -> frozenset[str]:
    return frozenset(
        str(h).casefold().rstrip(".") for h in lexicon("roles").get("honorifics") or ()
    )


def _drop_honours(role: str) -> str:
    """ "director-general Datuk" -> "director-general": an honour ends no role."""
    parts = role.split()
    n = len(parts)
    while len(parts) > 1 and parts[-1].casefold().rstrip(".") in _honours():
        parts.pop()
    return " ".join(parts) if len(parts) < n else role


def _split_org(chunk: str, base: int, orgs: list[tuple[int, int, str]]) -> RoleInfo:
    """Role text and affiliation from an apposition like "director of the X Network"."""
    best: tuple[int, int, str] | None = None
    covered = []
    for s, e, name in orgs:
        if base <= s and e <= base + len(chunk):
            covered.append((s, e))
            if best is None or s > best[0]:
                best = (s, e, name)
    role_text = chunk
    org = None
    span = None
    if best is not None:
        cut = best[0] - base
        head = chunk[:cut]
        m = re.search(r"\s*(?:\b(?:at|of|with|for|in|to)\s+(?:the\s+)?)?$", head)
        role_text = head[: m.start()] if m else head
        if re.search(r"['’]s?\s*$", role_text) or not role_text.strip():
            role_text = re.sub(r"^['’]s?\s+", "", chunk[best[1] - base :])
        org, span = best[2], (best[0], best[1])
    if best is None:
        m2 = re.search(
            r"\b(?:of|at|with|for)\s+(?:the\s+)?((?:[A-Z][\w'’-]*\s+(?:(?:of|for|on)\s+)?)*"
            r"(?:(?:Embassy|Consulate)(?: in [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)?|[A-Z][\w'’-]*))",
            chunk,
        )
        if m2 and (find_org_word(m2.group(1)) or _MISSION.search(m2.group(1))):
            role_text = chunk[: m2.start()]
            org, span = m2.group(1), (base + m2.start(1), base + m2.end(1))
    role_text = _ARTICLE.sub("", role_text.strip(" ,"))
    role_text = re.split(r"\s+(?:who|which|that|whose)\s", role_text)[0]
    code, role_text = _country(role_text)
    role_text = _drop_honours(role_text)
    role = role_text[0].upper() + role_text[1:] if role_text and has_title(role_text) else None
    return RoleInfo(role=role, org=org, org_span=span, country=code, covered=tuple(covered))


def _before(text: str, start: int, floor: int) -> tuple[str, int]:
    """The title run right before a name: capitalised words, role words and connectors.

    A connector ("of", "and") joins only when a title word stands on its left
    ("Secretary of State", "Prime Minister and Defence Minister"), so "Trump and North
    Korean leader Kim" does not run into the previous name.
    """
    words, _rx = _titles()
    found = list(re.finditer(r"[\w.'’/-]+", text[floor:start]))
    taken = start
    pos = start
    for k in range(len(found) - 1, -1, -1):
        m = found[k]
        w = m.group(0)
        if text[floor + m.end() : pos].strip():
            break
        low = w.casefold().rstrip(".")
        if low in _OPENERS:
            break  # "When Foreign Minister X met ...": a clause opener, no part of the title
        if low in _CONNECT:
            left = found[k - 1].group(0).casefold().rstrip(".") if k else ""
            if left not in words:
                break
        elif not (w[0].isupper() or low in words or w.casefold() in words):
            break
        pos = floor + m.start()
        if low not in _CONNECT:
            taken = pos
    return text[taken:start].strip(), taken


def role_of(
    text: str,
    start: int,
    end: int,
    sent_start: int,
    sent_end: int,
    orgs: list[tuple[int, int, str]],
) -> RoleInfo:
    """Role, affiliation and country of the person named at text[start:end]."""
    pre, pre_at = _before(text, start, sent_start)
    if pre and has_title(pre):
        info = _split_org(pre, pre_at, orgs)
        title = pre.split()[-1] if pre.split() else ""
        if info.role or info.org:
            after = _after(text, end, sent_end, orgs)
            return RoleInfo(
                role=info.role or after.role,
                org=info.org or after.org,
                org_span=info.org_span or after.org_span,
                country=info.country or after.country,
                title_words=title,
                covered=info.covered + after.covered,
            )
    after = _after(text, end, sent_end, orgs)
    if after.role or after.org:
        return after
    return _pre_apposition(text, start, sent_start, orgs)


def _after(text: str, end: int, sent_end: int, orgs: list[tuple[int, int, str]]) -> RoleInfo:
    rest = text[end:sent_end]
    m = re.match(r"\s*(?:\(\d+\))?,\s*([^,.;:\"“”]+)", rest)
    if m and leads_with_title(m.group(1)):
        return _split_org(m.group(1), end + m.start(1), orgs)
    lead = _LEADS.match(rest)
    if lead:
        # "X, who runs the Y Clinic": X heads the body the clause names
        at = end + lead.end()
        for s, e, name in orgs:
            if at <= s <= at + 30 and not text[at:s].strip(" ").count(","):
                role = "Founder" if "found" in lead.group(1) else "Head"
                return RoleInfo(role=role, org=name, org_span=(s, e), covered=((s, e),))
    m = re.match(r"\s+(?:at|of)\s+(?:the\s+)?([^,.;:\"“”]+)", rest)
    if m:
        for s, e, name in orgs:
            if s == end + m.start(1) or s == end + m.start(1) - 4:
                return RoleInfo(org=name, org_span=(s, e))
    return RoleInfo()


def _pre_apposition(
    text: str, start: int, sent_start: int, orgs: list[tuple[int, int, str]]
) -> RoleInfo:
    head = text[sent_start:start]
    if not re.search(r",\s*$", head):
        return RoleInfo()
    chunk = re.split(r"[,;:\n]\s*|\s[-–—]\s", head.rstrip()[:-1])[-1]
    chunk = re.split(r"(?:^|\s)(?:and|but)\s", chunk)[-1]
    # the noun phrase right before the name: from its last determiner on
    det = list(re.finditer(r"(?:^|\s)(?:the|his|her|its|their|a|an)\s", chunk, re.IGNORECASE))
    if det:
        chunk = chunk[det[-1].end() :]
    if not leads_with_title(chunk):
        return RoleInfo()
    base = start - len(head) + head.rstrip()[:-1].rfind(chunk)
    return _split_org(chunk, base, orgs)
