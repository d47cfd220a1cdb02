"""Bring the corpus-level tables up to date: duplicates, stories, aggregated events.

``refresh`` is what the analysis commands call before reading: it signs and
links documents that have no MinHash signature yet, rebuilds the story
clusters when articles were added since they were built, and rebuilds the
aggregated events when mentions were added (or stories changed).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from newsevents.analysis.aggregate import aggregate_events
from newsevents.analysis.dedup import Deduplicator
from newsevents.analysis.stories import build_stories
from newsevents.store import Store

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RefreshSummary:
    duplicates: int
    stories: int
    events: int
    rebuilt: tuple[str, ...]


def _count(store: Store, sql: str) -> int:
    return int(store.query(sql)[1][0][0])


def refresh(store: Store, *, force: bool = False, by_story: bool = False, window_days: int = 1) -> RefreshSummary:
    """Update ``duplicates``/``signatures``, ``stories``/``story_articles`` and ``event_groups``/``event_mentions``."""
    rebuilt: list[str] = []
    unsigned = _count(store, "SELECT count(*) FROM documents d WHERE NOT EXISTS "
                             "(SELECT 1 FROM signatures s WHERE s.doc_id = d.id)")
    if unsigned or force:
        Deduplicator.open(store)
        rebuilt.append("duplicates")
    stale_stories = _count(store, "SELECT count(*) FROM documents d WHERE NOT EXISTS "
                                  "(SELECT 1 FROM story_articles s WHERE s.doc_id = d.id)")
    if stale_stories or force or "duplicates" in rebuilt:
        build_stories(store)
        rebuilt.append("stories")
    stale_events = _count(store, "SELECT count(*) FROM events e WHERE e.root IS NOT NULL AND NOT EXISTS "
                                 "(SELECT 1 FROM event_mentions m WHERE m.doc_id = e.doc_id AND m.idx = e.idx)")
    if stale_events or force or "stories" in rebuilt:
        aggregate_events(store, by_story=by_story, window_days=window_days)
        rebuilt.append("events")
    return RefreshSummary(
        duplicates=_count(store, "SELECT count(*) FROM duplicates"),
        stories=_count(store, "SELECT count(*) FROM stories"),
        events=_count(store, "SELECT count(*) FROM event_groups"),
        rebuilt=tuple(rebuilt),
    )
