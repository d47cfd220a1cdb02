"""Imports go one way: cli -> api -> evaluate -> analysis -> pipeline/store -> stages -> nlp -> kb/ingest/model."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).parent.parent / "src" / "newsevents"

LAYER = {
    "model": 0, "ingest": 1, "kb": 1,
    "nlp": 2,
    "stages": 3,
    "pipeline": 4, "store": 4,
    "analysis": 5,
    "evaluate": 6,
    "api": 7,
    "cli": 8, "web": 8,
}


def _part(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[0] == "newsevents" else None


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def test_imports_only_go_down_the_layers() -> None:
    wrong = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE)
        if rel.parts == ("__init__.py",):
            continue  # the top-level package re-exports the API lazily
        here = rel.parts[0].removesuffix(".py")
        assert here in LAYER, f"{rel}: put the new top-level module in a layer"
        for module in _imports(path):
            there = _part(module)
            if there is None or there == here:
                continue
            if LAYER.get(there, -1) > LAYER[here]:
                wrong.append(f"{rel} imports {module}")
    assert not wrong, "upward imports:\n" + "\n".join(wrong)
