"""HTML pages through trafilatura: main text, title and publication date (no network)."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from newsevents.ingest.dates import lenient_date
from newsevents.ingest.decode import check_not_binary, read_limited
from newsevents.ingest.documents import make_document
from newsevents.model.errors import IngestError
from newsevents.model.options import Options
from newsevents.model.records import Document

log = logging.getLogger(__name__)

NO_TEXT = "no article text found"
# htmldate: look past the <meta> tags (URL, visible date strings) but prefer the original date.
_DATE_PARAMS = {"extensive_search": True, "original_date": True}


def html_document(
    html: bytes | str,
    *,
    origin: str,
    url: str | None = None,
    options: Options | None = None,
    published: dt.date | None = None,
    fallback_published: dt.date | None = None,
    fallback_from: str = "unknown",
) -> Document:
    """Extract the article of one page.

    The date comes from the page (``published_from="html-meta"``), else
    ``fallback_published`` (e.g. the WARC-Date), else the caller's ``published``.
    Raises IngestError(NO_TEXT) when nothing readable is found.
    """
    import trafilatura  # deferred: importing trafilatura costs ~0.3 s

    try:
        result = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            date_extraction_params=dict(_DATE_PARAMS),
        )
    except (ValueError, TypeError, AttributeError) as exc:  # lxml/trafilatura choke on some junk
        raise IngestError(f"unparseable HTML: {exc}", origin=origin) from None
    text = (getattr(result, "text", None) or "") if result is not None else ""
    if not text.strip():
        raise IngestError(NO_TEXT, origin=origin)
    page_date = lenient_date(getattr(result, "date", None))
    if page_date is not None:
        date, where = page_date, "html-meta"
    else:
        date, where = fallback_published, fallback_from
    return make_document(
        text,
        origin=origin,
        options=options,
        published=date,
        published_from=where,
        caller_published=published,
        url=url or getattr(result, "url", None),
        title=getattr(result, "title", None),
    )


def read_html_file(
    path: Path, *, origin: str | None = None, options: Options | None = None, published: dt.date | None = None
) -> Document:
    """Read one .html/.htm file (or its .gz); raw size is capped at 8 x max_chars bytes."""
    origin = origin or str(path)
    opts = options or Options()
    data = read_limited(path, 8 * opts.max_chars, origin=origin, limit_name="8 x max_chars")
    if not data.strip():
        raise IngestError("empty file", origin=origin)
    check_not_binary(data, origin=origin)
    return html_document(data, origin=origin, options=opts, published=published)
