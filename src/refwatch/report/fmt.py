"""How counts and time windows read, on pages and in briefings."""

from __future__ import annotations

import datetime as dt

from refwatch.domain import load_data


def count_range(low: int | None, high: int | None, approx: bool | None = False) -> str:
    """500..500 approx -> "about 500"; 500..None -> "500 or more"; 200..300 -> "200–300"."""
    if low is None and high is None:
        return "—"
    if low is not None and high is not None:
        core = f"{low:,}" if low == high else f"{low:,}–{high:,}"
        return f"about {core}" if approx and low == high else core
    if low is not None:
        return f"{low:,} or more"
    return f"up to {high:,}"


def window(earliest: dt.date | None, latest: dt.date | None) -> str:
    if earliest is None and latest is None:
        return "date unknown"
    if latest is None:
        return f"from {earliest}"
    if earliest == latest:
        return f"{earliest}"
    if earliest is None:
        return f"by {latest}"
    return f"{earliest} – {latest}"


def country_name(code: str | None, lang: str = "en") -> str:
    """An ISO code as the country's name in the domain data; anything else as it is."""
    if not code:
        return ""
    data = load_data(f"{lang}/countries.yaml") or {}
    entry = (data.get("countries") or {}).get(code) if len(code) == 2 else None
    names = entry.get("names") if isinstance(entry, dict) else None
    return str(names[0]) if names else code
