import datetime as dt
import gzip
import io
import json

from newsevents.ingest.jsonl import is_jsonl, read_jsonl_file, read_jsonl_stream
from newsevents.ingest.normalize import document_id
from newsevents.model.options import Options

from .conftest import FIXTURES, docs, failures


def lines_of(*objs) -> bytes:
    return b"".join(json.dumps(o).encode() + b"\n" for o in objs)


def test_fixture_documents_and_failures():
    items = list(read_jsonl_file(FIXTURES / "articles.jsonl", published=dt.date(2022, 1, 1)))
    assert len(items) == 6  # the blank line is skipped
    first, second, fourth = docs(items)
    assert first.id == "art-1"
    assert first.text == (
        "The mayor of Quen said on Friday that the town would build a new school.\r\n  Work starts in autumn."
    )
    assert (first.url, first.title) == ("https://q.example.org/1", "New school for Quen")
    assert (first.published, first.published_from) == (dt.date(2022, 9, 16), "jsonl")
    assert second.id == document_id(second.text)
    assert second.published == dt.date(2022, 9, 17)
    assert (fourth.id, fourth.published, fourth.published_from) == ("art-4", dt.date(2022, 1, 1), "caller")
    origin = str(FIXTURES / "articles.jsonl")
    assert [(f.origin, f.reason) for f in failures(items)] == [
        (f"{origin}#line=3", "invalid JSON: Expecting value at column 1"),
        (f"{origin}#line=6", "missing or non-string 'text'"),
        (f"{origin}#line=7", "invalid published date '18 September' (expected YYYY-MM-DD or ISO datetime)"),
    ]


def test_text_is_unchanged():
    text = "  Two spaces,\ttab,\r\nCRLF and a trailing newline.\n"
    [doc] = read_jsonl_stream(io.BytesIO(lines_of({"text": text})), origin="s")
    assert doc.text == text


def test_wrong_types_and_non_objects():
    data = lines_of([1, 2], {"text": 5}, {"text": "ok text", "id": [1]}, {"text": "ok", "url": 3}, {"text": "ok", "id": 7})
    items = list(read_jsonl_stream(io.BytesIO(data), origin="s"))
    assert [f.reason for f in failures(items)] == [
        "not a JSON object but list",
        "missing or non-string 'text'",
        "'id' must be a string, not list",
        "'url' must be a string, not int",
    ]
    assert docs(items)[0].id == "7"


def test_invalid_utf8_line_has_line_and_byte_offset():
    data = lines_of({"text": "first"}) + b'{"text": "bad \xff byte"}\n' + lines_of({"text": "third"})
    items = list(read_jsonl_stream(io.BytesIO(data), origin="s"))
    [bad] = failures(items)
    assert bad.origin == "s#line=2"
    assert bad.offset == len(lines_of({"text": "first"})) + 14
    assert bad.reason.startswith("invalid UTF-8 at byte 14")
    assert [d.text for d in docs(items)] == ["first", "third"]


def test_overlong_line_is_skipped_and_reading_goes_on():
    data = lines_of({"text": "x" * 500}, {"text": "short one"})
    items = list(read_jsonl_stream(io.BytesIO(data), origin="s", options=Options(max_chars=20)))
    assert failures(items)[0].reason.startswith("line too long")
    assert [d.text for d in docs(items)] == ["short one"]


def test_too_long_text_in_a_line():
    data = lines_of({"text": "y" * 30})
    [bad] = read_jsonl_stream(io.BytesIO(data), origin="s", options=Options(max_chars=20))
    assert bad.reason == "text too long: 30 characters > max_chars 20"


def test_gzip_and_truncated_gzip(tmp_path):
    data = lines_of(*({"id": f"n{i}", "text": f"Report number {i} about the river."} for i in range(200)))
    whole = tmp_path / "a.jsonl.gz"
    whole.write_bytes(gzip.compress(data))
    assert [d.id for d in read_jsonl_file(whole)] == [f"n{i}" for i in range(200)]
    cut = tmp_path / "cut.jsonl.gz"
    packed = gzip.compress(data)
    cut.write_bytes(packed[: len(packed) // 2])
    items = list(read_jsonl_file(cut))
    assert items[-1].reason.startswith("truncated gzip")
    assert items[-1].origin == str(cut)
    assert len(docs(items)) > 10
    assert [d.id for d in docs(items)] == [f"n{i}" for i in range(len(docs(items)))]


def test_is_jsonl():
    assert is_jsonl(lines_of({"text": "a"}, {"text": "b"}) + b"\n")
    assert not is_jsonl(b'{"text": "a"}\nplain words\n')
    assert not is_jsonl(b"[1, 2]\n")
    assert not is_jsonl(b"\n\n")
