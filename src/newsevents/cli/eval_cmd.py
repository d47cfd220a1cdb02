"""``newsevents eval``: score the engine on gold data, with optional accuracy gates."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)

from newsevents.cli.common import (
    EXIT_ERROR,
    EXIT_OK,
    EXIT_SOME_FAILED,
    build_options,
    console,
    pipeline_options,
)
from newsevents.evaluate import registry
from newsevents.evaluate.metrics import EvalReport, Runner
from newsevents.evaluate.render import gate_table, to_json, to_markdown, to_rich
from newsevents.model.errors import EvalError, NewsEventsError
from newsevents.model.options import Options
from newsevents.model.records import Document, Extraction


@dataclass(frozen=True)
class Gate:
    """``--min/--max [DATASET:]SCORE=VALUE``: a floor (or a ceiling) on one flat score."""

    dataset: str | None
    score: str
    bound: float
    ceiling: bool = False

    def fails(self, value: float) -> bool:
        return value > self.bound if self.ceiling else value < self.bound


def parse_gate(text: str, *, ceiling: bool = False) -> Gate:
    option = "--max" if ceiling else "--min"
    name, sep, value = text.partition("=")
    if not sep or not name.strip():
        raise click.BadParameter(f"expected SCORE=VALUE, got {text!r}", param_hint=option)
    try:
        bound = float(value)
    except ValueError as exc:
        raise click.BadParameter(f"bound of {name!r} is not a number: {value!r}", param_hint=option) from exc
    dataset, colon, score = name.strip().rpartition(":")
    return Gate(dataset if colon else None, score, bound, ceiling)


def check_gates(
    gates: list[Gate], results: list[tuple[str, EvalReport]]
) -> list[tuple[str, str, float | None, float]]:
    """Failed gates as (dataset, score, value or None when no report has it, "<= bound" or ">= bound").

    A gate applies to every report whose kind equals its DATASET prefix or whose
    dataset name contains it (all reports when there is no prefix) and that has the
    score; a gate that no report answers fails as missing.
    """
    failures = []
    for gate in gates:
        answered = False
        for kind, report in results:
            if gate.dataset and gate.dataset != kind and gate.dataset not in report.dataset:
                continue
            value = report.scores.get(gate.score)
            if value is None:
                continue
            answered = True
            if gate.fails(value):
                failures.append((report.dataset, gate.score, value, _bound(gate)))
        if not answered:
            failures.append((gate.dataset or "*", gate.score, None, _bound(gate)))
    return failures


def _bound(gate: Gate) -> str:
    return f"{'<=' if gate.ceiling else '>='} {gate.bound:g}"


class LazyRunner:
    """Builds the pipeline on first use (so bad paths fail fast) and advances a progress bar."""

    def __init__(self, options: Options, progress: Progress | None) -> None:
        self.options = options
        self.progress = progress
        self.task: Any = None
        self._label = ""
        self._extract: Runner | None = None

    def __call__(self, documents: list[Document]) -> list[Extraction]:
        if self._extract is None:
            from newsevents.pipeline import Pipeline

            if self.progress is not None and self.task is not None:
                self.progress.update(self.task, description=f"{self._label} (loading model)")
            try:
                self._extract = Pipeline(self.options).extract_many
            except NewsEventsError:
                raise
            except Exception as exc:  # e.g. a stage module that does not import
                raise EvalError(f"cannot build the pipeline: {type(exc).__name__}: {exc}") from exc
        if self.progress is not None and self.task is not None:
            self.progress.update(self.task, description=self._label)
        result = self._extract(documents)
        if self.progress is not None and self.task is not None:
            self.progress.advance(self.task, len(documents))
        return result

    def start(self, label: str) -> None:
        self._label = label
        if self.progress is not None:
            if self.task is not None:
                self.progress.remove_task(self.task)
            self.task = self.progress.add_task(label, total=None)


def _targets(paths: tuple[Path, ...], kind: str | None, suite: Path | None) -> list[tuple[str, Path]]:
    targets: list[tuple[str, Path]] = []
    if suite is not None:
        for item in registry.default_suite(suite):
            if item.path.exists():
                targets.append((item.kind, item.path))
            else:
                console.print(f"[yellow]skipped[/yellow] {item.kind}: {item.path} not found")
    for path in paths:
        targets.append((kind or registry.detect(path), path))
    return targets


def run_all(
    targets: list[tuple[str, Path]],
    runner: LazyRunner,
    *,
    limit: int | None,
    corpus_dir: Path | None,
    on_error: Callable[[str, Path, Exception], None],
) -> list[tuple[str, EvalReport]]:
    results = []
    for kind, path in targets:
        runner.start(f"{kind}: {path.name}")
        try:
            report = registry.run(kind, path, runner, limit=limit, corpus_dir=corpus_dir)
        except (NewsEventsError, OSError, ValueError, KeyError) as exc:
            on_error(kind, path, exc)
            continue
        results.append((kind, report))
    return results


@click.command("eval")
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option(
    "--kind",
    type=click.Choice(sorted(registry.KINDS)),
    default=None,
    help="Gold format of PATHS (default: detected from each path).",
)
@click.option(
    "--limit",
    type=click.IntRange(1),
    default=None,
    help="Score only the first N documents/records of each set.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "markdown"]),
    default="table",
    show_default=True,
    help="table: rich tables; json: machine-readable; markdown: for notes and PRs.",
)
@click.option(
    "--suite",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=None,
    help="Also run the default suite found under this shared folder (seed + dev sets).",
)
@click.option(
    "--min",
    "floors",
    multiple=True,
    metavar="[SET:]SCORE=VALUE",
    help="Accuracy gate, repeatable: exit 1 when the score is below VALUE.",
)
@click.option(
    "--max",
    "ceilings",
    multiple=True,
    metavar="[SET:]SCORE=VALUE",
    help="Error gate, repeatable: exit 1 when the score is above VALUE (e.g. events.not_events_violated=0).",
)
@click.option(
    "--corpus-dir",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=None,
    help='Seed-format gold folders: where their "file" articles live (default: ../corpus).',
)
@pipeline_options
def eval_command(
    paths: tuple[Path, ...],
    kind: str | None,
    limit: int | None,
    fmt: str,
    suite: Path | None,
    floors: tuple[str, ...],
    ceilings: tuple[str, ...],
    corpus_dir: Path | None,
    **params: Any,
) -> None:
    """Score the engine on gold data in PATHS and print P/R/F1 tables.

    Each path is a gold file or folder; its format (seed, polnear, timeml,
    plover, cameo-examples, petrarch, geo/lgl) is detected from its name and
    first bytes unless --kind says it. Gates make the exit code 1 when a score
    falls below its --min floor or rises above its --max ceiling, or when no
    report has the score; a score name may be prefixed with a kind
    (seed:quotes.lenient.f1). Exit code 3 when a set could not be evaluated.

    \b
    Examples:
      newsevents eval ../shared/seed/gold.json
      newsevents eval examples/gold --corpus-dir examples/corpus
      newsevents eval ../shared/eval/time/TBAQ-cleaned --limit 20 --format markdown
      newsevents eval --suite ../shared --limit 50 --format json > scores.json
      newsevents eval ../shared/seed/gold.json --min quotes.lenient.f1=0.8 --max events.not_events_violated=0
    """
    gates = [parse_gate(f) for f in floors] + [parse_gate(c, ceiling=True) for c in ceilings]
    if not paths and suite is None:
        raise click.UsageError("give gold PATHS or --suite DIR")
    options = build_options(params, progress=False)
    try:
        targets = _targets(paths, kind, suite)
    except NewsEventsError as exc:
        raise click.UsageError(str(exc)) from exc
    errors: list[str] = []

    def on_error(kind_: str, path: Path, exc: Exception) -> None:
        errors.append(f"{kind_}: {path}: {exc}")
        console.print(f"[red]error[/red] {kind_} {path}: {exc}", markup=True, highlight=False)

    show = sys.stderr.isatty()
    progress = Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("documents"),
        TimeElapsedColumn(),
        console=console,
        transient=True,
        disable=not show,
    )
    with progress:
        results = run_all(
            targets, LazyRunner(options, progress), limit=limit, corpus_dir=corpus_dir, on_error=on_error
        )
    failures = check_gates(gates, results)
    reports = [r for _, r in results]
    if fmt == "json":
        gate_rows = [{"dataset": d, "score": s, "value": v, "required": b} for d, s, v, b in failures]
        click.echo(to_json(reports, [k for k, _ in results], failed_gates=gate_rows, errors=errors))
    elif fmt == "markdown":
        click.echo(to_markdown(reports))
    else:
        screen = Console(width=None if sys.stdout.isatty() else 160)
        for report in reports:
            screen.print(to_rich(report))
    if failures:
        console.print(gate_table(failures))
    elif gates:
        console.print(f"[green]all {len(gates)} gate(s) passed[/green]")
    if errors:
        raise SystemExit(EXIT_ERROR)
    raise SystemExit(EXIT_SOME_FAILED if failures else EXIT_OK)
