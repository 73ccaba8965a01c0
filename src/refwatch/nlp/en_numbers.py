"""Numbers of people in English news text, as `Count` ranges with the text's hedging.

`find_counts` finds quantities that could count people ("about 500", "50 to 60", "dozens",
"a family of five", "as many as 2,000", "370,000") and leaves out those that cannot: years,
dates, ages, money, percentages, measures. Whether a count belongs to people sent back is
the caller's decision (it sees the noun and the verb). The hedging words and the unit words
that rule a number out live in `domain/en/numbers.yaml`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from refwatch.domain import load_data
from refwatch.model import Count
from refwatch.nlp.en_time import find_times


@dataclass(frozen=True)
class CountExpr:
    """A count: character span in the scanned text, its words, the range it gives."""

    start: int
    end: int
    words: str
    count: Count


_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {
    "dozen": 12,
    "hundred": 100,
    "thousand": 1000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
}

_UNIT_RE = "|".join(sorted(_UNITS, key=len, reverse=True))
_TENS_RE = "|".join(_TENS)
_WORDNUM = rf"(?:(?:{_TENS_RE})(?:[\s-](?:{_UNIT_RE}))?|{_UNIT_RE}|a)"
_DIGITS = r"(?<![\d.,:])\d{1,3}(?:,\d{3})+(?![\d,])|(?<![\d.,:])\d+(?:\.\d+)?(?![\d,]*\d)(?!:\d)"
_SCALE_RE = r"(?:\s+(?:dozen|hundred|thousand|million|billion))"
_PLAIN_WORDNUM = rf"(?:{_TENS_RE})(?:[\s-](?:{_UNIT_RE}))?|{_UNIT_RE}"
_NUMBER = rf"(?:{_DIGITS}){_SCALE_RE}?|\b{_WORDNUM}{_SCALE_RE}+\b|\b(?:{_PLAIN_WORDNUM})\b"
_RANGE = rf"(?:between\s+|from\s+)?(?P<a>{_NUMBER})\s*(?:to|-|–|~|and|or)\s*(?P<b>{_NUMBER})"


def parse_number(words: str) -> int | None:
    """'370,000' -> 370000; 'twenty-five' -> 25; '1.2 million' -> 1200000; 'a dozen' -> None."""
    tokens = re.split(r"[\s-]+", words.strip().casefold().replace(",", ""))
    total, current = 0.0, 0.0
    seen = False
    for token in tokens:
        if re.fullmatch(r"\d+(?:\.\d+)?", token):
            current += float(token)
        elif token in _UNITS:
            current += _UNITS[token]
        elif token in _TENS:
            current += _TENS[token]
        elif token == "a":
            current += 1
            continue
        elif token in _SCALES:
            scale = _SCALES[token]
            current = (current or 1) * scale
            if scale >= 1000:
                total, current = total + current, 0.0
        else:
            return None
        seen = True
    return round(total + current) if seen else None


@cache
def _lexicon() -> tuple[dict[str, str], dict[str, tuple[int | None, int | None]], re.Pattern[str]]:
    data = load_data("en/numbers.yaml") or {}
    quals = {
        w.casefold(): kind for kind, words in data.get("qualifiers", {}).items() for w in words
    }
    vague = {w.casefold(): (r[0], r[1]) for w, r in data.get("vague", {}).items()}
    alts = "|".join(re.escape(q) for q in sorted(quals, key=len, reverse=True))
    vague_re = "|".join(re.escape(v) for v in sorted(vague, key=len, reverse=True))
    family = rf"(?:a|the)\s+(?:family|couple|group|household)\s+of\s+(?P<fam>{_NUMBER})"
    pattern = re.compile(
        rf"(?:\b(?P<qual>{alts})\s+)?(?:{family}|(?P<vague>\b(?:{vague_re})\b)|{_RANGE}"
        rf"|(?P<num>{_NUMBER}))",
        re.IGNORECASE,
    )
    return quals, vague, pattern


@cache
def _exclusions() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = load_data("en/numbers.yaml") or {}
    after = "|".join(re.escape(w) for w in sorted(data.get("not_people_after", []), key=len)[::-1])
    before = "|".join(
        re.escape(w) for w in sorted(data.get("not_people_before", []), key=len)[::-1]
    )
    return (
        re.compile(rf"\s*(?:{after})(?![a-z])", re.IGNORECASE),
        re.compile(rf"(?:^|[\s(])(?:{before})\s*$"),
    )


def _count(
    m: re.Match[str], quals: dict[str, str], vague: dict[str, tuple[int | None, int | None]]
) -> Count | None:
    words = m.group(0)
    kind = quals.get((m["qual"] or "").casefold(), "exact")
    if m["vague"]:
        low, high = vague[m["vague"].casefold()]
        if kind == "lower":
            high = None
        return Count(low, high, True, words)
    between = m.string[m.end("a") : m.start("b")] if m["a"] else ""
    if between == "-" and not re.search(r"\d", m["a"] + m["b"]):
        # "twenty-five" is one number, not the range twenty..five
        n = parse_number(m["a"] + " " + m["b"])
        return None if n is None else _shaped(n, kind, words)
    if m["a"]:
        a, b = parse_number(m["a"]), parse_number(m["b"])
        if a is None or b is None or b <= a:
            return None
        # An explicit range already states the uncertainty (SCHEMA: ranges are exact), so a
        # hedge before it ("an estimated 700 to 800", "about 40-50") does not make it approx.
        return Count(a, b, kind not in ("exact", "point"), words)
    n = parse_number(m["fam"] or m["num"])
    return None if n is None else _shaped(n, kind, words)


def _shaped(n: int, kind: str, words: str) -> Count:
    if kind == "point":
        return Count(n, n, True, words)
    if kind == "lower":
        return Count(n, None, True, words)
    if kind == "upper":
        return Count(None, n, True, words)
    # "two dozen" is a round figure, not a head count
    return Count(n, n, "dozen" in words.casefold(), words)


# "Kim, 34, said": a bare number between commas after a name is an age.
_AGE_AFTER_NAME = re.compile(r"[A-Z][\w'-]+,\s*$")


def _is_year(m: re.Match[str]) -> bool:
    raw = (m["num"] or "").strip()
    return bool(re.fullmatch(r"(?:1[89]|20)\d\d", raw)) and not m["qual"]


@cache
def _over_particle_verbs() -> frozenset[str]:
    data = load_data("en/numbers.yaml") or {}
    return frozenset(str(w).casefold() for w in data.get("over_is_particle_after", []))


def _particle_over(text: str, start: int) -> bool:
    """'handed over seven': the verb's particle, not a hedge."""
    before = re.search(r"([A-Za-z]+)\s+$", text[max(0, start - 20) : start])
    return before is not None and before.group(1).casefold() in _over_particle_verbs()


def find_counts(text: str) -> list[CountExpr]:
    """Counts that could be numbers of people, in text order."""
    quals, vague, pattern = _lexicon()
    not_after, not_before = _exclusions()
    dates = [(t.start, t.end) for t in find_times(text, None)]
    out: list[CountExpr] = []
    for m in pattern.finditer(text):
        start, end = m.start(), m.end()
        core_start = m.start("qual") if m["qual"] else start
        if any(s < end and core_start < e for s, e in dates) or _is_year(m):
            continue
        if not_after.match(text, end) or not_before.search(text[max(0, start - 12) : start]):
            continue
        if re.match(r"[\d%$]|\s*-\s*year", text[end : end + 6]) or text[end : end + 1] == "%":
            continue
        if m["num"] and m["num"].casefold() == "a":
            continue
        if _AGE_AFTER_NAME.search(text[max(0, start - 40) : start]) and text[end : end + 1] == ",":
            continue
        if (m["qual"] or "").casefold() == "over" and _particle_over(text, start):
            m2 = pattern.match(text, m.start("qual") + len(m["qual"]) + 1)
            if m2 is None:
                continue
            m = m2
            start = m.start()
        count = _count(m, quals, vague)
        if count is None:
            continue
        odd = _ODD.match(text, end)
        if odd and count.low is not None and count.low == count.high:
            # "80-odd", "80-plus": at least that many
            end = odd.end()
            high = count.low if odd.group(0).endswith("so") else None  # "40 or so": about 40
            count = Count(count.low, high, True, text[start:end])
        out.append(CountExpr(start, end, text[start:end], count))
    return _join_bounds(text, out)


_ODD = re.compile(r"(?:-|\s)(?:odd|plus)\b|\s+or\s+so\b")
_BOUND_JOIN = re.compile(r"[\s,]*(?:and|but|or)?\s*(?:possibly|perhaps|maybe|probably)?\s*")


def _join_bounds(text: str, counts: list[CountExpr]) -> list[CountExpr]:
    """'at least 50 and possibly as many as 80': one range, 50..80."""
    out: list[CountExpr] = []
    for c in counts:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.count.high is None
            and prev.count.low is not None
            and c.count.low is None
            and c.count.high is not None
            and c.count.high > prev.count.low
            and _BOUND_JOIN.fullmatch(text[prev.end : c.start])
        ):
            words = text[prev.start : c.end]
            out[-1] = CountExpr(
                prev.start, c.end, words, Count(prev.count.low, c.count.high, True, words)
            )
            continue
        out.append(c)
    return out
