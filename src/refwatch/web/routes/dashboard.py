"""The dashboard: monthly timeline, map of places and the who-said-what matrix."""

from __future__ import annotations

from fastapi import Request
from fastapi.responses import Response

from refwatch.model import INCIDENT_KINDS
from refwatch.report.charts import timeline_svg
from refwatch.report.mapsvg import map_svg
from refwatch.report.queries import map_pins, month_bars, who_said_what
from refwatch.web import deps
from refwatch.web.auth import User
from refwatch.web.render import render
from refwatch.web.routes.common import filters_from

router = deps.router()


@router.get("/")
def dashboard(request: Request, user: User = deps.viewer) -> Response:
    f = filters_from(request)
    with deps.state(request).engine.connect() as conn:
        bars = month_bars(conn, f)
        pins = map_pins(conn, f)
        matrix = who_said_what(conn, f)
    return render(
        request,
        "dashboard.html",
        f=f,
        params=f.query(),
        kinds=INCIDENT_KINDS,
        timeline=timeline_svg(bars),
        map=map_svg(pins),
        matrix=matrix,
        totals=(sum(b.incidents for b in bars), sum(b.estimate for b in bars)),
    )
