"""Find time expressions in a parsed document and normalize them to TIMEX3 values.

Every rule's compiled pattern runs over the document text; overlapping
candidates are resolved longest first (rule priority breaks ties). Each kept
candidate is then normalized in text order against the publication date, the
tense of its governing verb, and the last quarter the text spoke of.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass

import numpy
from spacy.attrs import IDX, LENGTH, SENT_START
from spacy.tokens import Doc, Span

from newsevents.model.records import TimeExpr
from newsevents.stages.timex import dates, durations, holidays, periods, refs
from newsevents.stages.timex.calendar import FUTURE, PAST, Ref, quarter_of
from newsevents.stages.timex.rule import Rule
from newsevents.stages.timex.tense import defers_at, direction_at
from newsevents.stages.timex.triggers import (
    ODD_CASE,
    PREFILTERS,
    TRIGGER_SETS,
    paragraphs,
    trigger_paragraphs,
)

RULES: tuple[Rule, ...] = (*dates.RULES, *holidays.RULES, *periods.RULES, *durations.RULES, *refs.RULES)
_PATTERNS = {r.name: r.pattern for r in RULES}

_TIME_NOUNS = {
    "year", "month", "quarter", "season", "period", "time", "election", "budget", "model", "census", "level",
    "levels", "fiscal", "term", "figure", "figures", "forecast", "plan", "law", "act", "war", "campaign",
}  # fmt: skip
_QUARTER_VALUE = re.compile(r"^(\d{4})-Q([1-4])$")
_DAY_VALUE = re.compile(r"^(\d{4})-(\d\d)(?:-(\d\d))?")
_QUARTERLY = re.compile(r"(?i)\b(?:quarter|period|fiscal|nine\s+months|six\s+months)\b")
_MULTI_QUARTER = re.compile(r"(?i)\b(?:nine|six)\s+months\b|\bfirst\s+half\b")
_QUARTER_WORD = re.compile(r"(?i)\bquarter")
_MONEY = re.compile(r"(?i)\b(?:shares?|revenues?|sales|profits?|earnings|net|income|loss|results)\b")
_TOWARD = {
    "by": FUTURE,
    "until": FUTURE,
    "till": FUTURE,
    "through": FUTURE,
    "effective": FUTURE,
    "since": PAST,
}


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    rule: Rule
    match: re.Match[str]


def find_candidates(text: str, rules: tuple[Rule, ...] = RULES) -> list[Candidate]:
    """Every match of every rule, with its extent (the ``t`` group when the rule has one).

    Rules run paragraph by paragraph, only where one of their trigger strings occurs
    and their prefilters (``PREFILTERS``), if any, find something.
    """
    out = []
    paras = paragraphs(text)
    by_trigger = trigger_paragraphs(paras)
    plain_case = not any(c in text for c in ODD_CASE)
    for r in rules:
        has_t = "t" in r.pattern.groupindex
        triggers = TRIGGER_SETS.get(r.name)
        if triggers is None:
            indices: list[int] | range = range(len(paras))
        else:
            indices = sorted(set().union(*(by_trigger.get(t, ()) for t in triggers)))
        on_lower, prefilters = PREFILTERS.get(r.name, (False, ()))
        if (on_lower and not plain_case) or _PATTERNS.get(r.name) is not r.pattern:
            prefilters = ()  # the prefilters are written for the patterns of RULES
        for k in indices:
            p_start, p_end, lower = paras[k]
            if prefilters and not all(
                p.search(lower) if on_lower else p.search(text, p_start, p_end) for p in prefilters
            ):
                continue
            out.extend(_matches(r, text, p_start, p_end, has_t))
    return out


_NAMES_YEAR = {"full_date", "month", "year", "spoken_year"}
_YEAR_WRITTEN = re.compile(r"(?:1[6-9]|20)\d\d|(?i:nineteen|thousand)")
_VERB_LAST = re.compile(r"(?i)last\s+")
_MODAL_BEFORE = re.compile(r"(?i)\b(?:will|would|could|might|may|can|should|must|to|'ll|not)\s+\Z")
_SENTENCE_END = re.compile(r"\s*(?:$|\n|[A-Z\"'`])")
_QUARTER_LEAD = re.compile(r"(?i)(?:a|an|its|their|his|her|our)\s+|the\s+(?=\S*-quarter\b)")


def _quarter_lead(extent: str) -> int:
    """Characters to drop from the front of a quarter: TimeML keeps "the" of "the third quarter" but
    not that of "the third-quarter results", nor "a"/"its"."""
    m = _QUARTER_LEAD.match(extent)
    return m.end() if m else 0


def _matches(r: Rule, text: str, p_start: int, p_end: int, has_t: bool) -> list[Candidate]:
    out = []
    for m in r.pattern.finditer(text, p_start, p_end):
        start, end = m.span("t") if has_t and m.group("t") is not None else m.span()
        while end > start and text[end - 1].isspace():
            end -= 1
        if (
            r.name == "clock"
            and text[end - 1] == "."
            and not m.group("day")
            and _SENTENCE_END.match(text, end)
        ):
            end -= 1  # "at 3 p.m. The ..." : the period ends the sentence too
        if r.name == "quarter":
            start += _quarter_lead(text[start:end])
        if r.name == "duration" and _VERB_LAST.match(text, start) and _MODAL_BEFORE.search(text, 0, start):
            start = _VERB_LAST.match(text, start).end()  # type: ignore[union-attr]  # "would last 60 days"
        if end > start:
            out.append(Candidate(start, end, r, m))
    return out


def select(cands: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates, longest first, in text order."""
    kept: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.rule.priority, c.start)):
        if any(c.start < e and s < c.end for s, e in taken):
            continue
        kept.append(c)
        taken.append((c.start, c.end))
    return sorted(kept, key=lambda c: c.start)


def _span(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")


def _plausible(c: Candidate, doc: Doc, text: str) -> bool:
    """Vetoes that need the tokens: a number that counts things is not a year; "today's youth" is no date."""
    if c.rule.name == "deictic_day" and c.match.group("word").lower() == "today":
        return not re.match(r"[’']s\b", text[c.end : c.end + 3])
    if c.rule.name != "year" or (c.match.group("pmod") or "").strip() or not c.match.group(0)[0].isdigit():
        return True
    span = _span(doc, c.start, c.end)
    if span is None or len(span) == 0:
        return True
    tok = span[-1]
    head = tok.head
    if tok.i > 0 and doc[tok.i - 1].tag_ in ("DT", "PRP$", "POS"):
        return True  # "its 1988 results", "the 1996 bombing"
    if tok.dep_ in ("nummod", "quantmod") and head.i > tok.i and head.tag_ in ("NNS", "NNPS"):
        return head.lemma_.lower() in _TIME_NOUNS
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return not (nxt is not None and nxt.lower_ in ("percent", "%", "people", "shares", "troops", "points"))


def _sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of the sentences (paragraphs when the Doc has no sentence boundaries)."""
    if doc.has_annotation("SENT_START") and "sents" not in doc.user_hooks:
        # what ``doc.sents`` yields, read from arrays rather than built Span by Span
        if len(doc) == 0:
            return []
        rows = doc.to_array([SENT_START, IDX, LENGTH])
        starts = numpy.concatenate(([0], numpy.flatnonzero(rows[1:, 0] == 1) + 1))
        last = numpy.concatenate((starts[1:], [len(doc)])) - 1
        ends = rows[last, 1] + rows[last, 2]
        return list(zip(rows[starts, 1].tolist(), ends.tolist(), strict=True))
    if doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
        return [(s.start_char, s.end_char) for s in doc.sents]
    return [(p[0], p[1]) for p in paragraphs(doc.text)] or [(0, len(doc.text))]


def _sentence_index(text: str, bounds: list[tuple[int, int]], start: int) -> int:
    return max(0, bisect.bisect_right(bounds, (start, len(text) + 1)) - 1)


class _SentenceCues:
    """Per-sentence tests of the words that make a quarter financial, each run once per sentence."""

    def __init__(self, text: str, bounds: list[tuple[int, int]]) -> None:
        self.text = text
        self.bounds = bounds
        # the words the patterns need, looked for in the lower-cased sentence first (see ``ODD_CASE``)
        self._plain_case = not any(c in text for c in ODD_CASE)
        self._quarterly: dict[int, tuple[bool, bool]] = {}
        self._money: dict[int, bool] = {}

    def _sentence(self, i: int) -> str:
        return self.text[self.bounds[i][0] : self.bounds[i][1]]

    def quarterly(self, i: int) -> tuple[bool, bool]:
        """Whether sentence ``i`` speaks of a quarter or period, and whether of several quarters."""
        if i not in self._quarterly:
            sentence = self._sentence(i)
            lower = sentence.lower() if self._plain_case else None
            quarterly = (
                lower is None or any(w in lower for w in ("quarter", "period", "fiscal", "months"))
            ) and bool(_QUARTERLY.search(sentence))
            multi = (
                (lower is None or "months" in lower or "half" in lower)
                and bool(_MULTI_QUARTER.search(sentence))
                and not _QUARTER_WORD.search(sentence)
            )
            self._quarterly[i] = (quarterly, multi)
        return self._quarterly[i]

    def money(self, i: int) -> bool:
        if i not in self._money:
            self._money[i] = bool(_MONEY.search(self._sentence(i)))
        return self._money[i]


def _sets_quarter(c: Candidate) -> bool:
    """Whether a quarter expression names the quarter the text is about ("the third quarter",
    "the quarter ended Sept. 30"), as opposed to a comparison ("the year-ago quarter", "1984's")."""
    if c.rule.name == "bare_quarter":
        return bool(c.match.group("qend")) and not (
            c.match.group("ago") or c.match.group("ago2") or c.match.group("ago3")
        )
    if c.rule.name != "quarter" or c.match.group("yrel"):
        return False
    return not any(c.match.group(g) for g in ("year", "year2", "year3"))


def _direction(doc: Doc, text: str, c: Candidate, parsed: bool) -> str | None:
    """The tense of the governing verb, unless a preposition points the way ("by May", "since May")."""
    tense = direction_at(doc, c.start, c.end, parsed)
    before = text[max(0, c.start - 12) : c.start].split()
    word = before[-1].lower() if before else ""
    if word in _TOWARD and (tense != PAST or word == "effective"):  # "a pact effective June 1" is coming
        return _TOWARD[word]
    if word in ("until", "till", "through") and defers_at(doc, c.start, c.end, parsed):
        return FUTURE  # "extended its deadline until Tuesday"
    return tense


def recognize(doc: Doc, published: dt.date | None, text: str | None = None) -> tuple[TimeExpr, ...]:
    """The time expressions of ``doc`` normalized against ``published``.

    ``text`` is the text the Doc was parsed from, when the caller has it (``Doc.text`` rebuilds it: slow).
    """
    if isinstance(published, dt.datetime):
        published = published.date()
    if text is None:
        text = doc.text
    quarter: tuple[int, int] | None = None
    named_year: int | None = None
    named_month: tuple[int, int] | None = None
    named_day: dt.date | None = None
    out: list[TimeExpr] = []
    candidates = select(find_candidates(text))
    bounds = _sentence_bounds(doc) if candidates else []
    cues = _SentenceCues(text, bounds)
    parsed = bool(candidates) and doc.has_annotation("DEP")
    for c in candidates:
        if not _plausible(c, doc, text):
            continue
        i = _sentence_index(text, bounds, c.start)
        quarterly, multi = cues.quarterly(i)
        financial = quarterly or (quarter is not None and cues.money(i))
        ref = Ref(
            dct=published,
            direction=_direction(doc, text, c, parsed),
            quarter=quarter,
            financial=financial and not multi,
            year=named_year,
            multi_quarter=multi,
            month=named_month,
            day=named_day,
        )
        value = c.rule.handle(c.match, ref)
        if value is None:
            continue
        dm = _DAY_VALUE.match(value.value)
        if dm and dm.group(3) and value.type in ("DATE", "TIME"):
            named_day = dt.date(int(dm.group(1)), int(dm.group(2)), int(dm.group(3)))
        if dm and c.rule.name in ("full_date", "month"):
            named_month = (int(dm.group(1)), int(dm.group(2)))
        qm = _QUARTER_VALUE.match(value.value)
        if c.rule.name in _NAMES_YEAR and _YEAR_WRITTEN.search(c.match.group(0)):
            named_year = int(value.value[:4]) if value.value[:4].isdigit() else named_year
        if qm and value.type == "DATE" and _sets_quarter(c):
            named = (int(qm.group(1)), int(qm.group(2)))
            # results are reported for closed quarters: a later one is a forecast unless told in the past
            if published is None or named < quarter_of(published) or ref.direction == PAST:
                quarter = named
        out.append(TimeExpr(text=text[c.start : c.end], start=c.start, end=c.end, type=value.type,
                            value=value.value, mod=value.mod))  # fmt: skip
    return tuple(out)
