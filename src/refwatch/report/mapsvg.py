"""An offline map drawn server-side: shipped country borders plus pins, as one SVG.

Projection: equirectangular with the x axis shrunk by cos(mid-latitude), which keeps
shapes right enough at the scale of a region and needs no library.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from refwatch.report import svg
from refwatch.report.basemap import BBox, Ring, countries

# East Asia, shown when there is nothing to fit the view to
DEFAULT_VIEW = (112.0, 30.0, 138.0, 48.0)
MIN_SPAN = 6.0  # degrees: one pin still shows its surroundings


@dataclass(frozen=True)
class Pin:
    lat: float
    lon: float
    label: str
    href: str | None = None
    kind: str = "city"  # facility | city | crossing | province | country | ...
    weight: int = 0  # people, scales the marker


@dataclass(frozen=True)
class View:
    lon0: float
    lat0: float
    lon1: float
    lat1: float
    width: int
    height: int

    @property
    def kx(self) -> float:
        return math.cos(math.radians((self.lat0 + self.lat1) / 2))

    def xy(self, lon: float, lat: float) -> tuple[float, float]:
        sx = self.width / ((self.lon1 - self.lon0) * self.kx)
        sy = self.height / (self.lat1 - self.lat0)
        return (lon - self.lon0) * self.kx * sx, (self.lat1 - lat) * sy


def fit_view(pins: list[Pin], width: int) -> View:
    """A view holding every pin with a margin, and the height its aspect needs."""
    if pins:
        lon0, lon1 = min(p.lon for p in pins), max(p.lon for p in pins)
        lat0, lat1 = min(p.lat for p in pins), max(p.lat for p in pins)
    else:
        lon0, lat0, lon1, lat1 = DEFAULT_VIEW
    pad_lon = max((lon1 - lon0) * 0.15, (MIN_SPAN - (lon1 - lon0)) / 2, 1.0)
    pad_lat = max((lat1 - lat0) * 0.15, (MIN_SPAN - (lat1 - lat0)) / 2, 1.0)
    lon0, lon1 = lon0 - pad_lon, lon1 + pad_lon
    lat0, lat1 = max(-80.0, lat0 - pad_lat), min(80.0, lat1 + pad_lat)
    kx = math.cos(math.radians((lat0 + lat1) / 2))
    height = int(width * (lat1 - lat0) / ((lon1 - lon0) * kx))
    if height > width * 0.85:  # too tall: widen the longitudes instead
        extra = ((lat1 - lat0) / 0.85 / kx - (lon1 - lon0)) / 2
        lon0, lon1 = lon0 - extra, lon1 + extra
        height = int(width * 0.85)
    elif height < width * 0.45:  # too flat: add latitude
        extra = ((lon1 - lon0) * kx * 0.45 - (lat1 - lat0)) / 2
        lat0, lat1 = lat0 - extra, lat1 + extra
        height = int(width * 0.45)
    return View(lon0, lat0, lon1, lat1, width, height)


def _overlaps(box: BBox, v: View) -> bool:
    x0, y0, x1, y1 = box
    return not (x1 < v.lon0 or x0 > v.lon1 or y1 < v.lat0 or y0 > v.lat1)


def _path(ring: Ring, v: View) -> str:
    pts: list[tuple[float, float]] = []
    for lon, lat in ring:
        x, y = v.xy(lon, lat)
        # drop points closer than a pixel to the last one kept: invisible, and bytes
        if pts and abs(x - pts[-1][0]) < 0.8 and abs(y - pts[-1][1]) < 0.8:
            continue
        pts.append((x, y))
    if len(pts) < 3:
        return ""
    return "M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in pts) + "Z"


@lru_cache(maxsize=32)
def borders(v: View) -> str:
    """Country outlines projected for a view; cached, since views repeat across requests."""
    parts = []
    for country in countries():
        d = "".join(
            _path(ring, v)
            for poly, box in zip(country.polygons, country.extents, strict=True)
            if _overlaps(box, v)
            for ring in poly
        )
        if d:
            parts.append(
                svg.el("path", svg.title(country.name), d=d, class_="land", fill_rule="evenodd")
            )
    return "".join(parts)


def map_svg(pins: list[Pin], width: int = 760, label: str = "Map of reported places") -> str:
    v = fit_view(pins, width)
    parts = [svg.rect(0, 0, v.width, v.height, "sea"), borders(v)]
    top = max((p.weight for p in pins), default=0)
    # biggest first so small markers stay on top and clickable
    for p in sorted(pins, key=lambda p: -p.weight):
        x, y = v.xy(p.lon, p.lat)
        r = 4.0 + (14.0 * math.sqrt(p.weight / top) if top and p.weight else 0.0)
        if p.kind == "crossing":
            rotate = f"rotate(45 {x:.1f} {y:.1f})"
            shape = svg.rect(x - r, y - r, 2 * r, 2 * r, transform=rotate)
        else:
            shape = svg.el("circle", cx=f"{x:.1f}", cy=f"{y:.1f}", r=f"{r:.1f}")
        body = svg.title(p.label) + shape
        marker = svg.el("g", body, class_=f"pin pin-{p.kind}")
        parts.append(svg.link(p.href, marker) if p.href else marker)
    for p in pins:  # labels over all markers
        x, y = v.xy(p.lon, p.lat)
        parts.append(svg.text(x + 7, y - 7, p.label.split(" — ")[0], class_="pin-label"))
    return svg.svg(v.width, v.height, "".join(parts), label, "chart map")
