"""The topic and claim lexicons used by narrative comparison (``kb/data/topics/*.tsv``).

Terms are matched case-insensitively on whole words; a trailing ``*`` matches
any word ending ("tariff*" matches "tariffs"). Each lexicon compiles to one
regular expression per topic or cue, cached once per process.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "kb" / "data" / "topics"


@dataclass(frozen=True)
class Topic:
    key: str
    label: str
    pattern: re.Pattern[str]


def _compile(terms: list[str]) -> re.Pattern[str]:
    parts = []
    for term in sorted({t.strip().lower() for t in terms if t.strip()}, key=len, reverse=True):
        star = term.endswith("*")
        body = re.escape(term.rstrip("*")).replace(r"\ ", r"\s+").replace("-", "[-\\s]?")
        parts.append(body + (r"[\w'’-]*" if star else "") + r"\b")
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + ")", re.IGNORECASE)


def _rows(name: str) -> list[list[str]]:
    rows = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


@lru_cache(maxsize=1)
def topics() -> tuple[Topic, ...]:
    """Every topic of ``topics.tsv``, in file order."""
    return tuple(Topic(key, label, _compile(terms.split(","))) for key, label, terms in _rows("topics.tsv"))


@lru_cache(maxsize=1)
def cues() -> dict[str, re.Pattern[str]]:
    """Claim cues of ``claims.tsv``: violation, compliance, denial, agreement, manner, focus."""
    return {key: _compile(terms.split(",")) for key, terms in _rows("claims.tsv")}


def topics_in(text: str) -> tuple[str, ...]:
    """Keys of the topics a text mentions."""
    return tuple(t.key for t in topics() if t.pattern.search(text))


def topic_label(key: str) -> str:
    for t in topics():
        if t.key == key:
            return t.label
    return key


def cue(name: str, text: str) -> re.Match[str] | None:
    """The first match of one claim cue in a text."""
    return cues()[name].search(text)


_GERUND = {"violat": "violating", "breach": "breaching", "broke": "breaking", "reneg": "reneging on",
           "flout": "flouting", "undermin": "undermining", "sabotag": "sabotaging", "backtrack": "backtracking on",
           "cheat": "cheating on", "disregard": "disregarding"}


def gerund(word: str) -> str:
    """'violated' -> 'violating', 'undermine' -> 'undermining' (for the cue words of claims.tsv)."""
    low = word.lower()
    for stem, form in _GERUND.items():
        if low.startswith(stem):
            return form
    return low


# Named agreements: "the Geneva agreement", "the Paris accord", "the truce reached in Doha".
_NOUNS = r"(agreement|consensus|accord|deal|truce|treaty|pact|ceasefire|framework|understanding)"
_NAMED = re.compile(r"\b([A-Z][a-z]+(?:[- ][A-Z][a-z]+)?) " + _NOUNS + r"\b")
_REACHED = re.compile(r"\b" + _NOUNS + r" (?:reached|signed|struck|agreed|concluded) in ([A-Z][a-z]+)\b")
_NOT_NAMES = frozenset({"The", "A", "An", "This", "That", "Trade", "Any", "Every", "No", "Our", "Their", "Its",
                        "His", "Her", "New", "Last", "First", "Initial", "Final"})
_PREFERENCE = ("agreement", "accord", "treaty", "deal", "consensus", "pact", "truce", "ceasefire", "framework",
               "understanding")


def named_agreements(texts: list[str]) -> list[tuple[str, int]]:
    """Named agreements in these texts, most mentioned first: [("the Geneva agreement", 3), ...]."""
    names: dict[str, int] = {}
    nouns: dict[str, dict[str, int]] = {}
    for text in texts:
        found = [(m.group(1), m.group(2).lower()) for m in _NAMED.finditer(text)]
        found += [(m.group(2), m.group(1).lower()) for m in _REACHED.finditer(text)]
        for name, noun in found:
            first = name.split()[0].split("-")[0]
            if first in _NOT_NAMES:
                continue
            names[name] = names.get(name, 0) + 1
            nouns.setdefault(name, {}).setdefault(noun, 0)
            nouns[name][noun] += 1
    out = []
    for name, n in sorted(names.items(), key=lambda kv: (-kv[1], kv[0])):
        noun = max(nouns[name], key=lambda w: (nouns[name][w], -_PREFERENCE.index(w)))
        out.append((f"the {name} {noun}", n))
    return out
