"""Import a PETRARCH/TABARI CAMEO verb dictionary (e.g. ``CAMEO.2.0.txt``) as lexicon patterns.

Optional: used only when ``Options.petrarch_verb_files`` names such files; the
built-in lexicon (``kb/data/cameo/verbs.tsv``) always comes first and wins on
identical patterns. Only the parts our pattern language can express are
imported: a verb block's lemmas with its default code, and patterns of the
form ``- * OBJECT [code]``, ``- * (PREP ...) [code]`` or ``- * OBJECT (PREP ...)``,
with ``&SYNSET`` objects expanded. Patterns with words before the verb or
with ``$``/``+`` actor slots in odd places are kept only for their words after
the ``*``.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from pathlib import Path

from newsevents.kb.cameo import ANY, VerbEntry, load_cameo

log = logging.getLogger(__name__)

_HEADER = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]")
_CODE = re.compile(r"\[([^\]]*)\]")
_SKIP = frozenset({"$", "+", "%", "^", "*"})


def _first_code(raw: str) -> str:
    code = raw.split(":")[0].strip().lstrip("-")
    return code if code and code.isdigit() else ""


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def _synsets(lines: list[str]) -> dict[str, list[str]]:
    sets: dict[str, list[str]] = {}
    current: str | None = None
    for line in lines:
        s = line.split("#", 1)[0].strip()
        if s.startswith("&"):
            current = s.split()[0]
            sets[current] = []
        elif s.startswith("+") and current is not None:
            sets[current].append(s[1:].strip().lower().replace("_", " ").strip())
        elif not s:
            continue
        elif s.startswith("---"):
            current = None
    return sets


def _pattern(body: str, synsets: dict[str, list[str]]) -> list[tuple[str, str]]:
    """(prep, object) pairs a pattern line can stand for."""
    if "*" not in body:
        return []
    after = body.split("*", 1)[1]
    words = re.findall(r"\(|\)|\{|\}|[^\s(){}]+", after)
    prep, obj = ANY, ANY
    opened = False
    for w in words:
        if w in ("(", "{"):
            opened = w == "("
            continue
        if w in (")", "}") or w in _SKIP:
            opened = False
            continue
        low = w.lower().replace("_", " ")
        if opened and prep == ANY:
            prep = low  # "(TO BORDER)": the first word in parentheses is the preposition
        elif obj == ANY and not (opened and prep != ANY and obj != ANY):
            obj = low
        opened = False
    objs = [obj]
    if obj.startswith("&"):
        objs = synsets.get(obj.upper(), [])
    return [(prep, _singular(o) if o != ANY else o) for o in objs]


def parse_verb_dictionary(text: str) -> Iterator[VerbEntry]:
    """Lexicon patterns from the text of a PETRARCH verb dictionary."""
    lines = text.splitlines()
    synsets = _synsets(lines)
    known = load_cameo()
    lemmas: list[str] = []
    default = ""
    in_block = False
    for line in lines:
        raw = line.split("#", 1)[0].rstrip()
        if not raw.strip():
            continue
        header = _HEADER.match(raw)
        if header:
            in_block = True
            lemmas = []
            default = _first_code(header.group(2))
            continue
        if not in_block or raw.startswith(("&", "+", "=")):
            continue
        if raw.startswith("-"):
            found = _CODE.search(raw)
            code = _first_code(found.group(1)) if found else ""
            if code not in known:
                continue
            body = raw[1 : found.start()] if found else raw[1:]
            for prep, obj in _pattern(body, synsets):
                for lemma in lemmas:
                    yield VerbEntry(lemma=lemma, prep=prep, obj=obj, code=code)
            continue
        word = raw.split()[0].lower().replace("_", " ")
        if not word.isascii() or not word.replace(" ", "").isalpha():
            continue
        lemmas.append(word)
        found = _CODE.search(raw)
        own = _first_code(found.group(1)) if found else default
        if own in known:
            yield VerbEntry(lemma=word, code=own)


def read_verb_file(path: Path) -> list[VerbEntry]:
    """Patterns of one dictionary file (logged, never fatal when empty)."""
    entries = list(
        dict.fromkeys(parse_verb_dictionary(Path(path).read_text(encoding="utf-8", errors="replace")))
    )
    log.info("PETRARCH verb dictionary %s: %d patterns", path, len(entries))
    return entries
