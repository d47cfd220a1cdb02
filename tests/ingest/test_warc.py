import datetime as dt

import pytest

from newsevents.ingest.warc import read_warc_file
from newsevents.model.errors import IngestError

from .conftest import docs, failures, page, write_warc

STORIES = [
    "The weather office of Norrvik warned on Sunday of strong winds along the coast through Tuesday.",
    "Teachers in Ballan voted to accept a new contract after three weeks of talks with the district.",
    "A new bus line will link the airport of Carrow with the old town from the first of March.",
]


def archive(tmp_path, *, gzip: bool):
    records = [
        {"uri": "https://a.example.org/wind", "payload": page(STORIES[0], date="2020-10-11")},
        {"uri": "https://a.example.org/logo.png", "payload": b"\x89PNG....", "content_type": "image/png"},
        {"uri": "https://a.example.org/teachers", "payload": page(STORIES[1]), "date": "2021-04-06T23:10:00Z"},
        {"uri": "https://a.example.org/gone", "payload": page("Not found here at all."), "status": "404 Not Found"},
        {"uri": "https://a.example.org/bus", "payload": page(STORIES[2], date="2019-02-20")},
    ]
    path = tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc")
    return path, write_warc(path, records, gzip=gzip)


@pytest.mark.parametrize("gzip", [True, False])
def test_html_responses_become_documents(tmp_path, gzip):
    path, _ = archive(tmp_path, gzip=gzip)
    items = list(read_warc_file(path, published=dt.date(1990, 1, 1)))
    assert failures(items) == []
    wind, teachers, bus = docs(items)
    assert [d.url for d in (wind, teachers, bus)] == [
        "https://a.example.org/wind", "https://a.example.org/teachers", "https://a.example.org/bus",
    ]
    assert STORIES[0] in wind.text and STORIES[1] in teachers.text
    assert (wind.published, wind.published_from) == (dt.date(2020, 10, 11), "html-meta")
    assert (teachers.published, teachers.published_from) == (dt.date(2021, 4, 6), "warc")
    assert wind.source == f"{path}#record=2"  # record 1 is the warcinfo


@pytest.mark.parametrize("gzip", [True, False])
@pytest.mark.parametrize("keep", [0.3, 0.55, 0.78, 0.97])
def test_truncated_archive_yields_what_it_read_then_one_failure(tmp_path, gzip, keep):
    path, data = archive(tmp_path, gzip=gzip)
    path.write_bytes(data[: int(len(data) * keep)])
    items = list(read_warc_file(path))
    found, bad = docs(items), failures(items)
    assert len(bad) == 1 and items[-1] is bad[0]
    assert "truncated" in bad[0].reason and "WARC" in bad[0].reason
    assert bad[0].origin.startswith(f"{path}#record=")
    # documents read before the cut are whole articles, in order
    assert len(found) < 3
    assert all(story in doc.text for story, doc in zip(STORIES, found, strict=False))


def test_cut_at_a_record_boundary_reads_as_a_shorter_archive(tmp_path):
    # a file cut exactly between records is a valid WARC: nothing to detect
    path, data = archive(tmp_path, gzip=True)
    from warcio.archiveiterator import ArchiveIterator

    with path.open("rb") as fh:
        it = ArchiveIterator(fh)
        ends = []
        for _ in it:
            it.read_to_end()
            ends.append(it.get_record_offset() + it.get_record_length())
    path.write_bytes(data[: ends[2]])  # warcinfo, wind, logo
    items = list(read_warc_file(path))
    assert failures(items) == [] and len(docs(items)) == 1


def test_complete_archive_has_no_failure_at_the_end(tmp_path):
    path, _ = archive(tmp_path, gzip=True)
    assert len(list(read_warc_file(path))) == 3


def test_not_a_warc(tmp_path):
    path = tmp_path / "fake.warc"
    path.write_text("hello, this is not an archive\n" * 3)
    with pytest.raises(IngestError, match="not a WARC file"):
        list(read_warc_file(path))


def test_record_without_text_is_a_failure_and_the_archive_goes_on(tmp_path):
    path = tmp_path / "mixed.warc.gz"
    write_warc(path, [
        {"uri": "https://b.example.org/app", "payload": b"<html><body><script>boot()</script></body></html>"},
        {"uri": "https://b.example.org/news", "payload": page(STORIES[0])},
    ], gzip=True)
    items = list(read_warc_file(path))
    assert [f.reason for f in failures(items)] == ["no article text found"]
    assert failures(items)[0].origin == f"{path}#record=2"
    assert docs(items)[0].url == "https://b.example.org/news"
