"""A readable digest of a store: what ``newsevents run`` prints at the end."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from newsevents.store import Store


@dataclass
class StoreSummary:
    counts: dict[str, int]
    top_actors: list[tuple[Any, ...]] = field(default_factory=list)  # name, country, sector, mentions
    top_speakers: list[tuple[Any, ...]] = field(default_factory=list)  # speaker, country, quotes
    dyads: list[tuple[Any, ...]] = field(default_factory=list)  # source, target, events, goldstein, top root
    time_types: list[tuple[Any, ...]] = field(default_factory=list)  # type, count
    top_places: list[tuple[Any, ...]] = field(default_factory=list)  # name, country, mentions
    failures: list[tuple[Any, ...]] = field(default_factory=list)  # origin, reason


def summarize(store: Store, limit: int = 10) -> StoreSummary:
    q = store.query
    return StoreSummary(
        counts=store.counts(),
        top_actors=q(
            "SELECT name, country, sector, count(*) AS n FROM actors WHERE name IS NOT NULL "
            "GROUP BY ALL ORDER BY n DESC, name LIMIT ?", [limit])[1],
        top_speakers=q(
            "SELECT coalesce(speaker, speaker_text, '(unknown)') AS who, speaker_country, count(*) AS n "
            "FROM quotes GROUP BY ALL ORDER BY n DESC, who LIMIT ?", [limit])[1],
        dyads=q(
            "SELECT coalesce(source_country, '---') AS src, coalesce(target_country, '---') AS tgt, "
            "count(*) AS n, round(avg(goldstein), 2) AS goldstein, mode(root) AS top_root "
            "FROM events WHERE NOT negated GROUP BY ALL ORDER BY n DESC, src, tgt LIMIT ?", [limit])[1],
        time_types=q("SELECT type, count(*) AS n FROM times GROUP BY ALL ORDER BY n DESC")[1],
        top_places=q(
            "SELECT name, country, count(*) AS n FROM places GROUP BY ALL ORDER BY n DESC, name LIMIT ?",
            [limit])[1],
        failures=q("SELECT origin, reason FROM failures ORDER BY origin LIMIT ?", [limit])[1],
    )
