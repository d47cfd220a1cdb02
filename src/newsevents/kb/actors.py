"""The actor knowledge base: who a surface form names, and with which country and sector.

The built-in tables live in ``kb/data/actors/*.tsv``; users add their own files
(``Options.actor_files``) in the same format, and PETRARCH/Phoenix actor
dictionaries can be imported (``Options.petrarch_actor_files``).

TSV format (``#`` starts a comment line; missing trailing columns are empty)::

    name  country  sector  type  aliases  gender  titles

- ``name``: canonical name ("Donald Trump", "China", "officials").
- ``country``: ISO 3166 alpha-3 or an IGO code (UNO, NATO, EUR, AFR ...); empty if none.
- ``sector``: CAMEO/PLOVER sector (GOV, MIL, COP, JUD, LEG, OPP, REB, CVL, BUS, MED, EDU, NGO, IGO ...).
- ``type``: what the entry is: person, country, capital, demonym, org, igo, ngo, armed,
  company, metonym (proper names) or group, title, institution (generic role nouns whose
  country comes from context; see :data:`ROLE_TYPES`).
- ``aliases``: other surface forms, ``|``-separated.
- ``gender``: ``m`` or ``f`` for people (used to resolve pronouns).
- ``titles``: ``|``-separated titles a person holds ("president|leader"), for descriptions.

Matching: surfaces are normalized (typographic quotes, whitespace, a leading "the").
Short (< 5 characters) or all-capital aliases and company names match case-sensitively
("US" but never "us", "WHO" never "who", "Apple" never "apple"); the rest also match
case-insensitively. When two entries claim the same surface, the first loaded wins:
user files, then built-in people, institutions, countries, capitals, demonyms, roles,
then imported PETRARCH dictionaries.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from newsevents.model.options import Options

log = logging.getLogger(__name__)

DATA_DIR = Path(__file__).parent / "data" / "actors"
BUILTIN_FILES = (
    "people.tsv",
    "institutions.tsv",
    "countries.tsv",
    "capitals.tsv",
    "demonyms.tsv",
    "roles.tsv",
)
ROLE_TYPES = frozenset({"group", "title", "institution", "readout"})
NAME_TYPES = frozenset(
    {"person", "country", "capital", "demonym", "org", "igo", "ngo", "armed", "company", "metonym"}
)
ORG_TYPES = frozenset({"org", "igo", "ngo", "armed", "company"})
COLUMNS = ("name", "country", "sector", "type", "aliases", "gender", "titles")

_QUOTES = str.maketrans(
    {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"}
)
_SPACES = re.compile(r"\s+")
_HYPHEN = re.compile(r"\s*-\s*")


def normalize_token(text: str) -> str:
    """Typographic quotes and dashes to ASCII, as in :func:`normalize`."""
    return text.translate(_QUOTES)


def normalize(surface: str) -> str:
    """Normalize a surface form for lookup (case kept): quotes, spaces, hyphens, leading "the"."""
    s = _SPACES.sub(" ", surface.translate(_QUOTES)).strip()
    s = _HYPHEN.sub("-", s)
    if s[:4].lower() == "the ":
        s = s[4:]
    return s


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """One actor of the KB."""

    name: str
    country: str | None = None
    sector: str | None = None
    type: str = "org"
    gender: str | None = None
    titles: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    source: str = "builtin"

    @property
    def is_role(self) -> bool:
        return self.type in ROLE_TYPES

    def surfaces(self) -> Iterator[str]:
        yield self.name
        yield from self.aliases


def _case_sensitive(alias: str, entry: ActorEntry) -> bool:
    if entry.is_role:
        return False
    letters = [c for c in alias if c.isalpha()]
    if entry.type == "demonym":
        return True  # demonyms are capitalized; "democratic elections" is not the Democrats'
    return entry.type == "company" or len(alias) < 5 or all(c.isupper() for c in letters)


class ActorKB:
    """Actors indexed by normalized surface, with the helpers the stages need."""

    def __init__(self, entries: Iterable[ActorEntry]) -> None:
        self.entries: tuple[ActorEntry, ...] = tuple(entries)
        self._exact: dict[str, ActorEntry] = {}
        self._folded: dict[str, ActorEntry] = {}
        self.first_words: frozenset[str]
        self.countries: dict[str, ActorEntry] = {}
        firsts: set[str] = set()
        prefixes: set[str] = set()
        longest = 1
        for entry in self.entries:
            if entry.type == "country" and entry.country and entry.country not in self.countries:
                self.countries[entry.country] = entry
            surfaces = list(entry.surfaces())
            if entry.is_role:  # role nouns also match in the plural: "sides", "ministries"
                surfaces += [plural(a) for a in surfaces if not a.lower().endswith("s")]
            for alias in surfaces:
                key = normalize(alias)
                if not key:
                    continue
                self._exact.setdefault(key, entry)
                if not _case_sensitive(key, entry):
                    self._folded.setdefault(key.lower(), entry)
                firsts.add(_first_word(key).lower())
                low = key.lower()
                prefixes.update(_boundary_prefixes(low))
                longest = max(longest, _token_estimate(key))
        self.first_words = frozenset(firsts)
        self._surnames: dict[str, list[ActorEntry]] = {}
        for entry in self.entries:
            if entry.type == "person":
                for alias in entry.surfaces():
                    last = alias.split()[-1].lower() if alias.split() else ""
                    if last and entry not in self._surnames.get(last, []):
                        self._surnames.setdefault(last, []).append(entry)
        self.prefixes = frozenset(prefixes)
        self.max_tokens = min(longest, 12)

    def __len__(self) -> int:
        return len(self.entries)

    def lookup(self, surface: str) -> ActorEntry | None:
        """The entry a surface names, or None (exact case first, then case-folded)."""
        key = normalize(surface)
        return self._exact.get(key) or self._folded.get(key.lower())

    def match_at(self, texts: list[str], spaces: list[str], i: int) -> tuple[int, ActorEntry] | None:
        """Longest entry whose surface starts at token ``i`` (``texts`` already quote-normalized).

        Grows the surface token by token while it is a prefix of some KB key, so the
        cost is the length of the match, not the size of the KB.
        """
        if texts[i].lower() not in self.first_words:
            return None
        surface = ""
        found: tuple[int, ActorEntry] | None = None
        for j in range(i, min(len(texts), i + self.max_tokens)):
            surface += texts[j]
            low = surface.lower()
            if low not in self.prefixes:
                break
            entry = self._exact.get(surface) or self._folded.get(low)
            if entry is not None:
                found = (j + 1, entry)
            space = spaces[j]
            if space not in ("", " "):
                break
            surface += space
            if space and surface.lower() not in self.prefixes:
                break
        return found

    def people_named(self, surname: str) -> list[ActorEntry]:
        """KB people whose name or an alias ends with this word ("Clinton" -> Hillary, Bill)."""
        return list(self._surnames.get(surname.lower(), ()))

    def country_name(self, code: str | None) -> str | None:
        entry = self.countries.get(code or "")
        return entry.name if entry else None

    def ruler_patterns(self) -> list[dict]:
        """Phrase patterns for a spaCy EntityRuler: people (PERSON) and multi-word organizations (ORG)."""
        patterns: list[dict] = []
        seen: set[tuple[str, str]] = set()
        for entry in self.entries:
            if entry.type == "person":
                label = "PERSON"
            elif entry.type in ORG_TYPES:
                label = "ORG"
            else:
                continue
            for alias in entry.surfaces():
                alias = alias.strip()
                if not alias or (label == "ORG" and " " not in alias and entry.type != "company"):
                    continue
                variants = [alias]
                if label == "ORG" and " " in alias and not alias.lower().startswith("the "):
                    variants.append("the " + alias)
                for variant in variants:
                    if (variant, label) not in seen:
                        seen.add((variant, label))
                        patterns.append({"label": label, "pattern": variant, "id": entry.name})
        return patterns


def _boundary_prefixes(low: str) -> Iterator[str]:
    """Prefixes ending where a token may end: next to a space or punctuation, or the end."""
    n = len(low)
    for k in range(1, n + 1):
        if k == n or not low[k].isalnum() or not low[k - 1].isalnum():
            yield low[:k]


def plural(noun: str) -> str:
    """Regular English plural of the last word: farmer -> farmers, militia -> militias, man -> men."""
    head, _, last = noun.rpartition(" ")
    low = last.lower()
    if low.endswith("man"):
        p = last[:-3] + "men"
    elif low.endswith("y") and low[-2:-1] not in ("a", "e", "o", "u"):
        p = last[:-1] + "ies"
    elif low.endswith(("s", "x", "ch", "sh")):
        p = last + "es"
    else:
        p = last + "s"
    return f"{head} {p}" if head else p


def _first_word(key: str) -> str:
    return re.split(r"[\s\-']", key, maxsplit=1)[0] or key


def _token_estimate(key: str) -> int:
    return len(re.findall(r"[\s\-']|'s", key)) * 2 + 1


def parse_tsv(lines: Iterable[str], source: str = "builtin") -> Iterator[ActorEntry]:
    """Parse actor TSV lines (see the module docstring for the columns)."""
    for lineno, raw in enumerate(lines, 1):
        line = raw.rstrip("\n\r")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = [c.strip() for c in line.split("\t")]
        cols += [""] * (len(COLUMNS) - len(cols))
        name, country, sector, kind, aliases, gender, titles = cols[: len(COLUMNS)]
        if not name:
            log.warning("%s:%d: actor row without a name skipped", source, lineno)
            continue
        yield ActorEntry(
            name=name,
            country=country or None,
            sector=sector or None,
            type=kind or "org",
            gender=gender.lower() or None if gender else None,
            titles=tuple(t.strip().lower() for t in titles.split("|") if t.strip()),
            aliases=tuple(a.strip() for a in aliases.split("|") if a.strip()),
            source=source,
        )


def read_actor_file(path: Path) -> list[ActorEntry]:
    """Read one user actor file (same TSV format as the built-in tables)."""
    with open(path, encoding="utf-8") as fh:
        return list(parse_tsv(fh, source=str(path)))


def builtin_entries() -> list[ActorEntry]:
    """The built-in tables, in priority order."""
    out: list[ActorEntry] = []
    for fname in BUILTIN_FILES:
        text = (DATA_DIR / fname).read_text(encoding="utf-8")
        out.extend(parse_tsv(text.splitlines(), source=fname))
    return out


@lru_cache(maxsize=8)
def _load(
    actor_files: tuple[Path, ...], petrarch_files: tuple[Path, ...], when: str | None = None
) -> ActorKB:
    entries: list[ActorEntry] = []
    for path in actor_files:
        entries.extend(read_actor_file(Path(path)))
    entries.extend(builtin_entries())
    if petrarch_files:
        import datetime as dt

        from newsevents.kb.petrarch import read_petrarch_actors

        day = dt.date.fromisoformat(when) if when else None
        for path in petrarch_files:
            entries.extend(read_petrarch_actors(Path(path), when=day))
    kb = ActorKB(entries)
    log.info("actor KB: %d entries", len(kb))
    return kb


def load_actor_kb(options: Options | None = None) -> ActorKB:
    """The actor KB for these options (built-in + user files + PETRARCH imports), cached.

    ``("petrarch_date", "YYYY-MM-DD")`` in ``options.extra`` picks which of a PETRARCH entry's
    dated codes applies; by default the latest one.
    """
    options = options or Options()
    when = dict(options.extra).get("petrarch_date") if options.petrarch_actor_files else None
    return _load(tuple(options.actor_files), tuple(options.petrarch_actor_files), when)
