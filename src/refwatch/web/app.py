"""The web app factory: FastAPI, server-rendered Jinja2 pages, strict headers.

`create_app(db_url)` opens the store (migrating it), wires the routes and the middleware
that issues session cookies and sets the Content-Security-Policy on every response.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from pathlib import Path
from urllib.parse import quote

from fastapi import FastAPI, Request, Response
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from refwatch.web import filters
from refwatch.web.auth import (
    SESSION_COOKIE,
    SESSION_MAX_AGE,
    RateLimiter,
    SessionCodec,
    load_secret,
    new_session,
)
from refwatch.web.deps import TEMPLATES, AppState, CsrfFailed, Forbidden, LoginRequired, session
from refwatch.web.head import HeadAsGet
from refwatch.web.render import render

STATIC = Path(__file__).resolve().parent / "static"
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}


def _templates() -> Jinja2Templates:
    templates = Jinja2Templates(directory=str(TEMPLATES))
    env = templates.env
    env.autoescape = True  # every template, whatever its name ends in
    filters.install(env)
    return templates


def create_app(
    db_url: str, *, secret: str | None = None, https: bool = False, merge: bool = True
) -> FastAPI:
    from refwatch.resolve import ensure_merged
    from refwatch.store import open_store

    store = open_store(db_url)
    if merge:
        try:  # documents ingested without merging (or by an older merge) show merged at once
            ensure_merged(store)
        except Exception as err:  # the facts are all there: serve them, and say why not merged
            logging.getLogger(__name__).warning("merging incidents failed: %r", err)
    app = FastAPI(title="refwatch", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.refwatch = AppState(
        engine=store.engine,
        store=store,
        codec=SessionCodec(secret or load_secret(db_url)),
        limiter=RateLimiter(),
        templates=_templates(),
        https=https,
    )
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")

    @app.middleware("http")
    async def sessions_and_headers(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        if session(request) is None:  # anonymous visitors get a CSRF token too (login form)
            request.state.session = new_session()
            request.state.session_changed = True
        response = await call_next(request)
        if getattr(request.state, "session_changed", False):
            st: AppState = request.app.state.refwatch
            response.set_cookie(
                SESSION_COOKIE,
                st.codec.dumps(request.state.session),
                max_age=SESSION_MAX_AGE,
                httponly=True,
                samesite="strict",
                secure=st.https or request.url.scheme == "https",
                path="/",
            )
        for key, value in HEADERS.items():
            response.headers.setdefault(key, value)
        if not request.url.path.startswith("/static/"):
            response.headers.setdefault("Cache-Control", "no-store")
        return response

    @app.exception_handler(LoginRequired)
    async def to_login(request: Request, _exc: LoginRequired) -> Response:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return RedirectResponse(f"/login?next={quote(target, safe='')}", status_code=303)

    @app.exception_handler(Forbidden)
    async def forbidden(request: Request, _exc: Forbidden) -> Response:
        return _error(request, 403, "Your role does not allow this.")

    @app.exception_handler(CsrfFailed)
    async def csrf_failed(request: Request, _exc: CsrfFailed) -> Response:
        return _error(request, 403, "The form's security token is missing or stale; reload it.")

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return RedirectResponse("/static/favicon.svg", status_code=308)

    # outermost, so the session and header middleware and the routes all see a GET
    app.add_middleware(HeadAsGet)
    from refwatch.web.routes import ROUTERS

    for r in ROUTERS:
        app.include_router(r)
    return app


def _error(request: Request, status: int, message: str) -> HTMLResponse:
    return render(request, "error.html", status=status, message=message)
