import datetime as dt
import logging

import pytest

from newsevents.ingest.feeds import read_feed_bytes, read_feed_file
from newsevents.ingest.markup import html_to_text
from newsevents.model.errors import IngestError

from .conftest import FIXTURES, docs, failures


def test_rss_entries_become_documents():
    items = list(read_feed_file(FIXTURES / "feed.rss", published=dt.date(2024, 5, 31)))
    found = docs(items)
    assert [d.title for d in found] == ["Bridge repairs finished early", "Farmers market moves to the square"]
    bridge, market = found
    assert bridge.url == "https://herald.example.org/bridge"
    assert bridge.source == f"{FIXTURES / 'feed.rss'}#entry=1"
    # content:encoded wins over the teaser in <description>, and HTML is stripped
    assert bridge.text.startswith("Repairs on the old stone bridge")
    assert "\n\nTraffic will return" in bridge.text
    assert "<" not in bridge.text and "track()" not in bridge.text and "teaser" not in bridge.text
    assert (bridge.published, bridge.published_from) == (dt.date(2024, 5, 6), "feed")
    assert market.text == "The weekly farmers market will move to the town square in June, organisers said."
    assert (market.published, market.published_from) == (dt.date(2024, 5, 31), "caller")


def test_entry_without_text_is_one_failure_and_the_feed_goes_on(caplog):
    with caplog.at_level(logging.WARNING, logger="newsevents.ingest"):
        items = list(read_feed_file(FIXTURES / "feed.rss"))
    assert len(items) == 3
    [bad] = failures(items)
    assert bad.origin.endswith("feed.rss#entry=3")
    assert bad.reason == "feed entry has no text"
    assert bad.error == "IngestError"
    assert "feed entry has no text" in caplog.text


def test_atom_entry():
    [doc] = list(read_feed_file(FIXTURES / "feed.atom"))
    assert doc.title == "New comet spotted by amateur astronomers"
    assert doc.url == "https://science.example.org/comet"
    assert doc.published == dt.date(2024, 2, 1)
    assert doc.text == "Two amateur astronomers in Ellby reported a faint new comet on Thursday night."


def test_malformed_feed_is_an_error():
    with pytest.raises(IngestError, match=r"^malformed feed: "):
        list(read_feed_bytes(b'<rss version="2.0"><channel><title>cut of', origin="x"))


def test_broken_feed_with_entries_still_yields_them():
    data = (b'<rss version="2.0"><channel><item><title>Dam opened</title>'
            b"<description>The new dam on the Orr opened on Sunday.</description></item><item><title>cut")
    items = list(read_feed_bytes(data, origin="x"))
    assert docs(items)[0].text == "The new dam on the Orr opened on Sunday."
    assert [f.reason for f in failures(items)] == ["feed entry has no text"]


def test_not_a_feed_is_an_error():
    with pytest.raises(IngestError, match=r"^malformed feed"):
        list(read_feed_bytes(b"just some words, no markup at all", origin="x"))


def test_feed_without_entries():
    empty = b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>'
    with pytest.raises(IngestError, match="feed has no entries"):
        list(read_feed_bytes(empty, origin="x"))


def test_html_to_text_paragraphs_and_entities():
    assert html_to_text("<p>One &amp; two.</p><p>Three<br>four <b>five</b></p>") == "One & two.\n\nThree\nfour five"
    assert html_to_text("no markup &lt;here&gt;") == "no markup <here>"
