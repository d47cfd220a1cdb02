"""Rich renderings shared by commands."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from newsevents.analysis.summary import StoreSummary


def rows_table(title: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> Table:
    table = Table(*columns, title=title, title_justify="left")
    for row in rows:
        table.add_row(*("" if v is None else escape(str(v)) for v in row))
    return table


def print_summary(console: Console, summary: StoreSummary) -> None:
    c = summary.counts
    console.print(
        f"[bold]{c['documents']}[/bold] documents · {c['actors']} actor mentions · {c['quotes']} quotes · "
        f"{c['events']} events · {c['times']} time expressions · {c['places']} places · "
        f"{c['failures']} failures"
    )
    console.print(rows_table("Most mentioned actors", ["actor", "country", "sector", "mentions"], summary.top_actors))
    console.print(rows_table("Quotes by speaker", ["speaker", "country", "quotes"], summary.top_speakers))
    console.print(rows_table("Events by dyad (not negated)", ["source", "target", "events", "mean Goldstein",
                                                             "most common root"], summary.dyads))
    console.print(rows_table("Time expressions by type", ["type", "count"], summary.time_types))
    console.print(rows_table("Places", ["place", "country", "mentions"], summary.top_places))
    if summary.failures:
        console.print(rows_table("Failures", ["origin", "reason"], summary.failures))
