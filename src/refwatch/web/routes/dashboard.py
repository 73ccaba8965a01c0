"""The dashboard: monthly timeline, map of places and the who-said-what matrix."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import Request
from fastapi.responses import Response
from sqlalchemy import Connection

from refwatch.model import INCIDENT_KINDS
from refwatch.report.charts import timeline_svg
from refwatch.report.mapsvg import map_svg
from refwatch.report.queries import (
    Filters,
    Matrix,
    data_version,
    map_pins,
    month_bars,
    who_said_what,
)
from refwatch.web import deps
from refwatch.web.auth import User
from refwatch.web.render import render
from refwatch.web.routes.common import filters_from

router = deps.router()


@router.get("/")
def dashboard(request: Request, user: User = deps.viewer) -> Response:
    f = filters_from(request)
    st = deps.state(request)
    with st.engine.connect() as conn:
        view = st.cache.get((data_version(conn), f), lambda: _view(conn, f))
    return render(request, "dashboard.html", f=f, params=f.query(), kinds=INCIDENT_KINDS, v=view)


@dataclass(frozen=True)
class DashboardView:
    timeline: str
    map: str
    matrix: Matrix
    incidents: int
    people: int


def _view(conn: Connection, f: Filters) -> DashboardView:
    bars = month_bars(conn, f)
    return DashboardView(
        timeline=timeline_svg(bars),
        map=map_svg(map_pins(conn, f)),
        matrix=who_said_what(conn, f),
        incidents=sum(b.incidents for b in bars),
        people=sum(b.estimate for b in bars),
    )
