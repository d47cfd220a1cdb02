"""Batching a stream of items."""

from __future__ import annotations

from newsevents.ingest import batched


def test_batched_groups_in_order_and_keeps_the_short_tail() -> None:
    assert list(batched(range(5), 2)) == [[0, 1], [2, 3], [4]]
    assert list(batched([], 3)) == []
