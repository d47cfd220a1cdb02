"""Reading raw bytes safely: size limits, gzip, binary sniffing, strict UTF-8."""

from __future__ import annotations

import codecs
import gzip
import io
import zlib
from pathlib import Path
from typing import BinaryIO

from newsevents.model.errors import IngestError

GZIP_MAGIC = b"\x1f\x8b"
_SNIFF_BYTES = 8192
# C0 controls other than tab, newline, vertical tab, form feed, carriage return and escape.
_CONTROL = bytes(sorted(set(range(32)) - {9, 10, 11, 12, 13, 27}))
_UTF16_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def is_gzip(path: Path) -> bool:
    """True when the file starts with the gzip magic number."""
    with path.open("rb") as fh:
        return fh.read(2) == GZIP_MAGIC


def read_limited(path: Path, max_bytes: int, *, origin: str, limit_name: str = "") -> bytes:
    """All bytes of ``path`` (gunzipped when gzip), or IngestError past ``max_bytes``.

    The size of a plain file is checked before anything is read, so a huge
    file is refused at once; gzip data is decompressed at most to the limit.
    ``limit_name`` says where the limit comes from in messages (e.g. "4 x max_chars").
    """
    if is_gzip(path):
        with path.open("rb") as raw:
            return read_gzip_stream(raw, max_bytes, origin=origin, limit_name=limit_name)
    size = path.stat().st_size
    if size > max_bytes:
        raise IngestError(f"file too large: {size} bytes > limit {max_bytes} bytes{_why(limit_name)}", origin=origin)
    return path.read_bytes()


def _why(limit_name: str) -> str:
    return f" ({limit_name})" if limit_name else ""


def read_gzip_stream(raw: BinaryIO, max_bytes: int, *, origin: str, limit_name: str = "") -> bytes:
    """Decompress a gzip stream up to ``max_bytes``; typed errors for truncated or corrupt data."""
    out = io.BytesIO()
    try:
        with gzip.GzipFile(fileobj=raw) as gz:
            while chunk := gz.read(1 << 16):
                out.write(chunk)
                if out.tell() > max_bytes:
                    raise IngestError(
                        f"file too large: more than {max_bytes} bytes after decompression{_why(limit_name)}",
                        origin=origin,
                    )
    except EOFError:
        raise IngestError(
            f"truncated gzip: stream ends after {out.tell()} decompressed bytes",
            origin=origin,
            offset=out.tell(),
        ) from None
    except (gzip.BadGzipFile, zlib.error) as exc:
        raise IngestError(f"corrupt gzip: {exc}", origin=origin, offset=out.tell()) from None
    return out.getvalue()


def check_not_binary(data: bytes, *, origin: str) -> None:
    """IngestError("binary file: ...") for NUL bytes or mostly control bytes; UTF-16/32 is refused too."""
    if data.startswith(_UTF16_BOMS):
        raise IngestError("not UTF-8: file starts with a UTF-16/UTF-32 byte order mark", origin=origin, offset=0)
    nul = data.find(b"\x00")
    if nul >= 0:
        raise IngestError(f"binary file: NUL byte at offset {nul}", origin=origin, offset=nul)
    head = data[:_SNIFF_BYTES]
    if head:
        controls = len(head) - len(head.translate(None, _CONTROL))
        if controls / len(head) > 0.05:
            raise IngestError("binary file: mostly non-text bytes", origin=origin, offset=0)


def decode_utf8(data: bytes, *, origin: str) -> str:
    """Strict UTF-8 (a leading BOM is dropped); IngestError with the byte offset of the first bad byte."""
    bom = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    try:
        return data[bom:].decode("utf-8")
    except UnicodeDecodeError as exc:
        offset = exc.start + bom
        raise IngestError(
            f"invalid UTF-8 at byte {offset} (0x{data[offset]:02x})", origin=origin, offset=offset
        ) from None


def decode_text(data: bytes, *, origin: str) -> str:
    """Binary check, then strict UTF-8 decoding."""
    check_not_binary(data, origin=origin)
    return decode_utf8(data, origin=origin)


def universal_newlines(text: str) -> str:
    """CRLF and lone CR become LF, as ``open()`` does in text mode."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")
