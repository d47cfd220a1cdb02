"""``newsevents show``: one stored document with its extractions."""

from __future__ import annotations

import json
from pathlib import Path

import click
from rich.markup import escape
from rich.text import Text

from newsevents.cli.common import EXIT_ERROR, console, out
from newsevents.cli.render import rows_table
from newsevents.model.contract import extraction_json
from newsevents.model.records import Extraction
from newsevents.store import Store


@click.command("show")
@click.argument("db", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("document", required=False)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--list", "list_docs", is_flag=True, help="List stored documents instead.")
def show_command(db: Path, document: str | None, fmt: str, list_docs: bool) -> None:
    """Show DOCUMENT (an id, an id prefix, a source path or URL) from DB.

    The text is printed with quotes underlined, actors in bold and time
    expressions in colour, followed by tables of quotes, events, times and
    places. Without DOCUMENT (or with --list) it lists the stored documents.

    \b
    Examples:
      newsevents show demo.duckdb --list
      newsevents show demo.duckdb 3f2a9c
      newsevents show demo.duckdb 3f2a9c --format json
    """
    with Store(db, read_only=True) as store:
        if list_docs or document is None:
            cols, rows = store.query(
                "SELECT substr(id, 1, 12) AS id, published, coalesce(title, source) AS title, "
                "(SELECT count(*) FROM quotes q WHERE q.doc_id = d.id) AS quotes, "
                "(SELECT count(*) FROM events e WHERE e.doc_id = d.id) AS events "
                "FROM documents d ORDER BY published NULLS LAST, id")
            out.print(rows_table("Documents", cols, rows))
            return
        doc_id = store.find_document(document)
        if doc_id is None:
            console.print(f"[red]no single document matches {escape(document)!s}[/red]")
            raise SystemExit(EXIT_ERROR)
        ex = store.extraction(doc_id)
    if fmt == "json":
        click.echo(json.dumps(extraction_json(ex), ensure_ascii=False, indent=2))
        return
    _print_document(ex)


def _print_document(ex: Extraction) -> None:
    doc = ex.document
    out.rule(escape(doc.title or doc.source or doc.id))
    out.print(f"id {doc.id}  published {doc.published or '?'} ({doc.published_from})  source {escape(doc.source or '')}")
    text = Text(doc.text)
    for q in ex.quotes:
        text.stylize("underline", q.start, q.end)
    for a in ex.actors:
        text.stylize("bold", a.start, a.end)
    for t in ex.times:
        text.stylize("cyan", t.start, t.end)
    for p in ex.places:
        text.stylize("green", p.start, p.end)
    out.print(text)
    out.print(rows_table("Quotes", ["kind", "speaker", "country", "cue", "content"], [
        (q.kind, q.speaker.name if q.speaker else q.speaker_text, q.speaker.country if q.speaker else None, q.cue,
         q.content) for q in ex.quotes]))
    out.print(rows_table("Events", ["cameo", "plover", "source", "target", "trigger", "date", "modality"], [
        (e.cameo, e.plover, _who(e.source), _who(e.target), e.trigger, e.date,
         ("negated " if e.negated else "") + e.modality) for e in ex.events]))
    out.print(rows_table("Times", ["text", "type", "value"], [(t.text, t.type, t.value) for t in ex.times]))
    out.print(rows_table("Places", ["text", "name", "country", "lat", "lon"],
                         [(p.text, p.name, p.country, p.lat, p.lon) for p in ex.places]))


def _who(actor: object) -> str:
    if actor is None:
        return "-"
    country = getattr(actor, "country", None)
    return f"{getattr(actor, 'name', '?')} ({country})" if country else str(getattr(actor, "name", "?"))
