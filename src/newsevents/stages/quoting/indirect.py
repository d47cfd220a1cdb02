"""Indirect speech: reported clauses with no quote marks.

Constructions: a cue verb with a clausal complement ("Trump said the call
focused on trade"); a reporting clause after the report ("..., three
officials told CNN"); "according to X"; "in a statement, X ..."; and a
speaker label opening a paragraph ("SMITH: ..."). Clauses that are mostly
inside quote marks are left to the direct finder.
"""

from __future__ import annotations

import bisect
from functools import cached_property, lru_cache
from itertools import accumulate

import numpy
from spacy.attrs import LEMMA, LOWER
from spacy.strings import StringStore
from spacy.tokens import Doc, Token

from newsevents.stages.quoting.candidate import Candidate
from newsevents.stages.quoting.cues import _IRREGULAR as _IRREGULAR_FORMS
from newsevents.stages.quoting.cues import CueLexicon, verb_lemma
from newsevents.stages.quoting.labels import speaker_labels
from newsevents.stages.quoting.syntax import (
    according_to,
    np_bounds,
    speaker_head,
    subject_of,
    subtree_bounds_excluding,
    trimmed_char_span,
)
from newsevents.stages.quoting.tokens import TokenCache

_CLAUSE_DEPS = frozenset({"ccomp"})
_REPORT_AFTER_DEPS = frozenset({"ccomp", "parataxis", "advcl", "conj"})


@lru_cache(maxsize=4)
def _cue_hashes(lexicon: CueLexicon) -> frozenset[int]:
    """String hashes of every cue lemma and irregular form (hashes do not depend on the vocab)."""
    words = set(lexicon.speech | lexicon.frame | lexicon.belief | lexicon.intent) | {"according"}
    words |= set(_IRREGULAR_FORMS)
    strings = StringStore()
    return frozenset(strings.add(w) for w in words)


@lru_cache(maxsize=4)
def _claim_hashes(lexicon: CueLexicon) -> frozenset[int]:
    return _word_hashes(lexicon.claim_nouns)


@lru_cache(maxsize=16)
def _word_hashes(words: frozenset[str]) -> frozenset[int]:
    strings = StringStore()
    return frozenset(strings.add(w) for w in words)


@lru_cache(maxsize=4)
def _noun_hashes(lexicon: CueLexicon) -> frozenset[int]:
    strings = StringStore()
    return frozenset(strings.add(w) for w in lexicon.nouns)


_CUE, _CLAIM, _STANCE, _NOUN = 1, 2, 4, 8  # bits of the word table


@lru_cache(maxsize=4)
def _word_table(lexicon: CueLexicon) -> tuple[numpy.ndarray, numpy.ndarray]:
    """Every word hash the finder looks for, sorted, with its bits (cue, claim noun, stance
    adjective, statement noun), so one binary search per token answers every lookup."""
    groups = ((_CUE, _cue_hashes(lexicon)), (_CLAIM, _claim_hashes(lexicon)),
              (_STANCE, _word_hashes(lexicon.stance_adjectives)), (_NOUN, _noun_hashes(lexicon)))
    words = sorted(set().union(*(hashes for _, hashes in groups)))
    bits = [sum(bit for bit, hashes in groups if w in hashes) for w in words]
    return numpy.array(words, dtype=numpy.uint64), numpy.array(bits, dtype=numpy.int64)


def _word_bits(values: numpy.ndarray, lexicon: CueLexicon) -> numpy.ndarray:
    """The word-table bits of each hash in ``values`` (0 for a word not in the table)."""
    table, bits = _word_table(lexicon)
    if not len(table):
        return numpy.zeros(len(values), dtype=numpy.int64)
    at = table.searchsorted(values)
    at[at == len(table)] = 0
    return numpy.where(table[at] == values, bits[at], 0)


_REFUSALS = frozenset({"decline", "refuse"})
_REFERRING_DETS = frozenset({"the", "that", "this", "these", "those", "such"})


def _mere_reference(objs: list[Token], claims: frozenset[str]) -> bool:
    """A short definite object naming a statement already told ("denied the claim", "rejected
    these accusations"): it points back at that statement and says nothing itself."""
    if len(objs) != 1 or objs[0].dep_ != "dobj":
        return False
    obj = objs[0]
    words = list(obj.subtree)
    return (
        len(words) <= 4
        and words[0].lower_ in _REFERRING_DETS
        and all(t.pos_ in ("DET", "ADJ", "NOUN", "PROPN", "PUNCT") for t in words[1:])
        and obj.lemma_.lower() in claims
    )


class IndirectFinder:
    """Finds unmarked reported speech in one parsed document."""

    def __init__(self, doc: Doc, text: str, quoted_chars: list[tuple[int, int]], lexicon: CueLexicon,
                 with_beliefs: bool = False, tokens: TokenCache | None = None) -> None:
        self.doc = doc
        self.tokens = tokens if tokens is not None else TokenCache(doc)
        self.text = text
        self.lex = lexicon
        self.quoted_chars = sorted(quoted_chars)
        self._quote_starts = [a for a, _ in self.quoted_chars]
        # the furthest end among the first k stretches: those before it all end before an offset
        self._reach = list(accumulate((b for _, b in self.quoted_chars), max))
        self.with_beliefs = with_beliefs

    def _quoted_share(self, start: int, end: int) -> float:
        if end <= start:
            return 1.0
        inside = 0
        chars = self.quoted_chars
        for k in range(bisect.bisect_right(self._reach, start), len(chars)):
            a, b = chars[k]
            if b <= start:
                continue
            if a >= end:
                break
            inside += max(0, min(b, end) - max(a, start))
        return inside / (end - start)

    def _candidate(self, i: int, j: int, cue: tuple[int, int], subj: Token | None, source: str,
                   max_quoted: float = 0.5, min_chars: int = 8) -> Candidate | None:
        chars = trimmed_char_span(self.doc, i, j)
        if chars is None or chars[1] - chars[0] < min_chars:
            return None
        if self._quoted_share(*chars) > max_quoted and self._opens_with_mark(chars[0]):
            return None
        head_i = span = None
        if subj is not None:
            head = speaker_head(subj)
            head_i, span = head.i, np_bounds(head)
        return Candidate(chars[0], chars[1], "indirect", cue=cue, speaker_head=head_i, speaker_span=span,
                         source=source)

    def _inside_quote(self, offset: int) -> bool:
        k = bisect.bisect_right(self._quote_starts, offset) - 1
        return k >= 0 and offset < self.quoted_chars[k][1]

    def _opens_with_mark(self, start: int) -> bool:
        """Whether a clause starts at (or right inside) a quoted stretch."""
        k = bisect.bisect_left(self._quote_starts, start - 1)  # the first mark at or after start - 1
        return k < len(self._quote_starts) and self._quote_starts[k] <= start + 2

    def find(self) -> list[Candidate]:
        out: list[Candidate] = []
        for i in self._cue_positions():
            tok = self.tokens[i]
            if tok.lower_ == "according":
                cand = self._according(tok)
                if cand is not None:
                    out.append(cand)
                continue
            if tok.pos_ not in ("VERB", "AUX"):
                continue
            cand = self._clause(tok)
            if cand is not None and not (self._inside_quote(tok.idx) and not self._inside_quote(cand.start)):
                out.append(cand)  # a cue inside a quote does not report what lies outside it
        out.extend(speaker_labels(self.doc, self.text, self._quoted_share))
        out.extend(self._statements())
        out.extend(self._claim_nouns())
        out.extend(self._stances())
        return out

    def _stances(self) -> list[Candidate]:
        """"Officials are confident that ...": a stance adjective with a that-clause, held by the subject."""
        out: list[Candidate] = []
        for i in self._positions(_STANCE):
            adj = self.tokens[i]
            if adj.pos_ != "ADJ" or adj.dep_ not in ("acomp", "ROOT", "ccomp", "conj"):
                continue
            clause = next((c for c in adj.children if c.dep_ == "ccomp" and c.i > adj.i), None)
            if clause is None:
                continue
            holder = subject_of(adj.head) if adj.dep_ == "acomp" else subject_of(adj)
            cand = self._candidate(clause.left_edge.i, clause.right_edge.i + 1, (adj.idx, adj.idx + len(adj.text)),
                                   holder, "stance")
            if cand is not None and holder is not None:
                out.append(cand)
        return out

    def _claim_nouns(self) -> list[Candidate]:
        """"Trump's claim that ...", "Republicans expressed concern that ...": a noun with a that-clause."""
        out: list[Candidate] = []
        for i in self._positions(_CLAIM):
            noun = self.tokens[i]
            if noun.pos_ != "NOUN":
                continue
            clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp") and c.i > noun.i
                           and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)), None)
            if clause is None:
                continue
            holder = next((c for c in noun.children if c.dep_ == "poss"), None)
            if holder is None and noun.dep_ in ("dobj", "attr") and noun.head.pos_ in ("VERB", "AUX"):
                holder = subject_of(noun.head)
            cand = self._candidate(clause.left_edge.i, clause.right_edge.i + 1, (noun.idx, noun.idx + len(noun.text)),
                                   holder, "claim-noun")
            if cand is not None:
                out.append(cand)
        return out

    @cached_property
    def _word_bits(self) -> tuple[numpy.ndarray, numpy.ndarray]:
        """Word-table bits of every token's lemma and lower form, read once from the arrays."""
        bits = _word_bits(self.doc.to_array([LEMMA, LOWER]).reshape(-1), self.lex).reshape(-1, 2)
        return bits[:, 0], bits[:, 1]

    def _positions(self, bit: int, column: int = 0) -> list[int]:
        """Indices of tokens whose lemma (column 0) or lower form (column 1) has ``bit``."""
        return numpy.flatnonzero(self._word_bits[column] & bit).tolist()

    def _statements(self) -> list[Candidate]:
        """"In a statement, the ministry condemned the attack": the predicate, said by the subject."""
        out: list[Candidate] = []
        for i in self._statement_positions():
            noun = self.tokens[i]
            prep = noun.head
            if noun.dep_ != "pobj" or prep.lower_ not in ("in", "through", "via"):
                continue
            verb = prep.head
            if verb.pos_ not in ("VERB", "AUX") or self.lex.lemma_classes(verb) & {"speech", "belief"}:
                continue
            subj = subject_of(verb)
            if subj is None:
                continue
            excluded = [prep, *[c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass")]]
            a, b = subtree_bounds_excluding(verb, excluded)
            if prep.i > a and prep.i < b:
                a = max(a, prep.right_edge.i + 1) if prep.i < verb.i else a
                b = min(b, prep.i) if prep.i > verb.i else b
            if subj.i >= a and subj.i < b:
                a = max(a, subj.right_edge.i + 1)
            start_tok = prep.left_edge.i
            cue = (self.tokens[start_tok].idx, noun.idx + len(noun.text))
            cand = self._candidate(a, b, cue, subj, "statement")
            if cand is not None:
                out.append(cand)
        return out

    def _statement_positions(self) -> list[int]:
        return self._positions(_NOUN, 1)

    def _cue_positions(self) -> list[int]:
        """Indices of tokens whose lemma (or lower form) is a cue, found on arrays, not token objects."""
        lemmas, lowers = self._word_bits
        return numpy.flatnonzero((lemmas | lowers) & _CUE).tolist()

    def _cue_chars(self, tok: Token) -> tuple[int, int]:
        end_tok = tok
        for child in tok.rights:
            if child.dep_ == "prt" and child.i == tok.i + 1:
                end_tok = child
        return tok.idx, end_tok.idx + len(end_tok.text)

    def _clause(self, verb: Token) -> Candidate | None:
        classes = self.lex.lemma_classes(verb)
        if not classes:
            return None
        if verb.dep_ == "xcomp" and verb_lemma(verb.head) in _REFUSALS:
            return None  # "declined to say whether ...": nothing was said
        subj = subject_of(verb)
        cue = self._cue_chars(verb)
        children = list(verb.children)
        # a reported clause, before or after the cue: "X said (that) ...", "..., X said."
        if classes & {"speech", "belief"}:
            for child in children:
                if child.dep_ in _CLAUSE_DEPS and child.pos_ in ("VERB", "AUX"):
                    if "belief" in classes and "speech" not in classes and child.i < verb.i:
                        continue
                    if child.i < verb.i and any(
                        self.tokens[k].text in (":", ";") for k in range(child.right_edge.i, verb.i)
                    ):
                        continue  # "... on Friday: Republicans said they ...": the colon ends that sentence
                    i, j = child.left_edge.i, child.right_edge.i + 1
                    return self._candidate(i, j, cue, subj, "clause")
        # an intention or a call: "wants to", "urged X to", "called on X to"
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in children)
        if "intent" in classes and not passive:
            for child in children:
                if child.dep_ == "xcomp" and child.i > verb.i and child.pos_ in ("VERB", "AUX"):
                    if verb_lemma(verb) in _REFUSALS and self.lex.lemma_classes(child) & {"speech", "frame"}:
                        return None  # "declined to comment": nothing was said
                    return self._candidate(child.left_edge.i, child.right_edge.i + 1, cue, subj, "intent")
            for child in children:
                if child.dep_ == "prep" and child.lower_ in ("on", "upon"):
                    for grand in child.children:
                        for great in grand.children:
                            if great.dep_ in ("acl", "relcl", "xcomp") and great.i > grand.i:
                                return self._candidate(great.left_edge.i, great.right_edge.i + 1, cue, subj,
                                                       "intent")
        # an object: "criticized the plan", "called for talks", "accused X of Y", "cited a poll"
        if "frame" in classes:
            objs = [c for c in children if c.i > verb.i and (
                c.dep_ in ("dobj", "oprd") or (c.dep_ == "prep" and c.lower_ in ("for", "of", "as", "about")))]
            if objs and subj is not None and not _mere_reference(objs, self.lex.claim_nouns):
                i = min(o.left_edge.i for o in objs)
                j = max(o.right_edge.i for o in objs) + 1
                for c in children:  # "called for both sides to act": the infinitive is the call's content
                    if c.dep_ in ("advcl", "xcomp") and c.left_edge.i == j \
                            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
                        j = c.right_edge.i + 1
                return self._candidate(i, j, cue, subj, "object", min_chars=3)
        # reporting clause after or inside the report: "..., officials told CNN." / "A, he said, B."
        head = verb.head
        if (
            verb.dep_ in _REPORT_AFTER_DEPS
            and head.i != verb.i
            and (head.i < verb.i or verb.dep_ in ("parataxis", "ccomp"))
            and head.pos_ in ("VERB", "AUX")
            and not (verb.dep_ == "ccomp" and self.lex.is_verb_cue(head))  # "X could respond, analysts said"
            and subj is not None
            and subj.i > head.i - 40
            and not any(c.dep_ in ("ccomp", "dobj", "xcomp") and c.i > verb.i for c in children)
            and self.lex.is_speech_verb(verb)
            and self._bare_report(verb, children)
        ):
            i, j = subtree_bounds_excluding(head, [verb])
            if head.i < verb.i and verb.i > i:
                j = min(j, verb.left_edge.i)
            return self._candidate(i, j, cue, subj, "report-after")
        return None

    _ADDRESSEE_VERBS = frozenset({"tell", "inform", "assure", "remind", "warn", "advise", "ask", "brief"})

    def _bare_report(self, verb: Token, children: list[Token]) -> bool:
        """A reporting clause on its own ("he said", "officials told CNN"), not a subordinate
        clause ("after they agreed") nor a verb with its own complement ("agreed to a truce")."""
        for c in children:
            if c.dep_ == "mark":
                return False
            if c.dep_ in ("dobj", "dative") and verb_lemma(verb) not in self._ADDRESSEE_VERBS:
                return False
            if c.dep_ == "prep" and c.lower_ in ("to", "with", "on", "for", "about", "of") \
                    and verb_lemma(verb) not in self._ADDRESSEE_VERBS:
                return False
        return True

    def _according(self, tok: Token) -> Candidate | None:
        target = according_to(tok)
        if target is None:
            return None
        head = tok.head
        while head.dep_ not in ("ROOT",) and head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
            head = head.head
        i, j = subtree_bounds_excluding(head, [tok])
        nxt = self.tokens[tok.i + 1] if tok.i + 1 < len(self.doc) else tok
        cue = (tok.idx, nxt.idx + len(nxt.text))
        return self._candidate(i, j, cue, target, "according-to")
