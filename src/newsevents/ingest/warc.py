"""WARC/ARC archives (plain or gzip) through warcio: HTML responses become Documents.

warcio stops quietly at a truncated end; this reader notices (short record
payloads, parser errors, or an end offset short of the file size) and yields a
Failure for the rest after the records it could read.
"""

from __future__ import annotations

import codecs
import datetime as dt
import gzip
import logging
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsevents.ingest.dates import lenient_date
from newsevents.ingest.decode import GZIP_MAGIC
from newsevents.ingest.documents import Item, failure
from newsevents.ingest.html import html_document
from newsevents.model.errors import IngestError
from newsevents.model.options import Options

log = logging.getLogger(__name__)

HTML_TYPES = ("text/html", "application/xhtml+xml")
_RECORD_TYPES = ("response", "resource")
_MAGIC = (b"WARC/", b"filedesc://")


def looks_like_warc(head: bytes) -> bool:
    """True when (decompressed) leading bytes start a WARC or ARC file."""
    return head.lstrip(b"\r\n").startswith(_MAGIC)


def _leading_bytes(path: Path) -> bytes:
    with path.open("rb") as fh:
        head = fh.read(512)
    if head.startswith(GZIP_MAGIC):
        try:
            with gzip.open(path, "rb") as gz:
                return gz.read(64)
        except (OSError, EOFError, zlib.error):
            return b""
    return head


def _content_type(record: Any) -> tuple[str, str | None]:
    headers = record.http_headers if record.rec_type == "response" else record.rec_headers
    value = (headers.get_header("Content-Type") if headers is not None else None) or ""
    mime, _, params = value.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, val = param.strip().partition("=")
        if key.lower() == "charset" and val:
            charset = val.strip("\"' ")
    return mime.strip().lower(), charset


def _decode_payload(payload: bytes, charset: str | None) -> bytes | str:
    if charset:
        try:
            codecs.lookup(charset)
        except LookupError:
            return payload
        return payload.decode(charset, errors="replace")
    return payload


def _status_ok(record: Any) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return True
    status = record.http_headers.get_statuscode() or ""
    return status.startswith("2")


def read_warc_file(
    path: Path, *, origin: str | None = None, options: Options | None = None, published: dt.date | None = None
) -> Iterator[Item]:
    """Documents for the HTML response records of a WARC/ARC file; Failures for bad records.

    ``url`` is the WARC-Target-URI; the date comes from the page metadata,
    else the WARC-Date (``published_from="warc"``).
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    origin = origin or str(path)
    opts = options or Options()
    max_bytes = 8 * opts.max_chars
    if not looks_like_warc(_leading_bytes(path)):
        raise IngestError("not a WARC file: no WARC/ARC header at the start", origin=origin, offset=0)
    size = path.stat().st_size
    number = 0
    with path.open("rb") as fh:
        iterator = ArchiveIterator(fh)
        try:
            for record in iterator:
                number += 1
                item = _record_item(record, number, origin=origin, options=opts, published=published,
                                    max_bytes=max_bytes)
                iterator.read_to_end()
                if record.raw_stream.limit > 0:
                    yield failure(
                        IngestError(f"truncated WARC: record {number} is cut short", origin=origin,
                                    offset=iterator.offset),
                        f"{origin}#record={number}",
                    )
                    return
                if item is not None:
                    yield item
        except (ArchiveLoadFailed, EOFError, OSError, zlib.error, AttributeError, ValueError) as exc:
            yield failure(
                IngestError(f"truncated or corrupt WARC after record {number}: {type(exc).__name__}: {exc}",
                            origin=origin, offset=iterator.offset),
                f"{origin}#record={number + 1}",
            )
            return
        if iterator.offset < size:
            yield failure(
                IngestError(f"truncated WARC: {size - iterator.offset} bytes after record {number} unreadable",
                            origin=origin, offset=iterator.offset),
                f"{origin}#record={number + 1}",
            )


def _record_item(
    record: Any, number: int, *, origin: str, options: Options, published: dt.date | None, max_bytes: int
) -> Item | None:
    """A Document or Failure for one record, or None for records that hold no article."""
    if record.rec_type not in _RECORD_TYPES:
        return None
    mime, charset = _content_type(record)
    if mime not in HTML_TYPES or not _status_ok(record):
        return None
    record_origin = f"{origin}#record={number}"
    payload = record.content_stream().read(max_bytes + 1)
    try:
        if len(payload) > max_bytes:
            raise IngestError(f"record too large: more than {max_bytes} bytes", origin=record_origin)
        warc_date = lenient_date(record.rec_headers.get_header("WARC-Date"))
        return html_document(
            _decode_payload(payload, charset),
            origin=record_origin,
            url=record.rec_headers.get_header("WARC-Target-URI"),
            options=options,
            published=published,
            fallback_published=warc_date,
            fallback_from="warc",
        )
    except Exception as exc:  # one bad page must not end the archive
        return failure(exc, record_origin)
