"""Ingest: read sources (text, HTML, RSS/Atom, WARC, JSONL, stdin) into Documents.

Every reader yields :class:`~newsevents.model.records.Document` records, or
:class:`~newsevents.model.records.Failure` records for input it cannot read;
:func:`read_sources` never raises for bad input.
"""

from newsevents.ingest.batches import batched
from newsevents.ingest.discover import iter_files, read_path, read_sources, read_text
from newsevents.ingest.documents import Item, make_document
from newsevents.ingest.feeds import read_feed_bytes, read_feed_file
from newsevents.ingest.html import html_document, read_html_file
from newsevents.ingest.jsonl import read_jsonl_file, read_jsonl_stream
from newsevents.ingest.normalize import document_id, normalize_text
from newsevents.ingest.text import read_text_file, split_front_matter, text_document
from newsevents.ingest.warc import read_warc_file

__all__ = [
    "Item",
    "batched",
    "document_id",
    "html_document",
    "iter_files",
    "make_document",
    "normalize_text",
    "read_feed_bytes",
    "read_feed_file",
    "read_html_file",
    "read_jsonl_file",
    "read_jsonl_stream",
    "read_path",
    "read_sources",
    "read_text",
    "read_text_file",
    "read_warc_file",
    "split_front_matter",
    "text_document",
]
