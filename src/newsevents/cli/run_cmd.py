"""``newsevents run``: ingest a corpus into the store."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import click
from rich.markup import escape
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from newsevents import api
from newsevents.analysis.summary import summarize
from newsevents.cli.common import (
    EXIT_OK,
    EXIT_SOME_FAILED,
    build_options,
    console,
    out,
    parse_date,
    pipeline_options,
)
from newsevents.cli.render import print_summary
from newsevents.store import Store


@click.command("run")
@click.argument("sources", nargs=-1, required=True)
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path), default=Path("newsevents.duckdb"),
              show_default=True, help="DuckDB file to create or extend.")
@click.option("--published", callback=parse_date, help="Publication date (YYYY-MM-DD) for documents without one.")
@click.option("--summary/--no-summary", default=True, show_default=True, help="Print a digest of the store at the end.")
@click.option("--quiet", is_flag=True, help="No progress bar.")
@pipeline_options
def run_command(sources: tuple[str, ...], db: Path, published: dt.date | None, summary: bool, quiet: bool,
                **params: Any) -> None:
    """Ingest SOURCES (files, folders, '-') into the DuckDB store DB.

    Re-running is safe: documents already stored are skipped (ids are content
    hashes) and each batch commits atomically, so an interrupted run finishes
    on the next call with every document exactly once. Documents that cannot
    be read are recorded in the `failures` table and the run goes on; the
    exit code is then 1.

    \b
    Example:
      newsevents run examples/corpus --db demo.duckdb
    """
    options = build_options(params)
    show_progress = options.progress and not quiet
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(bar_width=None),
                  TextColumn("{task.fields[docs]} docs · {task.fields[words]} words · {task.fields[failed]} failed"),
                  TimeElapsedColumn(), console=console, disable=not show_progress, transient=True) as bar:
        task = bar.add_task("newsevents run", total=None, docs=0, words=0, failed=0)

        def progress(docs: int, words: int, failed: int) -> None:
            bar.update(task, docs=docs, words=words, failed=failed)

        result = api.run(sources, db, published=published, options=options, progress=progress)
    rate = result.words / result.seconds if result.seconds else 0.0
    console.print(
        f"added {result.added} documents ({result.duplicates} near-duplicates linked to an earlier article), "
        f"skipped {result.skipped} already stored, "
        f"{len(result.failures)} failed · {result.words} words in {result.seconds:.1f}s ({rate:,.0f} words/s)"
    )
    for failure in result.failures:
        console.print(f"[red]failed[/red] {escape(failure.origin)}: {escape(failure.reason)}")
    if summary:
        with Store(db, read_only=True) as store:
            print_summary(out, summarize(store))
    raise SystemExit(EXIT_SOME_FAILED if result.failures else EXIT_OK)
