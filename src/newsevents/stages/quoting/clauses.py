"""The reported clause a partial quote sits in ("called for both sides to “make good on” the
consensus": ``both sides to “make good on” the consensus``), kept on the quote as ``clause``.

The clause is the reported-clause candidate that shares the quote's cue when there is one,
else the complement of the cue verb that holds the quoted words in the parse. Either way it
stops before another cue or an aside (a dash, a semicolon) after the quote, and takes in the
closing mark of a quote that ends it, as PolNeAR marks content.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsevents.stages.quoting.candidate import Candidate

_CLOSING = "”\"’'»"
_TRIM = " \t\n\u00a0,;:—–-"
_TRAILING_WORDS = frozenset({"and", "or", "but", "that", "while", "as", "with", "which", "who"})
_ASIDES = (" — ", " – ", " -- ", "; ", " (")
# complements of a cue verb that can hold reported words
_COMPLEMENT_DEPS = frozenset({"ccomp", "xcomp", "dobj", "prep", "oprd", "advcl", "attr", "dative"})
_PHRASAL_PREPS = frozenset({"for", "on", "upon"})


def clause_span(text: str, start: int, end: int, part: Candidate, cues: list[int]) -> tuple[int, int]:
    """The clause [start, end) around ``part``, ended before a later cue or aside (see the module doc).

    ``cues`` are the sorted start offsets of every cue in the document.
    """
    start, end = min(start, part.start), max(end, part.end)
    word = text[start:part.start].split(" ", 1)[0]
    if part.cue is not None and word.lower() in _PHRASAL_PREPS and not text[part.cue[1]:start].strip() \
            and start + len(word) + 1 <= part.start:
        start += len(word) + 1  # "called for both sides to ...": "for" belongs to the cue
    stops = [c for c in cues if part.end <= c < end]
    stops += [k for k in (text.find(a, part.end, end) for a in _ASIDES) if k >= 0]
    if stops:
        end = min(stops)
        while True:
            while end > part.end and text[end - 1] in _TRIM:
                end -= 1
            head, _, last = text[part.end:end].rpartition(" ")
            if last.lower() in _TRAILING_WORDS:
                end = part.end + len(head)
                continue
            break
        end = max(end, part.end)
    k = end
    while k < len(text) and k - end < 2 and text[k] in ".,?!":
        k += 1
    if text[end - 1:end].isspace():
        return start, end
    if text[k:k + 2] == "''":
        end = k + 2
    elif k < len(text) and text[k] in _CLOSING and text[k + 1:k + 2] in ("", " ", "\n", ",", ".", ";", ")"):
        end = k + 1
    return start, end


def parse_clause(doc: Doc, text: str, part: Candidate, cues: list[int]) -> tuple[int, int] | None:
    """The complement of the part's cue verb that holds the quoted words, as a clause span.

    None when the cue is no verb, the quote is not under it, or the complement is the quote itself.
    """
    if part.cue is None:
        return None
    cue = _token_at(doc, part.cue[0])
    quoted = doc.char_span(part.start, part.end, alignment_mode="expand")
    if cue is None or quoted is None or not len(quoted) or cue.pos_ not in ("VERB", "AUX"):
        return None
    child = _complement_holding(cue, quoted[0])
    if child is None:
        return None
    first = child.left_edge
    if child.dep_ == "prep" and child.lower_ in _PHRASAL_PREPS and child.i == cue.i + 1:
        first = doc[child.i + 1]  # "called for both sides to ...": "for" belongs to the cue
    for other in cue.children:  # "called for X to “...”", "urged X to “...”": X opens the clause
        if other.i <= cue.i or other.right_edge.i + 1 != child.left_edge.i or child.dep_ not in ("xcomp", "advcl"):
            continue
        if other.dep_ == "prep" and other.lower_ in _PHRASAL_PREPS and other.i + 1 < len(doc):
            first = doc[other.i + 1]
        elif other.dep_ in ("dobj", "dative"):
            first = other.left_edge
    last = child.right_edge
    while first.i < last.i and (first.is_space or (first.is_punct and not first.is_quote) or first.dep_ == "mark"):
        first = doc[first.i + 1]
    while last.i > first.i and (last.is_space or (last.is_punct and not last.is_quote)):
        last = doc[last.i - 1]
    if first.idx > part.start:
        return None
    span = clause_span(text, first.idx, last.idx + len(last.text), part, cues)
    return None if span[1] - span[0] <= part.end - part.start + 2 else span


def _token_at(doc: Doc, offset: int) -> Token | None:
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _complement_holding(cue: Token, token: Token) -> Token | None:
    """The child of ``cue`` after it whose subtree holds ``token``."""
    node = token
    while node.head.i != node.i and node.head.i != cue.i:
        node = node.head
    if node.head.i != cue.i or node.i == cue.i or node.i < cue.i or node.dep_ not in _COMPLEMENT_DEPS:
        return None
    if node.dep_ == "advcl" and not any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
        return None  # "said X, while ...": only an infinitive adverbial reports ("called ... to seek")
    return node
