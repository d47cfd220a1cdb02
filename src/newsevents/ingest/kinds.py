"""Which reader a source needs: by file extension, else by sniffing its first bytes."""

from __future__ import annotations

import gzip
import json
import re
import zlib
from pathlib import Path

from newsevents.ingest.decode import GZIP_MAGIC
from newsevents.ingest.warc import looks_like_warc

TEXT, HTML, FEED, WARC, JSONL, XML = "text", "html", "feed", "warc", "jsonl", "xml"

EXTENSIONS: dict[str, str] = {
    ".txt": TEXT,
    ".text": TEXT,
    ".md": TEXT,
    ".html": HTML,
    ".htm": HTML,
    ".xhtml": HTML,
    ".rss": FEED,
    ".atom": FEED,
    ".xml": XML,  # a feed when it parses as one
    ".warc": WARC,
    ".arc": WARC,
    ".jsonl": JSONL,
    ".ndjson": JSONL,
}
_SNIFF = 65536
_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF|RDF)[\s>]", re.IGNORECASE)
_HTML_ROOT = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]",
                        re.IGNORECASE | re.DOTALL)


def kind_from_name(path: Path) -> str | None:
    """The reader kind for a file name (``.gz`` looks at the extension inside), or None."""
    suffixes = [s.lower() for s in path.suffixes]
    if not suffixes:
        return None
    if suffixes[-1] == ".gz":
        if len(suffixes) < 2:
            return None
        return EXTENSIONS.get(suffixes[-2])
    return EXTENSIONS.get(suffixes[-1])


def head_bytes(path: Path, size: int = _SNIFF) -> bytes:
    """The first ``size`` bytes of a file, decompressed when it is gzip (best effort)."""
    with path.open("rb") as fh:
        head = fh.read(size)
    if head.startswith(GZIP_MAGIC):
        try:
            with gzip.open(path, "rb") as gz:
                return gz.read(size)
        except (OSError, EOFError, zlib.error):
            return head
    return head


def sniff_kind(head: bytes) -> str | None:
    """Guess the kind from leading bytes: WARC, feed, HTML or JSONL; None when unsure."""
    body = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    if looks_like_warc(body):
        return WARC
    if body.startswith(b"<"):
        if _HTML_ROOT.match(body):
            return HTML
        if _FEED_ROOT.search(body[:4096]):
            return FEED
        return None
    if body.startswith(b"{") and _lines_are_objects(body):
        return JSONL
    return None


def _lines_are_objects(head: bytes, max_lines: int = 20) -> bool:
    lines = [line for line in head.splitlines() if line.strip()]
    if len(lines) > 1 and not head.endswith(b"\n"):
        lines = lines[:-1]  # the last line may be cut off by the sniff window
    for line in lines[:max_lines]:
        try:
            if not isinstance(json.loads(line), dict):
                return False
        except ValueError:
            return False
    return bool(lines)


def looks_like_html(data: bytes) -> bool:
    """True when the bytes start like an HTML/XHTML page."""
    return bool(_HTML_ROOT.match(data.removeprefix(b"\xef\xbb\xbf")))
