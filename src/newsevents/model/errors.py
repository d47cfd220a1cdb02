"""Typed exceptions. Each carries the document id (or origin) and an offset when known."""

from __future__ import annotations


class NewsEventsError(Exception):
    """Base class for every error newsevents raises on purpose."""

    def __init__(
        self,
        reason: str,
        *,
        doc_id: str | None = None,
        origin: str | None = None,
        offset: int | None = None,
    ) -> None:
        self.reason = reason
        self.doc_id = doc_id
        self.origin = origin
        self.offset = offset
        where = []
        if origin:
            where.append(origin)
        if doc_id:
            where.append(f"doc {doc_id[:12]}")
        if offset is not None:
            where.append(f"offset {offset}")
        super().__init__(f"{reason} ({', '.join(where)})" if where else reason)


class IngestError(NewsEventsError):
    """A source could not be read into documents (empty, binary, truncated, malformed)."""


class ModelNotFoundError(NewsEventsError):
    """No usable spaCy model is installed."""


class StageError(NewsEventsError):
    """A stage failed on one document."""


class StoreError(NewsEventsError):
    """The database could not be opened, written or queried."""


class EvalError(NewsEventsError):
    """A gold file could not be read or scored."""
