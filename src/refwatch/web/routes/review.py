"""The review queue, the correction form for any fact, and the audit log."""

from __future__ import annotations

from typing import Any

from fastapi import Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy import Boolean, Column, select

from refwatch.store.records import ReviewStatus
from refwatch.store.schema import audit_log
from refwatch.web import data, deps
from refwatch.web.auth import User
from refwatch.web.render import render
from refwatch.web.review import CHOICES, EDITABLE, ReviewError, review_fact

router = deps.router()
STATUS: dict[str, ReviewStatus] = {
    "accept": "accepted",
    "reject": "rejected",
    "correct": "corrected",
}


@router.get("/review")
def queue(request: Request, user: User = deps.analyst) -> Response:
    with deps.state(request).engine.connect() as conn:
        items = data.review_queue(conn)
        sts = data.pending_facts(conn, "statements")
        mts = data.pending_facts(conn, "meetings")
    return render(request, "review.html", items=items, statements=sts, meetings=mts)


def _choices(col: Column[Any]) -> tuple[str, ...] | None:
    if col.name in CHOICES:
        return CHOICES[col.name]
    return ("", "True", "False") if isinstance(col.type, Boolean) else None


def _form_value(value: object) -> str:
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return "" if value is None else str(value)


@router.get("/review/{table}/{record_id}")
def edit(request: Request, table: str, record_id: int, user: User = deps.analyst) -> Response:
    if table not in EDITABLE:
        return render(request, "error.html", status=404, message="No such kind of fact.")
    t = data.FACT_TABLES[table]
    with deps.state(request).engine.connect() as conn:
        row = conn.execute(select(t).where(t.c.id == record_id)).mappings().first()
    if row is None:
        return render(request, "error.html", status=404, message="No such fact.")
    fields = [(name, _form_value(row[name]), _choices(t.c[name])) for name in EDITABLE[table]]
    return render(request, "edit.html", table=table, row=row, fields=fields, error=None)


@router.post("/review/{table}/{record_id}")
async def apply(
    request: Request, table: str, record_id: int, user: User = deps.analyst
) -> Response:
    form = await request.form()
    action = str(form.get("action", ""))
    if table not in EDITABLE or action not in STATUS:
        return render(request, "error.html", status=400, message="Unknown review action.")
    changes = {k: str(v) for k, v in form.items() if k in EDITABLE[table]}
    try:
        review_fact(deps.state(request).store, user.name, table, record_id, STATUS[action], changes)
    except ReviewError as err:
        return render(request, "error.html", status=400, message=str(err))
    back = str(form.get("back") or "/review")
    return RedirectResponse(
        back if back.startswith("/") and not back.startswith("//") else "/review", status_code=303
    )


@router.get("/audit")
def audit(
    request: Request, table: str = "", record: str = "", user: User = deps.analyst
) -> Response:
    q = select(audit_log).order_by(audit_log.c.id.desc()).limit(200)
    if table:
        q = q.where(audit_log.c.table_name == table)
    if record:
        q = q.where(audit_log.c.record_id == record)
    with deps.state(request).engine.connect() as conn:
        rows = conn.execute(q).all()
    return render(request, "audit.html", rows=rows)
