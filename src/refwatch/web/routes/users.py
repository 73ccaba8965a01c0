"""Accounts, for admins: who has which role; change a role (new accounts: `refwatch user add`)."""

from __future__ import annotations

from fastapi import Form, Request
from fastapi.responses import RedirectResponse, Response

from refwatch.store.schema import USER_ROLES
from refwatch.web import deps
from refwatch.web.auth import User
from refwatch.web.render import render

router = deps.router()


@router.get("/users")
def users(request: Request, user: User = deps.admin) -> Response:
    rows = deps.state(request).store.users()
    return render(request, "users.html", rows=rows, roles=USER_ROLES)


@router.post("/users/{name}/role")
def set_role(
    request: Request, name: str, role: str = Form(""), user: User = deps.admin
) -> Response:
    store = deps.state(request).store
    if role not in USER_ROLES or store.get_user(name) is None:
        return render(request, "error.html", status=400, message="No such user or role.")
    if name == user.name and role != "admin":
        # the last word on accounts must not lock itself out by accident
        return render(request, "error.html", status=400, message="You cannot demote yourself.")
    store.set_user(name, by=user.name, role=role)
    return RedirectResponse("/users", status_code=303)
