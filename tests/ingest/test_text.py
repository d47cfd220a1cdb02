import datetime as dt
from pathlib import Path

import pytest

from newsevents.ingest.text import read_text_file, split_front_matter, text_document
from newsevents.model.errors import IngestError
from newsevents.model.options import Options

from .conftest import FIXTURES

BODY = "The ferry to Holm will run daily from May.\nTickets go on sale next week.\n"


def test_plain_file_is_the_whole_text():
    doc = read_text_file(FIXTURES / "plain.txt")
    assert doc.text == (FIXTURES / "plain.txt").read_text(encoding="utf-8")
    assert doc.title is None and doc.url is None
    assert doc.published is None and doc.published_from == "unknown"
    assert doc.source == str(FIXTURES / "plain.txt")


def test_caller_date_fills_in():
    doc = read_text_file(FIXTURES / "plain.txt", published=dt.date(2024, 1, 2))
    assert doc.published == dt.date(2024, 1, 2)
    assert doc.published_from == "caller"


def test_front_matter_fields():
    doc = read_text_file(FIXTURES / "front_matter.txt", published=dt.date(2000, 1, 1))
    assert doc.title == "Ferry service to northern islands expanded"
    assert doc.published == dt.date(2024, 3, 14)
    assert doc.published_from == "front-matter"
    assert doc.url == "https://news.example.org/2024/03/ferries"
    assert doc.source == "Example Coastal News"
    assert doc.text.startswith("The council of Pemberton voted")
    assert "---" not in doc.text and "editor" not in doc.text


def test_front_matter_datetime_and_alias():
    text = "---\ndate: '2023-07-08T23:30:00-05:00'\n---\n" + BODY
    meta, body = split_front_matter(text)
    assert meta is not None and meta.published == dt.date(2023, 7, 8)
    assert body == BODY


def test_front_matter_without_date_uses_caller():
    doc = text_document("---\ntitle: Holm ferry\n---\n" + BODY, origin="x", published=dt.date(2024, 5, 1))
    assert doc.title == "Holm ferry"
    assert doc.published_from == "caller"


def test_invalid_front_matter_date_is_an_error():
    with pytest.raises(IngestError, match=r"invalid published date 'soon'"):
        text_document("---\npublished: soon\n---\n" + BODY, origin="x")


def test_unclosed_or_non_key_value_block_is_plain_text():
    unclosed = "---\ntitle: x\n" + BODY
    assert split_front_matter(unclosed) == (None, unclosed)
    rule = "---\nThis opening paragraph is not metadata.\n---\n" + BODY
    assert split_front_matter(rule) == (None, rule)


def test_crlf_is_normalized_and_id_is_stable(tmp_path):
    lf = tmp_path / "lf.txt"
    crlf = tmp_path / "crlf.txt"
    lf.write_bytes(BODY.encode())
    crlf.write_bytes(BODY.replace("\n", "\r\n").encode())
    a, b = read_text_file(lf), read_text_file(crlf)
    assert a.text == b.text == BODY
    assert a.id == b.id


def test_rewrapped_text_keeps_its_id(tmp_path):
    wrapped = tmp_path / "wrapped.txt"
    wrapped.write_text(BODY.replace("daily ", "daily\n  "), encoding="utf-8")
    assert read_text_file(wrapped).id == text_document(BODY, origin="x").id


def test_empty_and_blank_text():
    with pytest.raises(IngestError, match="empty document"):
        text_document(" \n\t\n", origin="x")
    with pytest.raises(IngestError, match="empty document"):
        text_document("---\ntitle: nothing\n---\n\n", origin="x")


def test_min_and_max_chars():
    with pytest.raises(IngestError, match="text too short: 2 characters < min_chars 5"):
        text_document("ok", origin="x", options=Options(min_chars=5))
    with pytest.raises(IngestError, match="text too long: 73 characters > max_chars 10"):
        text_document(BODY, origin="x", options=Options(max_chars=10))


def test_invalid_utf8_file(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_bytes(b"Good start. " + b"\xc3\x28 then junk")
    with pytest.raises(IngestError) as err:
        read_text_file(path)
    assert err.value.offset == 12
    assert "invalid UTF-8 at byte 12" in err.value.reason


SEED = Path("/work/shared/seed/article.txt")


@pytest.mark.skipif(not SEED.exists(), reason="shared seed article not present")
def test_seed_article_text_is_the_file_text():
    doc = read_text_file(SEED, published=dt.date(2025, 6, 5))
    assert doc.text == SEED.read_text(encoding="utf-8")
    assert (doc.published, doc.published_from) == (dt.date(2025, 6, 5), "caller")
