"""Counts of people in Korean text ("500여 명", "약 200명", "수십 명", "200~300명").

`find_counts(text)` returns each count with its span, as a `Count` range with the text's own
hedging, following SCHEMA.md: explicit ranges are exact; 약/가량/정도 are approximate
points; 여/최소/이상/넘게 open the top; 최대/가까이 open the bottom; 수십/수백/수천 are
vague plurals. Only counts of people (명, 인) are read: "40여 구" (remains) or "500여 곳"
(companies) are not people.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from refwatch.model import Count


@dataclass(frozen=True)
class CountExpr:
    start: int
    end: int
    count: Count


_NATIVE = {
    "한": 1,
    "두": 2,
    "세": 3,
    "석": 3,
    "네": 4,
    "넉": 4,
    "다섯": 5,
    "여섯": 6,
    "일곱": 7,
    "여덟": 8,
    "아홉": 9,
    "열": 10,
    "스무": 20,
    "서른": 30,
    "마흔": 40,
    "쉰": 50,
}
_VAGUE = {
    "수": (2, 9),
    "십수": (11, 19),
    "몇": (2, 9),
    "여러": (2, 9),
    "수십": (20, 99),
    "수백": (200, 999),
    "수천": (2000, 9999),
    "수만": (20000, 99999),
    "수십만": (200000, 999999),
}
_UNIT = {"": 1, "십": 10, "백": 100, "천": 1000, "만": 10000}

_NUM = r"\d[\d,]*(?:\.\d+)?\s*(?:만|천|백)?(?:\s*\d[\d,]*\s*(?:천|백)?)?"
_PEOPLE = r"\s*(?:명|인)(?![가-힣]*(?:분|당|실|단위))"
_BEFORE_LOW = r"(?P<low_kw>최소|적어도|최소한)\s*"
_BEFORE_HIGH = r"(?P<high_kw>최대|많게는|무려)\s*"
_BEFORE_APPROX = r"(?P<approx_kw>약|대략|줄잡아)\s*"

_AFTER = (
    r"(?P<after>\s*(?:가량|정도|안팎|내외|쯤|남짓|이상|넘게|가까이|이하|미만"
    r"|(?:(?:이|을|를)\s*)?(?:훌쩍\s*)?(?:넘는|넘은|넘게|웃도는|웃돈|넘었|넘어섰|웃돌았)"
    r"|에 가까운|에 육박하는"
    r"|에 달하는))?"
)
# "40명 넘는", "40명이 넘게", "40명을 웃도는", "40명을 넘었다": more than N
_MORE_THAN = ("넘는", "넘은", "넘게", "웃도는", "웃돈", "넘었", "넘어섰", "웃돌았")
_RANGE = re.compile(
    r"(?P<a>"
    + _NUM
    + r")\s*(?:명\s*)?(?:~|∼|-|–|에서)\s*(?P<b>"
    + _NUM
    + r")(?P<yeo>여)?"
    + _PEOPLE
)
_POINT = re.compile(
    r"(?:" + _BEFORE_LOW + r"|" + _BEFORE_HIGH + r"|" + _BEFORE_APPROX + r")?"
    r"(?P<n>" + _NUM + r")(?P<yeo>\s*여)?" + _PEOPLE + _AFTER
)
_NATIVE_RE = re.compile(
    r"(?:"
    + _BEFORE_APPROX
    + r")?(?P<w>"
    + "|".join(sorted(_NATIVE, key=len, reverse=True))
    + r")\s*(?:명)"
    r"(?P<after>\s*(?:가량|정도|남짓|이상|넘게))?"
)
_VAGUE_RE = re.compile(
    r"(?P<w>수십만|수십|수백|수천|수만|십수|몇|여러)\s*(?:명|사람)|(?P<w2>수) 명"
)
_FAMILY = re.compile(
    r"(?:(?P<n>\d+)\s*명\s*일가족|일가족\s*(?P<m>\d+)\s*명|(?P<w>[가-힣]+)\s*식구)"
)
# "40대 부부와 자녀 3명", "부부와 아들 2명": the couple and their children
_COUPLE = re.compile(
    r"부부(?:와|과|\s?및)\s*(?:[가-힣]+\s)?(?:자녀|아이|자식|아들|딸|아들딸)\s*(?P<n>\d+)\s*명"
)
_BEFORE_WORD = re.compile(r"[\d가-힣]$")


def to_int(words: str) -> int | None:
    """'1,200' -> 1200, '2천' -> 2000, '1만 5천' -> 15000, '3.5만' -> 35000."""
    total = 0.0
    found = False
    for num, unit in re.findall(r"(\d[\d,]*(?:\.\d+)?)\s*(만|천|백)?", words):
        found = True
        total += float(num.replace(",", "")) * _UNIT[unit or ""]
    return int(total) if found else None


def _point(m: re.Match[str]) -> Count | None:
    n = to_int(m["n"])
    if n is None:
        return None
    after = re.sub(r"\s+", " ", (m["after"] or "").strip())
    words = m.group().strip()
    if m["low_kw"] or m["yeo"] or after in ("이상", "남짓") or after.endswith(_MORE_THAN):
        return Count(n, None, True, words)
    if m["high_kw"] or after in ("가까이", "이하", "미만", "에 가까운", "에 육박하는"):
        return Count(None, n, True, words)
    if m["approx_kw"] or after in ("가량", "정도", "안팎", "내외", "쯤"):
        return Count(n, n, True, words)
    return Count(n, n, False, words)


def find_counts(text: str) -> list[CountExpr]:
    """Every count of people in `text`, left to right."""
    out: list[CountExpr] = []
    taken: list[tuple[int, int]] = []

    def add(s: int, e: int, count: Count | None) -> None:
        if count is None or any(s < b and a < e for a, b in taken):
            return
        if s > 0 and _BEFORE_WORD.search(text[:s]) and text[s - 1].isdigit():
            return
        taken.append((s, e))
        out.append(CountExpr(s, e, count))

    for m in _COUPLE.finditer(text):
        n = to_int(m["n"])
        if n is not None:
            add(m.start(), m.end(), Count(n + 2, n + 2, False, m.group()))
    for m in _FAMILY.finditer(text):
        n = to_int(m["n"] or m["m"] or "") if not m["w"] else _NATIVE.get(m["w"].rstrip("식구"))
        if n is not None:
            add(m.start(), m.end(), Count(n, n, False, m.group()))
    for m in _RANGE.finditer(text):
        a, b = to_int(m["a"]), to_int(m["b"])
        if a is not None and b is not None and a < b:
            # "200~300여 명": the top is open
            add(m.start(), m.end(), Count(a, None if m["yeo"] else b, bool(m["yeo"]), m.group()))
    for m in _POINT.finditer(text):
        add(m.start(), m.end(), _point(m))
    for m in _VAGUE_RE.finditer(text):
        lo, hi = _VAGUE[m["w"] or m["w2"]]
        add(m.start(), m.end(), Count(lo, hi, True, m.group()))
    for m in _NATIVE_RE.finditer(text):
        if m.start() > 0 and re.match(r"[가-힣]", text[m.start() - 1]):
            continue  # "세 명" yes, "가세 명" no: the numeral must stand alone
        n = _NATIVE[m["w"]]
        after = (m["after"] or "").strip()
        if after in ("이상", "넘게", "남짓"):
            count = Count(n, None, True, m.group())
        else:
            count = Count(n, n, bool(m["approx_kw"]) or after in ("가량", "정도"), m.group())
        add(m.start(), m.end(), count)
    out.sort(key=lambda c: c.start)
    return out


def parse_count(words: str) -> Count | None:
    """The first count of people in `words`, or None."""
    found = find_counts(words)
    return found[0].count if found else None
