"""Stage: places. Toponyms resolved to gazetteer entries with coordinates and country.

Candidate spans:
- the NER's GPE/LOC/FAC entities (a leading "the", a possessive and a sentence-final
  period dropped; "Paris, Texas" split in two, the second part qualifying the first;
  a state written after a place, "Springfield, Ill.", qualifies it and is a place too;
  a name the gazetteer lacks yields its longest known part: "Northeast Georgia");
- other entities that name a place as a whole ("Edmonton" tagged ORG: firm when the
  place is a country, state or well-known city or a locative cue surrounds it, else
  weak), or start with one ("Gainesville Police", "University of Texas": weak);
- one-word PERSON entities with a locative cue ("a woman from Lancaster"), and PERSON
  entities opening with a town-like name ("Gainesville", "Huntsville Fire": -ville,
  -burg, -town ...);
- capitalized spans outside every entity naming a country, state, region or a big city
  (not "Jordan Smith"), and any city in a dateline, also an all-capitals one opening a
  sentence ("... headline. BEIRUT: ...");
- every other occurrence of a firmly tagged name.
Weak spans are kept only when their pick agrees with the firm places (same state or
near). Demonyms ("Chinese") are not places (they count as country evidence), nor are
one-word names that are also a person's first or last name in the article (a country
or state the NER tags as a place elsewhere stays one unless it is a first name). Metonyms
("Beijing said") stay places. Resolution: ``newsevents.kb.geo.resolve``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import numpy
from spacy.attrs import IDX, IS_ALPHA, IS_PUNCT, LENGTH, SENT_START
from spacy.tokens import Doc

from newsevents.kb.gazetteer import Candidate, Gazetteer, load_gazetteer
from newsevents.kb.geo.resolve import Mention, resolve, supported
from newsevents.kb.geo.spans import (
    COMMON_WORDS,
    FALLBACK_CITY_POPULATION,
    STRONG_FEATURES,
    adjectival,
    clean_span,
    dateline_end,
    locative_cue,
    prominent,
    qualifier_after,
    strong_place,
    sub_place,
)
from newsevents.model.records import Place
from newsevents.stages.base import Stage, StageContext

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_DATELINE_BEFORE = frozenset({".", "\n", "\n\n", "?", "!", '"', "”"})
_DATELINE_AFTER = frozenset({":", "—", "–", "-", "--", ","})
# endings of place names that are practically never a person's name ("Gainesville" tagged PERSON)
_COUNTY_WORDS = (" County", " Parish")
_TOWN_ENDINGS = ("ville", "burg", "burgh", "boro", "borough", "town", "polis")
_NUMERIC_LABELS = frozenset({"CARDINAL", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"})
_TITLES = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "gov",
        "sen",
        "rep",
        "president",
        "minister",
        "judge",
        "coach",
        "officer",
        "sgt",
        "lt",
        "capt",
        "st",
    ]
)


@lru_cache(maxsize=1)
def _gazetteer() -> Gazetteer:
    return load_gazetteer()


def _entities(ctx: StageContext) -> list[tuple[int, int, str]]:
    if ctx.entities:
        return [(e.start, e.end, e.label) for e in ctx.entities]
    return [(e.start_char, e.end_char, e.label_) for e in ctx.doc.ents]


def _county(text: str, s: int, e: int) -> bool:
    """A name that says it is a county ("Henderson County" in "the Henderson County Jail")."""
    return text[s:e].endswith(_COUNTY_WORDS)


@dataclass(frozen=True)
class _Tokens:
    """Token offsets and flags as plain lists (creating spaCy Token objects is slow)."""

    text: str
    starts: list[int]
    ends: list[int]
    upper: list[bool]  # the token starts with a capital
    sent_start: list[bool]
    punct: list[bool]
    alpha: list[bool]

    @classmethod
    def of(cls, doc: Doc, text: str) -> _Tokens:
        if not len(doc):
            return cls(text, [], [], [], [], [], [])
        arr = doc.to_array([IDX, LENGTH, SENT_START, IS_PUNCT, IS_ALPHA]).astype("int64")
        starts = arr[:, 0].tolist()
        firsts = (arr[:, 0] + numpy.minimum(arr[:, 1], 1)).tolist()
        return cls(
            text=text,
            starts=starts,
            ends=(arr[:, 0] + arr[:, 1]).tolist(),
            upper=[text[s:f].isupper() for s, f in zip(starts, firsts, strict=True)],
            sent_start=(arr[:, 2] == 1).tolist(),
            punct=(arr[:, 3] != 0).tolist(),
            alpha=(arr[:, 4] != 0).tolist(),
        )

    def __len__(self) -> int:
        return len(self.starts)

    def word(self, k: int) -> str:
        return self.text[self.starts[k] : self.ends[k]]


def _caps_dateline(toks: _Tokens, text: str, i: int, j: int) -> bool:
    """An all-capitals name opening a sentence and followed by a colon, dash or comma ("BEIRUT: ...")."""
    span_text = text[toks.starts[i] : toks.ends[j - 1]]
    if not (span_text.isupper() and len(span_text) >= 4 and all(toks.alpha[i:j])):
        return False
    before = toks.word(i - 1) if i > 0 else "."
    return before in _DATELINE_BEFORE and j < len(toks) and toks.word(j) in _DATELINE_AFTER


def _fallback_spans(
    toks: _Tokens, text: str, gaz: Gazetteer, taken: list[bool], blocked: set[str], dateline_end: int = 0
) -> list[tuple[int, int]]:
    """Capitalized token spans outside every entity that name a strong place (or any city in a dateline)."""
    spans = []
    starts, ends, upper = toks.starts, toks.ends, toks.upper
    i, n = 0, len(toks)
    while i < n:
        if taken[i] or not upper[i]:
            i += 1
            continue
        hit = None
        for size in (3, 2, 1):
            j = i + size
            if j > n or any(taken[i:j]) or not all(upper[i:j]):
                continue
            start_char, end_char = starts[i], ends[j - 1]
            span_text = text[start_char:end_char]
            low = span_text.lower()
            if low in COMMON_WORDS or span_text in blocked or gaz.is_demonym(span_text) or adjectival(low):
                continue
            cands = gaz.lookup(span_text, limit=3)
            if not cands or cands[0].alternate:
                continue
            top = cands[0]
            before = toks.word(i - 1) if i > 0 else None
            after = toks.word(j) if j < n else None
            in_dateline = end_char <= dateline_end or _caps_dateline(toks, text, i, j)
            if in_dateline and top.feature in {"city", "capital", "admin1"}:
                hit = (start_char, end_char)  # "SPRINGFIELD, Ill. —"
                i = j
                break
            sent_start = toks.sent_start[i] or before is None or before in {".", "!", "?", "\n", '"', "“"}
            if before is not None and before.lower().rstrip(".") in _TITLES:
                continue
            if after is not None and after[:1].isupper() and not toks.punct[j]:
                continue  # "Jordan Smith", "Georgia Tech"
            if before is not None and before[:1].isupper() and not toks.punct[i - 1] and not sent_start:
                continue
            if (top.feature in STRONG_FEATURES and (top.feature in {"country", "admin1"} or size > 1)) or (
                top.feature in {"city", "capital"}
                and top.population >= FALLBACK_CITY_POPULATION
                and not sent_start
            ):
                hit = (start_char, end_char)
            if hit:
                i = j
                break
        if hit:
            spans.append(hit)
        else:
            i += 1
    return spans


def _word_char(ch: str) -> bool:
    """What ``\\w`` matches in a str pattern."""
    return ch.isalnum() or ch == "_"


def _occurrences(text: str, name: str) -> list[tuple[int, int]]:
    """Where ``name`` occurs as a whole word: as ``(?<![\\w.])name(?![\\w])`` finds it, only faster."""
    if not name:
        return [m.span() for m in re.finditer(r"(?<![\w.])(?![\w])", text)]
    out = []
    size = len(name)
    at = text.find(name)
    while at >= 0:
        end = at + size
        if (at == 0 or not (text[at - 1] == "." or _word_char(text[at - 1]))) and (
            end == len(text) or not _word_char(text[end])
        ):
            out.append((at, end))
            at = text.find(name, end)
        else:
            at = text.find(name, at + 1)
    return out


def _name_like(
    gaz: Gazetteer, surface: str, person_names: set[str], tagged: set[str], first_names: set[str]
) -> bool:
    """A one-word place that is also a person's name in this article, or an adjective ("Olympic").

    A country or state the NER also tags as a place in the article stays a place
    unless it is also someone's first name ("Rethinking Egypt" mislabelled PERSON does
    not hide "Egypt, which ..."; "Georgia Smith" hides "Georgia").
    """
    if " " in surface:
        return False
    top = gaz.lookup(surface, limit=1)
    if not top or top[0].feature not in {"city", "capital", "admin1", "country"}:
        return False
    if surface in person_names:
        return not (
            top[0].feature in {"country", "admin1"} and surface in tagged and surface not in first_names
        )
    return top[0].feature in {"city", "capital"} and adjectival(surface)


def _collect(ctx: StageContext, gaz: Gazetteer) -> tuple[dict[tuple[int, int], Mention], Counter[str]]:
    doc = ctx.doc
    text = ctx.document.text  # the text the Doc was parsed from (Doc.text rebuilds it: slow)
    ents = _entities(ctx)
    found: dict[tuple[int, int], tuple[Candidate | None, bool]] = {}  # span -> (qualifier, weak)
    demonyms: Counter[str] = Counter()
    person_words = {
        w for s, e, label in ents if label == "PERSON" and " " in text[s:e] for w in text[s:e].split()
    }
    blocked = {text[s:e] for s, e, label in ents if label in {"PERSON", "ORG"}} | person_words
    # first and last names of people in this article ("Georgia Smith" ... "Georgia said")
    person_names, first_names = set(), set()
    for s, e, label in ents:
        words = text[s:e].split()
        if label == "PERSON" and 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words):
            person_names.update(w for w in (words[0], words[-1]) if not w.lower().endswith(_TOWN_ENDINGS))
            first_names.add(words[0])

    def add(s: int, e: int, weak: bool, qual: Candidate | None = None) -> None:
        old = found.get((s, e))
        if old is None or (old[1] and not weak):
            found[(s, e)] = (qual or (old[0] if old else None), weak)

    for s, e, label in ents:
        surface = text[s:e]
        if label == "NORP" and gaz.country_code(surface):
            demonyms[gaz.country_code(surface) or ""] += 1
            continue
        if label in _NUMERIC_LABELS:
            continue
        if label == "PERSON":  # "Lincoln": a place only after "in"/"from", before "woman", or if a capital
            if " " not in surface and surface not in person_names and locative_cue(text, s, e, person=True):
                whole = gaz.lookup(surface, limit=1)
                if whole and not whole[0].alternate and whole[0].feature in {"city", "capital", "admin1"}:
                    add(s, e, weak=False)
            elif surface.split()[0].lower().endswith(_TOWN_ENDINGS) and surface.split()[0][:1].isupper():
                first = surface.split()[0]
                whole = gaz.lookup(first.rstrip("’'s"), limit=1)
                if whole and not whole[0].alternate and whole[0].feature in {"city", "capital"}:
                    fs, fe = clean_span(text, gaz, s, s + len(first))
                    add(fs, fe, weak=" " in surface)  # "Gainesville" firm, "Huntsville Fire" weak
            elif " " not in surface and surface not in person_names:  # "Tbilisi says" tagged PERSON
                whole = gaz.lookup(surface, limit=1)
                if whole and not whole[0].alternate and whole[0].feature in {"country", "capital", "admin1"}:
                    add(s, e, weak=False)
            continue
        if label not in PLACE_LABELS:
            s, e = clean_span(text, gaz, s, e)
            whole = gaz.lookup(text[s:e], limit=1)
            if whole and not whole[0].alternate and not adjectival(text[s:e]):
                firm = prominent(whole[0]) or locative_cue(text, s, e)
                add(s, e, weak=not firm)  # "Edmonton" tagged ORG
            else:
                sub = sub_place(text, gaz, s, e, anchored=True)
                if sub:
                    add(*sub, weak=not _county(text, *sub))
            continue
        s, e = clean_span(text, gaz, s, e)
        pieces = []
        for m in re.finditer(r"[^,]+", text[s:e]):
            part = m.group()
            ps = s + m.start() + len(part) - len(part.lstrip())
            pe = s + m.end() - (len(part) - len(part.rstrip()))
            pieces.append(clean_span(text, gaz, ps, pe))
        for idx, (ps, pe) in enumerate(pieces):
            if pe <= ps:
                continue
            if not gaz.lookup(text[ps:pe], limit=1):
                sub = sub_place(text, gaz, ps, pe, anchored=False)
                if sub:
                    add(*sub, weak=not _county(text, *sub))
                continue
            qual = None
            if idx + 1 < len(pieces):
                nxt = strong_place(gaz, text[pieces[idx + 1][0] : pieces[idx + 1][1]])
                if nxt is not None and nxt.feature in {"admin1", "country"}:
                    qual = nxt
            if qual is None and idx == len(pieces) - 1:
                after = qualifier_after(gaz, text, pe)
                if after:
                    qual, qs, qe = after
                    add(qs, qe, weak=False)
            add(ps, pe, weak=False, qual=qual)
    covered = bytearray(len(text) + 1)
    for s, e, _ in ents:
        covered[s:e] = b"\x01" * (e - s)
    for s, e in found:
        covered[s:e] = b"\x01" * (e - s)
    toks = _Tokens.of(doc, text)
    taken = [bool(covered[start]) for start in toks.starts]
    for s, e in _fallback_spans(toks, text, gaz, taken, blocked, dateline_end(text)):
        add(s, e, weak=False)
    # one sense per discourse, also for tagging: repeat firm names wherever they recur
    firm = {text[s:e] for (s, e), (_, weak) in found.items() if not weak}
    other_spans = [(s, e, label) for s, e, label in ents if label not in PLACE_LABELS and label != "NORP"]
    other_covered = bytearray(len(text) + 1)  # characters inside some other entity
    for s, e, _ in other_spans:
        lo, hi = min(s, e), max(s, e) + 1  # one more: an empty span still overlaps what surrounds it
        other_covered[lo:hi] = b"\x01" * (hi - lo)
    for name in firm:
        for ms, me in _occurrences(text, name):
            if other_covered.find(1, ms, me) >= 0 and any(
                s < me and ms < e and (s != ms or e != me) for s, e, _ in other_spans
            ):
                continue
            add(ms, me, weak=False)
    kept: list[tuple[int, int]] = []
    for s, e in sorted(found, key=lambda se: (se[0], -(se[1] - se[0]))):
        if kept and s < kept[-1][1]:
            continue
        kept.append((s, e))
    date_end = dateline_end(text)
    tagged = {text[s:e] for s, e, label in ents if label in PLACE_LABELS}
    mentions = {
        (s, e): Mention(
            text[s:e], s, e, dateline=e <= date_end, qualifier=found[(s, e)][0], weak=found[(s, e)][1]
        )
        for s, e in kept
        if not gaz.is_demonym(text[s:e]) and not _name_like(gaz, text[s:e], person_names, tagged, first_names)
    }
    return mentions, demonyms


def run(ctx: StageContext) -> tuple[Place, ...]:
    gaz = _gazetteer()
    mentions, demonyms = _collect(ctx, gaz)
    if not mentions:
        return ()
    picks = resolve(list(mentions.values()), gaz, demonyms=demonyms)
    firm = {m.text for m in mentions.values() if not m.weak}
    places = []
    for m in mentions.values():
        pick = picks.get(m.text)
        if pick is None or (m.text not in firm and not supported(pick, m.text, picks, firm)):
            continue
        places.append(
            Place(
                text=m.text,
                start=m.start,
                end=m.end,
                name=pick.name,
                country=pick.country,
                lat=pick.lat,
                lon=pick.lon,
                geonameid=pick.geonameid,
                feature=pick.feature,
            )
        )
    return tuple(places)


STAGE = Stage(name="places", requires=("entities",), assigns="places", run=run)
