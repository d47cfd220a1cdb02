"""Text-level helpers for finding toponym spans: trimming, qualifiers, datelines, places inside names.

They work on the document string and the gazetteer only (no spaCy), so the
places stage and other callers share them.
"""

from __future__ import annotations

import re

from newsevents.kb.gazetteer import Candidate, Gazetteer

STRONG_FEATURES = frozenset({"country", "admin1", "continent", "region"})
FALLBACK_CITY_POPULATION = 100_000
PROMINENT_NAMES = 15  # alternate names known to GeoNames
ADJ_ENDINGS = ("ic", "ian", "ese", "ish", "ean")
_LEADING = re.compile(r"^(?:the|The|THE)\s+")
_TRAILING = re.compile(r"(?:['’]s|['’])$")
_QUALIFIER = re.compile(r",\s*((?:[A-Z][A-Za-z]*\.?)(?:\s?[A-Z][A-Za-z]*\.?){0,2})")
_DATELINE_END = re.compile(r"\n| [—–-]{1,2} |\(AP\)|\(Reuters\)|\(AFP\)")
# Capitalized words that are places somewhere but rarely in running text.
COMMON_WORDS = frozenset(
    [
        "may",
        "june",
        "april",
        "march",
        "august",
        "will",
        "mobile",
        "reading",
        "bath",
        "nice",
        "split",
        "van",
        "most",
        "sale",
        "best",
        "hope",
        "faith",
        "grace",
        "joy",
        "unity",
        "liberty",
        "independence",
        "union",
        "victoria",
        "ada",
        "chase",
        "young",
        "early",
        "gulf",
        "pacific",
        "atlantic",
        "arctic",
        "mediterranean",
        "north",
        "south",
        "east",
        "west",
        "central",
    ]
)
DIRECTIONS = frozenset(
    [
        "north",
        "south",
        "east",
        "west",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "upper",
        "lower",
        "greater",
        "downtown",
        "metro",
        "inner",
        "outer",
        "mid",
    ]
)
_ORG_GLUE = frozenset({"of", "in", "at", "for"})


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    span = text[start:end]
    m = _LEADING.match(span)
    if m:
        start += m.end()
    span = text[start:end]
    m = _TRAILING.search(span)
    if m and end - start > m.end() - m.start() + 1:
        end -= m.end() - m.start()
    while end > start and text[end - 1] in ',;:!?"“”':
        end -= 1
    return start, end


def prominent(cand: Candidate) -> bool:
    """Places so well known that a mislabelled entity naming them is still taken as a place."""
    if cand.feature in STRONG_FEATURES:
        return True
    return cand.feature in {"city", "capital"} and (
        cand.population >= FALLBACK_CITY_POPULATION or cand.names >= PROMINENT_NAMES
    )


def adjectival(word: str) -> bool:
    return " " not in word and word.lower().endswith(ADJ_ENDINGS)


def strong_place(gaz: Gazetteer, text: str) -> Candidate | None:
    cands = gaz.lookup(text, limit=3)
    return cands[0] if cands and cands[0].feature in STRONG_FEATURES and not cands[0].alternate else None


def qualifier_after(gaz: Gazetteer, text: str, end: int) -> tuple[Candidate, int, int] | None:
    m = _QUALIFIER.match(text, end)
    if not m:
        return None
    words = m.group(1)
    # try the longest prefix of the capitalized run that names a state or a country
    parts = words.split()
    for n in range(len(parts), 0, -1):
        cand_text = " ".join(parts[:n])
        cand = strong_place(gaz, cand_text)
        if cand is None and len(cand_text.replace(".", "")) == 2:
            cand = gaz.state(cand_text)
        if cand is not None and cand.feature in {"admin1", "country"}:
            q_start = m.start(1)
            return cand, q_start, q_start + len(cand_text)
    return None


def dateline_end(text: str) -> int:
    m = _DATELINE_END.search(text, 0, 120)
    return m.start() if m and m.start() <= 100 else 0


def clean_span(text: str, gaz: Gazetteer, s: int, e: int) -> tuple[int, int]:
    """Trim articles/possessives, a sentence-final period, and take a state abbreviation's period."""
    s, e = trim(text, s, e)
    last_word = text[s : e - 1].rsplit(" ", 1)[-1]
    if (
        e - s > 1
        and text[e - 1] == "."
        and "." not in last_word  # "U.S." keeps its period, "Texas." loses it
        and not gaz.is_abbreviation(text[s:e])
        and gaz.has(text[s : e - 1])
    ):
        e -= 1
    elif e < len(text) and text[e] == "." and gaz.is_abbreviation(text[s : e + 1]):
        e += 1
    return s, e


def sub_place(text: str, gaz: Gazetteer, s: int, e: int, *, anchored: bool) -> tuple[int, int] | None:
    """The longest capitalized word run inside [s, e) that names a place (anchored: first words or after "of")."""
    words = [(s + m.start(), s + m.end()) for m in re.finditer(r"[\w.'’&-]+", text[s:e])]
    best = None
    for i in range(len(words)):
        if (
            anchored
            and i > 0
            and text[words[i - 1][0] : words[i - 1][1]].lower() not in _ORG_GLUE | DIRECTIONS
        ) and not (i == 1 and text[words[0][0] : words[0][1]].lower() == "the"):
            continue
        for j in range(min(len(words), i + 3), i, -1):
            ws, we = words[i][0], words[j - 1][1]
            if (ws, we) == (s, e) or not all(text[a].isupper() for a, _ in words[i:j]):
                continue
            ws, we = clean_span(text, gaz, ws, we)
            if text[ws:we].lower() in COMMON_WORDS | DIRECTIONS or adjectival(text[ws:we]):
                continue
            cands = gaz.lookup(text[ws:we], limit=2)
            if cands and not cands[0].alternate and not gaz.is_demonym(text[ws:we]):
                if best is None or we - ws > best[1] - best[0]:
                    best = (ws, we)
                break
    return best


_BEFORE = frozenset(
    ["in", "from", "near", "outside", "at", "to", "across", "around", "throughout", "into", "of"]
)
_AFTER = frozenset(
    [
        "woman",
        "women",
        "man",
        "men",
        "boy",
        "boys",
        "girl",
        "girls",
        "teen",
        "teens",
        "teenager",
        "resident",
        "residents",
        "couple",
        "family",
        "native",
        "natives",
        "police",
        "officials",
        "officers",
        "schools",
        "council",
        "mayor",
        "area",
    ]
)
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")
_WORD_AFTER = re.compile(r"^\s+([A-Za-z]+)")


def locative_cue(text: str, s: int, e: int, *, person: bool = False) -> bool:
    """A word around [s, e) that says it is a place: "from Lancaster", "Lancaster woman"."""
    before = _WORD_BEFORE.search(text[max(0, s - 20) : s])
    if before:
        word = before.group(1).lower()
        if word in _BEFORE and not (person and word in {"of", "to"}):
            return True
    after = _WORD_AFTER.match(text[e : e + 20])
    return bool(after) and after.group(1).lower() in _AFTER
