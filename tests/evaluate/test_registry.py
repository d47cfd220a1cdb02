"""Kinds, auto-detection from small files, lazy imports and the default suite."""

from __future__ import annotations

import json
import sys
import types
from pathlib import Path

import pytest

from newsevents.evaluate import registry
from newsevents.evaluate.metrics import EvalReport
from newsevents.model.errors import EvalError


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("name", "content", "kind"),
    [
        ("doc.tml", "<TimeML><TEXT>On <TIMEX3 tid='t1'>Monday</TIMEX3></TEXT></TimeML>", "timeml"),
        ("attr.jsonl", json.dumps({"id": "E1", "type": "Attribution", "source": []}) + "\n", "polnear"),
        ("places.xml", "<?xml version='1.0'?>\n<articles><article><toponyms/></article></articles>", "geo"),
        ("PETR.tests.xml", "<Validation><Sentence/></Validation>", "petrarch"),
        ("silver.xml", "<?xml version='1.0'?>\n<Validation>\n<Sentence/></Validation>", "petrarch"),
        ("PLOVER_GSR_mine.json", json.dumps([{"id": "x", "event": "AGREE"}]), "plover"),
        ("coded.json", json.dumps([{"id": "x", "eventText": "They met."}]), "plover"),
        ("eventtypes.csv", "name,code,goldstein,description,usage_notes,example\n", "cameo-examples"),
        ("mine.csv", "name,code,goldstein,description\nMeet,04,1,meet\n", "cameo-examples"),
        ("gold.json", json.dumps({"quotes": [], "events": []}), "seed"),
    ],
)
def test_detect_files(tmp_path: Path, name: str, content: str, kind: str) -> None:
    assert registry.detect(write(tmp_path / name, content)) == kind


def test_detect_folders(tmp_path: Path) -> None:
    write(tmp_path / "tml" / "sub" / "a.tml", "<TimeML/>")
    assert registry.detect(tmp_path / "tml") == "timeml"
    write(tmp_path / "brat" / "text" / "a.txt", "Some text.")
    write(tmp_path / "brat" / "attributions" / "a.ann", "T1\tSource 0 4\tSome\n")
    assert registry.detect(tmp_path / "brat") == "polnear"
    write(tmp_path / "gold" / "a.json", json.dumps({"file": "a.txt", "quotes": []}))
    assert registry.detect(tmp_path / "gold") == "seed"


def test_detect_unknown_or_missing_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(EvalError, match="--kind"):
        registry.detect(write(tmp_path / "notes.txt", "hello"))
    with pytest.raises(EvalError, match="--kind"):
        registry.detect(write(tmp_path / "other.json", json.dumps({"x": 1})))
    with pytest.raises(EvalError, match="does not exist"):
        registry.detect(tmp_path / "nope.json")


def test_every_kind_names_a_module() -> None:
    assert {"seed", "polnear", "timeml", "plover", "cameo-examples", "petrarch", "geo", "lgl"} <= set(
        registry.KINDS
    )
    assert registry.KINDS["lgl"][0] == registry.KINDS["geo"][0] == "geo"


def test_unknown_kind_is_an_error() -> None:
    with pytest.raises(EvalError, match="unknown evaluation kind"):
        registry.module_for("nonsense")


def test_broken_module_fails_only_its_kind(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(registry.KINDS, "broken", ("does_not_exist_anywhere", "test"))
    with pytest.raises(EvalError, match="broken"):
        registry.module_for("broken")
    assert callable(registry.module_for("seed").evaluate)  # the others still load


def test_run_passes_only_accepted_options(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, object] = {}

    def evaluate(path: Path, runner: object, *, limit: int | None = None) -> EvalReport:
        seen.update(path=path, limit=limit)
        return EvalReport(dataset="fake", protocol="none", scores={"x": 1.0})

    module = types.ModuleType("newsevents.evaluate.fake_kind")
    module.evaluate = evaluate  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "newsevents.evaluate.fake_kind", module)
    monkeypatch.setitem(registry.KINDS, "fake", ("fake_kind", "test"))
    report = registry.run("fake", Path("x"), lambda docs: [], limit=3, corpus_dir=Path("c"))
    assert report.scores == {"x": 1.0}
    assert seen == {"path": Path("x"), "limit": 3}


def test_default_suite_lists_seed_and_dev_sets(tmp_path: Path) -> None:
    suite = registry.default_suite(tmp_path)
    kinds = [kind for kind, _ in suite]
    assert kinds[0] == "seed"
    assert suite[0].path == tmp_path / "seed" / "gold.json"
    assert {"polnear", "timeml", "plover", "cameo-examples", "petrarch", "geo"} <= set(kinds)
    assert kinds.count("geo") == 2  # LGL and TR-News
    assert all(str(path).startswith(str(tmp_path)) for _, path in suite)
