"""The reported clause of a partial quote: where it stops and what it starts with."""

from __future__ import annotations

from tests.stages.quoting import nested_sentences as S
from tests.stages.quoting.handdocs import build

from newsevents.stages.quoting.candidate import Candidate
from newsevents.stages.quoting.clauses import clause_span, parse_clause


def _part(text: str, words: str, cue: str) -> Candidate:
    start = text.index(words)
    c = text.index(cue)
    return Candidate(start, start + len(words), "partial", cue=(c, c + len(cue)))


def test_clause_stops_at_an_aside_and_takes_the_closing_mark():
    text = "Ana accused Bo of “lying” about the vote — a charge he denies."
    part = _part(text, "lying", "accused")
    start, end = clause_span(text, text.index("Bo"), len(text) - 1, part, [part.cue[0]])
    assert text[start:end] == "Bo of “lying” about the vote"
    start, end = clause_span(text, text.index("Bo"), part.end, part, [part.cue[0]])
    assert text[start:end] == "Bo of “lying”"


def test_clause_stops_before_the_next_cue_and_its_conjunction():
    text = "Ana said the plan was “dead” and warned Bo of a strike."
    part = _part(text, "dead", "said")
    cues = [text.index("said"), text.index("warned")]
    start, end = clause_span(text, text.index("the plan"), len(text) - 1, part, cues)
    assert text[start:end] == "the plan was “dead”"


def test_clause_from_the_parse_when_no_reported_clause_was_proposed():
    doc = build(S.CALLED_FOR)
    text = doc.text
    part = _part(text, "make good on", "called")
    assert parse_clause(doc, text, part, [part.cue[0]]) is not None
    start, end = parse_clause(doc, text, part, [part.cue[0]])
    assert text[start:end] == "both sides to “make good on” the pact"


def test_no_clause_without_a_cue_verb_above_the_quote():
    doc = build(S.CALLED_FOR)
    text = doc.text
    part = _part(text, "make good on", "called")
    assert parse_clause(doc, text, Candidate(part.start, part.end, "partial"), []) is None
    lee = text.index("Lee")
    assert parse_clause(doc, text, Candidate(part.start, part.end, "partial", cue=(lee, lee + 3)), []) is None
