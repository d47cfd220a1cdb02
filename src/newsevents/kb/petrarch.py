"""Import PETRARCH/TABARI/Phoenix actor and agent dictionaries into actor KB entries.

For users who already maintain PETRARCH dictionaries (``Options.petrarch_actor_files``);
never the default lexicon. The format, as read here:

- ``#`` starts a comment (to the end of the line).
- An entry starts with a name in capitals, words joined by underscores
  (``BARACK_OBAMA``, ``WHITE_HOUSE_``; a trailing underscore marks a whole word).
- Lines starting with ``+`` add synonyms to the current entry.
- Codes in brackets follow on the same line or on indented lines:
  ``[USAGOV]``, date-ranged ``[USAGOV 090120-170120]``, ``[USAGOV >170120]``,
  ``[USAELI <090120]`` (dates are YYMMDD).
- Agents files map nouns to agent codes ``[~GOV]``, with macros such as
  ``!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON`` expanded inside names.

A code such as ``USAGOVLEG`` gives country USA (the first three letters, when
they are a country) and sector LEG (the most specific of GOV's legislative,
judicial, military, police and intelligence branches, else the first role);
``IGOUNO...`` gives sector IGO and code UNO. Of several dated codes, the one in
force at ``when`` (default: the latest) is used.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from newsevents.kb.actors import ActorEntry, plural

log = logging.getLogger(__name__)

_CODE = re.compile(r"\[([^\]]*)\]")
_MACRO_DEF = re.compile(r"^(![A-Z_]+!)\s*=\s*(.+)$")
_DATE = re.compile(r"^(\d{6})$")
NONSTATE_PREFIXES = frozenset({"IGO", "NGO", "IMG", "MNC", "UIS", "INT"})
SPECIFIC_GOV = frozenset({"LEG", "JUD", "MIL", "COP", "SPY"})
REGION_CODES = frozenset(
    {
        "AFR",
        "ASA",
        "BLK",
        "CAS",
        "CAU",
        "CFR",
        "CRB",
        "EAF",
        "EEU",
        "EUR",
        "LAM",
        "MEA",
        "MDT",
        "NAF",
        "NMR",
        "PGS",
        "SAF",
        "SAM",
        "SAS",
        "SEA",
        "SCN",
        "WAF",
        "WST",
        "ARB",
    }
)
ACRONYMS = frozenset(
    {
        "UN",
        "US",
        "EU",
        "UK",
        "AU",
        "NATO",
        "OPEC",
        "ASEAN",
        "IAEA",
        "UNESCO",
        "UNICEF",
        "OSCE",
        "USA",
        "IDF",
        "PLO",
        "IRA",
        "ISIS",
        "ISIL",
        "IMF",
        "OECD",
    }
)
LOWER_WORDS = frozenset(
    {"of", "the", "and", "for", "on", "in", "de", "la", "al", "el", "bin", "von", "der", "da"}
)


@dataclass
class _Raw:
    name: str
    aliases: list[str] = field(default_factory=list)
    codes: list[tuple[str, dt.date | None, dt.date | None]] = field(default_factory=list)


def _yymmdd(s: str) -> dt.date | None:
    s = s.strip()
    if not _DATE.match(s):
        return None
    yy, mm, dd = int(s[:2]), int(s[2:4]), int(s[4:6])
    year = 2000 + yy if yy < 50 else 1900 + yy
    try:
        return dt.date(year, max(mm, 1), max(dd, 1))
    except ValueError:
        return None


def parse_code(raw: str) -> tuple[str, dt.date | None, dt.date | None] | None:
    """``"USAGOV 090120-170120"`` -> ("USAGOV", 2009-01-20, 2017-01-20); ``">170120"`` ranges open."""
    parts = raw.split()
    if not parts:
        return None
    code = parts[0].strip()
    start = end = None
    if len(parts) > 1:
        rng = parts[1]
        if rng.startswith(">"):
            start = _yymmdd(rng[1:])
        elif rng.startswith("<"):
            end = _yymmdd(rng[1:])
        elif "-" in rng:
            a, _, b = rng.partition("-")
            start, end = _yymmdd(a), _yymmdd(b)
    return code, start, end


def _is_country(code: str, countries: frozenset[str]) -> bool:
    return code in countries or code in REGION_CODES


def split_code(code: str, countries: frozenset[str]) -> tuple[str | None, str | None]:
    """A CAMEO actor code to (country, sector): USAGOVLEG -> (USA, LEG); IGOUNOWHO -> (UNO, IGO); ~GOV -> (None, GOV)."""
    code = code.strip().upper()
    if code.startswith("~"):
        roles = [code[k : k + 3] for k in range(1, len(code), 3)]
        return None, roles[0] if roles and roles[0] else None
    chunks = [code[k : k + 3] for k in range(0, len(code), 3)]
    if not chunks:
        return None, None
    if chunks[0] in NONSTATE_PREFIXES:
        return (chunks[1] if len(chunks) > 1 else None), chunks[0]
    if _is_country(chunks[0], countries):
        roles = chunks[1:]
        if not roles:
            return chunks[0], None
        sector = roles[0]
        if sector == "GOV" and len(roles) > 1 and roles[1] in SPECIFIC_GOV:
            sector = roles[1]
        return chunks[0], sector
    return None, chunks[0]


def _surface(raw: str) -> str:
    """``BARACK_OBAMA_`` -> ``Barack Obama``; short all-capital words (UN, US, NATO) stay capitals."""
    words = [w for w in raw.replace("_", " ").split() if w]
    out: list[str] = []
    for k, w in enumerate(words):
        acronym = not any(c in "AEIOUY" for c in w) or w in ACRONYMS or (len(words) == 1 and len(w) <= 4)
        if "." in w or acronym:
            out.append(w)
        elif k > 0 and w.lower() in LOWER_WORDS:
            out.append(w.lower())
        else:
            out.append("-".join(p.capitalize() for p in w.split("-")))
    return " ".join(out)


def _expand(name: str, macros: dict[str, list[str]]) -> list[str]:
    for macro, values in macros.items():
        if macro in name:
            return [x for v in values for x in _expand(name.replace(macro, v), macros)]
    return [name]


def _records(lines: Iterable[str]) -> Iterator[_Raw]:
    current: _Raw | None = None
    macros: dict[str, list[str]] = {}
    for raw_line in lines:
        line = raw_line.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        macro = _MACRO_DEF.match(line.strip())
        if macro:
            macros[macro.group(1)] = [v.strip() for v in macro.group(2).split(",") if v.strip()]
            continue
        codes = [c for c in (parse_code(m) for m in _CODE.findall(line)) if c is not None]
        text = _CODE.sub(" ", line).strip()
        if line[:1] in (" ", "\t") and not text:  # an indented code line
            if current is not None:
                current.codes.extend(codes)
            continue
        if text.startswith("+"):
            if current is not None:
                current.aliases.extend(_expand(text[1:].strip(), macros))
                current.codes.extend(codes)
            continue
        if current is not None:
            yield current
        names = _expand(text, macros)
        current = _Raw(name=names[0], aliases=names[1:], codes=codes)
    if current is not None:
        yield current


def _pick(codes: list[tuple[str, dt.date | None, dt.date | None]], when: dt.date | None) -> str | None:
    if not codes:
        return None
    if when is not None:
        for code, start, end in codes:
            dated = start is not None or end is not None
            if dated and (start is None or start <= when) and (end is None or when < end):
                return code
        undated = [c for c, s, e in codes if s is None and e is None]
        return undated[0] if undated else None
    far = dt.date(9999, 1, 1)
    return max(codes, key=lambda c: (c[2] or far, c[1] or dt.date.min))[0]


def _countries() -> frozenset[str]:
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.countries)


def read_petrarch_actors(path: Path, when: dt.date | None = None) -> list[ActorEntry]:
    """Read one PETRARCH/Phoenix actor or agents dictionary as actor KB entries."""
    with open(path, encoding="utf-8", errors="replace") as fh:
        return list(parse_petrarch(fh, source=f"petrarch:{path.name}", when=when))


def parse_petrarch(
    lines: Iterable[str], source: str = "petrarch", when: dt.date | None = None
) -> Iterator[ActorEntry]:
    """Parse dictionary lines into entries (entries without a code are skipped)."""
    countries = _countries()
    for rec in _records(lines):
        code = _pick(rec.codes, when)
        if code is None:
            continue  # no code (or none in force at ``when``): nothing to say about this name
        country, sector = split_code(code, countries)
        yield _entry(rec, code, country, sector, source)


def _entry(rec: _Raw, code: str, country: str | None, sector: str | None, source: str) -> ActorEntry:
    name = _surface(rec.name)
    aliases = tuple(dict.fromkeys(a for a in (_surface(x) for x in rec.aliases) if a and a != name))
    if code.startswith("~"):
        kind = "group"  # PETRARCH generates regular plurals of agent nouns itself: so do we
        aliases = tuple(dict.fromkeys([*aliases, *(plural(a) for a in (name, *aliases))]))
    elif country and len(code) == 3 and code == country:
        kind = "country"
    elif (
        len(rec.codes) > 1
        or any(s or e for _, s, e in rec.codes)
        or any(a.upper().startswith(("PRESIDENT ", "MR ", "MR. ", "PRIME MINISTER ")) for a in aliases)
    ):
        kind = "person"
    else:
        kind = "org"
    return ActorEntry(name=name, country=country, sector=sector, type=kind, aliases=aliases, source=source)
