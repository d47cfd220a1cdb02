"""Toponym resolution: pick one gazetteer candidate per name using the whole article as context.

Each distinct name in an article is resolved once (one sense per discourse). A
candidate's score is its context-free prior (feature type, log population,
alternate-name discount) plus evidence from the rest of the article:

- an explicit qualifier ("Paris, Texas", "Springfield, Ill.", "Tripoli, Lebanon");
- the countries and states of the other names' current picks, and demonyms ("Turkish");
- nearness to the other names' picked places;
- co-location: a candidate lying within 40 km of any candidate of another name
  (not only its pick), so two ambiguous names agreeing on one small place pull each
  other there ("Paris" and "Henry County": Tennessee); names that may be a state or
  country ("New York") are left out of it;
- the dateline, which counts double as evidence.

Picks are re-scored a few times so that evidence settles (a small coordinate ascent).
US counties (feature admin2) are points at their centre; the few without one take the
article's place picked in the same state (local news) or else the state's centre.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace

from newsevents.kb.gazetteer import Candidate, Gazetteer

QUALIFIER_BONUS = 8.0
COUNTRY_BONUS = 3.0
ADMIN1_WEIGHT = 2.0
EVIDENCE_CAP = 2.5
NEAR_KM, NEAR_BONUS = 60.0, 1.5
CLOSE_KM, CLOSE_BONUS = 250.0, 0.75
MAX_CANDIDATES = 12
ROUNDS = 3
SUPPORT_WEIGHT = 1.0
SUPPORT_BONUS = 2.5
WEAK_WEIGHT = 0.5
COLOC_BONUS, COLOC_KM, COLOC_CANDIDATES = 3.0, 40.0, 12
_POINT_FEATURES = {"city", "capital", "admin2"}
_AREA_FEATURES = {"country", "admin1", "continent", "region"}


@dataclass(frozen=True, slots=True)
class Mention:
    """A toponym occurrence handed to the resolver."""

    text: str
    start: int
    end: int
    dateline: bool = False
    qualifier: Candidate | None = None  # the state or country named right after it
    weak: bool = False  # inside an organization's name, or labelled as a person: kept only with support


def _approx_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    x = math.radians(lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    y = math.radians(lat2 - lat1)
    return 6371.0 * math.hypot(x, y)


def _matches_qualifier(cand: Candidate, qual: Candidate) -> bool:
    if cand.country != qual.country:
        return False
    return qual.feature != "admin1" or cand.admin1 == qual.admin1


def _contributions(pick: Candidate, weight: float) -> tuple[dict[str, float], dict[tuple, float]]:
    countries: dict[str, float] = {}
    states: dict[tuple, float] = {}
    if pick.country:
        countries[pick.country] = (2.0 if pick.feature == "country" else 1.0) * weight
        if pick.admin1 and pick.feature in {"admin1", "admin2", "city", "capital"}:
            states[(pick.country, pick.admin1)] = (
                2.0 if pick.feature in {"admin1", "admin2"} else 1.0
            ) * weight
    return countries, states


def _support(
    candidates: dict[str, list[Candidate]], weights: dict[str, float]
) -> dict[str, dict[tuple, float]]:
    """Soft state evidence: each name spreads its weight over the states of its candidates by prior."""
    out: dict[str, dict[tuple, float]] = {}
    for text, cands in candidates.items():
        ranked = [c for c in cands if c.feature != "country"]
        if not ranked:
            continue
        top = max(c.prior for c in ranked)
        mass = [math.exp(c.prior - top) for c in ranked]
        total = sum(mass)
        states: dict[tuple, float] = defaultdict(float)
        for c, m in zip(ranked, mass, strict=True):
            if c.country and c.admin1:
                states[(c.country, c.admin1)] += SUPPORT_WEIGHT * weights[text] * m / total
        out[text] = dict(states)
    return out


class _Evidence:
    def __init__(
        self,
        picks: dict[str, Candidate],
        weights: dict[str, float],
        demonyms: Counter[str],
        support: dict[str, dict[tuple, float]],
    ):
        self.countries: Counter[str] = Counter({k: 0.5 * v for k, v in demonyms.items()})
        self.states: Counter[tuple] = Counter()
        self.support = support
        self.support_total: Counter[tuple] = Counter()
        for part in support.values():
            self.support_total.update(part)
        self.parts: dict[str, tuple[dict[str, float], dict[tuple, float]]] = {}
        self.points: list[tuple[str, float, float]] = []
        for key, pick in picks.items():
            part = _contributions(pick, weights[key])
            self.parts[key] = part
            self.countries.update(part[0])
            self.states.update(part[1])
            if (
                pick.feature in _POINT_FEATURES
                and pick.lat is not None
                and pick.lon is not None
                and weights[key]
            ):
                self.points.append((key, pick.lat, pick.lon))
        self._country_total = sum(self.countries.values())  # the counters are not changed after this

    @property
    def country_total(self) -> float:
        return self._country_total

    def _state_support(self, key: str, skey: tuple) -> float:
        """Probability mass the other names put on this state (at most 1)."""
        own = self.support.get(key, {}).get(skey, 0.0)
        return min(1.0, max(0.0, self.support_total.get(skey, 0.0) - own))

    def _nearest_km(self, key: str, lat1: float, lon1: float) -> float:
        """``min(_approx_km(...))`` over the other names' points (inf when none), computed inline: hot."""
        radians, cos, hypot = math.radians, math.cos, math.hypot
        best: float | None = None
        for k, lat2, lon2 in self.points:
            if k == key:
                continue
            x = radians(lon2 - lon1) * cos(radians((lat1 + lat2) / 2))
            km = 6371.0 * hypot(x, radians(lat2 - lat1))
            if best is None or km < best:
                best = km
        return math.inf if best is None else best

    def score(self, key: str, cand: Candidate) -> float:
        own_c, own_s = self.parts.get(key, ({}, {}))
        score = cand.prior
        if cand.country:
            ev = self.countries.get(cand.country, 0.0) - own_c.get(cand.country, 0.0)
            total = self.country_total - sum(own_c.values())
            if ev > 0 and total > 0:  # the country's share of the article, damped when evidence is thin
                score += COUNTRY_BONUS * (ev / total) * min(1.0, ev / EVIDENCE_CAP)
            if cand.admin1:
                skey = (cand.country, cand.admin1)
                ev = self.states.get(skey, 0.0) - own_s.get(skey, 0.0)
                score += ADMIN1_WEIGHT * min(EVIDENCE_CAP, ev)
                score += SUPPORT_BONUS * self._state_support(key, skey)
        if cand.feature in _POINT_FEATURES and cand.lat is not None and cand.lon is not None:
            best = self._nearest_km(key, cand.lat, cand.lon)
            if best <= NEAR_KM:
                score += NEAR_BONUS
            elif best <= CLOSE_KM:
                score += CLOSE_BONUS
        return score


def _colocated(
    candidates: dict[str, list[Candidate]], weights: dict[str, float]
) -> set[tuple[str, Candidate]]:
    """Candidates lying near some candidate of another name ("Paris" and "Henry County": Tennessee).

    Any candidate counts, not only the current picks, so two ambiguous names that agree
    on one small place pull each other there. A 1-degree grid keeps it linear.
    """
    grid: dict[tuple[int, int], list[tuple[str, float, float]]] = defaultdict(list)
    for text, cands in candidates.items():
        if weights[text] < 1.0:
            continue
        for c in cands[:COLOC_CANDIDATES]:
            if c.feature in _POINT_FEATURES and c.lat is not None and c.lon is not None:
                grid[(math.floor(c.lat), math.floor(c.lon))].append((text, c.lat, c.lon))
    out: set[tuple[str, Candidate]] = set()
    for text, cands in candidates.items():
        if any(c.feature in _AREA_FEATURES for c in cands):
            continue  # "New York", "Washington": the state/country reading is not a point to pull
        for c in cands[:COLOC_CANDIDATES]:
            if c.feature not in _POINT_FEATURES or c.lat is None or c.lon is None:
                continue
            cy, cx = math.floor(c.lat), math.floor(c.lon)
            if any(
                other != text and _approx_km(c.lat, c.lon, lat, lon) <= COLOC_KM
                for dy in (-1, 0, 1)
                for dx in (-1, 0, 1)
                for other, lat, lon in grid.get((cy + dy, cx + dx), ())
            ):
                out.add((text, c))
    return out


def resolve(
    mentions: Sequence[Mention], gaz: Gazetteer, *, demonyms: Counter[str] | None = None
) -> dict[str, Candidate]:
    """Map each mention's text (as written) to its chosen candidate; unknown names are left out."""
    groups: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        groups[m.text].append(m)
    candidates: dict[str, list[Candidate]] = {}
    weights: dict[str, float] = {}
    for text, ms in groups.items():
        cands = gaz.lookup(text)
        if not cands:
            continue
        quals = [m.qualifier for m in ms if m.qualifier is not None]
        if quals:  # a qualified mention settles the name for the whole article
            cands = sorted(
                cands,
                key=lambda c: -(c.prior + QUALIFIER_BONUS * any(_matches_qualifier(c, q) for q in quals)),
            )
        candidates[text] = cands[:MAX_CANDIDATES]
        weights[text] = (2.0 if any(m.dateline for m in ms) else 1.0) * (1.25 if len(ms) > 1 else 1.0)
        if all(m.weak for m in ms):
            weights[text] *= WEAK_WEIGHT
    # qualifier bonus applies to the candidates it matches only
    quals_of = {t: [m.qualifier for m in groups[t] if m.qualifier is not None] for t in candidates}

    coloc = _colocated(candidates, weights)

    def base(text: str, cand: Candidate) -> float:
        qs = quals_of[text]
        bonus = COLOC_BONUS if (text, cand) in coloc else 0.0
        return bonus + (QUALIFIER_BONUS if qs and any(_matches_qualifier(cand, q) for q in qs) else 0.0)

    support = _support(candidates, weights)
    picks = {t: max(cs, key=lambda c, t=t: c.prior + base(t, c)) for t, cs in candidates.items()}
    for _ in range(ROUNDS):
        evidence = _Evidence(picks, weights, demonyms or Counter(), support)
        new = {
            t: max(cs, key=lambda c, t=t: evidence.score(t, c) + base(t, c)) for t, cs in candidates.items()
        }
        if new == picks:
            break
        picks = new
    return _place_counties(picks, gaz)


def supported(pick: Candidate, text: str, picks: dict[str, Candidate], strong_texts: set[str]) -> bool:
    """Whether a weak mention's pick agrees with the article's firmly tagged places."""
    if pick.feature in {"country", "admin1", "continent", "region"}:
        return True
    others = [picks[t] for t in strong_texts if t != text and t in picks]
    for other in others:
        same_state = other.country == pick.country and pick.admin1 and other.admin1 == pick.admin1
        if same_state and other.feature in {"admin1", "admin2", "city", "capital"}:
            return True
        if (
            other.feature in _POINT_FEATURES
            and other.lat is not None
            and pick.lat is not None
            and _approx_km(pick.lat, pick.lon or 0.0, other.lat, other.lon or 0.0) <= CLOSE_KM
        ):
            return True
    return False


def _place_counties(picks: dict[str, Candidate], gaz: Gazetteer) -> dict[str, Candidate]:
    out = dict(picks)
    for text, pick in picks.items():
        if pick.lat is not None:
            continue
        same_state = [
            p
            for p in picks.values()
            if p.feature in _POINT_FEATURES and p.country == pick.country and p.admin1 == pick.admin1
        ]
        if same_state:
            anchor = min(same_state, key=lambda p: p.population)  # the local place, not the big city
            out[text] = replace(pick, lat=anchor.lat, lon=anchor.lon)
            continue
        state = gaz.admin1("US", pick.admin1) if pick.country == "USA" and pick.admin1 else None
        if state is not None:
            out[text] = replace(pick, lat=state.lat, lon=state.lon)
    return out
