"""newsevents: turn news into event data.

The public API: :func:`extract` one text, :func:`run` a corpus into a store,
:func:`open` a store. Records live in :mod:`newsevents.model.records`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["Options", "__version__", "extract", "extract_documents", "extract_paths", "open", "run"]

if TYPE_CHECKING:
    from newsevents.api import extract, extract_documents, extract_paths, open, run
    from newsevents.model.options import Options


def __getattr__(name: str) -> Any:
    # Lazy: importing newsevents must stay cheap (spaCy loads on first use).
    if name == "Options":
        from newsevents.model.options import Options

        return Options
    if name in {"extract", "extract_documents", "extract_paths", "open", "run"}:
        from newsevents import api

        return getattr(api, name)
    raise AttributeError(name)
