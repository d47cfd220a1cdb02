"""Render EvalReports for people (rich tables, Markdown) and machines (JSON).

Nothing here prints: functions return strings or rich renderables and the CLI
decides where they go.
"""

from __future__ import annotations

import json
import math
from dataclasses import asdict
from typing import Any

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table as RichTable
from rich.text import Text

from newsevents.evaluate.metrics import EvalReport, Table

MAX_ROWS = 200  # rows shown per table in the human formats; JSON keeps every row


def cell(value: Any) -> str:
    """One table cell as text: floats to 3 decimals, None as a dash."""
    if value is None:
        return "-"
    if isinstance(value, float):
        return "nan" if math.isnan(value) else f"{value:.3f}"
    return str(value)


def _json_safe(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {str(k): _json_safe(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_json_safe(v) for v in value]
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    return str(value)


def report_dict(report: EvalReport) -> dict[str, Any]:
    """A report as plain JSON-ready data."""
    return _json_safe(asdict(report))


def to_json(reports: list[EvalReport], kinds: list[str] | None = None, **extra: Any) -> str:
    """All reports (each with its kind when given) and extra top-level keys (e.g. gate results) as JSON."""
    items = [report_dict(r) for r in reports]
    for item, kind in zip(items, kinds or [], strict=False):
        item["kind"] = kind
    return json.dumps({"reports": items, **_json_safe(extra)}, ensure_ascii=False, indent=2)


def _md_escape(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def table_markdown(table: Table) -> str:
    lines = [f"**{_md_escape(table.title)}**", ""]
    lines.append("| " + " | ".join(_md_escape(c) for c in table.columns) + " |")
    lines.append("|" + "|".join("---" for _ in table.columns) + "|")
    for row in table.rows[:MAX_ROWS]:
        lines.append("| " + " | ".join(_md_escape(cell(v)) for v in row) + " |")
    if len(table.rows) > MAX_ROWS:
        lines.append(f"\n({len(table.rows) - MAX_ROWS} more rows in the JSON output)")
    return "\n".join(lines)


def to_markdown(reports: list[EvalReport]) -> str:
    """All reports as Markdown: a heading, the protocol, the tables, the notes and the flat scores."""
    parts = []
    for report in reports:
        parts.append(f"## {_md_escape(report.dataset)}\n\nProtocol: {report.protocol}\n")
        parts.extend(table_markdown(t) + "\n" for t in report.tables)
        if report.notes:
            parts.append("Notes:\n\n" + "\n".join(f"- {_md_escape(n)}" for n in report.notes) + "\n")
        scores = Table("Scores", ["score", "value"], [[k, v] for k, v in sorted(report.scores.items())])
        parts.append(table_markdown(scores) + "\n")
    return "\n".join(parts)


def rich_table(table: Table) -> RichTable:
    out = RichTable(title=table.title, title_justify="left", show_lines=False, header_style="bold")
    for i, column in enumerate(table.columns):
        numeric = bool(table.rows) and all(isinstance(r[i], int | float) for r in table.rows if i < len(r))
        out.add_column(column, justify="right" if numeric else "left", overflow="fold")
    for row in table.rows[:MAX_ROWS]:
        out.add_row(*(cell(v) for v in row))
    if len(table.rows) > MAX_ROWS:
        out.caption = f"{len(table.rows) - MAX_ROWS} more rows: use --format json"
    return out


def to_rich(report: EvalReport, *, notes: int = 20) -> RenderableType:
    """One report as a rich panel of tables (at most ``notes`` notes shown)."""
    parts: list[RenderableType] = [Text(f"Protocol: {report.protocol}", style="dim")]
    parts.extend(rich_table(t) for t in report.tables)
    if report.notes:
        shown = report.notes[:notes]
        more = f"\n… {len(report.notes) - notes} more notes" if len(report.notes) > notes else ""
        parts.append(Text("Notes:\n" + "\n".join(f"- {n}" for n in shown) + more, style="yellow"))
    return Panel(Group(*parts), title=f"[bold]{report.dataset}[/bold]", title_align="left")


def gate_table(failures: list[tuple[str, str, float | None, str]]) -> RichTable:
    """Failed gates: (dataset, score, value or None when missing, required bound such as ">= 0.8")."""
    out = RichTable(title="Failed gates", title_justify="left", header_style="bold red")
    for column in ("dataset", "score", "value", "required"):
        out.add_column(column)
    for dataset, score, value, bound in failures:
        out.add_row(dataset, score, "missing" if value is None else cell(value), bound)
    return out
