"""Find quoted stretches of text from quote marks alone.

Handles curly and straight double marks, single marks (nested inside double
ones, or on their own in headlines), an opening curly mark misused as a
closing one (``course,“ Xi told``), and quotes that run over several
paragraphs with an opening mark on each paragraph and a closing mark only at
the end. Works on the raw text, so it runs before any parse is consulted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DOUBLE_OPEN = frozenset("“„‟«")
DOUBLE_CLOSE = frozenset("”»")
DOUBLE_AMBIGUOUS = frozenset('"＂')
SINGLE_OPEN = frozenset("‘‚‹")
SINGLE_CLOSE = frozenset("’›")
SINGLE_AMBIGUOUS = frozenset("'")
ALL_DOUBLE = DOUBLE_OPEN | DOUBLE_CLOSE | DOUBLE_AMBIGUOUS
ALL_SINGLE = SINGLE_OPEN | SINGLE_CLOSE | SINGLE_AMBIGUOUS

_DOUBLE_RE = re.compile("[" + re.escape("".join(sorted(ALL_DOUBLE))) + "]|''")
_SINGLE_RE = re.compile("[" + re.escape("".join(sorted(ALL_SINGLE))) + "]")
_OPEN_BEFORE = frozenset(" \t\n\r\u00a0([{—–-/:")


@dataclass(frozen=True)
class QuoteSpan:
    """Characters between an opening and a closing mark (marks excluded).

    ``open_at``/``close_at`` are the offsets of the marks (``close_at`` is the
    end of the paragraph when it was left open). ``paragraphs`` counts the
    paragraphs a multi-paragraph quote runs over; ``single`` is True for
    single-mark quotes.
    """

    start: int
    end: int
    open_at: int
    close_at: int
    closed: bool = True
    paragraphs: int = 1
    single: bool = False


def _role(text: str, i: int, opens: frozenset[str], closes: frozenset[str]) -> str:
    """'open', 'close' or 'either' for the mark at text[i], judged from its neighbours."""
    ch = text[i]
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    space_before = before in _OPEN_BEFORE or before in ALL_DOUBLE or before in ALL_SINGLE
    space_after = after.isspace() or after in ",.;:!?)]}—–―" or after in ALL_DOUBLE or after in ALL_SINGLE
    if ch in opens:
        # an opening mark glued to a word and followed by a space closes ("course,“ Xi")
        return "close" if (not space_before and space_after) else "open"
    if ch in closes:
        return "open" if (space_before and not space_after) else "close"
    if space_before and not space_after:
        return "open"
    if space_after and not space_before:
        return "close"
    return "either"


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip():
            spans.append((pos, end))
        pos = end + 1
    return spans


def _double_marks(text: str, p_start: int, p_end: int) -> list[tuple[int, int]]:
    """(offset, width) of the double marks in a paragraph; two apostrophes ('') count as one mark."""
    return [(m.start(), m.end() - m.start()) for m in _DOUBLE_RE.finditer(text, p_start, p_end)]


def _pair_double(text: str, p_start: int, p_end: int) -> list[QuoteSpan]:
    out: list[QuoteSpan] = []
    open_at: int | None = None
    open_w = 1
    for i, width in _double_marks(text, p_start, p_end):
        role = _role_at(text, i, 2) if width == 2 else _role(text, i, DOUBLE_OPEN, DOUBLE_CLOSE)
        if role == "either":
            role = "close" if open_at is not None else "open"
        if role == "open":
            if open_at is not None and i - open_at > open_w:
                # two openers in a row: the first was never closed; end it before this one
                end = _rstrip(text, open_at + open_w, i)
                if end > open_at + open_w:
                    out.append(QuoteSpan(open_at + open_w, end, open_at, i, closed=False))
            open_at, open_w = i, width
        elif open_at is not None:
            if i > open_at + open_w:
                out.append(QuoteSpan(open_at + open_w, i, open_at, i))
            open_at = None
    if open_at is not None:
        end = _rstrip(text, open_at + open_w, p_end)
        if end > open_at + open_w:
            out.append(QuoteSpan(open_at + open_w, end, open_at, p_end, closed=False))
    return out


def _role_at(text: str, i: int, width: int) -> str:
    """Role of a two-character mark ('') from its neighbours."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + width] if i + width < len(text) else " "
    space_before = before in _OPEN_BEFORE
    space_after = after.isspace() or after in ",.;:!?)]}—–"
    if space_before and not space_after:
        return "open"
    if space_after and not space_before:
        return "close"
    return "either"


def _is_apostrophe(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isalnum() and after.isalnum():
        return True  # don’t, Xi’s
    # ’90s
    return text[i] in "’'" and (before.isspace() or i == 0) and after.isdigit()


def _pair_single(text: str, start: int, end: int) -> list[QuoteSpan]:
    """Single-mark quotes inside [start, end): opener after a space, closer before a non-letter."""
    out: list[QuoteSpan] = []
    open_at: int | None = None
    for m in _SINGLE_RE.finditer(text, start, end):
        i = m.start()
        ch = text[i]
        if _is_apostrophe(text, i):
            continue
        if ch == "'" and ((i + 1 < end and text[i + 1] == "'") or (i > start and text[i - 1] == "'")):
            continue
        role = _role(text, i, SINGLE_OPEN, SINGLE_CLOSE)
        if role == "open":
            open_at = i
        elif role == "close" and open_at is not None:
            if i > open_at + 1:
                out.append(QuoteSpan(open_at + 1, i, open_at, i, single=True))
            open_at = None
    return out


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """All top-level quoted stretches in ``text``, multi-paragraph quotes merged, in text order."""
    paragraphs = _paragraphs(text)
    per_paragraph: list[list[QuoteSpan]] = []
    for p_start, p_end in paragraphs:
        doubles = _pair_double(text, p_start, p_end)
        # single marks count on their own only outside every double quote (nested ones are content)
        singles: list[QuoteSpan] = []
        cursor = p_start
        for q in [*doubles, None]:
            stop = q.open_at if q is not None else p_end
            if stop > cursor:
                singles.extend(_pair_single(text, cursor, stop))
            if q is not None:
                cursor = q.close_at + 1
        per_paragraph.append(sorted(doubles + singles, key=lambda q: q.start))
    merged: list[QuoteSpan] = []
    carry: QuoteSpan | None = None
    for (p_start, _p_end), spans in zip(paragraphs, per_paragraph, strict=True):
        for j, q in enumerate(spans):
            if carry is not None:
                if j == 0 and q.open_at == _lstrip(text, p_start) and not q.single:
                    q = QuoteSpan(carry.start, q.end, carry.open_at, q.close_at, q.closed,
                                  carry.paragraphs + 1)
                else:
                    merged.append(carry)
                carry = None
            if not q.closed and not q.single and j == len(spans) - 1:
                carry = q
            else:
                merged.append(q)
        if carry is not None and not spans:
            merged.append(carry)
            carry = None
    if carry is not None:
        merged.append(carry)
    return merged


def _lstrip(text: str, start: int) -> int:
    while start < len(text) and text[start] in " \t\u00a0":
        start += 1
    return start


def inside_quotes(spans: list[QuoteSpan], start: int, end: int) -> QuoteSpan | None:
    """The quote span that holds [start, end), if any."""
    for q in spans:
        if q.start <= start and end <= q.end:
            return q
    return None
