"""``newsevents eval``: formats, gates and exit codes, with a fake pipeline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsevents.cli import eval_cmd
from newsevents.evaluate.metrics import EvalReport
from newsevents.model.records import Document, Extraction

ARTICLE = "Berlin\nThe mayor said on Friday that the bridge would reopen.\n"
GOLD = {
    "document_creation_time": "2026-05-08",
    "quotes": [{"content": "the bridge would reopen", "speaker": "the mayor", "kind": "indirect"}],
    "events": [],
    "times": [{"text": "Friday", "value": "2026-05-08"}],
    "places": [{"text": "Berlin", "country": "DEU"}],
}


class FakePipeline:
    """Finds nothing: every gold item is missed."""

    def __init__(self, options: object) -> None:
        self.options = options

    def extract_many(self, documents: list[Document]) -> list[Extraction]:
        return [Extraction(document=d) for d in documents]


@pytest.fixture
def gold(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    import newsevents.pipeline

    monkeypatch.setattr(newsevents.pipeline, "Pipeline", FakePipeline)
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(GOLD), encoding="utf-8")
    return path


def test_json_output_has_scores(gold: Path) -> None:
    result = CliRunner().invoke(eval_cmd.eval_command, [str(gold), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    [report] = data["reports"]
    assert report["kind"] == "seed"
    assert report["scores"]["quotes.gold"] == 1
    assert report["scores"]["quotes.lenient.recall"] == 0.0
    assert data["failed_gates"] == []


def test_gate_below_floor_exits_1(gold: Path) -> None:
    args = [
        str(gold),
        "--format",
        "markdown",
        "--min",
        "quotes.lenient.f1=0.5",
        "--min",
        "seed:quotes.gold=1",
    ]
    result = CliRunner().invoke(eval_cmd.eval_command, args)
    assert result.exit_code == 1
    assert "## seed:" in result.stdout
    assert "quotes.lenient.f1" in result.stderr
    assert "quotes.gold" not in result.stderr  # that gate passed


def test_max_gate_fails_above_ceiling(gold: Path) -> None:
    ok = CliRunner().invoke(eval_cmd.eval_command, [str(gold), "--max", "events.not_events_violated=0"])
    assert ok.exit_code == 0, ok.output
    bad = CliRunner().invoke(eval_cmd.eval_command, [str(gold), "--max", "quotes.gold=0"])
    assert bad.exit_code == 1


def test_gate_on_missing_score_fails(gold: Path) -> None:
    result = CliRunner().invoke(eval_cmd.eval_command, [str(gold), "--min", "no.such.score=0"])
    assert result.exit_code == 1
    assert "missing" in result.stderr


def test_bad_gate_and_no_paths_are_usage_errors(gold: Path) -> None:
    assert CliRunner().invoke(eval_cmd.eval_command, [str(gold), "--min", "f1"]).exit_code == 2
    assert CliRunner().invoke(eval_cmd.eval_command, []).exit_code == 2


def test_table_output(gold: Path) -> None:
    result = CliRunner().invoke(eval_cmd.eval_command, [str(gold)])
    assert result.exit_code == 0, result.output
    assert "quotes found with right speaker" in result.stdout


def test_check_gates_prefixes() -> None:
    results = [
        ("seed", EvalReport("seed:a", "p", scores={"f1": 0.9})),
        ("timeml", EvalReport("timeml:b", "p", scores={"f1": 0.4})),
    ]
    gates = [eval_cmd.parse_gate("f1=0.5"), eval_cmd.parse_gate("seed:f1=0.5")]
    assert eval_cmd.check_gates(gates, results) == [("timeml:b", "f1", 0.4, ">= 0.5")]
    ceiling = eval_cmd.parse_gate("timeml:f1=0.3", ceiling=True)
    assert eval_cmd.check_gates([ceiling], results) == [("timeml:b", "f1", 0.4, "<= 0.3")]
