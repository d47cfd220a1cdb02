"""Shared scoring primitives: counts, P/R/F1, span overlap, one-to-one matching, report tables."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from newsevents.model.records import Document, Extraction

Runner = Callable[[list[Document]], list[Extraction]]

G = TypeVar("G")
P = TypeVar("P")


@dataclass
class PRF:
    """True positives, false positives, false negatives and the scores they give."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: PRF) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def row(self, name: str) -> list[Any]:
        return [name, self.tp, self.fp, self.fn, round(self.precision, 3), round(self.recall, 3), round(self.f1, 3)]


PRF_COLUMNS = ["measure", "tp", "fp", "fn", "precision", "recall", "f1"]


@dataclass
class Table:
    title: str
    columns: list[str]
    rows: list[list[Any]] = field(default_factory=list)


@dataclass
class EvalReport:
    """What one evaluation produced: tables to print and flat scores for gates."""

    dataset: str
    protocol: str
    tables: list[Table] = field(default_factory=list)
    scores: dict[str, float] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    """Number of characters two half-open spans share."""
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def coverage_of_gold(gold: tuple[int, int], pred: tuple[int, int]) -> float:
    """Share of the gold span covered by the predicted span."""
    length = gold[1] - gold[0]
    return overlap(gold[0], gold[1], pred[0], pred[1]) / length if length > 0 else 0.0


def match_one_to_one(
    gold: Sequence[G],
    pred: Sequence[P],
    score: Callable[[G, P], float],
    threshold: float,
) -> list[tuple[int, int, float]]:
    """Greedy one-to-one matching by descending score; pairs scoring below threshold never match.

    Returns (gold index, pred index, score) triples.
    """
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            s = score(g, p)
            if s >= threshold and s > 0:
                candidates.append((s, gi, pi))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for s, gi, pi in candidates:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi, s))
    return pairs


def prf_from_matches(n_gold: int, n_pred: int, n_matched: int) -> PRF:
    return PRF(tp=n_matched, fp=n_pred - n_matched, fn=n_gold - n_matched)


def accuracy(correct: int, total: int) -> float:
    return correct / total if total else 0.0


