"""The embedded DuckDB store: one file, one writer, one transaction per batch."""

from newsevents.store.database import Store

__all__ = ["Store"]
