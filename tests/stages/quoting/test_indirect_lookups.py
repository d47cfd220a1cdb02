"""The array and bisect lookups of the indirect finder agree with plain scans."""

from __future__ import annotations

import random

import spacy
from spacy.tokens import Doc

from newsevents.stages.quoting.cues import load_cues
from newsevents.stages.quoting.indirect import (
    _CLAIM,
    _NOUN,
    _STANCE,
    IndirectFinder,
    _claim_hashes,
    _cue_hashes,
    _noun_hashes,
    _word_hashes,
)

_VOCAB = spacy.blank("en").vocab


def _doc() -> Doc:
    words = ["Officials", "said", "in", "a", "statement", "they", "were", "confident", "of", "the", "claim",
             "according", "to", "Reuters", "and", "Told", "reporters", "."]
    lemmas = ["official", "say", "in", "a", "statement", "they", "be", "confident", "of", "the", "claim",
              "accord", "to", "Reuters", "and", "tell", "reporter", "."]
    return Doc(_VOCAB, words=words, lemmas=lemmas)


def test_positions_match_a_scan_of_the_tokens() -> None:
    doc = _doc()
    lex = load_cues()
    finder = IndirectFinder(doc, doc.text, [], lex)
    cues = _cue_hashes(lex)
    assert finder._cue_positions() == [i for i, t in enumerate(doc) if t.lemma in cues or t.lower in cues]
    assert finder._statement_positions() == [i for i, t in enumerate(doc) if t.lower in _noun_hashes(lex)]
    assert finder._positions(_NOUN, 1) == finder._statement_positions()
    assert finder._positions(_CLAIM) == [i for i, t in enumerate(doc) if t.lemma in _claim_hashes(lex)]
    stance = _word_hashes(lex.stance_adjectives)
    assert finder._positions(_STANCE) == [i for i, t in enumerate(doc) if t.lemma in stance]
    assert 1 in finder._cue_positions() and 4 in finder._statement_positions()


def _share(quoted: list[tuple[int, int]], start: int, end: int) -> float:
    if end <= start:
        return 1.0
    inside = 0
    for a, b in sorted(quoted):
        if b <= start:
            continue
        if a >= end:
            break
        inside += max(0, min(b, end) - max(a, start))
    return inside / (end - start)


def test_quoted_share_and_opening_marks_match_a_scan() -> None:
    doc = _doc()
    rng = random.Random(4)
    for _ in range(200):
        quoted = []
        for _ in range(rng.randint(0, 6)):
            a = rng.randint(0, 120)
            quoted.append((a, a + rng.randint(-3, 40)))  # nested, overlapping and even reversed stretches
        finder = IndirectFinder(doc, doc.text, quoted, load_cues())
        for _ in range(20):
            start = rng.randint(-5, 130)
            end = start + rng.randint(-2, 50)
            assert finder._quoted_share(start, end) == _share(quoted, start, end)
            assert finder._opens_with_mark(start) == any(a - 2 <= start <= a + 1 for a, _ in quoted)
