"""Corpus-level work over the store: summaries, de-duplication, aggregation, stories, narratives.

The Python API of the analysis commands::

    from newsevents.store import Store
    from newsevents.analysis import refresh, list_stories, dyad_series, dyad_narrative

    with Store("news.duckdb") as store:
        refresh(store)                       # duplicates, stories, aggregated events
        cols, rows = list_stories(store)
        series = dyad_series(store, "USA", "CHN", freq="week")
        narrative = dyad_narrative(store, "USA", "CHN")
"""

from importlib import import_module
from typing import Any

_WHERE = {
    "aggregate_events": "aggregate", "event_mentions": "aggregate", "refresh": "corpus",
    "Deduplicator": "dedup", "deduplicate": "dedup", "duplicate_groups": "dedup",
    "dyad_series": "dyads", "plot_dyad": "dyads",
    "export_gdelt": "exports", "export_plover": "exports", "export_tables": "exports",
    "compare": "narratives", "dyad_narrative": "narratives", "narrative_dict": "narratives",
    "story_narrative": "narratives", "build_stories": "stories", "list_stories": "stories",
    "story_articles": "stories",
}
__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    """Import the module of a public function on first use (keeps ``import newsevents`` fast)."""
    if name in _WHERE:
        return getattr(import_module(f"newsevents.analysis.{_WHERE[name]}"), name)
    raise AttributeError(name)
