"""``newsevents narrative``: each side's account of a story or a dyad, side by side."""

from __future__ import annotations

import json
from pathlib import Path

import click
from rich.markup import escape
from rich.table import Table

from newsevents.analysis.corpus import refresh
from newsevents.analysis.lexicon import topic_label
from newsevents.analysis.narratives import Narrative, dyad_narrative, narrative_dict, story_narrative
from newsevents.cli.common import EXIT_ERROR, console, out
from newsevents.store import Store


@click.command("narrative")
@click.argument("db", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--story", "story_id", type=int, help="Compare the sides of this story (see `newsevents stories`).")
@click.option("--dyad", nargs=2, metavar="A B", help="Compare two countries (ISO alpha-3), e.g. --dyad USA CHN.")
@click.option("--sides", nargs=2, metavar="A B", help="With --story: the two sides (default: the two most active).")
@click.option("--from", "start", default=None, help="With --dyad: first publication date (YYYY-MM-DD).")
@click.option("--to", "end", default=None, help="With --dyad: last publication date (YYYY-MM-DD).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def narrative_command(db: Path, story_id: int | None, dyad: tuple[str, str] | None, sides: tuple[str, str] | None,
                      start: str | None, end: str | None, fmt: str) -> None:
    """Each side's account side by side: statements, topics raised and left out, contradictions.

    \b
    Examples:
      newsevents narrative demo.duckdb --dyad USA CHN
      newsevents narrative demo.duckdb --story 3 --format json
    """
    if (story_id is None) == (dyad is None):
        raise click.UsageError("give exactly one of --story ID or --dyad A B")
    with Store(db) as store:
        refresh(store)  # reprints linked (and left out), stories up to date
        if story_id is not None:
            narrative = story_narrative(store, story_id, tuple(s.upper() for s in sides) if sides else None)
        else:
            a, b = (s.upper() for s in dyad)  # type: ignore[union-attr]
            narrative = dyad_narrative(store, a, b, start=start, end=end)
    if narrative is None or not narrative.doc_ids:
        console.print("[red]nothing to compare: no such story, or no articles where both sides appear[/red]")
        raise SystemExit(EXIT_ERROR)
    if fmt == "json":
        click.echo(json.dumps(narrative_dict(narrative), default=str, ensure_ascii=False, indent=2))
        return
    _print(narrative)


def _print(n: Narrative) -> None:
    a, b = n.sides
    out.rule(f"{a.name} vs {b.name}: {len(n.doc_ids)} article(s)", characters="─")
    table = Table(a.name, b.name, title="What each side says", title_justify="left", show_lines=True)
    left = [f"[bold]{escape(s.who)}[/bold]: {escape(s.text)}" for s in a.statements]
    right = [f"[bold]{escape(s.who)}[/bold]: {escape(s.text)}" for s in b.statements]
    for i in range(max(len(left), len(right))):
        table.add_row(left[i] if i < len(left) else "", right[i] if i < len(right) else "")
    out.print(table)
    actions = Table(a.name, b.name, title="What each side does (coded events)", title_justify="left")
    left = [f"{escape(s.code or '')}: {escape(s.text)}" for s in a.actions]
    right = [f"{escape(s.code or '')}: {escape(s.text)}" for s in b.actions]
    for i in range(max(len(left), len(right))):
        actions.add_row(left[i] if i < len(left) else "", right[i] if i < len(right) else "")
    if left or right:
        out.print(actions)
    topics = Table("topic", a.name, b.name, title="Topics raised (statements)", title_justify="left")
    for key in sorted(set(a.topics) | set(b.topics), key=lambda k: -(a.topics[k] + b.topics[k])):
        topics.add_row(topic_label(key), str(a.topics.get(key, "—")), str(b.topics.get(key, "—")))
    out.print(topics)
    out.print("[bold]Discrepancies[/bold]")
    for d in n.discrepancies:
        out.print(f" • {escape(d.text)}")
    if not n.discrepancies:
        out.print(" (none found)")
