"""Per-request plumbing shared by the routes: app state, the session, roles and CSRF.

Every router is built with `csrf_guard` as a dependency, so no state-changing request
(POST/PUT/PATCH/DELETE) reaches a handler without the session's CSRF token.
"""

from __future__ import annotations

import hmac
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.templating import Jinja2Templates
from sqlalchemy import Engine

from refwatch.store import Store
from refwatch.web.auth import SESSION_COOKIE, RateLimiter, Session, SessionCodec, User, get_user
from refwatch.web.cache import VersionedCache

TEMPLATES = Path(__file__).resolve().parent / "templates"
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}


@dataclass
class AppState:
    engine: Engine
    store: Store  # writes go through the store's API (reviews, users, audit)
    codec: SessionCodec
    limiter: RateLimiter
    templates: Jinja2Templates
    https: bool
    cache: VersionedCache[Any] = field(default_factory=VersionedCache)


class LoginRequired(Exception):
    """Raised for an anonymous request to a page that needs an account."""


class Forbidden(Exception):
    """Raised when the user's role is below what the route needs."""


class CsrfFailed(Exception):
    """Raised for a state-changing request without the session's CSRF token."""


def state(request: Request) -> AppState:
    st: AppState = request.app.state.refwatch
    return st


def session(request: Request) -> Session | None:
    """The request's valid session, if its cookie carries one (cached on the request)."""
    if not hasattr(request.state, "session"):
        cookie = request.cookies.get(SESSION_COOKIE)
        request.state.session = state(request).codec.loads(cookie)
    sess: Session | None = request.state.session
    return sess


def current_user(request: Request) -> User | None:
    if not hasattr(request.state, "user"):
        sess = session(request)
        user = get_user(state(request).engine, sess.user) if sess and sess.user else None
        request.state.user = user
    found: User | None = request.state.user
    return found


def require(role: str) -> Callable[[Request], User]:
    """A dependency that yields the signed-in user with at least `role`."""

    def dep(request: Request) -> User:
        user = current_user(request)
        if user is None:
            raise LoginRequired()
        if not user.can(role):
            raise Forbidden()
        return user

    return dep


viewer = Depends(require("viewer"))
analyst = Depends(require("analyst"))
admin = Depends(require("admin"))


async def csrf_guard(request: Request) -> None:
    if request.method in SAFE_METHODS:
        return
    sess = session(request)
    sent = request.headers.get("x-csrf-token")
    if sent is None:
        ctype = request.headers.get("content-type", "")
        if ctype.startswith(("application/x-www-form-urlencoded", "multipart/form-data")):
            form = await request.form()  # starlette caches it for the handler
            value = form.get("csrf")
            sent = value if isinstance(value, str) else None
    if sess is None or not sent or not hmac.compare_digest(sent, sess.csrf):
        raise CsrfFailed()


def router() -> APIRouter:
    return APIRouter(dependencies=[Depends(csrf_guard)])
