"""Jinja2 filters: how counts, windows and dates read on the pages."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from jinja2 import Environment

from refwatch.report.fmt import count_range, country_name, window


def query(params: dict[str, Any], **changes: Any) -> str:
    """URL query string from params with some changed (None drops the key)."""
    merged = {**params, **changes}
    return urlencode({k: v for k, v in merged.items() if v not in (None, "")})


def install(env: Environment) -> None:
    env.filters["count_range"] = count_range
    env.filters["window"] = window
    env.filters["country"] = country_name
    env.globals["query"] = query
