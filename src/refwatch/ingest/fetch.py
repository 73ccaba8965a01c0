"""HTTP(S) sources: one GET with redirects, a timeout, and a size cap while streaming.

Pages are untrusted: the body is streamed and abandoned as soon as it passes the cap
(a Content-Length over the cap is refused before reading), and an overall deadline
stops servers that trickle bytes to defeat the per-read timeout.
"""

from __future__ import annotations

import time
from pathlib import PurePosixPath
from urllib.parse import urlsplit

import httpx

from refwatch.ingest.sources import Raw, one_line
from refwatch.model import DocumentError

DEFAULT_TIMEOUT = 20.0
USER_AGENT = "refwatch/0.1 (news research; +https://example.org/refwatch)"


def make_client(timeout: float = DEFAULT_TIMEOUT) -> httpx.Client:
    return httpx.Client(
        follow_redirects=True,
        max_redirects=5,
        timeout=httpx.Timeout(timeout),
        headers={"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml,*/*"},
    )


def _content_type(header: str | None) -> tuple[str | None, str | None]:
    if not header:
        return None, None
    media, _, params = header.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip("\"'") or None
    return media.strip().lower() or None, charset


def fetch(url: str, client: httpx.Client, *, max_bytes: int, timeout: float) -> Raw:
    """GET `url`; raises DocumentError (naming `url` and the reason) on any failure."""
    deadline = time.monotonic() + 3 * timeout
    try:
        with client.stream("GET", url) as resp:
            if resp.status_code >= 400:
                raise DocumentError(url, f"HTTP {resp.status_code} {resp.reason_phrase}".strip())
            length = resp.headers.get("content-length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise DocumentError(url, f"{length} bytes, larger than the {max_bytes}-byte limit")
            chunks: list[bytes] = []
            size = 0
            for chunk in resp.iter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise DocumentError(url, f"larger than the {max_bytes}-byte limit")
                if time.monotonic() > deadline:
                    raise DocumentError(url, f"timed out after {3 * timeout:g} s")
                chunks.append(chunk)
            media, charset = _content_type(resp.headers.get("content-type"))
            final = str(resp.url)
    except httpx.TimeoutException:
        raise DocumentError(url, f"timed out after {timeout:g} s") from None
    except httpx.TooManyRedirects:
        raise DocumentError(url, "too many redirects") from None
    except httpx.HTTPError as err:
        raise DocumentError(url, one_line(f"fetch failed: {type(err).__name__}: {err}")) from None
    suffix = PurePosixPath(urlsplit(final).path).suffix.lower()
    return Raw(url, b"".join(chunks), suffix=suffix, media_type=media, charset=charset)
