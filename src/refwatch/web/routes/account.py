"""Sign in and out. Failed logins are rate-limited per client address and per user name."""

from __future__ import annotations

from fastapi import Form, Request
from fastapi.responses import RedirectResponse, Response

from refwatch.web import deps
from refwatch.web.auth import authenticate, new_session
from refwatch.web.render import render

router = deps.router()


def _safe_next(target: str) -> str:
    # only paths on this site: "//evil.example" or "https://..." would leave it
    if not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


@router.get("/login")
def login_form(request: Request, next: str = "/") -> Response:
    return render(request, "login.html", next=_safe_next(next), error=None)


@router.post("/login")
def login(
    request: Request, name: str = Form(""), password: str = Form(""), next: str = Form("/")
) -> Response:
    st = deps.state(request)
    client = request.client.host if request.client else "?"
    keys = (f"ip:{client}", f"user:{name.casefold()}")
    if any(st.limiter.blocked(k) for k in keys):
        return render(
            request,
            "login.html",
            status=429,
            next=_safe_next(next),
            error="Too many failed attempts; wait a few minutes.",
        )
    user = authenticate(st.engine, name, password)
    if user is None:
        for k in keys:
            st.limiter.fail(k)
        return render(
            request,
            "login.html",
            status=401,
            next=_safe_next(next),
            error="Wrong name or password.",
        )
    for k in keys:
        st.limiter.reset(k)
    # a fresh session (and CSRF token) on sign-in, so a planted cookie is worthless
    request.state.session = new_session(user.name)
    request.state.session_changed = True
    return RedirectResponse(_safe_next(next), status_code=303)


@router.post("/logout")
def logout(request: Request) -> Response:
    request.state.session = new_session()
    request.state.session_changed = True
    return RedirectResponse("/login", status_code=303)
