"""The six extraction stages, run in this order:

entities -> actors -> times -> places -> quotes -> events

Each module exposes ``STAGE`` (a :class:`~newsevents.stages.base.Stage`).
"""

from __future__ import annotations

import importlib

from newsevents.model.options import ALL_STAGES
from newsevents.stages.base import Stage, StageContext

__all__ = ["ALL_STAGES", "Stage", "StageContext", "load_stages"]


def load_stages(names: tuple[str, ...] = ALL_STAGES) -> list[Stage]:
    """Import the named stages in pipeline order and check their requirements."""
    unknown = set(names) - set(ALL_STAGES)
    if unknown:
        raise ValueError(f"unknown stage(s): {', '.join(sorted(unknown))}; known: {', '.join(ALL_STAGES)}")
    stages: list[Stage] = []
    available: set[str] = set()
    for name in ALL_STAGES:
        if name not in names:
            continue
        stage: Stage = importlib.import_module(f"newsevents.stages.{name}").STAGE
        missing = [r for r in stage.requires if r not in available]
        if missing:
            raise ValueError(f"stage {name!r} requires {missing}; enable them too")
        stages.append(stage)
        available.add(stage.assigns)
    return stages
