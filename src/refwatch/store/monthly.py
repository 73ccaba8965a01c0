"""The monthly aggregate of incidents (`schema.incident_months`) that the timeline reads.

`rebuild_incident_months` is called by whatever writes `incidents` (the merge step), in the
same transaction, so the aggregate never disagrees with the rows it summarises.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Connection, delete, insert, select

from refwatch.store.schema import incident_months, incidents


def _day(v: Any) -> dt.date:
    return v if isinstance(v, dt.date) else dt.date.fromisoformat(str(v)[:10])


def rebuild_incident_months(conn: Connection) -> None:
    """Recompute the aggregate from `incidents` (every row with a window start)."""
    c = incidents.c
    q = select(
        c.earliest, c.latest, c.kind, c.from_country, c.to_country, c.estimate, c.low, c.high
    ).where(c.earliest.is_not(None))
    groups: dict[tuple[str, str, str | None, str | None], list[Any]] = {}
    for earliest, latest, kind, frm, to, estimate, low, high in conn.execute(q):
        start = _day(earliest)
        end = _day(latest) if latest is not None else start
        key = (start.isoformat()[:7], kind, frm, to)
        acc = groups.get(key)
        if acc is None:
            acc = groups[key] = [0, 0, 0, 0, end, 0]
        acc[0] += 1
        # the same fallbacks as report.queries.month_bars
        acc[1] += next((v for v in (estimate, low, high) if v is not None), 0)
        acc[2] += next((v for v in (low, estimate, high) if v is not None), 0)
        acc[3] += next((v for v in (high, estimate, low) if v is not None), 0)
        acc[4] = min(acc[4], end)
        acc[5] = max(acc[5], (end - start).days)
    conn.execute(delete(incident_months))
    if groups:
        conn.execute(
            insert(incident_months),
            [
                {
                    "month": month,
                    "kind": kind,
                    "from_country": frm,
                    "to_country": to,
                    "n": n,
                    "est": est,
                    "low": low,
                    "high": high,
                    "min_end": min_end.isoformat(),
                    "max_span": span,
                }
                for (month, kind, frm, to), (n, est, low, high, min_end, span) in groups.items()
            ],
        )
