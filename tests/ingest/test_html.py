import datetime as dt

import pytest

from newsevents.ingest.html import NO_TEXT, html_document, read_html_file
from newsevents.model.errors import IngestError

from .conftest import FIXTURES, page

STORY = "The harbour master of Skeld said on Friday that the new pier would open to fishing boats in July."


def test_article_text_title_and_meta_date():
    doc = read_html_file(FIXTURES / "page.html", published=dt.date(1999, 1, 1))
    assert "glass factory in Tarsvik reopened on Monday" in doc.text
    assert "Copyright" not in doc.text and "analytics" not in doc.text
    assert doc.title == "Glass factory reopens in Tarsvik"
    assert doc.published == dt.date(2023, 11, 2)
    assert doc.published_from == "html-meta"


def test_no_date_in_page_falls_back_to_caller():
    doc = read_html_file(FIXTURES / "page_no_date.html", published=dt.date(2024, 6, 1))
    assert doc.published == dt.date(2024, 6, 1)
    assert doc.published_from == "caller"
    assert doc.title == "Library extends opening hours"


def test_no_date_anywhere_is_unknown():
    doc = read_html_file(FIXTURES / "page_no_date.html")
    assert doc.published is None and doc.published_from == "unknown"


def test_fallback_date_beats_caller_but_not_page():
    undated = html_document(page(STORY), origin="x", published=dt.date(2000, 1, 1),
                            fallback_published=dt.date(2021, 4, 5), fallback_from="warc")
    assert (undated.published, undated.published_from) == (dt.date(2021, 4, 5), "warc")
    dated = html_document(page(STORY, date="2020-02-03"), origin="x",
                          fallback_published=dt.date(2021, 4, 5), fallback_from="warc")
    assert (dated.published, dated.published_from) == (dt.date(2020, 2, 3), "html-meta")


def test_url_is_kept():
    doc = html_document(page(STORY), origin="x", url="https://skeld.example.org/pier")
    assert doc.url == "https://skeld.example.org/pier"
    assert STORY in doc.text


def test_scripts_only_page():
    with pytest.raises(IngestError) as err:
        read_html_file(FIXTURES / "scripts_only.html")
    assert err.value.reason == NO_TEXT == "no article text found"


def test_empty_html_file(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("   \n")
    with pytest.raises(IngestError, match="empty file"):
        read_html_file(path)


def test_html_too_large_is_refused_before_parsing(tmp_path):
    from newsevents.model.options import Options

    path = tmp_path / "big.html"
    path.write_bytes(page(STORY * 50))
    with pytest.raises(IngestError, match="file too large"):
        read_html_file(path, options=Options(max_chars=100))
