"""Rendering reports as JSON, Markdown and rich tables."""

from __future__ import annotations

import json

from rich.console import Console

from newsevents.evaluate.metrics import EvalReport, Table
from newsevents.evaluate.render import cell, to_json, to_markdown, to_rich

REPORT = EvalReport(
    dataset="toy",
    protocol="exact",
    tables=[Table("Scores | all", ["measure", "f1"], [["a|b", 0.5], ["c", None]])],
    scores={"x.f1": 0.5, "bad": float("nan")},
    notes=["one note"],
)


def test_cell_formats() -> None:
    assert cell(0.12345) == "0.123"
    assert cell(None) == "-"
    assert cell(3) == "3"


def test_json_is_valid_and_keeps_kind() -> None:
    data = json.loads(to_json([REPORT], ["seed"], errors=[]))
    [item] = data["reports"]
    assert item["kind"] == "seed"
    assert item["scores"] == {"x.f1": 0.5, "bad": None}  # NaN is not JSON
    assert item["tables"][0]["rows"][0] == ["a|b", 0.5]
    assert data["errors"] == []


def test_markdown_escapes_pipes_and_lists_scores() -> None:
    md = to_markdown([REPORT])
    assert md.startswith("## toy")
    assert "| a\\|b | 0.500 |" in md
    assert "| x.f1 | 0.500 |" in md
    assert "- one note" in md


def test_rich_panel_renders() -> None:
    console = Console(width=100, record=True)
    console.print(to_rich(REPORT))
    text = console.export_text()
    assert "toy" in text and "a|b" in text and "one note" in text
