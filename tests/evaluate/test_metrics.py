"""Scoring primitives: P/R/F1, span overlap, one-to-one matching."""

from __future__ import annotations

import pytest

from newsevents.evaluate.metrics import (
    PRF,
    accuracy,
    coverage_of_gold,
    match_one_to_one,
    overlap,
    prf_from_matches,
)


def test_prf_scores() -> None:
    prf = PRF(tp=3, fp=1, fn=2)
    assert prf.precision == pytest.approx(0.75)
    assert prf.recall == pytest.approx(0.6)
    assert prf.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert prf.row("x") == ["x", 3, 1, 2, 0.75, 0.6, 0.667]


def test_prf_empty_is_zero_not_error() -> None:
    assert PRF().precision == 0.0
    assert PRF().recall == 0.0
    assert PRF().f1 == 0.0


def test_prf_add_sums_counts() -> None:
    total = PRF(1, 2, 3)
    total.add(PRF(4, 5, 6))
    assert (total.tp, total.fp, total.fn) == (5, 7, 9)


def test_prf_from_matches() -> None:
    prf = prf_from_matches(n_gold=4, n_pred=5, n_matched=3)
    assert (prf.tp, prf.fp, prf.fn) == (3, 2, 1)


def test_overlap_and_coverage() -> None:
    assert overlap(0, 10, 5, 20) == 5
    assert overlap(0, 5, 5, 10) == 0  # half-open spans touching share nothing
    assert coverage_of_gold((10, 20), (15, 40)) == pytest.approx(0.5)
    assert coverage_of_gold((10, 20), (0, 100)) == 1.0
    assert coverage_of_gold((10, 10), (0, 100)) == 0.0


def test_match_one_to_one_is_greedy_by_score_and_exclusive() -> None:
    gold = [(0, 10), (20, 30)]
    pred = [(0, 30), (21, 29)]  # the long prediction covers both, the short one only the second

    def score(g: tuple[int, int], p: tuple[int, int]) -> float:
        return coverage_of_gold(g, p)

    pairs = match_one_to_one(gold, pred, score, threshold=0.3)
    # (0,30) covers both golds fully (score 1.0); gold 0 is taken first, gold 1 falls to (21,29) at 0.8
    assert sorted((g, p) for g, p, _ in pairs) == [(0, 0), (1, 1)]


def test_match_one_to_one_respects_threshold() -> None:
    pairs = match_one_to_one([(0, 10)], [(8, 12)], lambda g, p: coverage_of_gold(g, p), threshold=0.3)
    assert pairs == []


def test_accuracy() -> None:
    assert accuracy(1, 4) == 0.25
    assert accuracy(0, 0) == 0.0
