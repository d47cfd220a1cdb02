"""Words that tell a person's gender or title: honorifics, gendered nouns, first names, title words."""

from __future__ import annotations

from functools import lru_cache

from newsevents.kb.actors import DATA_DIR

HONORIFICS = {
    "mr": "m",
    "mr.": "m",
    "mister": "m",
    "sir": "m",
    "lord": "m",
    "mrs": "f",
    "mrs.": "f",
    "ms": "f",
    "ms.": "f",
    "miss": "f",
    "madam": "f",
    "dame": "f",
    "lady": "f",
    "dr": None,
    "dr.": None,
    "prof": None,
    "prof.": None,
}
GENDERED_WORDS = {
    "spokeswoman": "f",
    "chairwoman": "f",
    "congresswoman": "f",
    "businesswoman": "f",
    "queen": "f",
    "princess": "f",
    "actress": "f",
    "wife": "f",
    "mother": "f",
    "daughter": "f",
    "sister": "f",
    "woman": "f",
    "widow": "f",
    "grandmother": "f",
    "first lady": "f",
    "empress": "f",
    "spokesman": "m",
    "chairman": "m",
    "congressman": "m",
    "businessman": "m",
    "king": "m",
    "prince": "m",
    "husband": "m",
    "father": "m",
    "son": "m",
    "brother": "m",
    "man": "m",
    "emperor": "m",
    "crown prince": "m",
    "sultan": "m",
    "emir": "m",
    "pope": "m",
    "grandfather": "m",
}
TITLE_WORDS = frozenset(
    {
        "president",
        "vice",
        "prime",
        "minister",
        "secretary",
        "senator",
        "sen.",
        "sen",
        "rep.",
        "rep",
        "representative",
        "gov.",
        "governor",
        "mayor",
        "gen.",
        "general",
        "col.",
        "colonel",
        "adm.",
        "admiral",
        "judge",
        "justice",
        "chancellor",
        "premier",
        "king",
        "queen",
        "prince",
        "princess",
        "sheikh",
        "emir",
        "ayatollah",
        "pope",
        "foreign",
        "defense",
        "defence",
        "chief",
        "leader",
        "speaker",
        "ambassador",
        "envoy",
        "spokesman",
        "spokeswoman",
        "commander",
        "lt.",
        "sgt.",
        "capt.",
        "maj.",
        "former",
        "deputy",
        "state",
        "counselor",
        "chairman",
        "chairwoman",
        "ceo",
        "director",
    }
)


@lru_cache(maxsize=1)
def first_name_genders() -> dict[str, str]:
    """First names (and honorifics) with their usual gender, from kb/data/actors/first_names.tsv."""
    out: dict[str, str] = {}
    for line in (DATA_DIR / "first_names.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, _, gender = line.partition("\t")
        if gender.strip() in ("m", "f"):
            out[name.strip().lower()] = gender.strip()
    return out
