"""Syndicated copies: one wire story printed by many outlets is one source, not many.

Documents are compared by MinHash over word 5-shingles, with locality-sensitive banding
so only likely pairs are compared (near-linear in the number of documents); pairs whose
estimated resemblance passes `THRESHOLD` are the same story. Reports whose normalised
evidence sentence is identical across documents are also treated as copies (a reprint
that trimmed or rewrote the rest of the page still repeats the sentence).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence

SHINGLE = 5
PERMUTATIONS = 64
BANDS = 16  # 16 bands x 4 rows: pairs at resemblance 0.5 meet with ~0.65 chance, 0.7 ~0.98
THRESHOLD = 0.6
METHOD = f"minhash{PERMUTATIONS}-w{SHINGLE}"  # stored with cached signatures
_PRIME = (1 << 61) - 1
_MASK = (1 << 64) - 1


def _coefficients() -> list[tuple[int, int]]:
    # fixed, derived from constants: the same text gets the same signature in every process
    out = []
    for i in range(PERMUTATIONS):
        digest = hashlib.blake2b(f"refwatch-minhash-{i}".encode(), digest_size=16).digest()
        out.append(
            (int.from_bytes(digest[:8]) % (_PRIME - 1) + 1, int.from_bytes(digest[8:]) % _PRIME)
        )
    return out


_COEF = _coefficients()


def normalise(text: str) -> list[str]:
    text = unicodedata.normalize("NFKC", text).casefold()
    return re.findall(r"\w+", text)


def signature(text: str) -> tuple[int, ...] | None:
    """MinHash signature of a text's word shingles; None for texts too short to compare."""
    words = normalise(text)
    if len(words) < SHINGLE * 4:
        return None
    hashes = {
        int.from_bytes(
            hashlib.blake2b(" ".join(words[i : i + SHINGLE]).encode(), digest_size=8).digest()
        )
        for i in range(len(words) - SHINGLE + 1)
    }
    return tuple(min(((a * h + b) % _PRIME) & _MASK for h in hashes) for a, b in _COEF)


def resemblance(a: tuple[int, ...], b: tuple[int, ...]) -> float:
    return sum(x == y for x, y in zip(a, b, strict=True)) / len(a)


class _Groups:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def syndication_groups(
    texts: Mapping[str, str], evidence: Iterable[tuple[str, str]] = ()
) -> dict[str, str]:
    """Document id -> group id (the smallest member id); copies of one story share a group.

    `texts` maps document ids to their text; `evidence` gives (document id, evidence text)
    pairs whose identical sentences also join documents.
    """
    return group_signatures({d: signature(text) for d, text in texts.items()}, evidence)


def group_signatures(
    signatures: Mapping[str, Sequence[int] | None], evidence: Iterable[tuple[str, str]] = ()
) -> dict[str, str]:
    """As `syndication_groups`, from signatures computed earlier (None: too short)."""
    groups = _Groups()
    sigs: dict[str, tuple[int, ...]] = {}
    for doc_id, sig in signatures.items():
        groups.find(doc_id)
        if sig is not None and len(sig) == PERMUTATIONS:
            sigs[doc_id] = tuple(sig)
    rows = PERMUTATIONS // BANDS
    for band in range(BANDS):
        buckets: dict[tuple[int, ...], list[str]] = {}
        for doc_id, sig in sigs.items():
            buckets.setdefault(sig[band * rows : (band + 1) * rows], []).append(doc_id)
        for members in buckets.values():
            first = members[0]
            for other in members[1:]:
                if groups.find(first) != groups.find(other) and (
                    resemblance(sigs[first], sigs[other]) >= THRESHOLD
                ):
                    groups.union(first, other)
    seen: dict[str, str] = {}
    for doc_id, ev in evidence:
        groups.find(doc_id)
        norm = " ".join(normalise(ev))
        if len(norm) < 40:  # short phrases repeat by chance
            continue
        if norm in seen:
            groups.union(seen[norm], doc_id)
        else:
            seen[norm] = doc_id
    return {doc_id: groups.find(doc_id) for doc_id in groups.parent}
