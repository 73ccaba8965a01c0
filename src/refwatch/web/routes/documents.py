"""A document's clean text with every extracted fact highlighted, and full-text search.

The original HTML is never rendered: only the stored clean text, escaped by Jinja2."""

from __future__ import annotations

from fastapi import Request
from fastapi.responses import Response

from refwatch.web import data, deps, search
from refwatch.web.auth import User
from refwatch.web.render import render

router = deps.router()


def _safe_link(source: str) -> str | None:
    """The source as a link only when it is a web address (never javascript: and the like)."""
    return source if source.lower().startswith(("http://", "https://")) else None


@router.get("/documents/{doc_id}")
def document(request: Request, doc_id: str, user: User = deps.viewer) -> Response:
    with deps.state(request).engine.connect() as conn:
        page = data.document_page(conn, doc_id)
    if page is None:
        return render(request, "error.html", status=404, message="No such document.")
    return render(request, "document.html", p=page, link=_safe_link(page.document.source))


@router.get("/search")
def search_page(request: Request, q: str = "", user: User = deps.viewer) -> Response:
    with deps.state(request).engine.connect() as conn:
        hits = search.search(conn, q[:500])
    return render(request, "search.html", q=q, hits=hits)
