"""Name normalization shared by the gazetteer index and its lookups."""

from __future__ import annotations

import unicodedata

_DROP = ".'`\u2019\u2018"
_SPACE = "-/\u2010\u2011\u2012\u2013\u2014\u2015\t\n\r"
_TABLE = str.maketrans(_SPACE, " " * len(_SPACE), _DROP)
_PREFIXES = {"the ": "", "saint ": "st ", "sainte ": "ste ", "mount ": "mt ", "fort ": "ft "}
_STARTS = tuple(_PREFIXES)


def norm(name: str) -> str:
    """Lookup key: case-folded, accents and periods dropped, hyphens as spaces, "Saint" as "st".

    >>> norm("St. Louis") == norm("Saint-Louis") == "st louis"
    True
    """
    if not name.isascii():
        name = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))
    key = name.casefold().translate(_TABLE)
    if "  " in key or key[:1] == " " or key[-1:] == " ":
        key = " ".join(key.split())
    if key.startswith(_STARTS):
        for long, short in _PREFIXES.items():
            if key.startswith(long):
                key = short + key[len(long) :]
                if short:
                    break
    return key
