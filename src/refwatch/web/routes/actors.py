"""Actors: list, page (aliases, roles, statements over time); admins and analysts mark a
person as protected, which redacts them from exports."""

from __future__ import annotations

from fastapi import Form, Request
from fastapi.responses import RedirectResponse, Response

from refwatch.report.charts import stance_strip
from refwatch.web import data, deps
from refwatch.web.auth import User
from refwatch.web.render import render
from refwatch.web.review import ACTOR_KINDS, ReviewError, correct_actor, set_protected

router = deps.router()


@router.get("/actors")
def actor_list(request: Request, q: str = "", user: User = deps.viewer) -> Response:
    with deps.state(request).engine.connect() as conn:
        rows = data.list_actors(conn, q[:200])
    return render(request, "actors.html", rows=rows, q=q)


@router.get("/actors/{actor_id}")
def actor(request: Request, actor_id: int, user: User = deps.viewer) -> Response:
    with deps.state(request).engine.connect() as conn:
        page = data.actor_page(conn, actor_id)
    if page is None:
        return render(request, "error.html", status=404, message="No such actor.")
    dated = [(s.date, s.type) for s in page.statements if s.date is not None]
    return render(request, "actor.html", p=page, strip=stance_strip(dated), kinds=ACTOR_KINDS)


@router.post("/actors/{actor_id}/protect")
def protect(
    request: Request, actor_id: int, protected: str = Form("1"), user: User = deps.analyst
) -> Response:
    try:
        set_protected(deps.state(request).store, user.name, actor_id, protected == "1")
    except ReviewError as err:
        return render(request, "error.html", status=404, message=str(err))
    return RedirectResponse(f"/actors/{actor_id}", status_code=303)


@router.post("/actors/{actor_id}/edit")
async def edit(request: Request, actor_id: int, user: User = deps.analyst) -> Response:
    form = {k: str(v) for k, v in (await request.form()).items()}
    try:
        correct_actor(deps.state(request).store, user.name, actor_id, form)
    except ReviewError as err:
        return render(request, "error.html", status=400, message=str(err))
    return RedirectResponse(f"/actors/{actor_id}", status_code=303)


@router.get("/statements")
def statement_list(
    request: Request, speaker: str = "", month: str = "", user: User = deps.viewer
) -> Response:
    with deps.state(request).engine.connect() as conn:
        rows = data.list_statements(conn, speaker[:200], month[:7])
    return render(request, "statements.html", rows=rows, speaker=speaker, month=month)
