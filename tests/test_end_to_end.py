"""The whole engine on the bundled example corpus (needs the spaCy model)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsevents.cli.main import cli

ROOT = Path(__file__).parent.parent
CORPUS = ROOT / "examples" / "corpus"
SEED = ROOT.parent / "shared" / "seed" / "article.txt"

pytestmark = pytest.mark.model


def _check_offsets(obj: dict) -> int:
    """Assert every record's offsets point at its own text; return how many were checked."""
    text = obj["text"]
    checked = 0

    def same(start: int | None, end: int | None, surface: str | None, what: str) -> None:
        nonlocal checked
        if start is None and surface is None:
            return
        assert text[start:end] == surface, f"{what}: text[{start}:{end}]={text[start:end]!r} != {surface!r}"
        checked += 1

    for kind in ("entities", "times", "places", "actors"):
        for r in obj[kind]:
            same(r["start"], r["end"], r["text"], kind)
    for q in obj["quotes"]:
        same(q["start"], q["end"], q["content"], "quote content")
        same(q["cue_start"], q["cue_end"], q["cue"], "quote cue")
        same(q["speaker_start"], q["speaker_end"], q["speaker_text"], "quote speaker")
    for e in obj["events"]:
        same(e["trigger_start"], e["trigger_end"], e["trigger"], "event trigger")
        assert 0 <= e["sentence_start"] <= e["trigger_start"] < e["trigger_end"] <= e["sentence_end"] <= len(text)
        for side in ("source", "target"):
            if e[side] is not None:
                same(e[side]["start"], e[side]["end"], e[side]["text"], f"event {side}")
    return checked


@pytest.fixture(scope="module")
def corpus_output() -> list[dict]:
    res = CliRunner().invoke(cli, ["extract", str(CORPUS), "--format", "jsonl"])
    assert res.exit_code == 0, res.output[-2000:]
    return [json.loads(line) for line in res.stdout.splitlines() if line.strip()]


def test_extract_covers_the_whole_corpus(corpus_output: list[dict]) -> None:
    assert len(corpus_output) >= 25
    assert len({o["id"] for o in corpus_output}) == len(corpus_output)
    assert all(o["published"] for o in corpus_output), "every example article is dated"


def test_every_offset_in_the_corpus_points_at_its_text(corpus_output: list[dict]) -> None:
    assert sum(_check_offsets(o) for o in corpus_output) > 500


def test_the_corpus_yields_quotes_events_times_and_places(corpus_output: list[dict]) -> None:
    for kind in ("quotes", "events", "times", "places", "actors"):
        assert sum(len(o[kind]) for o in corpus_output) >= 25, kind
    speakers = [q["speaker"] for o in corpus_output for q in o["quotes"]]
    assert sum(s is not None for s in speakers) / len(speakers) > 0.8


@pytest.mark.skipif(not SEED.exists(), reason="../shared not present")
def test_seed_extract_is_valid_contract_output() -> None:
    res = CliRunner().invoke(cli, ["extract", str(SEED), "--published", "2025-06-05", "--format", "jsonl"])
    assert res.exit_code == 0
    (obj,) = [json.loads(line) for line in res.stdout.splitlines()]
    assert obj["published"] == "2025-06-05"
    assert _check_offsets(obj) > 50


def test_run_then_rerun_is_idempotent(tmp_path: Path) -> None:
    db = tmp_path / "demo.duckdb"
    runner = CliRunner()
    first = runner.invoke(cli, ["run", str(CORPUS), "--db", str(db), "--quiet"])
    assert first.exit_code == 0, first.output[-2000:]
    assert "documents" in first.output
    second = runner.invoke(cli, ["run", str(CORPUS), "--db", str(db), "--quiet", "--no-summary"])
    assert second.exit_code == 0
    assert "added 0 documents" in second.output
