"""Quote-mark pairing on raw text."""

from __future__ import annotations

from newsevents.stages.quoting.marks import find_quote_spans


def contents(text: str) -> list[str]:
    return [text[q.start:q.end] for q in find_quote_spans(text)]


def test_curly_and_straight_double_marks():
    text = 'He said \u201cyes, at once\u201d and she said "not today" to them.'
    assert contents(text) == ["yes, at once", "not today"]


def test_opening_curly_mark_used_as_closing():
    text = "\u201cThe plan is sound,\u201c the engineer said. \u201cWe start Monday.\u201d"
    assert contents(text) == ["The plan is sound,", "We start Monday."]


def test_closing_curly_mark_used_as_opening():
    text = "The engineer said \u201dwe start Monday\u201d at the site."
    assert contents(text) == ["we start Monday"]


def test_nested_single_marks_stay_inside():
    text = "\u201cThey call it \u2018the long road\u2019 here,\u201d she said."
    assert contents(text) == ["They call it \u2018the long road\u2019 here,"]


def test_apostrophes_are_not_quote_marks():
    text = "The mayor\u2019s office said it didn\u2019t know about the \u201990s plan."
    assert contents(text) == []


def test_single_marks_on_their_own():
    text = "Mayor: City \u2018will not sink\u2019 this winter"
    assert contents(text) == ["will not sink"]


def test_two_apostrophes_as_double_marks():
    text = "''It is early days,'' the coach said."
    assert contents(text) == ["It is early days,"]


def test_quote_over_paragraphs_with_opening_mark_on_each():
    text = "\u201cFirst part of the speech.\n\u201cSecond part,\u201d he said.\nNext paragraph."
    (q,) = find_quote_spans(text)
    assert q.paragraphs == 2
    assert text[q.start:q.end] == "First part of the speech.\n\u201cSecond part,"


def test_unclosed_quote_without_continuation_ends_at_paragraph():
    text = "\u201cAn unfinished thought\nA plain paragraph follows."
    (q,) = find_quote_spans(text)
    assert not q.closed
    assert text[q.start:q.end] == "An unfinished thought"
