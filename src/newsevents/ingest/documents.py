"""Building checked :class:`Document` records and :class:`Failure` records."""

from __future__ import annotations

import datetime as dt
import logging

from newsevents.ingest.normalize import document_id
from newsevents.model.errors import IngestError
from newsevents.model.options import Options
from newsevents.model.records import Document, Failure

log = logging.getLogger("newsevents.ingest")

Item = Document | Failure
"""What every reader yields."""

DEFAULT_OPTIONS = Options()


def make_document(
    text: str,
    *,
    origin: str,
    options: Options | None = None,
    published: dt.date | None = None,
    published_from: str | None = None,
    caller_published: dt.date | None = None,
    url: str | None = None,
    title: str | None = None,
    source: str | None = None,
    doc_id: str | None = None,
) -> Document:
    """A Document with its content-hash id, or IngestError when the text is unusable.

    ``published`` comes from the source itself (``published_from`` says where);
    ``caller_published`` fills in when the source gives no date.
    """
    opts = options or DEFAULT_OPTIONS
    if len(text) > opts.max_chars:
        raise IngestError(f"text too long: {len(text)} characters > max_chars {opts.max_chars}", origin=origin)
    stripped = len(text.strip())
    if stripped == 0:
        raise IngestError("empty document: no text", origin=origin)
    if stripped < opts.min_chars:
        raise IngestError(
            f"text too short: {stripped} characters < min_chars {opts.min_chars}", origin=origin
        )
    if published is not None:
        where = published_from or "unknown"
    elif caller_published is not None:
        published, where = caller_published, "caller"
    else:
        where = "unknown"
    return Document(
        id=doc_id or document_id(text),
        text=text,
        published=published,
        url=url or None,
        title=title or None,
        source=source or origin,
        published_from=where,
    )


def failure(exc: BaseException, origin: str) -> Failure:
    """A Failure record for ``exc`` at ``origin``, logged at warning level."""
    if isinstance(exc, IngestError):
        reason = exc.reason
        offset = exc.offset
        doc_id = exc.doc_id
    else:
        reason = str(exc) or type(exc).__name__
        offset = None
        doc_id = None
    log.warning("skipped %s: %s", origin, reason)
    return Failure(origin=origin, reason=reason, error=type(exc).__name__, doc_id=doc_id, offset=offset)
