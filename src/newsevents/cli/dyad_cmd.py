"""``newsevents dyad``: a dyad's event counts, Goldstein mean and QuadClass shares over time."""

from __future__ import annotations

import csv
import datetime as dt
import json
import sys
from pathlib import Path

import click

from newsevents.analysis.corpus import refresh
from newsevents.analysis.dyads import COLUMNS, FREQS, UNITS, dyad_series, plot_dyad
from newsevents.cli.common import console, out, parse_date
from newsevents.cli.render import rows_table
from newsevents.store import Store


@click.command("dyad")
@click.argument("db", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("a")
@click.argument("b")
@click.option("--freq", type=click.Choice(list(FREQS)), default="week", show_default=True)
@click.option("--unit", type=click.Choice(list(UNITS)), default="mentions", show_default=True,
              help="mentions: raw event mentions (reprints left out); events: aggregated events.")
@click.option("--directed", is_flag=True, help="Only A -> B (default: both directions).")
@click.option("--from", "start", callback=parse_date, default=None, help="First day (YYYY-MM-DD).")
@click.option("--to", "end", callback=parse_date, default=None, help="Last day (YYYY-MM-DD).")
@click.option("--chart", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also draw the series to this .png or .svg file.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
def dyad_command(db: Path, a: str, b: str, freq: str, unit: str, directed: bool, start: dt.date | None,
                 end: dt.date | None, chart: Path | None, fmt: str) -> None:
    """Time series for the pair of countries A and B (ISO alpha-3) in DB.

    Brings the corpus tables up to date first (write access needed). Per
    period: events, A->B and B->A counts, mean Goldstein, and the share of
    each QuadClass (q1 verbal cooperation ... q4 material conflict).

    \b
    Examples:
      newsevents dyad demo.duckdb USA CHN
      newsevents dyad demo.duckdb USA CHN --freq month --chart usa-chn.png
      newsevents dyad demo.duckdb RUS UKR --directed --unit events --format csv
    """
    a, b = a.upper(), b.upper()
    with Store(db) as store:
        refresh(store)  # reprints linked, events aggregated (a no-op when up to date)
        series = dyad_series(store, a, b, freq=freq, unit=unit, directed=directed, start=start, end=end)
    if chart is not None:
        if chart.suffix.lower() not in {".png", ".svg"}:
            raise click.BadParameter("the chart file must end in .png or .svg", param_hint="--chart")
        plot_dyad(series, chart)
        console.print(f"chart written to {chart}", markup=False)
    if fmt == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(COLUMNS)
        writer.writerows(series.rows)
    elif fmt == "json":
        click.echo(json.dumps({"a": a, "b": b, "freq": freq, "unit": unit, "directed": directed,
                               "totals": series.totals(),
                               "rows": [dict(zip(COLUMNS, r, strict=True)) for r in series.rows]},
                              default=str, indent=2))
    else:
        arrow = "->" if directed else "<->"
        out.print(rows_table(f"{a} {arrow} {b} per {freq} ({unit})", COLUMNS, series.rows))
        out.print(f"totals: {series.totals()}")
