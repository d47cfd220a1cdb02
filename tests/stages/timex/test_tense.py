"""Which way a sentence points: arranging verbs, past-ability "could", deadlines pushed "until"."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsevents.stages import times
from newsevents.stages.base import StageContext

PUBLISHED = dt.date(2025, 6, 5)  # a Thursday


def _values(words, tags, deps, heads, lemmas=None):
    doc = Doc(Vocab(), words=words, spaces=[True] * (len(words) - 2) + [False, False], tags=tags,
              deps=deps, heads=heads, lemmas=lemmas or [w.lower() for w in words])  # fmt: skip
    return [(t.text, t.value) for t in times.run(StageContext.for_doc(doc, published=PUBLISHED))]


def test_arranging_verb_in_the_present_perfect_points_forward():
    # "Officials have scheduled a briefing Saturday ."
    out = _values(
        ["Officials", "have", "scheduled", "a", "briefing", "Saturday", "."],
        ["NNS", "VBP", "VBN", "DT", "NN", "NNP", "."],
        ["nsubj", "aux", "ROOT", "det", "dobj", "npadvmod", "punct"],
        [2, 2, 2, 4, 2, 2, 2],
        ["official", "have", "schedule", "a", "briefing", "Saturday", "."],
    )
    assert out == [("Saturday", "2025-06-07")]


def test_pluperfect_arrangement_stays_in_the_past():
    # "The vote had been scheduled Saturday ."
    out = _values(
        ["The", "vote", "had", "been", "scheduled", "Saturday", "."],
        ["DT", "NN", "VBD", "VBN", "VBN", "NNP", "."],
        ["det", "nsubjpass", "aux", "auxpass", "ROOT", "npadvmod", "punct"],
        [1, 4, 4, 4, 4, 4, 4],
        ["the", "vote", "have", "be", "schedule", "Saturday", "."],
    )
    assert out == [("Saturday", "2025-05-31")]


def test_could_is_past_ability_not_the_future():
    # "He could not be found Wednesday ."
    out = _values(
        ["He", "could", "not", "be", "found", "Wednesday", "."],
        ["PRP", "MD", "RB", "VB", "VBN", "NNP", "."],
        ["nsubjpass", "aux", "neg", "auxpass", "ROOT", "npadvmod", "punct"],
        [4, 4, 4, 4, 4, 4, 4],
    )
    assert out == [("Wednesday", "2025-06-04")]


def test_deadline_extended_until_a_weekday_is_ahead():
    # "Officials extended the deadline until Tuesday ."
    out = _values(
        ["Officials", "extended", "the", "deadline", "until", "Tuesday", "."],
        ["NNS", "VBD", "DT", "NN", "IN", "NNP", "."],
        ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
        [1, 1, 3, 1, 1, 4, 1],
        ["official", "extend", "the", "deadline", "until", "Tuesday", "."],
    )
    assert out == [("Tuesday", "2025-06-10")]


def test_effective_date_is_ahead_even_in_a_past_sentence():
    # "They approved a rule effective May 1 ."
    out = _values(
        ["They", "approved", "a", "rule", "effective", "May", "1", "."],
        ["PRP", "VBD", "DT", "NN", "JJ", "NNP", "CD", "."],
        ["nsubj", "ROOT", "det", "dobj", "amod", "npadvmod", "nummod", "punct"],
        [1, 1, 3, 1, 3, 1, 5, 1],
    )
    assert out == [("May 1", "2026-05-01")]
