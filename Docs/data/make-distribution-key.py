#!/usr/bin/env python3
"""Writes Docs/data/limburg-distribution-key.csv: a proxy key that spreads a Limburg total of
labour migrants over its 31 municipalities, and prints the key's error against the regional
figures that are known.

Usage (standard library only; reads Docs/data/limburg-municipalities.csv):

    python3 Docs/data/make-distribution-key.py > Docs/data/limburg-distribution-key.csv
    python3 Docs/data/make-distribution-key.py --errors     # the table in Docs/region-data.md

No public per-municipality count of labour migrants of one concept exists (see
Docs/region-data.md, "Distribution key"), so both keys are PROXIES:

population_share
    the municipality's share of Limburg's registered population on 1 January 2024
    (CBS StatLine 85984NED, AantalInwoners_5).
region_anchored_share
    Zuid-Limburg as a whole gets the share of Limburg's labour migrants it had in 2018 by the
    Decisio monitor (about 15,400 of 64,200: "zo'n 15.400 arbeidsmigranten in Zuid-Limburg",
    ESZL reporting Decisio, eszl.nl; = 21,700 international employees minus 6,300 knowledge
    workers, youregion.eu; Limburg 64,200, NH Nieuws 2021 citing Decisio); Noord- and
    Midden-Limburg share the rest by population, because no published
    figure splits them; within each region, municipalities share by population.

The region-anchored key is the recommended one: the population key puts over half of the
labour migrants in Zuid-Limburg, about twice the known figure.
"""

import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# Decisio monitor, data year 2018.
LIMBURG_2018 = 64_200  # labour migrants working in Limburg (NH Nieuws, 2021-06, citing Decisio)
ZUID_2018 = 21_700 - 6_300  # = "zo'n 15.400 arbeidsmigranten" (ESZL, reporting Decisio)
ZUID_ANCHOR = ZUID_2018 / LIMBURG_2018


def municipalities():
    with open(os.path.join(HERE, "limburg-municipalities.csv"), newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    for row in rows:
        row["policy"] = row["region"].split(" (")[0]
        row["pop"] = int(row["population"])
    return rows


def keys(rows):
    total = sum(r["pop"] for r in rows)
    by_region = {}
    for r in rows:
        by_region[r["policy"]] = by_region.get(r["policy"], 0) + r["pop"]
    north_middle = by_region["Noord-Limburg"] + by_region["Midden-Limburg"]
    region_share = {
        "Zuid-Limburg": ZUID_ANCHOR,
        "Noord-Limburg": (1 - ZUID_ANCHOR) * by_region["Noord-Limburg"] / north_middle,
        "Midden-Limburg": (1 - ZUID_ANCHOR) * by_region["Midden-Limburg"] / north_middle,
    }
    for r in rows:
        r["population_share"] = r["pop"] / total
        r["region_anchored_share"] = region_share[r["policy"]] * r["pop"] / by_region[r["policy"]]
    return rows


def errors(rows):
    def region(key, name):
        return sum(r[key] for r in rows if r["policy"] == name)

    def one(key, name):
        return next(r[key] for r in rows if r["name"] == name)

    print("| check | known | population key | region-anchored key |")
    print("|---|---|---|---|")
    for name, known, total, note in [
        ("Zuid-Limburg 2018", 15_400, LIMBURG_2018, "about 15,400"),
        ("Noord-Limburg 2018", 30_000, LIMBURG_2018, "over 30,000 (2019)"),
        ("Midden-Limburg 2018", None, LIMBURG_2018, "no figure"),
    ]:
        region_name = name.split(" ")[0]
        cells = []
        for key in ("population_share", "region_anchored_share"):
            value = region(key, region_name) * total
            cell = "{:,.0f} ({:.1%})".format(value, region(key, region_name))
            if known:
                cell += ", {:+.0%}".format(value / known - 1)
            cells.append(cell)
        print("| {} | {} | {} | {} |".format(name, note, *cells))
    for name, known, total, note in [
        ("Venray", 7_000, 82_895, "6,000-8,000 working (2023); Limburg 82,895 (2022)"),
        ("Leudal", 13_415, LIMBURG_2018, "13,415 'working' (2018), see Leudal"),
    ]:
        cells = []
        for key in ("population_share", "region_anchored_share"):
            value = one(key, name) * total
            cells.append("{:,.0f} ({:.2%}), {:+.0%}".format(value, one(key, name), value / known - 1))
        print("| {} | {} | {} | {} |".format(name, note, *cells))


def main():
    rows = keys(municipalities())
    if sys.argv[1:] == ["--errors"]:
        errors(rows)
        return
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(
        ["code", "name", "region", "population", "population_date", "population_share",
         "region_anchored_share"]
    )
    for r in rows:
        out.writerow(
            [r["code"], r["name"], r["policy"], r["population"], r["population_date"],
             "%.6f" % r["population_share"], "%.6f" % r["region_anchored_share"]]
        )


if __name__ == "__main__":
    main()
