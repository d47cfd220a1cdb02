"""Entry points: turn paths, folders and stdin into a stream of Documents and Failures."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import logging
import os
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO

from newsevents.ingest import kinds
from newsevents.ingest.dates import parse_iso_date
from newsevents.ingest.decode import GZIP_MAGIC, check_not_binary, read_limited
from newsevents.ingest.documents import Item, failure, make_document
from newsevents.ingest.feeds import feed_items, is_feed, parse_feed, read_feed_file
from newsevents.ingest.html import html_document, read_html_file
from newsevents.ingest.jsonl import is_jsonl, read_jsonl_file, read_jsonl_stream
from newsevents.ingest.text import read_text_file, text_from_bytes
from newsevents.ingest.warc import read_warc_file
from newsevents.model.errors import IngestError
from newsevents.model.options import Options
from newsevents.model.records import Document, Failure

log = logging.getLogger(__name__)

STDIN = "-"
STDIN_ORIGIN = "<stdin>"


def read_text(
    text: str,
    published: dt.date | str | None = None,
    url: str | None = None,
    title: str | None = None,
    *,
    source: str | None = None,
    options: Options | None = None,
) -> Document:
    """A Document for text given directly (the API). The text is kept exactly as given.

    Raises IngestError when the text is empty, too short or too long.
    """
    origin = source or "<text>"
    doc = make_document(
        text,
        origin=origin,
        options=options,
        caller_published=parse_iso_date(published, origin=origin),
        url=url,
        title=title,
    )
    return replace(doc, source=source)


def read_sources(
    paths: Iterable[str | Path],
    *,
    published: dt.date | None = None,
    options: Options | None = None,
    stdin: BinaryIO | None = None,
) -> Iterator[Item]:
    """Documents (and Failures) from files, folders (recursively) and ``"-"`` (stdin).

    Never raises for bad input: each unreadable source or record is one
    Failure, logged at warning level, and the stream goes on. ``published``
    fills in documents whose source gives no date (``published_from="caller"``).
    """
    opts = options or Options()
    if isinstance(paths, str | Path):  # one path given bare, not a list of characters
        paths = [paths]
    for entry in paths:
        if str(entry) == STDIN:
            yield from _guard(STDIN_ORIGIN, lambda: _read_stdin(stdin, opts, published))
            continue
        path = Path(entry)
        yield from _guard(str(path), lambda path=path: _read_entry(path, opts, published))


def _read_entry(path: Path, options: Options, published: dt.date | None) -> Iterator[Item]:
    if not path.is_dir():
        yield from read_path(path, options=options, published=published)
        return
    for found in _walk(path):
        if isinstance(found, Failure):
            yield found
        else:
            yield from _guard(str(found), lambda file=found: read_path(file, options=options, published=published))


def iter_files(folder: Path) -> Iterator[Path]:
    """Files under ``folder``, recursively, sorted by name; hidden files and folders are skipped."""
    for found in _walk(folder):
        if isinstance(found, Path):
            yield found


def _walk(folder: Path) -> Iterator[Path | Failure]:
    """Files (sorted by name, depth first), and a Failure for each folder that cannot be listed."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        yield failure(IngestError(f"cannot list folder: {exc.strerror or exc}", origin=str(folder)), str(folder))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            if entry.is_dir(follow_symlinks=False):
                yield from _walk(Path(entry.path))
            elif entry.is_file():
                yield Path(entry.path)
        except OSError as exc:
            yield failure(IngestError(f"cannot read: {exc.strerror or exc}", origin=entry.path), entry.path)


def read_path(path: Path, *, options: Options | None = None, published: dt.date | None = None) -> Iterator[Item]:
    """Documents and Failures from one file; raises IngestError/OSError when the whole file is bad."""
    opts = options or Options()
    origin = str(path)
    if not path.exists():
        raise IngestError("no such file or directory", origin=origin)
    if path.stat().st_size == 0:
        raise IngestError("empty file", origin=origin)
    kind = kinds.kind_from_name(path)
    if kind is None:
        kind = _sniff_file(path)
    if kind == kinds.TEXT:
        yield read_text_file(path, origin=origin, options=opts, published=published)
    elif kind == kinds.HTML:
        yield read_html_file(path, origin=origin, options=opts, published=published)
    elif kind == kinds.FEED:
        yield from read_feed_file(path, origin=origin, options=opts, published=published)
    elif kind == kinds.WARC:
        yield from read_warc_file(path, origin=origin, options=opts, published=published)
    elif kind == kinds.JSONL:
        yield from read_jsonl_file(path, origin=origin, options=opts, published=published)
    elif kind == kinds.XML:
        yield from _read_xml(path, origin=origin, options=opts, published=published)
    else:  # pragma: no cover - kinds only returns the values above
        raise IngestError(f"unsupported file type {kind!r}", origin=origin)


def _sniff_file(path: Path) -> str:
    """Kind of a file whose name does not say: sniffed, else text for extension-less text files."""
    origin = str(path)
    head = kinds.head_bytes(path)
    kind = kinds.sniff_kind(head)
    if kind is not None:
        return kind
    check_not_binary(head, origin=origin)
    suffix = "".join(path.suffixes[-2:]) if path.suffixes else ""
    if not suffix:
        return kinds.TEXT
    raise IngestError(f"unsupported file type '{suffix}'", origin=origin)


def _read_xml(path: Path, *, origin: str, options: Options, published: dt.date | None) -> Iterator[Item]:
    data = read_limited(path, 8 * options.max_chars, origin=origin, limit_name="8 x max_chars")
    if not data.strip():
        raise IngestError("empty file", origin=origin)
    check_not_binary(data, origin=origin)
    parsed = parse_feed(data)
    if is_feed(parsed):
        yield from feed_items(parsed, origin=origin, options=options, published=published)
    elif kinds.looks_like_html(data):
        yield html_document(data, origin=origin, options=options, published=published)
    else:
        raise IngestError("unsupported file type: XML that is not an RSS/Atom feed", origin=origin)


def _read_stdin(stream: BinaryIO | None, options: Options, published: dt.date | None) -> Iterator[Item]:
    """Stdin is JSONL when every non-empty line is a JSON object, else one text document."""
    raw = (stream or sys.stdin.buffer).read()
    if raw.startswith(GZIP_MAGIC):
        try:
            raw = gzip.decompress(raw)
        except EOFError:
            raise IngestError("truncated gzip on stdin", origin=STDIN_ORIGIN) from None
        except (gzip.BadGzipFile, zlib.error) as exc:
            raise IngestError(f"corrupt gzip: {exc}", origin=STDIN_ORIGIN) from None
    if not raw.strip():
        raise IngestError("empty input", origin=STDIN_ORIGIN)
    if is_jsonl(raw):
        yield from read_jsonl_stream(io.BytesIO(raw), origin=STDIN_ORIGIN, options=options, published=published)
        return
    if len(raw) > 4 * options.max_chars:
        raise IngestError(f"input too large: {len(raw)} bytes > limit {4 * options.max_chars} bytes",
                          origin=STDIN_ORIGIN)
    yield text_from_bytes(raw, origin=STDIN_ORIGIN, options=options, published=published)


def _guard(origin: str, produce: Callable[[], Iterable[Item]]) -> Iterator[Item]:
    """Yield what ``produce`` yields; turn any error into one Failure so the batch goes on."""
    try:
        yield from produce()
    except (IngestError, OSError) as exc:
        yield failure(exc, origin)
    except Exception as exc:  # a bug in a parser must not stop a batch
        log.debug("unexpected error reading %s", origin, exc_info=True)
        yield failure(exc, origin)
