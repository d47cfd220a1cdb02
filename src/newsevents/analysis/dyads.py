"""Dyad time series: how two actors (countries) dealt with each other, period by period.

For a pair (A, B) each period (day, week or month) gets the number of events
between them, the mean Goldstein score and the share of each QuadClass
(1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material
conflict). ``unit="mentions"`` counts raw event mentions from ``events``
(near-duplicate articles left out, negated events left out); ``unit="events"``
counts aggregated events from ``event_groups`` (run ``aggregate_events``
first). ``directed=True`` keeps only A -> B; otherwise both directions count.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsevents.store import Store

FREQS = {"day": "day", "week": "week", "month": "month"}  # whitelist for date_trunc
UNITS = ("mentions", "events")
COLUMNS = ["period", "events", "a_to_b", "b_to_a", "goldstein", "q1", "q2", "q3", "q4"]

_SOURCES = {
    "mentions": """
        SELECT coalesce(CASE WHEN length(e.event_date) = 10 THEN TRY_CAST(e.event_date AS DATE) END,
                        d.published) AS day,
               e.source_country AS src, e.target_country AS tgt, e.goldstein, e.quad_class
        FROM events e JOIN documents d ON d.id = e.doc_id
        WHERE NOT coalesce(e.negated, false)
          AND NOT EXISTS (SELECT 1 FROM duplicates x WHERE x.doc_id = e.doc_id)
    """,
    "events": """
        SELECT coalesce(event_date, first_seen) AS day, source_country AS src, target_country AS tgt,
               goldstein, quad_class
        FROM event_groups WHERE NOT coalesce(negated, false)
    """,
}


@dataclass
class DyadSeries:
    a: str
    b: str
    freq: str
    unit: str
    directed: bool
    rows: list[tuple[Any, ...]]  # COLUMNS

    @property
    def columns(self) -> list[str]:
        return COLUMNS

    def totals(self) -> dict[str, float]:
        n = sum(r[1] for r in self.rows)
        if not n:
            return {"events": 0}
        gold = [(r[4], r[1]) for r in self.rows if r[4] is not None]
        return {"events": n,
                "goldstein": round(sum(g * k for g, k in gold) / max(1, sum(k for _, k in gold)), 2),
                **{f"q{i}": round(sum(r[4 + i] * r[1] for r in self.rows) / n, 3) for i in range(1, 5)}}


def dyad_series(
    store: Store,
    a: str,
    b: str,
    *,
    freq: str = "week",
    unit: str = "mentions",
    directed: bool = False,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> DyadSeries:
    """Counts, mean Goldstein and QuadClass shares per period for the pair (a, b)."""
    if freq not in FREQS:
        raise ValueError(f"freq must be one of {', '.join(FREQS)}")
    if unit not in UNITS:
        raise ValueError(f"unit must be one of {', '.join(UNITS)}")
    sql = f"""
        WITH x AS ({_SOURCES[unit]})
        SELECT CAST(date_trunc('{FREQS[freq]}', day) AS DATE) AS period,
               count(*) AS events,
               count(*) FILTER (WHERE src = ? AND tgt = ?) AS a_to_b,
               count(*) FILTER (WHERE src = ? AND tgt = ?) AS b_to_a,
               round(avg(goldstein), 2) AS goldstein,
               round(avg(CASE WHEN quad_class = 1 THEN 1.0 ELSE 0.0 END), 3) AS q1,
               round(avg(CASE WHEN quad_class = 2 THEN 1.0 ELSE 0.0 END), 3) AS q2,
               round(avg(CASE WHEN quad_class = 3 THEN 1.0 ELSE 0.0 END), 3) AS q3,
               round(avg(CASE WHEN quad_class = 4 THEN 1.0 ELSE 0.0 END), 3) AS q4
        FROM x
        WHERE day IS NOT NULL
          AND ((src = ? AND tgt = ?) OR (NOT ? AND src = ? AND tgt = ?))
          AND (CAST(? AS DATE) IS NULL OR day >= CAST(? AS DATE))
          AND (CAST(? AS DATE) IS NULL OR day <= CAST(? AS DATE))
        GROUP BY period ORDER BY period
    """
    params = [a, b, b, a, a, b, directed, b, a, start, start, end, end]
    _, rows = store.query(sql, params)
    return DyadSeries(a, b, freq, unit, directed, rows)


def plot_dyad(series: DyadSeries, path: str | Path, *, title: str | None = None) -> Path:
    """Draw the series (stacked QuadClass counts and the mean Goldstein line) to PNG or SVG."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    path = Path(path)
    periods = [r[0] for r in series.rows]
    counts = [r[1] for r in series.rows]
    fig, (top, bottom) = plt.subplots(2, 1, figsize=(9, 5.5), sharex=True, gridspec_kw={"height_ratios": [2, 1]})
    labels = ["verbal cooperation", "material cooperation", "verbal conflict", "material conflict"]
    colours = ["#4c9be8", "#1f5fa8", "#f0a04b", "#c0392b"]
    width = {"day": 0.8, "week": 5.0, "month": 24.0}[series.freq]
    base = [0.0] * len(periods)
    for q in range(4):
        heights = [r[5 + q] * r[1] for r in series.rows]
        top.bar(periods, heights, width=width, bottom=base, color=colours[q], label=labels[q])
        base = [b + h for b, h in zip(base, heights, strict=True)]
    top.set_ylabel("events")
    top.legend(fontsize=8, loc="upper left")
    arrow = "→" if series.directed else "↔"
    every = {"day": "daily", "week": "weekly", "month": "monthly"}[series.freq]
    top.set_title(title or f"{series.a} {arrow} {series.b}: {sum(counts)} {series.unit}, {every}")
    bottom.plot(periods, [r[4] for r in series.rows], marker="o", color="#333333")
    bottom.axhline(0, color="#999999", linewidth=0.8)
    bottom.set_ylim(-10, 10)
    bottom.set_ylabel("mean Goldstein")
    fig.autofmt_xdate()
    fig.tight_layout()
    fig.savefig(path, format=path.suffix.lstrip(".").lower() or "png")
    plt.close(fig)
    return path
