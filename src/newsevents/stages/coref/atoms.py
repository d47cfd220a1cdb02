"""Atoms: KB phrase matches (longest match, token aligned) and NER entities, and the
token tests the mention builder needs (datelines, place uses, plausible organizations)."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from newsevents.kb.actors import ActorKB, normalize_token
from newsevents.stages.coref.context import DocContext, words
from newsevents.stages.coref.mention import Atom

MOD_DEPS = frozenset({"compound", "amod", "poss", "nmod", "case"})


LOCATIVE_PREPS = words(
    """
    in at near into outside inside across around through throughout via within over out onto
    """
)
# "to"/"from"/"toward" mark a place only after motion: "flew to Beijing", but "a message to Beijing"
DIRECTIONAL_PREPS = frozenset({"to", "from", "toward", "towards"})
MOTION_WORDS = words(
    """
    go went gone going travel traveled travelled traveling travelling fly flew flown flying return
    returned returning move moved moving arrive arrived arriving flee fled fleeing come came coming head
    headed heading trip trips visit visits visited visiting flight flights journey route road return
    deport deported expel expelled ship shipped export exports exported import imports imported send
    sent sending bring brought relocate relocated evacuate evacuated drive drove driven sail sailed
    migrate migrated escape escaped transfer transferred extradite extradited away back
    """
)


NER_LABELS = frozenset({"PERSON", "ORG", "NORP"})


def kb_atoms(doc: Doc, kb: ActorKB, ctx: DocContext | None = None) -> list[Atom]:
    """Longest KB matches, left to right (token aligned, never across a line break)."""
    if ctx is not None and len(ctx.words) == len(doc):
        # normalize_token only maps non-ASCII characters: skip the call for plain words
        texts = [w if w.isascii() else normalize_token(w) for w in ctx.words]
        spaces = ctx.spaces
    else:
        texts = [normalize_token(t.text) for t in doc]
        spaces = [t.whitespace_ for t in doc]
    atoms: list[Atom] = []
    firsts = kb.first_words
    i = 0  # the first token not yet inside a match
    for k, text in enumerate(texts):
        if k < i or text.lower() not in firsts:
            continue  # match_at would return None here
        found = kb.match_at(texts, spaces, k)
        if found is None:
            continue
        i = k
        j, entry = found
        while (
            j - 1 > i
            and (doc[j - 1].is_punct or doc[j - 1].pos_ == "PUNCT")
            and not doc[j - 1].text.endswith(".")
        ):
            j -= 1  # pragma: no cover - keys never end in punctuation
        atoms.append(Atom(i, j, entry))
        i = j
    return atoms


def ner_atoms(doc: Doc, taken: list[Atom], ents: Sequence[Span] | None = None) -> list[Atom]:
    """PERSON/ORG/NORP entities not already covered; a PERSON or ORG overrides place-like atoms inside it."""
    covered = {t for a in taken for t in range(a.start, a.end)}
    out: list[Atom] = []
    for ent in doc.ents if ents is None else ents:
        if ent.label_ not in NER_LABELS:
            continue
        start, end = ent.start, ent.end
        while start < end and doc[start].text.lower() in ("the", "a", "an"):
            start += 1
        while end > start and (
            (doc[end - 1].is_punct or doc[end - 1].pos_ == "PUNCT")
            or doc[end - 1].text.lower() in ("'s", "\u2019s")
        ):
            end -= 1
        if start >= end:
            continue
        inside = [t for t in range(start, end) if t in covered]
        if not inside:
            if ent.label_ != "NORP":
                out.append(Atom(start, end, None, ent.label_))
            continue
        if ent.label_ == "PERSON":
            inner = [a for a in taken if a.start >= start and a.end <= end]
            if (
                inner
                and all(a.type in ("country", "capital", "demonym", "person", "title") for a in inner)
                and (sum(a.end - a.start for a in inner) < end - start)
            ):
                # "Georgia Smith", "Ash Carter": a person whose name contains a KB name; the names
                # module still finds KB people inside ("Mr. Trump")
                for a in inner:
                    taken.remove(a)
                out.append(Atom(start, end, None, "PERSON"))
    return out


def atom_root(doc: Doc, atom: Atom, ctx: DocContext | None = None) -> Token:
    """The syntactic root of an atom's span (memoized in ``ctx`` when given)."""
    if ctx is not None:
        known = ctx.roots.get((atom.start, atom.end))
        if known is not None:
            return doc[known]
    if atom.end - atom.start == 1 and "root" not in doc.user_span_hooks:
        root = doc[atom.start]  # a one-token span is its own root: no Span needed
    else:
        try:
            root = doc[atom.start : atom.end].root
        except Exception:  # pragma: no cover - spans without a parse
            root = doc[atom.end - 1]
    if ctx is not None:
        ctx.roots[(atom.start, atom.end)] = root.i
    return root


def is_plural(tok: Token) -> bool:
    if tok.tag_ in ("NNS", "NNPS"):
        return True
    if tok.tag_ in ("NN", "NNP"):
        return False
    return tok.text.lower().endswith("s") and not tok.text.lower().endswith("ss")


def is_place_use(tok: Token) -> bool:
    """A place use: object of a locative preposition, or modifier of a non-actor noun."""
    if tok.dep_ == "pobj":
        prep = tok.head.text.lower()
        if prep in LOCATIVE_PREPS:
            return True
        if prep in DIRECTIONAL_PREPS:
            return tok.head.head.text.lower() in MOTION_WORDS
    return tok.dep_ in ("compound", "amod")


def is_dateline(doc: Doc, atom: Atom, ctx: DocContext) -> bool:
    """A dateline: the place at the start of a short verbless first line, or "CITY (Agency) -"."""
    tok = doc[atom.start]
    text = ctx.text
    if tok.i > 0 and tok.idx > 300 and "\n" not in doc[tok.i - 1].text + doc[tok.i - 1].whitespace_:
        return False
    line_start = text.rfind("\n", 0, tok.idx) + 1
    line_end = text.find("\n", tok.idx)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end]
    if (
        len(line.split()) <= 6
        and line_start < 200
        and not any(
            t.pos_ in ("VERB", "AUX")
            for t in doc.char_span(line_start, line_end, alignment_mode="expand") or []
        )
    ):
        return True
    after = text[doc[atom.end - 1].idx + len(doc[atom.end - 1].text) :][:3].lstrip()
    return line_start == tok.idx and (tok.text.isupper() or after[:1] in ("(", "\u2014", "-", "\u2013"))


def plausible_org(doc: Doc, atom: Atom, ctx: DocContext) -> bool:
    """An NER organization not in the KB: not a modifier, not lowercase, not inside a quote."""
    first = doc[atom.start]
    root = atom_root(doc, atom, ctx)
    if root.dep_ in ("compound", "amod") or not first.text[:1].isupper():
        return False
    return not ctx.in_quote(first.idx)


def same_line(doc: Doc, a: Atom, b: Atom) -> bool:
    lo, hi = sorted((a.start, b.start))
    return not any("\n" in t.text or "\n" in t.whitespace_ for t in doc[lo:hi])
