"""``newsevents extract``: the JSON contract on stdout."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import click
from rich.table import Table

from newsevents.api import extract_paths
from newsevents.cli.common import (
    EXIT_OK,
    EXIT_SOME_FAILED,
    build_options,
    console,
    out,
    parse_date,
    pipeline_options,
)
from newsevents.model.contract import extraction_json
from newsevents.model.records import Extraction


@click.command("extract")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--published", callback=parse_date, help="Publication date (YYYY-MM-DD) for documents without one.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json", "table"]), default="jsonl", show_default=True,
              help="jsonl: one contract object per line; json: a pretty array; table: a human summary.")
@pipeline_options
def extract_command(inputs: tuple[str, ...], published: dt.date | None, fmt: str, **params: Any) -> None:
    """Extract actors, quotes, events, times and places from INPUTS.

    INPUTS are files (.txt .html .xml/.rss .warc(.gz) .jsonl), folders (read
    recursively) or '-' for standard input. Output follows the JSON contract
    (docs/contract.md). Failed documents are reported on stderr; the exit code
    is 1 when any failed.

    \b
    Examples:
      newsevents extract article.txt --published 2025-06-05
      newsevents extract corpus/ --format table
      cat docs.jsonl | newsevents extract - > out.jsonl
    """
    options = build_options(params, progress=False)
    failed = 0
    collected: list[dict[str, Any]] = []
    for result in extract_paths(inputs, published=published, options=options):
        if not isinstance(result, Extraction):
            failed += 1
            console.print(f"[red]failed[/red] {result.origin}: {result.reason}")
            continue
        if fmt == "jsonl":
            click.echo(json.dumps(extraction_json(result), ensure_ascii=False))
        elif fmt == "json":
            collected.append(extraction_json(result))
        else:
            _print_table(result)
    if fmt == "json":
        click.echo(json.dumps(collected, ensure_ascii=False, indent=2))
    raise SystemExit(EXIT_SOME_FAILED if failed else EXIT_OK)


def _print_table(ex: Extraction) -> None:
    doc = ex.document
    out.rule(f"{doc.title or doc.source or doc.id[:12]}  ({doc.published or 'no date'})")
    quotes = Table("kind", "speaker", "country", "content", title="Quotes", show_lines=False)
    for q in ex.quotes:
        s = q.speaker
        quotes.add_row(q.kind, s.name if s else (q.speaker_text or "?"), (s.country if s else None) or "",
                       _short(q.content))
    out.print(quotes)
    events = Table("cameo", "plover", "source", "target", "trigger", "date", "modality", title="Events")
    for e in ex.events:
        events.add_row(e.cameo, e.plover or "", _actor(e.source), _actor(e.target), e.trigger, e.date or "",
                       ("negated " if e.negated else "") + e.modality)
    out.print(events)
    times = Table("text", "type", "value", title="Times")
    for t in ex.times:
        times.add_row(t.text, t.type, t.value)
    out.print(times)
    places = Table("text", "name", "country", "lat", "lon", title="Places")
    for p in ex.places:
        places.add_row(p.text, p.name, p.country or "", f"{p.lat:.2f}" if p.lat is not None else "",
                       f"{p.lon:.2f}" if p.lon is not None else "")
    out.print(places)


def _actor(actor: object) -> str:
    if actor is None:
        return "-"
    name = getattr(actor, "name", "?")
    country = getattr(actor, "country", None)
    return f"{name} ({country})" if country else name


def _short(text: str, width: int = 90) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
