"""Reading the dashboard's filters from a request; bad values are ignored, not errors."""

from __future__ import annotations

import datetime as dt
import re

from fastapi import Request

from refwatch.model import INCIDENT_KINDS
from refwatch.report.queries import Filters

_COUNTRY = re.compile(r"^[A-Z]{2}$")


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _country(value: str | None) -> str | None:
    value = (value or "").strip().upper()
    return value if _COUNTRY.match(value) else None


def filters_from(request: Request) -> Filters:
    p = request.query_params
    kind = p.get("kind")
    return Filters(
        since=_date(p.get("since")),
        until=_date(p.get("until")),
        from_country=_country(p.get("from_country")),
        to_country=_country(p.get("to_country")),
        kind=kind if kind in INCIDENT_KINDS else None,
    )
