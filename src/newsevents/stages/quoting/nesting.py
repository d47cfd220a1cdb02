"""One statement, one attribution: reported clauses that hold partial quotes.

"X said China had “earnestly” implemented the deal" yields a partial quote
("earnestly") and a reported clause containing it. Both are kept only when
they say different things:

- when the quoted words are the clause's predicate ("said Xi “welcomed” the
  visit", "would “aggressively revoke visas”"), or the clause has no verb of
  its own outside the marks ("called the talks “very good”"), or the clause
  is itself a report of speech whose words are the partial quotes ("Xi called
  for both sides to “seek ...”, according to the readout"), the partial quote
  is the statement and the clause is dropped;
- otherwise the clause says something beyond the quoted words ("said the
  broadcasts could be extended “depending on the North's actions”"): it is
  kept as an indirect quote, cut before a quoted stretch that ends it, so
  the quoted words are not counted twice.

Both records keep the cue they share, which ties them to one attribution.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from newsevents.stages.quoting.candidate import Candidate
from newsevents.stages.quoting.clauses import clause_span, parse_clause
from newsevents.stages.quoting.cues import PERSON_PRONOUNS, PLURAL_PRONOUNS, CueLexicon
from newsevents.stages.quoting.syntax import subject_of

_OPENING = "“\"‘'«„"
_TRAILING_WORDS = frozenset({"and", "or", "but", "that", "while", "as", "with"})
_CORE_DEPS = frozenset({"dobj", "attr", "acomp", "oprd", "ccomp", "xcomp", "dative", "nsubj", "nsubjpass"})
_SPEAKER_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_MIN_WORDS = 4
_TRIM = " \t\n\u00a0,;:—–-"


def _inside(part: Candidate, clause: Candidate) -> bool:
    return clause.start <= part.start and part.end <= clause.end + 1


def _clause_root(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    return span.root


def _in_any(offset: int, parts: list[Candidate]) -> bool:
    return any(p.start <= offset < p.end for p in parts)


def _says_more(doc: Doc, clause: Candidate, parts: list[Candidate], lexicon: CueLexicon) -> bool:
    """Whether a clause has a predicate of its own outside the quoted words."""
    root = _clause_root(doc, clause.start, clause.end)
    if root is None or root.pos_ not in ("VERB", "AUX") or _in_any(root.idx, parts):
        return False
    for part in parts:
        quoted = doc.char_span(part.start, part.end, alignment_mode="expand")
        if quoted is None:
            continue
        heads = [t for t in quoted if not t.is_punct and not (quoted.start <= t.head.i < quoted.end)]
        if any(_argument_of(t, root) for t in heads):
            return False  # "said the talks were “almost ready”": the quote completes the predicate
    # "Xi called for both sides to “...”": a speaker's own report whose words are the partial quotes
    # ("the deal showed that ..." is not a speaker's report)
    if lexicon.is_verb_cue(root) or lexicon.lemma_classes(root) & {"intent"}:
        subj = subject_of(root)
        return subj is None or not _speaker_like(subj)
    return True


def _argument_of(token: Token, root: Token) -> bool:
    """Whether ``token`` is a core argument of ``root`` (or of a verb chained to it by xcomp)."""
    node = token
    while node.head.i != node.i and node.dep_ in ("conj", "cc") and node.head.i != root.i:
        node = node.head
    head = node.head
    while head.i != root.i and head.dep_ == "xcomp" and head.head.i != head.i:
        if head.head.i == root.i:
            break
        head = head.head
    if head.i not in (root.i, *(c.i for c in root.children if c.dep_ == "xcomp")):
        return False
    # after a copula the quote is the predicate, whatever its form ("was “in contact”")
    return node.dep_ in _CORE_DEPS or (head.lemma_ == "be" and node.dep_ in ("prep", "advmod", "npadvmod"))


def _speaker_like(token: Token) -> bool:
    return token.ent_type_ in _SPEAKER_ENTS or token.lower_ in PERSON_PRONOUNS | PLURAL_PRONOUNS


def _cut_before(text: str, clause: Candidate, part: Candidate) -> Candidate | None:
    """The clause up to the opening mark of a quote that ends it, without a dangling "and"."""
    end = part.start
    while end > clause.start and text[end - 1] in _OPENING:
        end -= 1
    while True:
        while end > clause.start and text[end - 1] in _TRIM:
            end -= 1
        head, _, last = text[clause.start:end].rpartition(" ")
        if head and last.lower() in _TRAILING_WORDS:
            end = clause.start + len(head)
            continue
        break
    if end - clause.start < 8 or len(text[clause.start:end].split()) < _MIN_WORDS:
        return None  # "it would respond": a bare subject and verb says nothing beyond the quote
    return Candidate(clause.start, end, clause.kind, cue=clause.cue, speaker_head=clause.speaker_head,
                     speaker_span=clause.speaker_span, inherit=clause.inherit, source=clause.source + "+cut")


def settle_nested(candidates: list[Candidate], doc: Doc, text: str, lexicon: CueLexicon) -> list[Candidate]:
    """Drop or cut reported clauses that contain partial quotes (see the module doc).

    A partial quote keeps the clause it sits in as ``clause`` (:mod:`quoting.clauses`): the
    reported clause sharing its cue (one attribution), whether that record is dropped, cut or
    kept, else the complement of its cue verb in the parse.
    """
    partials = [c for c in candidates if c.kind == "partial"]
    if not partials:
        return candidates
    cues = sorted({c.cue[0] for c in candidates if c.cue is not None})
    clauses: dict[int, tuple[int, int]] = {}
    out: list[Candidate] = []
    for cand in candidates:
        parts = [p for p in partials if _inside(p, cand)] if cand.kind == "indirect" else []
        if not parts:
            out.append(cand)
            continue
        _note_clause(clauses, cand, parts, text, cues)
        if not _says_more(doc, cand, parts, lexicon):
            continue
        last = max(parts, key=lambda p: p.end)
        if cand.end - last.end <= 2:
            cut = _cut_before(text, cand, last)
            if cut is not None:
                out.append(cut)
            continue
        out.append(cand)
    for part in partials:
        if id(part) not in clauses and part.clause is None:
            span = parse_clause(doc, text, part, cues)
            if span is not None:
                clauses[id(part)] = span
    if not clauses:
        return out
    return [replace(c, clause=clauses[id(c)]) if id(c) in clauses else c for c in out]


def _note_clause(clauses: dict[int, tuple[int, int]], clause: Candidate, parts: list[Candidate], text: str,
                 cues: list[int]) -> None:
    """Remember ``clause`` for the parts sharing its cue (the smallest such clause wins)."""
    for part in parts:
        if part.cue is None or part.cue != clause.cue or part.clause is not None:
            continue
        span = clause_span(text, clause.start, clause.end, part, cues)
        if span == (part.start, part.end):
            continue
        old = clauses.get(id(part))
        if old is None or span[1] - span[0] < old[1] - old[0]:
            clauses[id(part)] = span
