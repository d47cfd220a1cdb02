"""``newsevents stories``: story clusters (articles about the same happening) and their events."""

from __future__ import annotations

import json
from pathlib import Path

import click

from newsevents.analysis.aggregate import aggregate_events
from newsevents.analysis.corpus import refresh
from newsevents.analysis.stories import build_stories, list_stories, story_articles
from newsevents.cli.common import EXIT_ERROR, console, out
from newsevents.cli.render import rows_table
from newsevents.store import Store


@click.command("stories")
@click.argument("db", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("story_id", required=False, type=int)
@click.option("--rebuild", is_flag=True, help="Recompute duplicates, stories and aggregated events first.")
@click.option("--threshold", type=click.FloatRange(0, 1), default=None,
              help="Similarity an article needs to join a story (default 0.45); implies --rebuild.")
@click.option("--window", "window_days", type=click.IntRange(0, 365), default=None,
              help="Days a story stays open after its last article (default 4); implies --rebuild.")
@click.option("--limit", default=30, show_default=True, type=click.IntRange(1, 100_000))
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def stories_command(db: Path, story_id: int | None, rebuild: bool, threshold: float | None,
                    window_days: int | None, limit: int, fmt: str) -> None:
    """List the story clusters of DB, or show STORY_ID's articles and aggregated events.

    Tables are brought up to date first (near-duplicates linked, stories
    clustered, event mentions aggregated), which needs write access to DB.

    \b
    Examples:
      newsevents stories demo.duckdb
      newsevents stories demo.duckdb 3
      newsevents stories demo.duckdb --rebuild --threshold 0.5 --format json
    """
    with Store(db) as store:
        if threshold is not None or window_days is not None:
            refresh(store)  # duplicates first: reprints join their original's story
            kwargs = {k: v for k, v in (("threshold", threshold), ("window_days", window_days)) if v is not None}
            build_stories(store, **kwargs)
            aggregate_events(store)
        else:
            refresh(store, force=rebuild)
        if story_id is None:
            cols, rows = list_stories(store, limit)
            _emit(fmt, "Stories", cols, rows)
            return
        found = store.query("SELECT title, first_date, last_date FROM stories WHERE story_id = ?", [story_id])[1]
        if not found:
            console.print(f"[red]no story {story_id}[/red]")
            raise SystemExit(EXIT_ERROR)
        cols, rows = story_articles(store, story_id)
        ecols, erows = store.query(
            "SELECT event_id, source_country, target_country, cameo, plover, event_date, num_mentions, num_sources, "
            "num_articles FROM event_groups WHERE story_id = ? ORDER BY num_articles DESC, event_id LIMIT ?",
            [story_id, limit])
    title, first, last = found[0]
    if fmt == "json":
        click.echo(json.dumps({"story_id": story_id, "title": title, "first_date": first, "last_date": last,
                               "articles": [dict(zip(cols, r, strict=True)) for r in rows],
                               "events": [dict(zip(ecols, r, strict=True)) for r in erows]},
                              default=str, ensure_ascii=False, indent=2))
        return
    out.rule(f"Story {story_id}: {title}", characters="─")
    out.print(f"{first} – {last}")
    out.print(rows_table("Articles", cols, rows))
    out.print(rows_table("Aggregated events", ecols, erows))


def _emit(fmt: str, title: str, cols: list[str], rows: list[tuple]) -> None:
    if fmt == "json":
        click.echo(json.dumps([dict(zip(cols, r, strict=True)) for r in rows], default=str, ensure_ascii=False,
                              indent=2))
    else:
        out.print(rows_table(title, cols, rows))
