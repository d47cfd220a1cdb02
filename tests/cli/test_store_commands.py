"""show and query against a store written from hand-made records (no model needed)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsevents.cli.main import cli
from newsevents.model.records import Extraction
from newsevents.store import Store


@pytest.fixture
def db(tmp_path: Path, sample_extraction: Extraction) -> Path:
    path = tmp_path / "s.duckdb"
    with Store(path) as store:
        store.write_batch([sample_extraction])
    return path


def test_query_table_and_json(db: Path) -> None:
    runner = CliRunner()
    res = runner.invoke(cli, ["query", str(db), "SELECT speaker, speaker_country FROM quotes", "--format", "json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.output) == [{"speaker": "Brazil's president", "speaker_country": "BRA"}]
    res = runner.invoke(cli, ["query", str(db), "SELECT count(*) AS n FROM events WHERE root = ?", "-p", "04"])
    assert res.exit_code == 0 and "1" in res.output


def test_query_is_read_only(db: Path) -> None:
    res = CliRunner().invoke(cli, ["query", str(db), "DELETE FROM documents"])
    assert res.exit_code == 3
    with Store(db, read_only=True) as store:
        assert store.counts()["documents"] == 1


def test_query_bad_sql_is_a_clear_error(db: Path) -> None:
    res = CliRunner().invoke(cli, ["query", str(db), "SELEC nonsense"])
    assert res.exit_code == 3 and "query failed" in res.output


def test_show_lists_and_shows_a_document(db: Path, sample_extraction: Extraction) -> None:
    runner = CliRunner()
    res = runner.invoke(cli, ["show", str(db), "--list"])
    assert res.exit_code == 0 and "Call" in res.output
    res = runner.invoke(cli, ["show", str(db), sample_extraction.document.id[:8], "--format", "json"])
    assert res.exit_code == 0
    obj = json.loads(res.output)
    assert obj["quotes"][0]["speaker"] == "Brazil's president"
    res = runner.invoke(cli, ["show", str(db), sample_extraction.document.id[:8]])
    assert res.exit_code == 0 and "CONSULT" in res.output


def test_show_unknown_document(db: Path) -> None:
    res = CliRunner().invoke(cli, ["show", str(db), "nosuchid"])
    assert res.exit_code == 3


@pytest.mark.parametrize("command", ["extract", "run", "show", "query", "eval"])
def test_every_command_has_help(command: str) -> None:
    res = CliRunner().invoke(cli, [command, "--help"])
    assert res.exit_code == 0 and "Usage" in res.output
