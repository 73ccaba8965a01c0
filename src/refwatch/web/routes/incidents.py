"""Incident list and incident page (estimates from every source, map pin, related facts);
analysts split a report off an incident or merge incidents."""

from __future__ import annotations

from fastapi import Form, Request
from fastapi.responses import RedirectResponse, Response

from refwatch.model import INCIDENT_KINDS
from refwatch.report.mapsvg import Pin, map_svg
from refwatch.web import data, deps, review
from refwatch.web.auth import User
from refwatch.web.render import render
from refwatch.web.routes.common import filters_from

router = deps.router()


@router.get("/incidents")
def incident_list(
    request: Request, place: str | None = None, page: int = 0, user: User = deps.viewer
) -> Response:
    f = filters_from(request)
    page = max(0, page)
    with deps.state(request).engine.connect() as conn:
        rows, total = data.list_incidents(conn, f, place=place, page=page)
    return render(
        request,
        "incidents.html",
        rows=rows,
        total=total,
        page=page,
        page_size=data.PAGE,
        f=f,
        params={**f.query(), **({"place": place} if place else {})},
        kinds=INCIDENT_KINDS,
    )


@router.get("/incidents/{incident_id}")
def incident(request: Request, incident_id: str, user: User = deps.viewer) -> Response:
    with deps.state(request).engine.connect() as conn:
        page = data.incident_page(conn, incident_id)
    if page is None:
        return render(request, "error.html", status=404, message="No such incident.")
    i = page.incident
    pins = (
        [Pin(i.lat, i.lon, i.facility or i.city or i.province or i.country or "", None, "facility")]
        if i.lat is not None and i.lon is not None
        else []
    )
    return render(request, "incident.html", p=page, map=map_svg(pins, width=420, label="Where"))


def _ids(raw: list[str]) -> list[int]:
    return [int(x) for x in raw if x.strip().isdigit()]


@router.post("/incidents/{incident_id}/split")
async def split(request: Request, incident_id: str, user: User = deps.analyst) -> Response:
    form = await request.form()
    mention_ids = _ids([str(v) for v in form.getlist("mention")])
    if not mention_ids:
        return render(request, "error.html", status=400, message="Tick the reports to split off.")
    try:
        new_id = review.split(
            deps.state(request).store,
            user.name,
            incident_id,
            mention_ids,
            str(form.get("note") or ""),
        )
    except review.ReviewError as err:
        return render(request, "error.html", status=400, message=str(err))
    return RedirectResponse(f"/incidents/{new_id}", status_code=303)


@router.post("/incidents/merge")
def merge(
    request: Request, ids: str = Form(""), note: str = Form(""), user: User = deps.analyst
) -> Response:
    incident_ids = [x.strip() for x in ids.replace(",", " ").split() if x.strip()]
    try:
        new_id = review.merge(deps.state(request).store, user.name, incident_ids, note)
    except review.ReviewError as err:
        return render(request, "error.html", status=400, message=str(err))
    return RedirectResponse(f"/incidents/{new_id}", status_code=303)
