"""The app's routes, one module per area; each router enforces CSRF on writes."""

from fastapi import APIRouter

from refwatch.web.routes import (
    account,
    actors,
    dashboard,
    documents,
    exports,
    incidents,
    review,
    users,
)

ROUTERS: list[APIRouter] = [
    m.router for m in (account, dashboard, incidents, documents, actors, review, exports, users)
]
