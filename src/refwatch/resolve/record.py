"""A merged incident: what its reports say together, under an id that stays put.

Ids: a new cluster is named after its earliest report's stable key
("inc-" + 12 hex of its hash); on re-merge each cluster inherits the previous id of the
incident it shares most reports with (each old id goes to one cluster at most, the largest
overlap first, the earliest-reported on a tie), so ids survive new documents, re-ingest
and analysts' splits and merges.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from refwatch.domain import places
from refwatch.model import Place
from refwatch.resolve.estimate import CountReport, Estimate, estimate, merge_windows
from refwatch.resolve.mentions import IncidentMention
from refwatch.resolve.places import LEVELS, gazetteer_point, level_conflict, place_levels


@dataclass(frozen=True)
class MergedIncident:
    id: str
    kind: str
    earliest: dt.date | None
    latest: dt.date | None
    window_flag: str | None
    where: Place
    from_country: str | None
    to_country: str | None
    estimate: Estimate
    n_sources: int
    n_reports: int
    first_reported: dt.date | None
    last_reported: dt.date | None
    conflict: bool
    conflict_reason: str | None
    mentions: tuple[IncidentMention, ...]


DISPLAY_LANG = "en"  # merged records name gazetteer places in the web app's language


def incident_id(key: str) -> str:
    return "inc-" + hashlib.sha256(key.encode()).hexdigest()[:12]


def _report_order(m: IncidentMention) -> tuple[str, str]:
    return (m.published.isoformat() if m.published else "9999", m.key)


def assign_ids(
    clusters: Sequence[Sequence[IncidentMention]], previous: Mapping[str, set[str]]
) -> list[str]:
    """An id per cluster: carried over by largest overlap with `previous` (id -> keys)."""
    owner = {k: old for old, keys in previous.items() for k in keys}
    pairs: list[tuple[int, tuple[str, str], str, int]] = []
    for i, cluster in enumerate(clusters):
        shared: dict[str, int] = {}
        earliest: dict[str, tuple[str, str]] = {}  # each old id's earliest report here
        for m in cluster:
            if m.key in owner:
                old = owner[m.key]
                shared[old] = shared.get(old, 0) + 1
                earliest[old] = min(earliest.get(old, _report_order(m)), _report_order(m))
        pairs += [(n, earliest[old], old, i) for old, n in shared.items()]
    ids: list[str | None] = [None] * len(clusters)
    used: set[str] = set()
    # largest overlap first; on a tie the id of the incident reported first
    for _n, _first, old, i in sorted(pairs, key=lambda p: (-p[0], p[1], p[2], p[3])):
        if ids[i] is None and old not in used:
            ids[i] = old
            used.add(old)
    taken = used | set(previous)
    out: list[str] = []
    for i, cluster in enumerate(clusters):
        new = ids[i]
        if new is None:
            first = min(cluster, key=_report_order).key
            new, n = incident_id(first), 1
            while new in taken:  # an old incident by that name still lives elsewhere
                n += 1
                new = incident_id(f"{first}#{n}")
            taken.add(new)
        out.append(new)
    return out


def _place(mentions: Sequence[IncidentMention]) -> Place:
    """Every level the reports name (or imply) and do not dispute.

    Gazetteer places take their display-language name, others the words of the first
    report to name them.
    """
    resolved: dict[str, str] = {}
    disputed: set[str] = set()
    for m in mentions:
        for level, value in place_levels(m.where).items():
            if level in resolved and level_conflict(resolved[level], value):
                disputed.add(level)
            elif level not in resolved or resolved[level].startswith("~"):
                resolved[level] = value
    agreed = {k: v for k, v in resolved.items() if k not in disputed}

    def name(attr: str) -> str | None:
        value = agreed.get(attr) or (agreed.get("county") if attr == "city" else None)
        if value is None:
            return None
        entry = places().get(value)
        canonical = entry.names.get(DISPLAY_LANG, ()) if entry else ()
        if canonical:  # one spelling for reports in any language
            return canonical[0]
        return next((getattr(m.where, attr) for m in mentions if getattr(m.where, attr)), None)

    country = agreed.get("country")
    point = gazetteer_point({k: v for k, v in agreed.items() if k in LEVELS})
    return Place(
        facility=name("facility"),
        city=name("city"),
        province=name("province"),
        country=country.upper() if country and not country.startswith("~") else None,
        place_id=point[0] if point else None,
        lat=point[1] if point else None,
        lon=point[2] if point else None,
    )


def _agreed(values: Sequence[str | None]) -> str | None:
    known = {v for v in values if v}
    return known.pop() if len(known) == 1 else None


def summarize(
    incident_id: str, members: Sequence[IncidentMention], groups: Mapping[str, str]
) -> MergedIncident:
    """The merged record of one cluster; `groups` maps document ids to syndication groups."""
    mentions = sorted(members, key=_report_order)
    reports = [
        CountReport(m.count, m.source, groups.get(m.document_id, m.document_id))
        for m in mentions
        if m.count is not None
    ]
    est = estimate(reports)
    window = merge_windows([m.when for m in mentions])
    reasons = [est.reason] if est.reason else []
    if window.flag == "union":
        reasons.append("reports give dates that do not overlap")
    published = [m.published for m in mentions if m.published]
    return MergedIncident(
        id=incident_id,
        kind=mentions[0].kind,
        earliest=window.earliest,
        latest=window.latest,
        window_flag=window.flag,
        where=_place(mentions),
        from_country=_agreed([m.from_country for m in mentions]),
        to_country=_agreed([m.to_country for m in mentions]),
        estimate=est,
        n_sources=len({groups.get(m.document_id, m.document_id) for m in mentions}),
        n_reports=len(mentions),
        first_reported=min(published) if published else None,
        last_reported=max(published) if published else None,
        conflict=bool(reasons),
        conflict_reason="; ".join(reasons) or None,
        mentions=tuple(mentions),
    )
