"""What the user named -> concrete sources: files, folder contents, glob matches, stdin, URLs.

Folders are walked recursively in sorted order, skipping hidden files and folders, and
keep only the file types refwatch reads; a file named explicitly is always tried.
"""

from __future__ import annotations

import glob
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from refwatch.model import DocumentError

PAGE_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".txt", ".text", ".md", ".markdown"})
FEED_SUFFIXES = frozenset({".rss", ".atom"})
FOLDER_SUFFIXES = PAGE_SUFFIXES | FEED_SUFFIXES
STDIN = "-"


@dataclass(frozen=True)
class Raw:
    """Bytes read from one source, with what the source said about them."""

    source: str
    raw: bytes
    suffix: str = ""  # file extension, lower case, "" if none
    media_type: str | None = None  # from an HTTP Content-Type header
    charset: str | None = None  # from an HTTP Content-Type header


def one_line(reason: str) -> str:
    """Error reasons are shown one per line in batch reports."""
    return " ".join(reason.split())


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def walk_folder(root: Path) -> Iterator[Path]:
    for path in sorted(root.rglob("*")):
        if path.is_file() and path.suffix.lower() in FOLDER_SUFFIXES and not _hidden(path, root):
            yield path


def expand(source: str) -> Iterator[str | DocumentError]:
    """Concrete sources (paths as strings, URLs, "-") for one user argument."""
    if source == STDIN or is_url(source):
        yield source
        return
    path = Path(source)
    if path.is_dir():
        found = False
        for child in walk_folder(path):
            found = True
            yield str(child)
        if not found:
            yield DocumentError(source, "folder holds no .html, .htm, .txt, .md or feed files")
        return
    if path.exists() or not glob.has_magic(source):
        yield source
        return
    matches = sorted(glob.glob(source, recursive=True))
    if not matches:
        yield DocumentError(source, "no files match this pattern")
    for match in matches:
        yield from expand(match) if Path(match).is_dir() else iter([match])


def _read_capped(stream: BinaryIO, max_bytes: int) -> bytes:
    """At most max_bytes + 1 bytes, in chunks (read(n) would allocate n bytes up front)."""
    chunks: list[bytes] = []
    size = 0
    while size <= max_bytes:
        chunk = stream.read(min(1 << 20, max_bytes + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def read_file(source: str, max_bytes: int) -> Raw:
    """The bytes of a file or of stdin, refusing anything larger than `max_bytes`.

    The size is checked before reading, and reading stops one byte past the cap, so an
    oversized (or growing) input is never read whole.
    """
    if source == STDIN:
        data = _read_capped(sys.stdin.buffer, max_bytes)
        if len(data) > max_bytes:
            raise DocumentError(source, f"larger than the {max_bytes}-byte limit")
        return Raw(source, data)
    path = Path(source)
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise DocumentError(source, "not a regular file")
        if size > max_bytes:
            raise DocumentError(source, f"{size} bytes, larger than the {max_bytes}-byte limit")
        with path.open("rb") as fh:
            data = _read_capped(fh, max_bytes)
    except FileNotFoundError:
        raise DocumentError(source, "no such file or folder") from None
    except OSError as err:
        raise DocumentError(source, f"cannot read: {err.strerror or err}") from None
    if len(data) > max_bytes:
        raise DocumentError(source, f"larger than the {max_bytes}-byte limit")
    return Raw(source, data, suffix=path.suffix.lower())
