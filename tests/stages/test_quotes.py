"""The quote stage on hand-parsed documents: one test per construction, plus a model-marked paragraph."""

from __future__ import annotations

import pytest
from tests.stages.quoting import sentences as S
from tests.stages.quoting.handdocs import build

from newsevents.model.records import Actor, Quote
from newsevents.stages import quotes
from newsevents.stages.base import StageContext


def run(spec: str, actors: tuple[Actor, ...] = ()) -> tuple[Quote, ...]:
    doc = build(spec)
    return quotes.run(StageContext.for_doc(doc, actors=actors))


def only(found: tuple[Quote, ...], kind: str) -> list[Quote]:
    return [q for q in found if q.kind == kind]


def check_offsets(text: str, found: tuple[Quote, ...]) -> None:
    for q in found:
        assert text[q.start:q.end] == q.content
        if q.cue is not None:
            assert text[q.cue_start:q.cue_end] == q.cue
        if q.speaker_text is not None:
            assert text[q.speaker_start:q.speaker_end] == q.speaker_text


def test_direct_quote_with_speaker_after():
    found = run(S.DIRECT)
    (q,) = found
    assert (q.kind, q.content, q.cue, q.speaker_text) == ("direct", "We will not back down", "said", "Maria Lopez")
    check_offsets(build(S.DIRECT).text, found)


def test_quote_over_two_paragraphs_is_one_quote():
    doc = build(S.MULTI_PARAGRAPH)
    (q,) = run(S.MULTI_PARAGRAPH)
    assert q.content.startswith("The harbour") and q.content.endswith("waiting outside")
    assert "\n" in q.content
    assert q.speaker_text == "the mayor"
    check_offsets(doc.text, (q,))


def test_partial_quote_inside_reported_clause():
    found = run(S.PARTIAL)
    (q,) = only(found, "partial")
    assert q.content == "show restraint"
    assert q.cue == "urged"
    assert q.speaker_text == "The minister"


def test_indirect_speech_without_marks():
    (q,) = run(S.INDIRECT)
    assert q.kind == "indirect"
    assert q.content == "the agreement would be signed next week"
    assert (q.cue, q.speaker_text) == ("said", "Lopez")


def test_according_to():
    (q,) = run(S.ACCORDING_TO)
    assert (q.content, q.cue, q.speaker_text) == ("The talks have stalled", "according to", "two diplomats")


def test_told_an_outlet():
    (q,) = run(S.TOLD_OUTLET)
    assert (q.content, q.cue, q.speaker_text) == ("the plan had been dropped", "told", "Two officials")


def test_in_a_statement():
    (q,) = run(S.IN_A_STATEMENT)
    assert q.cue == "In a statement"
    assert q.speaker_text == "the ministry"
    assert "condemned the attack" in q.content


def test_readout_speaks_for_its_owner():
    (q,) = run(S.READOUT_SAID)
    assert q.speaker_text == "Norway"
    assert q.content == "the two leaders agreed to keep talking"


def test_colon_after_cue():
    (q,) = run(S.COLON)
    assert (q.kind, q.content, q.speaker_text) == ("direct", "We are ready for the storm.", "The mayor")


def test_speaker_label_opening_a_paragraph():
    (q,) = run(S.SPEAKER_LABEL)
    assert q.cue == ":"
    assert q.speaker_text == "LOPEZ"
    assert q.content.startswith("We are ready to talk")


def test_speaker_named_in_next_sentence():
    (q,) = run(S.NEXT_SENTENCE)
    assert q.content == "The door remains open."
    assert q.speaker_text == "The foreign minister"


def test_scare_quotes_titles_and_nicknames_are_not_quotes():
    assert run(S.NOT_QUOTES) == ()


def test_pronoun_speaker_falls_back_to_person_subject():
    (q,) = run(S.PRONOUN)
    assert q.speaker_text == "she"
    assert q.speaker is not None
    assert q.speaker.name == "Maria Lopez"
    assert q.speaker.kind == "pronoun"


def test_pronoun_speaker_uses_actor_from_actors_stage():
    doc = build(S.PRONOUN)
    she = doc.text.index("she")
    actor = Actor(text="she", start=she, end=she + 3, name="Maria Lopez Vega", country="PER", sector="GOV",
                  kind="pronoun", antecedent_start=0)
    (q,) = run(S.PRONOUN, actors=(actor,))
    assert q.speaker == actor


def test_speaker_span_matched_to_actor_by_head():
    doc = build(S.DIRECT)
    start = doc.text.index("Lopez")
    actor = Actor(text="Lopez", start=start, end=start + 5, name="Maria Lopez", country="PER", sector="GOV")
    (q,) = run(S.DIRECT, actors=(actor,))
    assert q.speaker == actor
    assert q.speaker_text == "Maria Lopez"


def test_unresolved_speaker_without_actors():
    (q,) = run(S.TOLD_OUTLET)
    assert q.speaker is not None
    assert q.speaker.kind == "unresolved"
    assert q.speaker.name == "Two officials"


def test_continuation_paragraph_keeps_speaker_and_cue():
    first, second = run(S.CONTINUATION)
    assert second.content == "It should be closed today."
    assert second.speaker_text == first.speaker_text == "the engineer"
    assert (second.cue_start, second.cue_end) == (first.cue_start, first.cue_end)


def test_opening_mark_used_as_closing_mark():
    (q,) = run(S.MISMATCHED_MARK)
    assert q.content == "The price will fall soon"
    assert (q.cue, q.speaker_text) == ("told", "Lopez")


def test_nested_single_quotes_stay_inside_the_quote():
    (q,) = run(S.NESTED)
    assert q.content == "They called it ‘a historic day’ for the city"
    assert q.speaker_text == "Lopez"


def test_stage_descriptor():
    assert quotes.STAGE.name == "quotes"
    assert quotes.STAGE.assigns == "quotes"
    assert quotes.STAGE.requires == ()


PARAGRAPHS = (
    "The port authority said on Tuesday that the northern terminal would stay closed until the spring.\n"
    "\u201cWe cannot risk another collapse,\u201d Elena Markovic, the authority\u2019s director, told reporters. "
    "\u201cEvery crane on that pier has to be inspected.\n"
    "\u201cThe shipping lines have been patient, and we thank them,\u201d she added.\n"
    "Union leaders accused the authority of \u201cdragging its feet\u201d on repairs, according to a letter "
    "seen by the Harbour Gazette.\n"
    "The film \u201cCold Water Blues\u201d was shot at the terminal last year."
)


@pytest.mark.model
def test_model_paragraphs():
    from newsevents.nlp.loader import load_pipeline

    nlp = load_pipeline()
    doc = nlp(PARAGRAPHS)
    found = quotes.run(StageContext.for_doc(doc))
    check_offsets(PARAGRAPHS, found)
    by_content = {q.content: q for q in found}
    assert "Cold Water Blues" not in by_content
    direct = by_content["We cannot risk another collapse"]
    assert direct.kind == "direct"
    assert "Markovic" in (direct.speaker_text or "")
    run_on = [q for q in found if q.content.startswith("Every crane")]
    assert run_on and "The shipping lines have been patient" in run_on[0].content
    assert run_on[0].speaker is not None and "Markovic" in run_on[0].speaker.name
    partial = by_content["dragging its feet"]
    assert partial.kind == "partial"
    assert partial.speaker_text == "Union leaders"
    indirect = [q for q in found if q.kind == "indirect" and q.content.startswith("the northern terminal")]
    assert indirect and indirect[0].speaker_text == "The port authority"


def test_unparsed_or_empty_document_gives_no_quotes():
    import spacy

    nlp = spacy.blank("en")
    assert quotes.run(StageContext.for_doc(nlp("“We are ready,” she said."))) == ()
    assert quotes.run(StageContext.for_doc(nlp(""))) == ()


def test_dash_and_name_after_quote():
    (q,) = run(S.DASH_SIGNATURE)
    assert q.content == "We are not done yet."
    assert q.cue == "―"
    assert q.speaker_text == "Maria Lopez"


def test_reporting_clause_after_the_report():
    (q,) = run(S.REPORT_AFTER)
    assert (q.kind, q.content, q.cue, q.speaker_text) == (
        "indirect", "The bridge will close in May", "said", "city officials")


def test_subordinate_clause_is_not_a_report():
    assert run(S.SUBORDINATE_NOT_REPORT) == ()
