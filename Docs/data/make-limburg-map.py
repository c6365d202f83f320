#!/usr/bin/env python3
"""Writes Docs/data/limburg-map.csv: simplified SVG outlines of the 31 Limburg municipalities.

Source: the CBS Wijk- en buurtkaart 2024 (municipal boundaries from the Kadaster's Basisregistratie
Kadaster), layer `gemeenten`, as served by PDOK (WFS service.pdok.nl/cbs/wijkenbuurten/2024) in
WGS84 (EPSG:4326) and kept, already simplified (Shapely, tolerance 0.001 degree) and rounded to
five decimals, in the public repository AnneVersion/geoinzicht-app, commit
e6333c28a97fedd3db3cf68cccbebd1e83dbd8f0, file gemeenten_2024.geojson. Attribution required by the
CBS terms of use: "Kadaster / Centraal Bureau voor de Statistiek" (see Docs/region-data.md).

Usage (standard library only):

    git -C <mirror of AnneVersion/geoinzicht-app> show \
        e6333c28a97fedd3db3cf68cccbebd1e83dbd8f0:gemeenten_2024.geojson > gemeenten_2024.geojson
    python3 Docs/data/make-limburg-map.py gemeenten_2024.geojson > Docs/data/limburg-map.csv

The output is deterministic: same input, same bytes. Steps:

1. keep the 31 municipalities listed in Docs/data/limburg-municipalities.csv, in its order;
2. project to a plane: equirectangular, longitude scaled by cos(latitude) at the province's mean
   latitude (at Limburg's size, 50.75-51.78 N, the scale error against RD New is under 1 %);
3. fit the province into a fixed viewBox (WIDTH x HEIGHT user units, MARGIN on every side);
4. simplify each ring with Douglas-Peucker (TOLERANCE user units) and drop rings smaller than
   MIN_RING_AREA square units (slivers and tiny exclaves);
5. write one SVG path per municipality (absolute M/L/Z, one decimal) and a label point inside its
   largest ring: the point of a 1-unit grid inside the ring farthest from its edge.
"""

import csv
import json
import math
import os
import sys

HEIGHT = 560.0
MARGIN = 6.0
TOLERANCE = 0.6
MIN_RING_AREA = 4.0

HERE = os.path.dirname(os.path.abspath(__file__))


def municipalities():
    with open(os.path.join(HERE, "limburg-municipalities.csv"), newline="", encoding="utf-8") as f:
        return [(row["code"], row["name"]) for row in csv.DictReader(f)]


def polygons(geometry):
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"]]
    if geometry["type"] == "MultiPolygon":
        return geometry["coordinates"]
    raise SystemExit("unexpected geometry type " + geometry["type"])


def perpendicular(p, a, b):
    (x, y), (x1, y1), (x2, y2) = p, a, b
    dx, dy = x2 - x1, y2 - y1
    if dx == 0 and dy == 0:
        return math.hypot(x - x1, y - y1)
    t = max(0.0, min(1.0, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)))
    return math.hypot(x - (x1 + t * dx), y - (y1 + t * dy))


def douglas_peucker(points, tolerance):
    """Simplifies an open polyline; keeps both ends."""
    if len(points) < 3:
        return list(points)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        index, worst = None, tolerance
        for i in range(first + 1, last):
            d = perpendicular(points[i], points[first], points[last])
            if d > worst:
                index, worst = i, d
        if index is not None:
            keep[index] = True
            stack.append((first, index))
            stack.append((index, last))
    return [p for p, k in zip(points, keep) if k]


def simplify_ring(ring, tolerance):
    """A closed ring: split at the point farthest from the first, simplify both halves."""
    if ring[0] == ring[-1]:
        ring = ring[:-1]
    if len(ring) < 4:
        return ring
    far = max(range(len(ring)), key=lambda i: math.hypot(ring[i][0] - ring[0][0], ring[i][1] - ring[0][1]))
    a = douglas_peucker(ring[: far + 1], tolerance)
    b = douglas_peucker(ring[far:] + [ring[0]], tolerance)
    return a[:-1] + b[:-1]


def area(ring):
    s = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
        s += x1 * y2 - x2 * y1
    return s / 2


def centroid(ring):
    a = area(ring)
    cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
        cross = x1 * y2 - x2 * y1
        cx += (x1 + x2) * cross
        cy += (y1 + y2) * cross
    return cx / (6 * a), cy / (6 * a)


def crossings(ring, y):
    xs = []
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
        if (y1 <= y < y2) or (y2 <= y < y1):
            xs.append(x1 + (y - y1) * (x2 - x1) / (y2 - y1))
    return sorted(xs)


def inside(ring, x, y):
    return sum(1 for cx in crossings(ring, y) if cx < x) % 2 == 1


def edge_distance(ring, x, y):
    return min(perpendicular((x, y), a, b) for a, b in zip(ring, ring[1:] + ring[:1]))


def label_point(ring):
    """The grid point (1 unit apart) inside the ring farthest from its edge: a simple pole of
    inaccessibility, so the label sits in the widest part of the shape."""
    xs = [p[0] for p in ring]
    ys = [p[1] for p in ring]
    best, best_distance = None, -1.0
    y = math.floor(min(ys)) + 0.5
    while y < max(ys):
        x = math.floor(min(xs)) + 0.5
        while x < max(xs):
            if inside(ring, x, y):
                d = edge_distance(ring, x, y)
                if d > best_distance:
                    best, best_distance = (x, y), d
            x += 1.0
        y += 1.0
    if best is None:
        return centroid(ring)
    return best


def fmt(value):
    text = "%.1f" % value
    return "0" if text in ("0.0", "-0.0") else text.rstrip("0").rstrip(".")


def main():
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    with open(sys.argv[1], encoding="utf-8") as f:
        features = {feat["properties"]["gemeentecode"]: feat for feat in json.load(f)["features"]}
    wanted = municipalities()
    missing = [code for code, _ in wanted if code not in features]
    if missing:
        raise SystemExit("not in the GeoJSON: " + ", ".join(missing))

    shapes = {code: polygons(features[code]["geometry"]) for code, _ in wanted}
    lons = [p[0] for code in shapes for poly in shapes[code] for ring in poly for p in ring]
    lats = [p[1] for code in shapes for poly in shapes[code] for ring in poly for p in ring]
    k = math.cos(math.radians((min(lats) + max(lats)) / 2))
    west, east, south, north = min(lons), max(lons), min(lats), max(lats)
    scale = (HEIGHT - 2 * MARGIN) / (north - south)
    width = math.ceil((east - west) * k * scale + 2 * MARGIN)

    def project(p):
        return (MARGIN + (p[0] - west) * k * scale, MARGIN + (north - p[1]) * scale)

    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["code", "name", "label_x", "label_y", "path", "view_width", "view_height"])
    for code, name in wanted:
        rings = []
        for poly in shapes[code]:
            for ring in poly:
                r = simplify_ring([project(p) for p in ring], TOLERANCE)
                if len(r) >= 3 and abs(area(r)) >= MIN_RING_AREA:
                    rings.append(r)
        if not rings:
            raise SystemExit(code + ": nothing left after simplification")
        largest = max(rings, key=lambda r: abs(area(r)))
        lx, ly = label_point(largest)
        path = " ".join(
            "M" + " L".join(fmt(x) + " " + fmt(y) for x, y in r) + " Z" for r in rings
        )
        out.writerow([code, name, fmt(lx), fmt(ly), path, str(width), fmt(HEIGHT)])


if __name__ == "__main__":
    main()
