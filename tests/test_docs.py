"""Fail when a command or a setting is undocumented (datasette's convention)."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

from newsevents.cli.main import COMMANDS
from newsevents.model.options import Options
from newsevents.store.schema import TABLES

ROOT = Path(__file__).parent.parent


def test_every_command_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text()
    for name in COMMANDS:
        assert f"newsevents {name}" in readme, f"README does not document `newsevents {name}`"


def test_every_setting_is_documented() -> None:
    doc = (ROOT / "docs" / "settings.md").read_text()
    for f in fields(Options):
        assert f"`{f.name}`" in doc, f"docs/settings.md does not document Options.{f.name}"


def test_every_table_is_documented() -> None:
    doc = (ROOT / "docs" / "schema.md").read_text()
    for table in TABLES:
        if table != "meta":
            assert f"`{table}`" in doc, f"docs/schema.md does not document table {table}"


def test_readme_opens_with_the_two_commands() -> None:
    head = (ROOT / "README.md").read_text().split("\n## ")[0]
    assert "make demo" in head and "make test" in head
