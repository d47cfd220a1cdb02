"""Countries of places: the gazetteer for names the actor KB lacks, and the document's main country.

The actors stage runs before the places stage, so it looks places up itself:
"rebels in Darfur" (SDN), "the government of Sindh province" (PAK). The
document's main country (the country its place names, demonyms and capitals
point to most) gives a country to state actors that have none ("President
Levy Mwanawasa" in a story about Zambia).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Span

from newsevents.kb.actors import builtin_entries
from newsevents.stages.coref.mention import Atom

log = logging.getLogger(__name__)

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
PLACE_FEATURES = frozenset({"country", "capital", "city", "admin1", "admin2", "region"})
STATE_TYPES = frozenset({"country", "capital", "demonym"})
GENERIC_PLACE_WORDS = frozenset(
    {"province", "state", "region", "district", "city", "town", "village", "county"}
)


@lru_cache(maxsize=1)
def _gazetteer() -> Any:
    """The places team's gazetteer, or None when it cannot be loaded (the stage then does without)."""
    try:
        from newsevents.kb.gazetteer import load_gazetteer

        return load_gazetteer()
    except Exception as exc:  # the gazetteer is optional for this stage
        log.warning("actors: gazetteer unavailable (%s); place names give no country", exc)
        return None


@lru_cache(maxsize=1)
def iso_countries() -> frozenset[str]:
    """The ISO alpha-3 codes of the built-in country table (not IGO codes like UNO, EUR, AFR)."""
    return frozenset(e.country for e in builtin_entries() if e.type == "country" and e.country)


@lru_cache(maxsize=8192)
def place_country(name: str) -> str | None:
    """The ISO alpha-3 country of the most plausible place called ``name`` (None when unknown)."""
    words = name.split()
    while words and words[0].lower() == "the":
        words = words[1:]
    while len(words) > 1 and words[-1].lower() in GENERIC_PLACE_WORDS:
        words = words[:-1]  # "Sindh province" -> "Sindh"
    if not words or not words[0][:1].isupper():
        return None
    gaz = _gazetteer()
    if gaz is None:
        return None
    key = " ".join(words)
    try:
        code = gaz.country_code(key)
        if code:
            return code
        cands = gaz.lookup(key, limit=5)
    except Exception:  # pragma: no cover - defensive: a broken gazetteer never breaks the stage
        return None
    for cand in cands:
        if cand.country and cand.feature in PLACE_FEATURES:
            return str(cand.country)
    return None


def span_place_country(span: Span) -> str | None:
    """Country of a place-name span (an NER GPE/LOC entity or proper-noun run)."""
    return place_country(span.text)


def _weight(span: Span) -> float:
    """A place in a prepositional phrase ("arms sales to Croatia") counts half a subject or modifier."""
    try:
        tok = span.root
    except Exception:  # pragma: no cover - spans without a parse
        return 1.0
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return 0.5 if tok.dep_ == "pobj" else 1.0


def document_countries(doc: Doc, atoms: list[Atom], ents: Sequence[Span] | None = None) -> dict[str, float]:
    """How much each country is named in the document: KB countries, capitals, demonyms, gazetteer places.

    Subjects and modifiers ("an Argentine judge") weigh 1, objects of prepositions 0.5.
    """
    counts: dict[str, float] = {}
    covered: set[int] = set()
    for atom in atoms:
        covered.update(range(atom.start, atom.end))
        entry = atom.entry
        if entry is not None and entry.type in STATE_TYPES and entry.country in iso_countries():
            counts[entry.country] = counts.get(entry.country, 0.0) + _weight(doc[atom.start : atom.end])
    for ent in doc.ents if ents is None else ents:
        if ent.label_ not in PLACE_LABELS or any(t in covered for t in range(ent.start, ent.end)):
            continue
        code = span_place_country(ent)
        if code:
            counts[code] = counts.get(code, 0.0) + _weight(ent)
    return counts


def main_country(counts: Mapping[str, float]) -> str | None:
    """The country named most, when it is named clearly more than any other (ties: none)."""
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])[:2]
    if not ranked:
        return None
    top, n = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    if n <= second:
        return None
    if second and n < 1.5 * second:
        return None
    return top
