"""``newsevents query``: read-only SQL over the store."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import click

from newsevents.cli.common import EXIT_ERROR, console, out
from newsevents.cli.render import rows_table
from newsevents.model.errors import StoreError
from newsevents.store import Store


@click.command("query")
@click.argument("db", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("sql")
@click.option("-p", "--param", "params", multiple=True, help="Value for a ? placeholder; repeatable, in order.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json", "jsonl"]), default="table",
              show_default=True)
def query_command(db: Path, sql: str, params: tuple[str, ...], fmt: str) -> None:
    """Run read-only SQL against DB (tables: documents, actors, quotes, events, times, places, failures, runs).

    The database is opened read-only, so statements that write fail. Use ?
    placeholders with --param rather than pasting values into SQL.

    \b
    Examples:
      newsevents query demo.duckdb "SELECT source_country, target_country, count(*) FROM events GROUP BY ALL"
      newsevents query demo.duckdb "SELECT content FROM quotes WHERE speaker = ?" -p "Xi Jinping" --format csv
    """
    try:
        with Store(db, read_only=True) as store:
            columns, rows = store.query(sql, list(params))
    except StoreError as exc:
        console.print(f"[red]{exc}[/red]", markup=False)
        raise SystemExit(EXIT_ERROR) from None
    if fmt == "table":
        out.print(rows_table(f"{len(rows)} rows", columns, rows))
    elif fmt == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        writer.writerows(rows)
    else:
        records = [dict(zip(columns, row, strict=True)) for row in rows]
        if fmt == "json":
            click.echo(json.dumps(records, default=str, ensure_ascii=False, indent=2))
        else:
            for record in records:
                click.echo(json.dumps(record, default=str, ensure_ascii=False))
