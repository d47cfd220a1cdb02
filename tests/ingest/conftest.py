"""Shared helpers for the ingest tests: fixture paths and a WARC builder."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from newsevents.model.records import Document, Failure

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"


def page(body: str, *, date: str | None = None, title: str = "Example page") -> bytes:
    """A small HTML page with an optional article:published_time meta tag."""
    meta = f'<meta property="article:published_time" content="{date}">' if date else ""
    return (
        f"<html><head><title>{title}</title>{meta}</head>"
        f"<body><article><p>{body}</p></article></body></html>"
    ).encode()


def write_warc(path: Path, records: list[dict], *, gzip: bool) -> bytes:
    """Write a WARC with warcio; each record dict: uri, payload, [type, content_type, status, date]."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gzip)
    writer.write_record(writer.create_warcinfo_record("test.warc", {"software": "newsevents tests"}))
    for spec in records:
        rec_type = spec.get("type", "response")
        headers = {"WARC-Date": spec.get("date", "2021-04-05T10:00:00Z")}
        http = None
        if rec_type == "response":
            http = StatusAndHeaders(
                spec.get("status", "200 OK"),
                [("Content-Type", spec.get("content_type", "text/html; charset=utf-8"))],
                protocol="HTTP/1.1",
            )
        record = writer.create_warc_record(
            spec["uri"],
            rec_type,
            payload=io.BytesIO(spec["payload"]),
            http_headers=http,
            warc_headers_dict=headers,
        )
        writer.write_record(record)
    data = buf.getvalue()
    path.write_bytes(data)
    return data


def docs(items: list) -> list[Document]:
    return [item for item in items if isinstance(item, Document)]


def failures(items: list) -> list[Failure]:
    return [item for item in items if isinstance(item, Failure)]


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES
