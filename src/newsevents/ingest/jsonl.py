"""JSON Lines: one ``{"id", "text", "published", "url", "title"}`` object per line.

The text is used unchanged (the JSON contract promises output text == input
text) and a given ``id`` is kept; without one the id is the content hash.
A bad line becomes a Failure naming the line, and reading goes on.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import logging
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from newsevents.ingest.dates import parse_iso_date
from newsevents.ingest.decode import GZIP_MAGIC, decode_utf8
from newsevents.ingest.documents import Item, failure, make_document
from newsevents.model.errors import IngestError
from newsevents.model.options import Options
from newsevents.model.records import Document

log = logging.getLogger(__name__)

_STRING_FIELDS = ("url", "title", "source")


def is_jsonl(data: bytes) -> bool:
    """True when every non-empty line of ``data`` is a JSON object (and there is at least one)."""
    seen = False
    for line in data.splitlines():
        if not line.strip():
            continue
        try:
            if not isinstance(json.loads(line), dict):
                return False
        except ValueError:
            return False
        seen = True
    return seen


def record_document(
    obj: object, *, origin: str, options: Options | None = None, published: dt.date | None = None
) -> Document:
    """A Document from one decoded JSON value; IngestError when it does not follow the format."""
    if not isinstance(obj, dict):
        raise IngestError(f"not a JSON object but {type(obj).__name__}", origin=origin)
    text = obj.get("text")
    if not isinstance(text, str):
        raise IngestError("missing or non-string 'text'", origin=origin)
    doc_id = obj.get("id")
    if doc_id is not None and not isinstance(doc_id, str | int):
        raise IngestError(f"'id' must be a string, not {type(doc_id).__name__}", origin=origin)
    fields: dict[str, str | None] = {}
    for key in _STRING_FIELDS:
        value = obj.get(key)
        if value is not None and not isinstance(value, str):
            raise IngestError(f"'{key}' must be a string, not {type(value).__name__}", origin=origin)
        fields[key] = value
    return make_document(
        text,
        origin=origin,
        options=options,
        published=parse_iso_date(obj.get("published"), origin=origin),
        published_from="jsonl",
        caller_published=published,
        url=fields["url"],
        title=fields["title"],
        source=fields["source"] or origin,
        doc_id=str(doc_id) if doc_id is not None and str(doc_id) else None,
    )


def _line_item(
    raw: bytes, lineno: int, offset: int, *, origin: str, options: Options, published: dt.date | None
) -> Item:
    line_origin = f"{origin}#line={lineno}"
    try:
        try:
            text = decode_utf8(raw, origin=line_origin)
        except IngestError as exc:
            raise IngestError(exc.reason, origin=line_origin, offset=offset + (exc.offset or 0)) from None
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as exc:
            raise IngestError(f"invalid JSON: {exc.msg} at column {exc.colno}", origin=line_origin) from None
        return record_document(obj, origin=line_origin, options=options, published=published)
    except IngestError as exc:
        return failure(exc, line_origin)


def read_jsonl_stream(
    stream: BinaryIO, *, origin: str, options: Options | None = None, published: dt.date | None = None
) -> Iterator[Item]:
    """Documents and Failures, line by line, from a binary stream (lines capped at 8 x max_chars bytes)."""
    opts = options or Options()
    max_line = 8 * opts.max_chars
    offset = 0
    lineno = 0
    while True:
        raw = stream.readline(max_line + 1)
        if not raw:
            return
        lineno += 1
        start = offset
        offset += len(raw)
        if len(raw) > max_line and not raw.endswith(b"\n"):
            while (rest := stream.readline(1 << 20)) and not rest.endswith(b"\n"):
                offset += len(rest)
            offset += len(rest)
            yield failure(
                IngestError(f"line too long: more than {max_line} bytes", origin=origin, offset=start),
                f"{origin}#line={lineno}",
            )
            continue
        if not raw.strip():
            continue
        yield _line_item(raw, lineno, start, origin=origin, options=opts, published=published)


def read_jsonl_file(
    path: Path, *, origin: str | None = None, options: Options | None = None, published: dt.date | None = None
) -> Iterator[Item]:
    """Read a .jsonl/.ndjson file (or its .gz) as a stream; a truncated gzip ends with a Failure."""
    origin = origin or str(path)
    with path.open("rb") as fh:
        gzipped = fh.read(2) == GZIP_MAGIC
    if not gzipped:
        if path.stat().st_size == 0:
            raise IngestError("empty file", origin=origin)
        with path.open("rb") as fh:
            yield from read_jsonl_stream(fh, origin=origin, options=options, published=published)
        return
    count = 0
    try:
        with gzip.open(path, "rb") as gz:
            for item in read_jsonl_stream(gz, origin=origin, options=options, published=published):
                count += 1
                yield item
    except EOFError:
        yield failure(IngestError(f"truncated gzip: stream ends after {count} records", origin=origin), origin)
    except (gzip.BadGzipFile, zlib.error) as exc:
        yield failure(IngestError(f"corrupt gzip: {exc}", origin=origin), origin)
