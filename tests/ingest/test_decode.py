import gzip
import time

import pytest

from newsevents.ingest.decode import (
    check_not_binary,
    decode_text,
    decode_utf8,
    read_limited,
    universal_newlines,
)
from newsevents.model.errors import IngestError


def test_decode_strips_bom():
    assert decode_utf8("\ufeffHello".encode(), origin="x") == "Hello"


def test_invalid_utf8_reports_byte_offset():
    data = "Caf\u00e9 ".encode() + b"\xff rest"
    with pytest.raises(IngestError) as err:
        decode_utf8(data, origin="x")
    assert err.value.offset == 6
    assert err.value.reason == "invalid UTF-8 at byte 6 (0xff)"


def test_invalid_utf8_offset_counts_the_bom():
    with pytest.raises(IngestError) as err:
        decode_utf8(b"\xef\xbb\xbfab\xc3(", origin="x")
    assert err.value.offset == 5


def test_latin1_text_is_not_guessed():
    with pytest.raises(IngestError, match="invalid UTF-8"):
        decode_text("Ren\u00e9 said no.".encode("latin-1"), origin="x")


def test_nul_bytes_mean_binary():
    with pytest.raises(IngestError, match=r"^binary file: NUL byte at offset 3"):
        check_not_binary(b"abc\x00def", origin="x")


def test_control_bytes_mean_binary():
    with pytest.raises(IngestError, match="binary file: mostly non-text bytes"):
        check_not_binary(bytes(range(1, 32)) * 10, origin="x")


def test_utf16_is_refused():
    with pytest.raises(IngestError, match="UTF-16"):
        check_not_binary("hello".encode("utf-16"), origin="x")


def test_ordinary_text_passes():
    check_not_binary("Line one.\tTabbed.\r\nLine two \u2014 dash.\n".encode(), origin="x")


def test_universal_newlines():
    assert universal_newlines("a\r\nb\rc\n") == "a\nb\nc\n"


def test_read_limited_refuses_big_file_without_reading(tmp_path):
    path = tmp_path / "big.txt"
    with path.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    start = time.perf_counter()
    with pytest.raises(IngestError, match=r"file too large: 52428800 bytes > limit 1000 bytes"):
        read_limited(path, 1000, origin=str(path))
    assert time.perf_counter() - start < 0.5


def test_read_limited_gunzips(tmp_path):
    path = tmp_path / "a.txt.gz"
    path.write_bytes(gzip.compress(b"hello world"))
    assert read_limited(path, 100, origin="x") == b"hello world"


def test_read_limited_stops_gzip_bombs(tmp_path):
    path = tmp_path / "bomb.txt.gz"
    path.write_bytes(gzip.compress(b"a" * 1_000_000))
    with pytest.raises(IngestError, match="after decompression"):
        read_limited(path, 10_000, origin="x")


def test_truncated_gzip(tmp_path):
    path = tmp_path / "cut.txt.gz"
    data = gzip.compress(("Some words of an article. " * 200).encode())
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(IngestError, match=r"^truncated gzip"):
        read_limited(path, 1_000_000, origin="x")
