"""Rendering a page with what every template needs: the user, the CSRF token, the nav."""

from __future__ import annotations

from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse

from refwatch.web.deps import current_user, session, state


def render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    sess = session(request)
    context.setdefault("user", current_user(request))
    context["csrf"] = sess.csrf if sess else ""
    return state(request).templates.TemplateResponse(request, name, context, status_code=status)
