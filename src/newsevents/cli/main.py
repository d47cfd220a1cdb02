"""The ``newsevents`` command group."""

from __future__ import annotations

import importlib
import logging

import click

from newsevents import __version__
from newsevents.cli.common import EXIT_ERROR, console
from newsevents.model.errors import NewsEventsError

COMMANDS = {
    "extract": "newsevents.cli.extract_cmd:extract_command",
    "run": "newsevents.cli.run_cmd:run_command",
    "show": "newsevents.cli.show_cmd:show_command",
    "query": "newsevents.cli.query_cmd:query_command",
    "eval": "newsevents.cli.eval_cmd:eval_command",
    "stories": "newsevents.cli.stories_cmd:stories_command",
    "narrative": "newsevents.cli.narrative_cmd:narrative_command",
    "dyad": "newsevents.cli.dyad_cmd:dyad_command",
    "export": "newsevents.cli.export_cmd:export_command",
}


class LazyGroup(click.Group):
    """Import each command's module only when it runs (keeps --help fast)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module, attr = target.split(":")
        return getattr(importlib.import_module(module), attr)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsevents")
@click.option("-v", "--verbose", count=True, help="More logging (-v info, -vv debug).")
def cli(verbose: int) -> None:
    """newsevents: turn news into event data (actors, quotes, events, times, places)."""
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")


def main() -> None:
    try:
        cli.main(standalone_mode=True)
    except NewsEventsError as exc:
        console.print(f"error: {exc}", markup=False)
        raise SystemExit(EXIT_ERROR) from None


if __name__ == "__main__":
    main()
