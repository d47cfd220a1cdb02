"""The CAMEO code table and the event lexicon (verbs, particles, object nouns).

``cameo.tsv`` holds one row per CAMEO code with its root, Goldstein score,
GDELT QuadClass and PLOVER type/mode/context. ``verbs.tsv`` maps a verb lemma,
optionally with a particle or preposition and an object-noun class, to a code;
``nouns.tsv`` maps event nouns ("talks", "sanctions") and object-noun classes.
Both are loaded once per process (``functools.lru_cache``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data" / "cameo"
ANY = "*"
RECIP = "RECIP"  # pseudo-preposition: the verb has a reciprocal (plural, two-party) subject


@dataclass(frozen=True, slots=True)
class CameoCode:
    """One CAMEO code with its numbers and its PLOVER mapping."""

    code: str
    root: str
    goldstein: float
    quad_class: int
    plover: str | None
    mode: str | None
    context: str | None
    name: str


@dataclass(frozen=True, slots=True)
class VerbEntry:
    """A lexicon pattern: lemma [+ particle/preposition] [+ object class] -> CAMEO code.

    ``frame`` says how an infinitive complement ("agreed to X", "urged Y to X")
    changes the code: ``intent``, ``threat``, ``appeal``, ``demand``, ``reject``,
    ``transparent`` (code the complement), ``future``/``hedge`` (code the
    complement with that modality) or empty.
    """

    lemma: str
    prep: str = ANY
    obj: str = ANY
    code: str = ""
    frame: str = ""


@dataclass(slots=True)
class Lexicon:
    """Indexed verb patterns plus the noun tables."""

    verbs: dict[str, list[VerbEntry]] = field(default_factory=dict)
    noun_class: dict[str, str] = field(default_factory=dict)  # noun lemma -> class ("sanction", "aid")
    noun_code: dict[str, str] = field(default_factory=dict)  # event noun lemma -> code
    noun_code_heads: set[str] = field(default_factory=set)  # last words of noun_code keys (a quick filter)
    frames: dict[str, str] = field(default_factory=dict)  # lemma -> complement frame

    def add(self, entry: VerbEntry) -> None:
        self.verbs.setdefault(entry.lemma, []).append(entry)
        if entry.frame and entry.lemma not in self.frames:
            self.frames[entry.lemma] = entry.frame

    def lookup(
        self, lemma: str, preps: Iterable[str], obj_keys: Iterable[str], want_frame: bool = False
    ) -> VerbEntry | None:
        """The most specific pattern for a verb with these prepositions and object keys.

        ``obj_keys`` are the object's lemma and noun class (either may match a
        pattern's object). Specificity: prep+object > object > prep > bare verb;
        with ``want_frame`` (the verb has a complement) a framed pattern wins a tie.
        """
        entries = self.verbs.get(lemma)
        if not entries:
            return None
        preps = set(preps)
        rank = {}
        for i, key in enumerate(obj_keys):  # earlier keys are more specific (compound, lemma, class)
            rank.setdefault(key, i)
        best: tuple[float, VerbEntry] | None = None
        for e in entries:
            if e.prep != ANY and e.prep not in preps:
                continue
            if e.obj != ANY and e.obj not in rank:
                continue
            score = (
                (4 if e.obj != ANY else 0)
                + (2 if e.prep != ANY else 0)
                + (1 if want_frame and e.frame else 0)
            )
            if e.obj != ANY:
                score -= rank[e.obj] / 1000
            if best is None or score > best[0]:
                best = (score, e)
        return best[1] if best else None


def _data_lines(name: str) -> Iterable[list[str]]:
    text = (DATA_DIR / name).read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        yield line.split("\t")


@lru_cache(maxsize=1)
def load_cameo() -> dict[str, CameoCode]:
    """All CAMEO codes by code string ("190", "0211")."""
    table: dict[str, CameoCode] = {}
    rows = _data_lines("cameo.tsv")
    next(rows)  # header
    for row in rows:
        row += [""] * (8 - len(row))
        code, root, gold, quad, plover, mode, context, name = row[:8]
        table[code] = CameoCode(
            code=code,
            root=root,
            goldstein=float(gold) if gold else 0.0,
            quad_class=int(quad),
            plover=plover or None,
            mode=mode or None,
            context=context or None,
            name=name,
        )
    return table


def quad_class(root: str) -> int:
    """GDELT QuadClass of a two-digit root: 01-05 -> 1, 06-09 -> 2, 10-14 -> 3, 15-20 -> 4."""
    r = int(root)
    return 1 if r <= 5 else 2 if r <= 9 else 3 if r <= 14 else 4


def parse_verb_rows(rows: Iterable[list[str]]) -> Iterable[VerbEntry]:
    """Verb lexicon rows: lemma(s, '|'-separated), prep, object, code, frame."""
    for row in rows:
        row += [""] * (5 - len(row))
        lemmas, prep, obj, code, frame = (c.strip() for c in row[:5])
        for lemma in lemmas.split("|"):
            for o in (obj or ANY).split("|"):
                for p in (prep or ANY).split("|"):
                    yield VerbEntry(lemma=lemma, prep=p, obj=o, code=code, frame=frame)


@lru_cache(maxsize=8)
def load_lexicon(extra_verb_files: tuple[Path, ...] = ()) -> Lexicon:
    """The built-in lexicon, plus PETRARCH verb dictionaries when given (see kb.verbdict)."""
    lex = Lexicon()
    for entry in parse_verb_rows(_data_lines("verbs.tsv")):
        lex.add(entry)
    for row in _data_lines("nouns.tsv"):
        row += [""] * (3 - len(row))
        nouns, cls, code = (c.strip() for c in row[:3])
        for noun in nouns.split("|"):
            if cls:
                lex.noun_class.setdefault(noun, cls)
            if code:
                lex.noun_code.setdefault(noun, code)
                lex.noun_code_heads.add(noun.split()[-1])
    if extra_verb_files:
        from newsevents.kb.verbdict import read_verb_file

        known = {(e.lemma, e.prep, e.obj) for es in lex.verbs.values() for e in es}
        for path in extra_verb_files:
            for entry in read_verb_file(path):
                if (entry.lemma, entry.prep, entry.obj) not in known:
                    lex.add(entry)
                    known.add((entry.lemma, entry.prep, entry.obj))
    return lex


@lru_cache(maxsize=1)
def load_descriptions() -> dict[str, tuple[str, ...]]:
    """The team's own short descriptions of CAMEO codes (``descriptions.tsv``), for the embedding fallback."""
    out: dict[str, tuple[str, ...]] = {}
    for row in _data_lines("descriptions.tsv"):
        if len(row) < 2:
            continue
        out[row[0].strip()] = tuple(p.strip() for p in row[1].split(" | ") if p.strip())
    return out
