"""What each side says and does, read from the store as short attributed text windows.

A statement is one quotation (``quotes``, side = ``speaker_country``) or one
coded event (``events``, side = ``source_country``) with the clause it sits
in: from the speaker (or source actor) to the end of the clause that holds
the quoted words, cut at clause breaks such as a dash, a semicolon or
", while". Direct quotations keep exactly their content. Windows never cross
a sentence boundary, so one side's words do not leak into the other's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from newsevents.analysis.lexicon import topics_in
from newsevents.store import Store

_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*(?=\s)|\n")
_ABBREVIATION = re.compile(r"(?:\b(?:[A-Z]\.)+[A-Z]?|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Capt|Jr|Sr|No|Prof|"
                           r"Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|U\.S|U\.N|U\.K))\.$")
_CLAUSE_BREAK = re.compile(r"\s[—–]\s|\s--\s|;\s|,\s(?:while|whereas|but|although|even as)\s")


@dataclass(frozen=True)
class Statement:
    """Words or an action attributed to one side, with the clause it came from."""

    side: str
    who: str
    kind: str  # "quote" or "event"
    text: str
    doc_id: str
    start: int
    end: int
    topics: tuple[str, ...]
    quote_kind: str | None = None
    code: str | None = None  # CAMEO code of an event
    target: str | None = None  # target country of an event


def _ends_sentence(text: str, m: re.Match[str]) -> bool:
    if m.group(0) == "\n" or m.group(0)[0] in "!?":
        return True
    if _ABBREVIATION.search(text, max(0, m.start() - 12), m.start() + 1):
        return False
    rest = text[m.end():m.end() + 3].lstrip()
    return not rest or not rest[0].islower()


def sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """The [start, end) of the sentence around a character offset (abbreviations such as "U.S." do not end one)."""
    start = 0
    for m in _SENTENCE_END.finditer(text, 0, pos):
        if _ends_sentence(text, m):
            start = m.end()
    end = len(text)
    for m in _SENTENCE_END.finditer(text, pos):
        if _ends_sentence(text, m):
            end = m.end()
            break
    while start < end and text[start].isspace():
        start += 1
    return start, end


def clause_window(text: str, anchor: int, start: int, end: int, *, min_end: int | None = None) -> tuple[int, int]:
    """Grow [start, end) to the clause around ``anchor``, inside the anchor's sentence."""
    s_start, s_end = sentence_bounds(text, anchor)
    start = max(s_start, min(start, anchor))
    brk = _CLAUSE_BREAK.search(text, anchor, s_end)
    stop = brk.start() if brk else s_end
    stop = max(stop, min_end or 0, anchor + 1)
    return start, min(max(stop, start + 1), max(s_end, min_end or 0))


def _in_sentence(value: int | None, bounds: tuple[int, int]) -> bool:
    return value is not None and bounds[0] <= value < bounds[1]


def read_statements(store: Store, doc_ids: Sequence[str], sides: Sequence[str]) -> list[Statement]:
    """Quotes and events of these documents attributed to any of these sides (countries)."""
    if not doc_ids or not sides:
        return []
    texts = dict(store.query("SELECT id, text FROM documents WHERE id IN (SELECT unnest(?))", [list(doc_ids)])[1])
    out: list[Statement] = []
    seen: set[tuple[str, int, int, str]] = set()
    _, quotes = store.query(
        "SELECT doc_id, content, char_start, char_end, kind, cue_start, speaker_start, speaker_country, "
        "coalesce(speaker, speaker_text) FROM quotes WHERE doc_id IN (SELECT unnest(?)) "
        "AND speaker_country IN (SELECT unnest(?)) ORDER BY doc_id, char_start", [list(doc_ids), list(sides)])
    for doc_id, _content, q_start, q_end, kind, cue_start, sp_start, country, who in quotes:
        text = texts[doc_id]
        if kind == "direct":
            start, end = q_start, q_end
        else:
            bounds = sentence_bounds(text, q_start)
            lead = [v for v in (cue_start, sp_start) if _in_sentence(v, bounds) and v < q_start]
            start, end = clause_window(text, q_start, min([q_start, *lead]), q_end,
                                       min_end=q_end if kind == "partial" else None)
        key = (doc_id, start, end, country)
        if key in seen:
            continue
        seen.add(key)
        window = text[start:end]
        out.append(Statement(country, who or "?", "quote", window, doc_id, start, end, topics_in(window),
                             quote_kind=kind))
    _, events = store.query(
        "SELECT doc_id, trigger_start, trigger_end, source_start, source_country, source_name, cameo, "
        "target_country, coalesce(negated, false) FROM events WHERE doc_id IN (SELECT unnest(?)) "
        "AND source_country IN (SELECT unnest(?)) ORDER BY doc_id, trigger_start", [list(doc_ids), list(sides)])
    for doc_id, t_start, t_end, s_start, country, who, cameo, target, negated in events:
        if t_start is None:
            continue
        text = texts[doc_id]
        bounds = sentence_bounds(text, t_start)
        begin = s_start if _in_sentence(s_start, bounds) and s_start < t_start else t_start
        start, end = clause_window(text, t_start, begin, t_end, min_end=t_end)
        window = text[start:end]
        out.append(Statement(country, who or "?", "event", window, doc_id, start, end, topics_in(window),
                             code=("not " if negated else "") + (cameo or ""), target=target))
    return out
