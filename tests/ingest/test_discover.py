import datetime as dt
import gzip
import io
import json
import logging
import shutil
import time

import pytest

from newsevents.ingest import read_sources, read_text
from newsevents.ingest.normalize import document_id
from newsevents.model.errors import IngestError
from newsevents.model.options import Options

from .conftest import FIXTURES, docs, failures, page, write_warc

ARTICLE = "The village of Harrow opened a new health centre on Saturday, the regional council said.\n"


@pytest.fixture
def corpus(tmp_path):
    """A folder with every kind of source, some bad ones, a subfolder and hidden files."""
    root = tmp_path / "corpus"
    (root / "sub").mkdir(parents=True)
    (root / ".hidden").mkdir()
    for name in ("plain.txt", "front_matter.txt", "page.html", "feed.rss", "articles.jsonl", "scripts_only.html"):
        shutil.copy(FIXTURES / name, root / name)
    (root / "sub" / "b.md").write_text(ARTICLE, encoding="utf-8")
    (root / "sub" / "a.txt.gz").write_bytes(gzip.compress(b"Second health centre opens in Wend next year."))
    (root / ".hidden" / "secret.txt").write_text("never read")
    (root / ".dotfile.txt").write_text("never read")
    (root / "empty.txt").write_bytes(b"")
    (root / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (root / "latin1.txt").write_bytes("Ren\u00e9 arrived.".encode("latin-1"))
    (root / "table.csv").write_text("a,b\n1,2\n")
    write_warc(root / "crawl.warc.gz", [{"uri": "https://w.example.org/x", "payload": page(ARTICLE)}], gzip=True)
    return root


def test_folder_is_read_recursively_sorted_and_hidden_files_skipped(tmp_path):
    for rel in ("b.txt", "a.txt", "sub/c.txt", "sub/deeper/d.txt", "z.txt", ".hidden/e.txt", ".f.txt"):
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"Article stored as {rel}.")
    items = list(read_sources([tmp_path]))
    assert [d.text for d in items] == [
        f"Article stored as {rel}." for rel in ("a.txt", "b.txt", "sub/c.txt", "sub/deeper/d.txt", "z.txt")
    ]
    assert items[0].source == str(tmp_path / "a.txt")


def test_corpus_folder_is_deterministic(corpus):
    assert list(read_sources([corpus])) == list(read_sources([corpus]))


def test_every_bad_file_gives_one_failure_and_the_batch_goes_on(corpus, caplog):
    with caplog.at_level(logging.WARNING, logger="newsevents.ingest"):
        items = list(read_sources([corpus]))
    by_file = {}
    for f in failures(items):
        by_file.setdefault(f.origin.rsplit("/", 1)[-1], []).append(f.reason)
    assert by_file["empty.txt"] == ["empty file"]
    assert by_file["image.png"][0].startswith("binary file")
    assert by_file["latin1.txt"] == ["invalid UTF-8 at byte 3 (0xe9)"]
    assert by_file["table.csv"] == ["unsupported file type '.csv'"]
    assert by_file["scripts_only.html"] == ["no article text found"]
    assert by_file["feed.rss#entry=3"] == ["feed entry has no text"]
    assert all(len(v) == 1 for v in by_file.values())
    assert all(f.error == "IngestError" for f in failures(items))
    for name in ("empty.txt", "image.png", "latin1.txt", "table.csv"):
        assert name in caplog.text
    texts = [d.text for d in docs(items)]
    assert ARTICLE in texts
    assert "Second health centre opens in Wend next year." in texts
    assert any(d.url == "https://w.example.org/x" for d in docs(items))
    assert len(docs(items)) == 11


def test_a_single_path_is_accepted_bare():
    assert [d.source for d in read_sources(str(FIXTURES / "plain.txt"))] == [str(FIXTURES / "plain.txt")]


def test_missing_path_is_a_failure(tmp_path):
    [bad] = read_sources([tmp_path / "nope.txt"])
    assert bad.reason == "no such file or directory"


def test_huge_text_file_is_refused_quickly(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        chunk = ("A long line of plain article text. " * 30 + "\n").encode()
        for _ in range(50 * 1024 * 1024 // len(chunk) + 1):
            fh.write(chunk)
    start = time.perf_counter()
    [bad] = list(read_sources([path]))
    assert time.perf_counter() - start < 1.0
    assert bad.reason.startswith("file too large: ") and bad.reason.endswith("bytes (4 x max_chars)")
    assert bad.origin == str(path)


def test_text_between_max_chars_and_byte_limit_is_checked_in_characters(tmp_path):
    path = tmp_path / "wide.txt"
    path.write_text("\u00e9" * 40, encoding="utf-8")  # 80 bytes, 40 characters
    assert len(docs(read_sources([path], options=Options(max_chars=40)))) == 1
    [bad] = read_sources([path], options=Options(max_chars=39))
    assert bad.reason == "text too long: 40 characters > max_chars 39"


def test_caller_date_fills_only_missing_dates():
    items = docs(read_sources([FIXTURES / "plain.txt", FIXTURES / "front_matter.txt"], published=dt.date(2025, 6, 5)))
    assert [(d.published, d.published_from) for d in items] == [
        (dt.date(2025, 6, 5), "caller"),
        (dt.date(2024, 3, 14), "front-matter"),
    ]


def test_stdin_text_and_jsonl():
    [doc] = read_sources(["-"], stdin=io.BytesIO(ARTICLE.encode()), published=dt.date(2025, 1, 2))
    assert (doc.text, doc.source, doc.published_from) == (ARTICLE, "<stdin>", "caller")
    data = b'{"id": "s1", "text": "One."}\n\n{"text": "Two."}\n'
    items = list(read_sources(["-"], stdin=io.BytesIO(data)))
    assert [d.id for d in items] == ["s1", document_id("Two.")]
    assert items[0].source == "<stdin>#line=1"
    [empty] = read_sources(["-"], stdin=io.BytesIO(b"  \n"))
    assert empty.reason == "empty input"


def test_unknown_extension_is_sniffed(tmp_path):
    (tmp_path / "page.dat").write_bytes(page(ARTICLE.strip()))
    (tmp_path / "lines.log").write_text(json.dumps({"text": ARTICLE}) + "\n")
    (tmp_path / "noext").write_text(ARTICLE)
    items = list(read_sources([tmp_path / "page.dat", tmp_path / "lines.log", tmp_path / "noext"]))
    assert failures(items) == []
    assert [ARTICLE.strip() in d.text for d in items] == [True, True, True]


def test_xml_that_is_not_a_feed(tmp_path):
    path = tmp_path / "data.xml"
    path.write_text('<?xml version="1.0"?><catalog><book>Title</book></catalog>')
    [bad] = read_sources([path])
    assert bad.reason == "unsupported file type: XML that is not an RSS/Atom feed"
    feed = tmp_path / "news.xml"
    shutil.copy(FIXTURES / "feed.atom", feed)
    assert docs(read_sources([feed]))[0].title == "New comet spotted by amateur astronomers"


def test_unexpected_errors_become_failures(tmp_path, monkeypatch):
    import newsevents.ingest.discover as discover

    def boom(*args, **kwargs):
        raise RuntimeError("parser exploded")

    monkeypatch.setattr(discover, "read_text_file", boom)
    items = list(read_sources([FIXTURES / "plain.txt", FIXTURES / "feed.atom"]))
    assert items[0].reason == "parser exploded" and items[0].error == "RuntimeError"
    assert len(docs(items)) == 1


def test_read_text_api():
    doc = read_text("  Kept exactly.\r\n", published="2025-06-05", url="https://x.example", title="T")
    assert doc.text == "  Kept exactly.\r\n"
    assert (doc.published, doc.published_from) == (dt.date(2025, 6, 5), "caller")
    assert doc.id == document_id("Kept exactly.")
    assert read_text("Undated.").published_from == "unknown"
    assert doc.source is None and read_text("x", source="api").source == "api"
    with pytest.raises(IngestError, match="empty document"):
        read_text("   ")
