from __future__ import annotations

import json
from pathlib import Path

from newsevents.model.contract import extraction_json
from newsevents.model.records import Extraction

GOLDEN = Path(__file__).parent.parent / "golden" / "contract_keys.json"


def _keys(obj: dict) -> dict:
    out: dict = {"_": sorted(obj)}
    for key, value in obj.items():
        if isinstance(value, list) and value and isinstance(value[0], dict):
            out[key] = _keys(value[0])
        elif isinstance(value, dict):
            out[key] = _keys(value)
    return out


def test_contract_keys_are_pinned(sample_extraction: Extraction) -> None:
    """Fields may be added (update the golden file) but never renamed or removed."""
    got = _keys(extraction_json(sample_extraction))
    golden = json.loads(GOLDEN.read_text())

    def check(gold: dict, have: dict, path: str) -> None:
        missing = set(gold["_"]) - set(have["_"])
        assert not missing, f"contract keys removed at {path}: {sorted(missing)}"
        for key, sub in gold.items():
            if key != "_":
                check(sub, have[key], f"{path}.{key}")

    check(golden, got, "$")
    assert got == golden, "contract gained keys: add them to tests/golden/contract_keys.json and docs/contract.md"


def test_contract_offsets_point_at_their_text(sample_extraction: Extraction) -> None:
    obj = extraction_json(sample_extraction)
    text = obj["text"]
    for kind in ("entities", "times", "places"):
        for rec in obj[kind]:
            assert text[rec["start"]:rec["end"]] == rec["text"]
    for q in obj["quotes"]:
        assert text[q["start"]:q["end"]] == q["content"]
        assert text[q["cue_start"]:q["cue_end"]] == q["cue"]
        assert text[q["speaker_start"]:q["speaker_end"]] == q["speaker_text"]
    for e in obj["events"]:
        assert text[e["trigger_start"]:e["trigger_end"]] == e["trigger"]
        for side in ("source", "target"):
            assert text[e[side]["start"]:e[side]["end"]] == e[side]["text"]


def test_contract_is_json_serialisable(sample_extraction: Extraction) -> None:
    line = json.dumps(extraction_json(sample_extraction), ensure_ascii=False)
    assert json.loads(line)["published"] == "2025-03-04"
