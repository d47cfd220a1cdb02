"""Event aggregation: raw mentions (``events``) merged into one event per happening.

Two mentions are the same event when they have the same dyad (source and
target country, or actor name when no country), the same CAMEO root, the same
polarity (negated or not) and compatible dates: ordered by day, a mention
joins the previous one's event when it is at most ``window_days`` later
(default 1). With ``by_story=True`` the mentions must also belong to the same
story cluster (``story_articles``; run ``stories.build_stories`` first).

The day of a mention is its ``event_date`` when that is a full date, else the
article's publication date. Counts follow GDELT's meaning with reprints
removed: ``num_mentions`` counts every mention (reprints included),
``num_articles`` counts distinct articles after mapping each near-duplicate to
its original, ``num_sources`` counts distinct outlets (URL host, else the
``source`` field) of those original articles. Results go to ``event_groups``
(one row per event) and ``event_mentions`` (one row per raw mention, with its
sentence); both are rebuilt on every call.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from newsevents.store import Store

log = logging.getLogger(__name__)

_MENTIONS = r"""
CREATE OR REPLACE TEMP TABLE _mentions AS
WITH base AS (
    SELECT e.doc_id, e.idx, e.cameo, e.root, e.plover, e.quad_class, e.goldstein,
           coalesce(e.negated, false) AS negated,
           e.source_name, e.source_country, e.target_name, e.target_country,
           coalesce(e.source_country, e.source_name, '') AS src,
           coalesce(e.target_country, e.target_name, '') AS tgt,
           coalesce(CASE WHEN length(e.event_date) = 10 THEN TRY_CAST(e.event_date AS DATE) END,
                    d.published) AS day,
           d.published, d.url,
           dup.original_id IS NOT NULL AS duplicate,
           coalesce(dup.original_id, e.doc_id) AS article,
           coalesce(nullif(regexp_extract(od.url, '^[A-Za-z]+://(?:www\.)?([^/:]+)', 1), ''),
                    od.source, od.id) AS outlet,
           CASE WHEN e.sentence_start IS NOT NULL AND e.sentence_end > e.sentence_start
                THEN substr(d.text, e.sentence_start + 1, e.sentence_end - e.sentence_start) END AS sentence,
           e.place_name, e.place_country, e.place_lat, e.place_lon,
           sa.story_id
    FROM events e
    JOIN documents d ON d.id = e.doc_id
    LEFT JOIN duplicates dup ON dup.doc_id = e.doc_id
    LEFT JOIN documents od ON od.id = coalesce(dup.original_id, e.doc_id)
    LEFT JOIN story_articles sa ON sa.doc_id = e.doc_id
    WHERE e.root IS NOT NULL
),
keyed AS (
    SELECT *, CASE WHEN ? THEN coalesce(story_id, -1) ELSE 0 END AS story_key FROM base
),
gaps AS (
    SELECT *,
           CASE WHEN day IS NULL THEN 0
                WHEN lag(day) OVER w IS NULL THEN 1
                WHEN day - lag(day) OVER w > ? THEN 1 ELSE 0 END AS new_group
    FROM keyed
    WINDOW w AS (PARTITION BY src, tgt, root, negated, story_key ORDER BY day NULLS FIRST, doc_id, idx)
),
grouped AS (
    SELECT *, sum(new_group) OVER (PARTITION BY src, tgt, root, negated, story_key
                                   ORDER BY day NULLS FIRST, doc_id, idx
                                   ROWS UNBOUNDED PRECEDING) AS grp
    FROM gaps
)
SELECT *, dense_rank() OVER (ORDER BY src, tgt, root, negated, story_key, grp) AS gkey FROM grouped
"""

_GROUPS = """
INSERT INTO event_groups
SELECT row_number() OVER (ORDER BY min(day) NULLS LAST, gkey) AS event_id,
       mode(source_country), mode(source_name), mode(target_country), mode(target_name),
       mode(cameo), any_value(root), mode(plover), mode(quad_class), round(avg(goldstein), 2),
       any_value(negated), mode(day), min(published), max(published),
       count(*), count(DISTINCT outlet), count(DISTINCT article), mode(story_id),
       mode(place_name), mode(place_country),
       arg_min(place_lat, published) FILTER (WHERE place_lat IS NOT NULL),
       arg_min(place_lon, published) FILTER (WHERE place_lon IS NOT NULL),
       arg_min(url, published) FILTER (WHERE NOT duplicate)
FROM _mentions GROUP BY gkey
"""

_LINKS = """
INSERT INTO event_mentions
SELECT m.doc_id, m.idx, g.event_id, m.duplicate, m.sentence
FROM _mentions m JOIN (
    SELECT gkey, row_number() OVER (ORDER BY min(day) NULLS LAST, gkey) AS event_id
    FROM _mentions GROUP BY gkey
) g USING (gkey)
"""


@dataclass(frozen=True)
class AggregateSummary:
    mentions: int
    events: int
    duplicate_mentions: int


def aggregate_events(store: Store, *, window_days: int = 1, by_story: bool = False) -> AggregateSummary:
    """Rebuild ``event_groups`` and ``event_mentions`` from ``events`` (one transaction)."""
    con = store.con
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(_MENTIONS, [bool(by_story), int(window_days)])
        con.execute("DELETE FROM event_mentions")
        con.execute("DELETE FROM event_groups")
        con.execute(_GROUPS)
        con.execute(_LINKS)
        mentions, dups = con.execute("SELECT count(*), count(*) FILTER (WHERE duplicate) FROM _mentions").fetchone()
        events = con.execute("SELECT count(*) FROM event_groups").fetchone()[0]
        con.execute("DROP TABLE _mentions")
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    log.info("aggregated %d mentions into %d events", mentions, events)
    return AggregateSummary(int(mentions), int(events), int(dups))


def event_mentions(store: Store, event_id: int) -> tuple[list[str], list[tuple]]:
    """Every raw mention of one aggregated event with its article and sentence."""
    return store.query(
        "SELECT m.doc_id, m.idx, d.published, d.url, coalesce(d.title, d.source) AS title, m.duplicate, "
        "e.trigger, m.sentence FROM event_mentions m JOIN events e USING (doc_id, idx) "
        "JOIN documents d ON d.id = m.doc_id WHERE m.event_id = ? ORDER BY d.published, m.doc_id, m.idx",
        [int(event_id)],
    )
