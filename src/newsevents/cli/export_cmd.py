"""``newsevents export``: GDELT 2.0 Event TSV, PLOVER JSON, or CSV/Parquet of every table."""

from __future__ import annotations

from pathlib import Path

import click

from newsevents.analysis.corpus import refresh
from newsevents.analysis.exports import export_gdelt, export_plover, export_tables
from newsevents.cli.common import console
from newsevents.store import Store
from newsevents.store.schema import TABLES


@click.command("export")
@click.argument("db", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["gdelt", "plover", "csv", "parquet"]), required=True)
@click.option("-o", "--out", "out_path", type=click.Path(path_type=Path), required=True,
              help="Output file (gdelt, plover) or folder (csv, parquet).")
@click.option("--table", "tables", multiple=True, type=click.Choice(list(TABLES)),
              help="csv/parquet: only this table; repeatable (default: every table).")
@click.option("--header", is_flag=True, help="gdelt: write a header row (GDELT's own files have none).")
@click.option("--all-events", is_flag=True, help="plover: also events without a PLOVER type.")
def export_command(db: Path, fmt: str, out_path: Path, tables: tuple[str, ...], header: bool,
                   all_events: bool) -> None:
    """Export DB: aggregated events as GDELT 2.0 TSV or PLOVER JSON, or tables as CSV/Parquet.

    gdelt and plover bring the aggregated events up to date first (write
    access needed); the GDELT side file with our extra columns is written
    next to the TSV as <name>.extra.tsv. plover writes a JSON array for a
    .json file, JSON Lines otherwise.

    \b
    Examples:
      newsevents export demo.duckdb --format gdelt -o events.tsv
      newsevents export demo.duckdb --format plover -o events.jsonl
      newsevents export demo.duckdb --format parquet -o dump/
      newsevents export demo.duckdb --format csv -o dump/ --table events --table quotes
    """
    if fmt in {"csv", "parquet"}:
        with Store(db, read_only=True) as store:
            written = export_tables(store, out_path, fmt=fmt, tables=tables or None)
        console.print(f"{len(written)} table(s) written to {out_path}", markup=False)
        return
    with Store(db) as store:
        refresh(store)
        if fmt == "gdelt":
            path, side = export_gdelt(store, out_path, header=header)
            console.print(f"events written to {path}, extra columns to {side}", markup=False)
        else:
            path = export_plover(store, out_path, include_uncoded=all_events)
            console.print(f"records written to {path}", markup=False)
