"""Content-hash document ids: the same article always gets the same id."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_WHITESPACE = re.compile(r"\s+")


def normalize_text(text: str) -> str:
    """Unicode NFC, every whitespace run collapsed to one space, stripped."""
    return _WHITESPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def document_id(text: str) -> str:
    """Hex sha256 of the normalized text, stable across line endings and re-wrapping."""
    return hashlib.sha256(normalize_text(text).encode("utf-8")).hexdigest()
