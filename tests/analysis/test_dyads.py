from __future__ import annotations

from pathlib import Path

import pytest

from newsevents.analysis.aggregate import aggregate_events
from newsevents.analysis.dedup import deduplicate
from newsevents.analysis.dyads import dyad_series, plot_dyad
from newsevents.store import Store

from .conftest import Corpus


def _top_pair(store: Store) -> tuple[str, str]:
    return store.query("SELECT source_country, target_country FROM events GROUP BY ALL "
                       "ORDER BY count(*) DESC, 1, 2 LIMIT 1")[1][0]


def test_series_counts_shares_and_units(corpus_db: Path, corpus: Corpus) -> None:
    with Store(corpus_db) as store:
        deduplicate(store)
        aggregate_events(store)
        a, b = _top_pair(store)
        raw = store.query(
            "SELECT count(*) FROM events e WHERE ((source_country = ? AND target_country = ?) OR "
            "(source_country = ? AND target_country = ?)) AND doc_id NOT IN (SELECT doc_id FROM duplicates)",
            [a, b, b, a])[1][0][0]
        series = dyad_series(store, a, b, freq="month")
        assert sum(r[1] for r in series.rows) == raw
        for row in series.rows:
            assert row[1] == row[2] + row[3]
            assert abs(sum(row[5:9]) - 1.0) < 0.01
        directed = dyad_series(store, a, b, freq="day", directed=True)
        assert sum(r[1] for r in directed.rows) == sum(r[2] for r in series.rows)
        events = dyad_series(store, a, b, freq="week", unit="events")
        assert 0 < sum(r[1] for r in events.rows) < raw
        assert series.totals()["events"] == raw
        with pytest.raises(ValueError):
            dyad_series(store, a, b, freq="hour")


def test_chart_png_and_svg(corpus_db: Path, tmp_path: Path) -> None:
    with Store(corpus_db) as store:
        a, b = _top_pair(store)
        series = dyad_series(store, a, b, freq="week")
    png = plot_dyad(series, tmp_path / "d.png")
    svg = plot_dyad(series, tmp_path / "d.svg")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "<svg" in svg.read_text()[:500]
