"""Bytes -> text: BOM, declared charset, UTF-8, then detection; binary input is refused.

Order matters: a byte-order mark is certain; a charset the server or the page declares is
trusted if the bytes decode under it; then strict UTF-8 (most of the web); then
charset-normalizer. Korean legacy pages say "euc-kr" but use the CP949 superset, so every
EUC-KR alias decodes as cp949.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

import charset_normalizer

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"PK\x03\x04", "a ZIP archive (or office document)"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"\x7fELF", "an executable"),
    (b"MZ", "an executable"),
    (b"\xd0\xcf\x11\xe0", "an old office document"),
    (b"RIFF", "a media file"),
    (b"OggS", "a media file"),
    (b"ID3", "an audio file"),
)

_KOREAN = frozenset({"euc_kr", "cp949", "ks_c_5601_1987", "ksc5601", "uhc", "windows_949"})

_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
    re.IGNORECASE,
)


class DecodeError(ValueError):
    """The bytes are not text refwatch can read; the message says why, in one line."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # Python codec name actually used


def codec_name(label: str | None) -> str | None:
    """Canonical Python codec for a charset label; EUC-KR and its aliases become cp949."""
    if not label:
        return None
    key = label.strip().strip("\"'").lower().replace("-", "_")
    if key in _KOREAN or key.replace("_", "") in {k.replace("_", "") for k in _KOREAN}:
        return "cp949"
    try:
        name = codecs.lookup(label.strip().strip("\"'")).name
    except LookupError:
        return None
    return "cp949" if name.replace("-", "_") in _KOREAN else name


def declared_charset(raw: bytes) -> str | None:
    """The charset an HTML <meta> or XML declaration names in the first few KB."""
    m = _META_CHARSET.search(raw[:4096])
    if not m:
        return None
    return codec_name((m[1] or m[2]).decode("ascii", "replace"))


def _try(raw: bytes, encoding: str | None) -> str | None:
    if not encoding:
        return None
    try:
        return raw.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _plausible(text: str) -> float:
    """Share of characters that are ASCII, Hangul or kana: readable text.

    Han is left out on purpose: byte-swapped ASCII lands in the Han blocks.
    """
    sample = text[:4000]
    ok = sum(
        1
        for ch in sample
        if " " <= ch <= "~"
        or ch in "\t\n\r"
        or "\uac00" <= ch <= "\ud7a3"
        or "\u3040" <= ch <= "\u30ff"
        or "\u2000" <= ch <= "\u206f"
    )
    return ok / max(len(sample), 1)


def _utf16_without_bom(raw: bytes) -> tuple[str, str] | None:
    """UTF-16 with no BOM: whichever byte order decodes to readable text."""
    best: tuple[float, str, str] | None = None
    for enc in ("utf-16-le", "utf-16-be"):
        text = _try(raw, enc)
        if text is not None:
            score = _plausible(text)
            if best is None or score > best[0]:
                best = (score, text, enc)
    if best is None or best[0] < 0.9:
        return None
    return best[1], best[2]


# Control characters other than whitespace, private-use characters, and U+FFFD.
_NON_TEXT = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ue000-\uf8ff\ufffd]")


def _non_text_share(text: str) -> float:
    sample = text[:20000]
    return len(_NON_TEXT.findall(sample)) / len(sample) if sample else 0.0


def decode(raw: bytes, declared: str | None = None) -> Decoded:
    """Decode page bytes; `declared` is a charset from outside (an HTTP header)."""
    if not raw.strip():
        raise DecodeError("empty document")
    for bom, enc in _BOMS:
        if raw.startswith(bom):
            text = _try(raw, enc)
            if text is None:
                raise DecodeError(f"undecodable: bytes after the {enc} byte-order mark are invalid")
            return _checked(text, enc)
    for magic, what in _MAGIC:
        if raw.startswith(magic):
            raise DecodeError(f"binary content ({what}), not a text or HTML page")
    if b"\x00" in raw:
        found = _utf16_without_bom(raw)
        if found:
            return _checked(*found)
        raise DecodeError("binary content (NUL bytes), not a text or HTML page")
    for candidate in (codec_name(declared), declared_charset(raw), "utf-8"):
        text = _try(raw, candidate)
        if candidate and text is not None:
            return _checked(text, candidate)
    best = charset_normalizer.from_bytes(raw).best()
    detected = codec_name(best.encoding) if best is not None else None
    guessed = _try(raw, detected)
    if detected is None or guessed is None:
        raise DecodeError("undecodable: no text encoding fits the bytes")
    return _checked(guessed, detected)


def _checked(text: str, encoding: str) -> Decoded:
    if _non_text_share(text) > 0.02:
        raise DecodeError(f"binary content (mostly non-text characters as {encoding})")
    return Decoded(text.lstrip("\ufeff"), encoding)
