"""Downloads: CSV/JSON/GeoJSON exports and the briefing (HTML, Markdown, PDF).

Protected people are redacted unless an admin asks for them (include_protected=1)."""

from __future__ import annotations

from fastapi import Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, Response

from refwatch.report import briefing
from refwatch.report.exports import FORMATS, WHAT, ExportError, export
from refwatch.web import deps
from refwatch.web.auth import User
from refwatch.web.render import render
from refwatch.web.routes.common import filters_from

router = deps.router()


@router.get("/exports")
def exports_page(request: Request, user: User = deps.viewer) -> Response:
    f = filters_from(request)
    return render(request, "exports.html", what=WHAT, formats=FORMATS, params=f.query(), f=f)


@router.get("/export/{what}.{fmt}")
def download(
    request: Request,
    what: str,
    fmt: str,
    per_report: bool = False,
    include_protected: bool = False,
    user: User = deps.viewer,
) -> Response:
    if include_protected and not user.can("admin"):
        return render(
            request, "error.html", status=403, message="Only admins may export protected people."
        )
    with deps.state(request).engine.connect() as conn:
        try:
            out = export(
                conn,
                what,
                fmt,
                f=filters_from(request),
                per_report=per_report,
                include_protected=include_protected,
            )
        except ExportError as err:
            return render(request, "error.html", status=404, message=str(err))
    return Response(
        out.body.encode("utf-8"),
        media_type=f"{out.media_type}; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{out.filename}"'},
    )


@router.get("/briefing")
async def brief(request: Request, format: str = "html", user: User = deps.viewer) -> Response:
    f = filters_from(request)
    with deps.state(request).engine.connect() as conn:
        b = briefing.build(conn, f.since, f.until, f)
    if format == "md":
        return Response(
            briefing.to_markdown(b),
            media_type="text/markdown; charset=utf-8",
            headers={"Content-Disposition": 'attachment; filename="briefing.md"'},
        )
    if format == "pdf":
        try:
            pdf = await run_in_threadpool(briefing.to_pdf, briefing.to_html(b))
        except Exception as err:  # no browser here: say so rather than fail blank
            message = f"The PDF could not be printed (headless Chromium): {err.__class__.__name__}"
            return render(request, "error.html", status=503, message=message)
        return Response(
            pdf,
            media_type="application/pdf",
            headers={"Content-Disposition": 'attachment; filename="briefing.pdf"'},
        )
    return HTMLResponse(briefing.to_html(b, css_href="/briefing.css"))


@router.get("/briefing.css")
def briefing_css() -> Response:
    return Response(briefing.CSS.read_text(encoding="utf-8"), media_type="text/css")
