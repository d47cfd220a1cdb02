"""Event aggregation at scale: 100,000 synthetic event mentions merged in DuckDB.

Writes synthetic rows straight into an in-memory store with SQL (documents,
events, a share of them in near-duplicate articles), then times
``aggregate_events`` (the SQL that merges mentions into ``event_groups`` and
links every mention in ``event_mentions``) and, for reference, ``dyad_series``.

    .venv/bin/python benchmarks/aggregate.py            # 100,000 mentions
    .venv/bin/python benchmarks/aggregate.py --events 1000000

Prints the row counts and seconds; the target is under 10 s for 100,000 rows.
"""

from __future__ import annotations

import argparse
import time

from newsevents.analysis.aggregate import aggregate_events
from newsevents.analysis.dyads import dyad_series
from newsevents.store import Store

COUNTRIES = ["USA", "CHN", "RUS", "UKR", "FRA", "DEU", "GBR", "IND", "BRA", "JPN", "IRN", "ISR", "TUR", "EGY",
             "ZAF", "MEX", "KOR", "PRK", "PAK", "SAU"]
ROOTS = [f"{i:02d}" for i in range(1, 21)]


def populate(store: Store, n_events: int, per_doc: int = 5, dup_share: float = 0.1) -> None:
    n_docs = max(1, n_events // per_doc)
    con = store.con
    con.execute(
        "INSERT INTO documents SELECT 'doc' || lpad(CAST(i AS VARCHAR), 12, '0'), "
        "'Synthetic article ' || i || '. ' || repeat('Filler words for the sentence window. ', 8), "
        "DATE '2024-01-01' + CAST(hash(i) % 365 AS INTEGER), 'caller', "
        "'https://outlet' || (hash(i * 7) % 300) || '.example/' || i, 'Title ' || i, 'bench', 400, 'bench', "
        "now()::TIMESTAMP FROM range(?) t(i)", [n_docs])
    con.execute(
        "INSERT INTO duplicates SELECT 'doc' || lpad(CAST(i AS VARCHAR), 12, '0'), "
        "'doc' || lpad(CAST(i - 1 AS VARCHAR), 12, '0'), 0.9, 0.95, now()::TIMESTAMP "
        "FROM range(1, ?) t(i) WHERE hash(i * 13) % 1000 < ?", [n_docs, int(dup_share * 1000)])
    # mention i reports true event k (about five mentions each, in different articles), dated within a day
    con.execute(
        "INSERT INTO events (doc_id, idx, trigger, trigger_start, trigger_end, sentence_start, sentence_end, cameo, "
        "root, plover, quad_class, goldstein, source_country, target_country, source_name, target_name, "
        "event_date, negated, modality, confidence) "
        "SELECT 'doc' || lpad(CAST(i // ? AS VARCHAR), 12, '0'), CAST(i % ? AS INTEGER), 'met', 0, 3, 0, 40, "
        "r || '0', r, 'CONSULT', 1 + CAST(hash(k * 5) % 4 AS INTEGER), 1.0, s, t, s, t, "
        "CASE WHEN hash(i * 11) % 2 = 0 THEN CAST(DATE '2024-01-01' + CAST(hash(k * 17) % 365 AS INTEGER) "
        "+ CAST(hash(i) % 2 AS INTEGER) AS VARCHAR) END, false, 'asserted', 1.0 "
        "FROM (SELECT i, k, ?[1 + CAST(hash(k * 3) % 20 AS INTEGER)] AS s, ?[1 + CAST(hash(k * 19) % 20 AS INTEGER)] AS t, "
        "?[1 + CAST(hash(k * 23) % 20 AS INTEGER)] AS r "
        "FROM (SELECT i, hash(i * 7919) % ? AS k FROM range(?) t(i)))",
        [per_doc, per_doc, COUNTRIES, COUNTRIES, ROOTS, max(1, n_events // 5), n_events])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    args = parser.parse_args()
    with Store(":memory:") as store:
        began = time.perf_counter()
        populate(store, args.events)
        setup = time.perf_counter() - began
        began = time.perf_counter()
        summary = aggregate_events(store)
        seconds = time.perf_counter() - began
        began = time.perf_counter()
        series = dyad_series(store, "USA", "CHN", freq="week")
        dyad_seconds = time.perf_counter() - began
        dups = store.query("SELECT count(*) FROM duplicates")[1][0][0]
    print(f"setup: {setup:.2f} s ({args.events:,} mentions, {dups:,} duplicate articles)")
    print(f"aggregate_events: {seconds:.2f} s -> {summary.events:,} events "
          f"({summary.duplicate_mentions:,} mentions in reprints)")
    print(f"dyad_series USA-CHN weekly: {dyad_seconds:.2f} s, {len(series.rows)} periods")
    print("PASS (< 10 s)" if seconds < 10 else "SLOW (>= 10 s)")


if __name__ == "__main__":
    main()
