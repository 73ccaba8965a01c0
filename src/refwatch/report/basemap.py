"""Country borders for the offline map.

The shipped file `data/basemap.geojson` is Natural Earth 1:50m country polygons (public
domain) as packaged by the npm `world-atlas` package, decoded from TopoJSON, cut to the
countries whose extent touches Asia and rounded to 0.05 degrees so it stays small. Rebuild:

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python -m refwatch.report.basemap package/countries-50m.json \
        src/refwatch/report/data/basemap.geojson
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data" / "basemap.geojson"
# lon_min, lat_min, lon_max, lat_max of the region the file keeps
REGION = (25.0, -12.0, 180.0, 72.0)
GRID = 0.05

Ring = list[tuple[float, float]]


BBox = tuple[float, float, float, float]


def ring_bbox(ring: Ring) -> BBox:
    xs = [x for x, _ in ring]
    ys = [y for _, y in ring]
    return min(xs), min(ys), max(xs), max(ys)


@dataclass(frozen=True)
class Country:
    name: str
    polygons: tuple[tuple[Ring, ...], ...]  # each polygon: outer ring then holes
    extents: tuple[BBox, ...]  # each polygon's outer-ring box, computed once at load

    @property
    def bbox(self) -> BBox:
        return (
            min(e[0] for e in self.extents),
            min(e[1] for e in self.extents),
            max(e[2] for e in self.extents),
            max(e[3] for e in self.extents),
        )


@cache
def countries() -> tuple[Country, ...]:
    """The shipped country outlines."""
    data = json.loads(DATA.read_text(encoding="utf-8"))
    out = []
    for feat in data["features"]:
        geom = feat["geometry"]
        polys = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
        polygons = tuple(
            tuple([(float(x), float(y)) for x, y in ring] for ring in poly) for poly in polys
        )
        out.append(
            Country(
                name=feat["properties"]["name"],
                polygons=polygons,
                extents=tuple(ring_bbox(poly[0]) for poly in polygons),
            )
        )
    return tuple(out)


def _decode_arcs(topo: dict[str, Any]) -> list[Ring]:
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs: list[Ring] = []
    for arc in topo["arcs"]:
        x = y = 0
        pts: Ring = []
        for dx, dy in arc:  # delta-encoded, quantized positions
            x, y = x + dx, y + dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)
    return arcs


def _ring(arcs: list[Ring], refs: list[int]) -> Ring:
    pts: Ring = []
    for ref in refs:
        arc = arcs[ref] if ref >= 0 else list(reversed(arcs[~ref]))
        pts.extend(arc[1:] if pts else arc)
    return pts


def _round(ring: Ring) -> Ring:
    out: Ring = []
    for x, y in ring:
        p = (round(round(x / GRID) * GRID, 2), round(round(y / GRID) * GRID, 2))
        if not out or out[-1] != p:
            out.append(p)
    return out


def _touches_region(polys: list[list[Ring]]) -> bool:
    x0, y0, x1, y1 = REGION
    return any(x0 <= x <= x1 and y0 <= y <= y1 for poly in polys for ring in poly for x, y in ring)


def build(topojson_path: Path) -> dict[str, Any]:
    """GeoJSON FeatureCollection of the region's countries from world-atlas TopoJSON."""
    topo = json.loads(topojson_path.read_text(encoding="utf-8"))
    arcs = _decode_arcs(topo)
    features = []
    for geom in topo["objects"]["countries"]["geometries"]:
        if geom.get("type") not in ("Polygon", "MultiPolygon"):
            continue
        raw = geom["arcs"] if geom["type"] == "MultiPolygon" else [geom["arcs"]]
        polys = [[_round(_ring(arcs, refs)) for refs in poly] for poly in raw]
        polys = [[r for r in poly if len(r) >= 4] for poly in polys]
        polys = [p for p in polys if p]
        if not polys or not _touches_region(polys):
            continue
        features.append(
            {
                "type": "Feature",
                "properties": {"name": geom["properties"]["name"], "id": geom.get("id")},
                "geometry": {"type": "MultiPolygon", "coordinates": polys},
            }
        )
    return {"type": "FeatureCollection", "features": features}


if __name__ == "__main__":
    src, dst = Path(sys.argv[1]), Path(sys.argv[2])
    dst.parent.mkdir(parents=True, exist_ok=True)
    dst.write_text(json.dumps(build(src), separators=(",", ":")), encoding="utf-8")
