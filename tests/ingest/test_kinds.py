import gzip
from pathlib import Path

import pytest

from newsevents.ingest.kinds import FEED, HTML, JSONL, TEXT, WARC, XML, head_bytes, kind_from_name, sniff_kind


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("a.txt", TEXT), ("a.TEXT", TEXT), ("notes.md", TEXT), ("p.html", HTML), ("p.htm.gz", HTML),
        ("f.rss", FEED), ("f.atom", FEED), ("f.xml", XML), ("c.warc", WARC), ("c.warc.gz", WARC),
        ("c.arc.gz", WARC), ("l.jsonl", JSONL), ("l.ndjson.gz", JSONL), ("a.txt.gz", TEXT),
        ("x.csv", None), ("x.gz", None), ("noext", None),
    ],
)
def test_kind_from_name(name, kind):
    assert kind_from_name(Path(name)) == kind


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b"WARC/1.1\r\nWARC-Type: warcinfo\r\n", WARC),
        (b"\xef\xbb\xbf<!DOCTYPE html><html><body>", HTML),
        (b'<?xml version="1.0"?>\n<rss version="2.0"><channel>', FEED),
        (b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">', FEED),
        (b'{"text": "a"}\n{"text": "b"}\n{"text": "cut of', JSONL),
        (b'{"text": "a"}\nnot json\n', None),
        (b"<catalog><item/></catalog>", None),
        (b"Plain words of an article.", None),
    ],
)
def test_sniff_kind(head, kind):
    assert sniff_kind(head) == kind


def test_head_bytes_gunzips(tmp_path):
    path = tmp_path / "x.gz"
    path.write_bytes(gzip.compress(b"WARC/1.0\r\n"))
    assert sniff_kind(head_bytes(path)) == WARC
