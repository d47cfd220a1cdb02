"""Speaker labels in transcripts quoted whole, and reported clauses cut off by a colon."""

from __future__ import annotations

from tests.stages.quoting import nested_sentences as S
from tests.stages.quoting.handdocs import build

from newsevents.stages import quotes
from newsevents.stages.base import StageContext


def test_labelled_turns_of_a_quoted_transcript_are_direct_and_continue():
    doc = build(S.TRANSCRIPT)
    found = quotes.run(StageContext.for_doc(doc))
    assert [(q.kind, q.content, q.speaker_text) for q in found] == [
        ("direct", "We will vote on the bill today.", "ROE"),
        ("direct", "But the count may slip.", "ROE"),  # no label: the last speaker goes on
        ("direct", "Thank you very much, governor.", "LEE"),
    ]
    roe, more, lee = found
    assert (roe.cue_start, roe.cue_end) == (more.cue_start, more.cue_end) != (lee.cue_start, lee.cue_end)
    assert all(doc.text[q.start:q.end] == q.content for q in found)


def test_clause_before_a_colon_is_not_reported_by_the_verb_after_it():
    (q,) = quotes.run(StageContext.for_doc(build(S.COLON_BEFORE_SPEAKER)))
    assert (q.kind, q.content, q.speaker_text) == ("indirect", "the talks were rushed", "critics")


def test_a_section_head_is_no_speaker_but_a_one_word_source_is():
    found = quotes.run(StageContext.for_doc(build(S.SECTION_HEAD)))
    assert [(q.content, q.speaker_text) for q in found] == [("Voters back the mayor.", "Poll")]


def test_a_subject_in_an_earlier_paragraph_is_no_speaker():
    from newsevents.stages.quoting.syntax import subject_of

    doc = build(S.HEADER_SUBJECT)
    said = doc[5]
    assert said.text == "said" and subject_of(said) is None
    assert all(q.speaker_text != "The Latest" for q in quotes.run(StageContext.for_doc(doc)))
