"""The dashboard: monthly timeline, map of places and the who-said-what matrix."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from fastapi import Request
from fastapi.responses import Response
from sqlalchemy import Connection, Engine
from sqlalchemy.pool import SingletonThreadPool, StaticPool

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
# The map is drawn on its own connection beside the timeline and matrix: SQLite and the
# PostgreSQL driver let go of the GIL while a query runs, so a first view takes about the
# time of its slowest part rather than the sum (the machine has two cores).
_MAPS = ThreadPoolExecutor(max_workers=2, thread_name_prefix="dashboard-map")


@router.get("/")
def dashboard(request: Request, user: User = deps.viewer) -> Response:
    f = filters_from(request)
    st = deps.state(request)
    with st.engine.connect() as conn:
        view = st.cache.get((data_version(conn), f), lambda: _view(st.engine, conn, f))
    return render(request, "dashboard.html", f=f, params=f.query(), kinds=INCIDENT_KINDS, v=view)


@dataclass(frozen=True)
class DashboardView:
    timeline: str
    map: str
    matrix: Matrix
    incidents: int
    people: int


def _view(engine: Engine, conn: Connection, f: Filters) -> DashboardView:
    def the_map() -> str:
        with engine.connect() as own:
            return map_svg(map_pins(own, f))

    # an in-memory SQLite database is one connection per thread (or one shared): one thread
    shared = isinstance(engine.pool, (SingletonThreadPool, StaticPool))
    pending = None if shared else _MAPS.submit(the_map)
    bars = month_bars(conn, f)
    matrix = who_said_what(conn, f)
    return DashboardView(
        timeline=timeline_svg(bars),
        map=pending.result() if pending else map_svg(map_pins(conn, f)),
        matrix=matrix,
        incidents=sum(b.incidents for b in bars),
        people=sum(b.estimate for b in bars),
    )
