"""Per-document token lookups that spare building spaCy Token objects again and again.

``doc[i]`` builds a new ``Token`` on every call; the finders look the same
positions up many times, so they share one of these per document.
"""

from __future__ import annotations

import numpy
from spacy.attrs import HEAD, SENT_START
from spacy.tokens import Doc, Token


class TokenCache(dict[int, Token]):
    """``cache[i]`` is ``doc[i]``, built at the first lookup and kept."""

    __slots__ = ("doc",)

    def __init__(self, doc: Doc) -> None:
        super().__init__()
        self.doc = doc

    def __missing__(self, i: int) -> Token:
        tok = self.doc[i]
        self[i] = tok
        return tok


def head_indices(doc: Doc) -> list[int]:
    """``doc[i].head.i`` for every token, from the HEAD array (stored relative to ``i``)."""
    heads = doc.to_array([HEAD]).reshape(-1).astype("int64")
    return (heads + numpy.arange(len(doc))).tolist()


def sentence_marks(doc: Doc) -> list[int] | None:
    """1 where a token opens a sentence, else 0; None when ``Token.sent`` must be asked
    (custom sentence hooks, or no sentence annotation, where it raises)."""
    if "sent" in doc.user_token_hooks or "sent" in doc.user_span_hooks or "sents" in doc.user_hooks:
        return None
    if not doc.has_annotation("SENT_START"):
        return None
    return (doc.to_array([SENT_START]).reshape(-1) == 1).astype("int64").tolist()


def sentence_start_of(marks: list[int] | None, tok: Token) -> int:
    """``tok.sent.start``, read off the marks (same scan as ``Span.sent``)."""
    if marks is None:
        return tok.sent.start
    i = tok.i
    while marks[i] != 1 and i > 0:
        i -= 1
    return i


def sentence_end_of(marks: list[int] | None, tok: Token) -> int:
    """``tok.sent.end``, read off the marks (same scan as ``Span.sent``)."""
    if marks is None:
        return tok.sent.end
    i, n = tok.i + 1, len(marks)
    while i < n and marks[i] != 1:
        i += 1
    return i
