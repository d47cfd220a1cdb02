"""RSS and Atom feeds through feedparser: one Document per entry."""

from __future__ import annotations

import datetime as dt
import io
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsevents.ingest.dates import lenient_date
from newsevents.ingest.decode import read_limited
from newsevents.ingest.documents import Item, failure, make_document
from newsevents.ingest.markup import html_to_text
from newsevents.model.errors import IngestError
from newsevents.model.options import Options

log = logging.getLogger(__name__)

_DATE_KEYS = ("published_parsed", "updated_parsed", "created_parsed")


def parse_feed(data: bytes) -> Any:
    """feedparser's result for raw bytes (never a URL or file name, so never the network)."""
    import feedparser  # deferred: only feeds need it

    return feedparser.parse(io.BytesIO(data))


def is_feed(parsed: Any) -> bool:
    """True when feedparser recognised an RSS/Atom/RDF document or found entries."""
    return bool(parsed.get("version")) or bool(parsed.get("entries"))


def _entry_text(entry: Any) -> str:
    for part in entry.get("content") or ():
        value = part.get("value") or ""
        if value.strip():
            return value if part.get("type") == "text/plain" else html_to_text(value)
    summary = entry.get("summary") or ""
    if (entry.get("summary_detail") or {}).get("type") == "text/plain":
        return summary.strip()
    return html_to_text(summary)


def _entry_date(entry: Any) -> dt.date | None:
    for key in _DATE_KEYS:
        date = lenient_date(entry.get(key))
        if date is not None:
            return date
    return None


def feed_items(
    parsed: Any, *, origin: str, options: Options | None = None, published: dt.date | None = None
) -> Iterator[Item]:
    """Documents for the entries of a parsed feed; a bad entry becomes a Failure and the feed goes on."""
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo"):
            raise IngestError(f"malformed feed: {parsed.get('bozo_exception')}", origin=origin)
        if not parsed.get("version"):
            raise IngestError("malformed feed: not an RSS or Atom document", origin=origin)
        raise IngestError("feed has no entries", origin=origin)
    if parsed.get("bozo"):
        log.debug("%s: feed not well formed (%s); reading its entries anyway", origin, parsed.get("bozo_exception"))
    for number, entry in enumerate(entries, start=1):
        entry_origin = f"{origin}#entry={number}"
        try:
            text = _entry_text(entry)
            if not text.strip():
                raise IngestError("feed entry has no text", origin=entry_origin)
            date = _entry_date(entry)
            yield make_document(
                text,
                origin=entry_origin,
                options=options,
                published=date,
                published_from="feed",
                caller_published=published,
                url=entry.get("link"),
                title=html_to_text(entry.get("title") or "") or None,
            )
        except IngestError as exc:
            yield failure(exc, entry_origin)


def read_feed_bytes(
    data: bytes, *, origin: str, options: Options | None = None, published: dt.date | None = None
) -> Iterator[Item]:
    """Documents (and Failures) for the entries of a feed given as bytes.

    Raises IngestError when the whole feed is unreadable.
    """
    return feed_items(parse_feed(data), origin=origin, options=options, published=published)


def read_feed_file(
    path: Path, *, origin: str | None = None, options: Options | None = None, published: dt.date | None = None
) -> Iterator[Item]:
    """Read an .rss/.atom/.xml feed (or its .gz); raw size capped at 8 x max_chars bytes."""
    origin = origin or str(path)
    opts = options or Options()
    data = read_limited(path, 8 * opts.max_chars, origin=origin, limit_name="8 x max_chars")
    if not data.strip():
        raise IngestError("empty file", origin=origin)
    return read_feed_bytes(data, origin=origin, options=opts, published=published)
