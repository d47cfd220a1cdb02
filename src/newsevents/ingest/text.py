"""Plain-text articles, with optional front matter.

Front matter is a block of ``key: value`` lines between two ``---`` lines at
the very top of the file::

    ---
    title: Harbor talks resume
    published: 2024-03-14            (or an ISO datetime; ``date`` is an alias)
    url: https://example.org/harbor
    source: Example News
    ---
    The article text ...

Keys are case-insensitive, values may be quoted, ``#`` lines are comments and
unknown keys are ignored. The document text is what follows the closing line
(blank lines right after it dropped). A file whose first line is ``---`` but
that has no well-formed block is read whole as text.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass
from pathlib import Path

from newsevents.ingest.dates import parse_iso_date
from newsevents.ingest.decode import decode_text, read_limited, universal_newlines
from newsevents.ingest.documents import make_document
from newsevents.model.options import Options
from newsevents.model.records import Document

log = logging.getLogger(__name__)

FRONT_MATTER_KEYS = ("title", "published", "url", "source")
_KEY_ALIASES = {"date": "published"}
_FENCE = "---"
_LINE = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$")


@dataclass(frozen=True, slots=True)
class FrontMatter:
    """Metadata read from the top of a text file."""

    title: str | None = None
    published: dt.date | None = None
    url: str | None = None
    source: str | None = None


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def split_front_matter(text: str, *, origin: str | None = None) -> tuple[FrontMatter | None, str]:
    """(front matter or None, body). Raises IngestError for an invalid ``published`` value."""
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != _FENCE:
        return None, text
    values: dict[str, str] = {}
    for i, line in enumerate(lines[1:], start=1):
        stripped = line.strip()
        if stripped in (_FENCE, "..."):
            break
        if not stripped or stripped.startswith("#"):
            continue
        match = _LINE.match(stripped)
        if match is None:
            log.debug("%s: line %d is not key: value; no front matter", origin, i + 1)
            return None, text
        key = match.group(1).lower()
        key = _KEY_ALIASES.get(key, key)
        if key in FRONT_MATTER_KEYS:
            values[key] = _unquote(match.group(2)).strip()
        else:
            log.debug("%s: front matter key %r ignored", origin, key)
    else:
        return None, text  # no closing fence
    body = "\n".join(lines[i + 1 :]).lstrip("\n")
    meta = FrontMatter(
        title=values.get("title") or None,
        published=parse_iso_date(values.get("published"), origin=origin),
        url=values.get("url") or None,
        source=values.get("source") or None,
    )
    return meta, body


def text_document(
    text: str,
    *,
    origin: str,
    options: Options | None = None,
    published: dt.date | None = None,
) -> Document:
    """A Document from decoded file text (front matter honoured, newlines normalized to LF)."""
    text = universal_newlines(text)
    meta, body = split_front_matter(text, origin=origin)
    if meta is None:
        return make_document(text, origin=origin, options=options, caller_published=published)
    return make_document(
        body,
        origin=origin,
        options=options,
        published=meta.published,
        published_from="front-matter",
        caller_published=published,
        url=meta.url,
        title=meta.title,
        source=meta.source,
    )


def text_from_bytes(
    data: bytes, *, origin: str, options: Options | None = None, published: dt.date | None = None
) -> Document:
    """A Document from the raw bytes of a text file (binary check, strict UTF-8)."""
    return text_document(decode_text(data, origin=origin), origin=origin, options=options, published=published)


def read_text_file(
    path: Path, *, origin: str | None = None, options: Options | None = None, published: dt.date | None = None
) -> Document:
    """Read one .txt/.md file (or its .gz). The file size is checked before reading."""
    origin = origin or str(path)
    opts = options or Options()
    data = read_limited(path, 4 * opts.max_chars, origin=origin, limit_name="4 x max_chars")
    return text_from_bytes(data, origin=origin, options=opts, published=published)
