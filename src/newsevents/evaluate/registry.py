"""Which evaluator scores which gold data: kinds, auto-detection and the default suite.

Evaluator modules are imported only when their kind is run, so one missing or
broken module fails that kind alone, with an ``EvalError`` naming it.
"""

from __future__ import annotations

import importlib
import inspect
import json
import logging
from pathlib import Path
from types import ModuleType
from typing import Any, NamedTuple

from newsevents.evaluate.metrics import EvalReport, Runner
from newsevents.model.errors import EvalError

log = logging.getLogger(__name__)

# kind -> (module under newsevents.evaluate, one-line description)
KINDS: dict[str, tuple[str, str]] = {
    "seed": ("seed", "whole-article gold JSON (quotes, events, times, places), like shared/seed/gold.json"),
    "polnear": ("polnear", "PolNeAR attributions: derived *.jsonl or a brat standoff folder"),
    "timeml": ("timeml", "TimeML/TempEval-3 .tml files (a file or a folder of them)"),
    "plover": ("plover", "PLOVER gold-standard records (PLOVER_GSR_*.json)"),
    "cameo-examples": ("cameo_examples", "the CAMEO codebook's example sentences (eventtypes.csv)"),
    "petrarch": ("petrarch", "PETRARCH unit-test / validation records (PETR*.xml)"),
    "geo": ("geo", "geoparsing gold: LGL or TR-News style <articles> XML with toponyms"),
    "lgl": ("geo", "same as geo"),
}


class SuiteItem(NamedTuple):
    """One dataset of the default suite: ``(kind, path)``."""

    kind: str
    path: Path


def module_for(kind: str) -> ModuleType:
    """Import the evaluator module of ``kind`` (raises EvalError naming the kind)."""
    if kind not in KINDS:
        raise EvalError(f"unknown evaluation kind {kind!r}; known: {', '.join(KINDS)}")
    name = f"newsevents.evaluate.{KINDS[kind][0]}"
    try:
        module = importlib.import_module(name)
    except Exception as exc:
        raise EvalError(
            f"evaluator for {kind!r} ({name}) cannot be imported: {type(exc).__name__}: {exc}"
        ) from exc
    if not callable(getattr(module, "evaluate", None)):
        raise EvalError(f"evaluator for {kind!r} ({name}) has no evaluate() function")
    return module


def run(kind: str, path: Path, runner: Runner, *, limit: int | None = None, **options: Any) -> EvalReport:
    """Score ``path`` as ``kind``; ``options`` reach the evaluator only when it accepts them."""
    evaluate = module_for(kind).evaluate
    params = inspect.signature(evaluate).parameters
    takes_all = any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params.values())
    accepted = {k: v for k, v in options.items() if v is not None and (takes_all or k in params)}
    for key in options.keys() - accepted.keys():
        if options[key] is not None:
            log.info("evaluator %s ignores option %s", kind, key)
    return evaluate(Path(path), runner, limit=limit, **accepted)


# --------------------------------------------------------------------------- detection


def _head(path: Path, size: int = 4096) -> str:
    with path.open("rb") as fh:
        return fh.read(size).decode("utf-8", "replace")


def _detect_json(path: Path, head: str) -> str | None:
    if "PLOVER_GSR" in path.name.upper() or "PLOVER-GSR" in head or '"eventText"' in head:
        return "plover"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if isinstance(data, dict) and ({"quotes", "events"} & data.keys()):
        return "seed"
    if isinstance(data, list) and data and isinstance(data[0], dict) and "eventText" in data[0]:
        return "plover"
    return None


def _detect_file(path: Path) -> str | None:
    suffix, name = path.suffix.lower(), path.name.lower()
    if suffix == ".tml":
        return "timeml"
    if suffix == ".ann":
        return "polnear"
    head = _head(path)
    if suffix == ".jsonl":
        return "polnear" if "Attribution" in head else None
    if suffix == ".json":
        return _detect_json(path, head)
    if suffix == ".csv":
        first = head.splitlines()[0].lower() if head else ""
        return (
            "cameo-examples"
            if name.startswith("eventtypes") or first.startswith("name,code,goldstein")
            else None
        )
    if suffix == ".xml":
        if name.startswith("petr") or "<Validation" in head:
            return "petrarch"
        if "<articles" in head or "<toponyms" in head or "<toponym" in head:
            return "geo"
        if "<TimeML" in head or "<TIMEX3" in head:
            return "timeml"
    return None


def _detect_dir(path: Path) -> str | None:
    if next(path.rglob("*.tml"), None) is not None:
        return "timeml"
    if next(path.rglob("*.ann"), None) is not None:
        return "polnear"
    kinds = {_detect_file(p) for p in sorted(path.glob("*.json"))[:20]}
    if "seed" in kinds:
        return "seed"
    jsonl = sorted(path.glob("*.jsonl"))
    if jsonl and _detect_file(jsonl[0]) == "polnear":
        return "polnear"
    return None


def detect(path: Path) -> str:
    """Guess the kind of gold data at ``path`` from its name, extension and first bytes."""
    path = Path(path)
    if not path.exists():
        raise EvalError("path does not exist", origin=str(path))
    kind = _detect_dir(path) if path.is_dir() else _detect_file(path)
    if kind is None:
        raise EvalError("cannot tell which gold format this is; pass --kind", origin=str(path))
    return kind


# --------------------------------------------------------------------------- default suite

_SUITE = (
    ("seed", "seed/gold.json"),
    ("polnear", "eval/quotes/polnear/derived_polnear_dev.jsonl"),
    ("timeml", "eval/time/TBAQ-cleaned"),
    ("plover", "eval/events/PLOVER_GSR_dev.json"),
    ("cameo-examples", "eval/events/eventtypes.csv"),
    ("petrarch", "eval/events/PETR.UnitTest.records.xml"),
    ("geo", "eval/geo/lgl.xml"),
    ("geo", "eval/geo/TR-News.xml"),
)


def default_suite(shared_dir: Path) -> list[SuiteItem]:
    """The seed and the development sets under ``shared_dir`` (every entry, present or not)."""
    return [SuiteItem(kind, Path(shared_dir) / rel) for kind, rel in _SUITE]
