"""One statement, one attribution; quote kinds; speakers hidden by the parse (hand-parsed Docs)."""

from __future__ import annotations

from tests.stages.quoting import nested_sentences as S
from tests.stages.quoting.handdocs import build

from newsevents.model.records import Actor, Quote
from newsevents.stages import quotes
from newsevents.stages.base import StageContext


def run(spec: str, actors: tuple[Actor, ...] = ()) -> tuple[Quote, ...]:
    doc = build(spec)
    found = quotes.run(StageContext.for_doc(doc, actors=actors))
    for q in found:
        assert doc.text[q.start:q.end] == q.content
    return found


def kinds(found: tuple[Quote, ...]) -> list[tuple[str, str]]:
    return [(q.kind, q.content) for q in found]


def test_quoted_predicate_gives_the_partial_quote_alone():
    assert kinds(run(S.PREDICATE_PARTIAL)) == [("partial", "welcomed")]


def test_quote_after_a_copula_is_the_predicate():
    assert kinds(run(S.COPULA_PARTIAL)) == [("partial", "not true.")]


def test_clause_with_more_to_say_is_cut_before_its_closing_quote():
    found = run(S.ADJUNCT_PARTIAL)
    assert kinds(found) == [("partial", "depending on progress."), ("indirect", "the talks could be extended")]
    partial, indirect = found
    assert (partial.cue_start, partial.cue_end) == (indirect.cue_start, indirect.cue_end)  # one attribution
    assert partial.speaker_text == indirect.speaker_text == "The ministry"


def test_bare_subject_and_verb_left_by_the_cut_is_dropped():
    found = run(S.INNER_CUE)
    assert kinds(found) == [("partial", "in kind.")]


def test_references_to_statements_and_refusals_are_no_quotes():
    found = run(S.REFERENCES)
    assert kinds(found) == [("indirect", "the new sanctions")]  # criticism of a thing stays
    assert found[0].speaker_text == "Iran"


def test_quoted_predicate_after_its_subject_is_direct():
    (q,) = run(S.SUBJECT_THEN_QUOTE)
    assert (q.kind, q.content, q.cue, q.speaker_text) == ("direct", "ended in a deal", "wrote", "Ruiz")


def test_resumed_sentence_and_exclamation_are_direct():
    found = run(S.RESUMED)
    assert kinds(found) == [("direct", "We are ready"), ("direct", "but money is short."), ("direct", "Go home!")]
    assert [q.speaker_text for q in found] == ["she", "she", "Crowds"]


def test_inner_verb_without_a_speaker_subject_yields_to_the_reporting_verb():
    (q,) = run(S.INNER_CUE)
    assert (q.cue, q.speaker_text) == ("said", "The army")


def test_nearest_of_two_subjects_and_quoted_as_saying():
    first, second = run(S.DATELINE)
    assert (first.content, first.speaker_text) == ("firm steps", "Peru")
    assert (second.content, second.cue, second.speaker_text) == ("warm", "saying", "Silva")


def test_past_verb_after_a_modal_clause_shares_the_reporting_subject():
    found = run(S.MODAL_CONJ)
    assert kinds(found) == [("partial", "harm"), ("partial", "monopoly")]
    assert [q.speaker_text for q in found] == ["The ministry", "The ministry"]


def test_quoted_adjective_under_a_cue_is_a_partial_quote():
    found = run(S.QUOTED_ADJECTIVE)
    assert ("partial", "restrained") in kinds(found)


def test_report_clause_is_not_taken_from_the_reported_verb():
    (q,) = run(S.ANALYSTS_SAID)
    assert (q.kind, q.content, q.cue, q.speaker_text) == ("indirect", "Prices could respond to demand", "said",
                                                         "analysts")


def test_pronoun_finds_an_apposed_name():
    (q,) = run(S.APPOSED_NAME)
    assert q.speaker_text == "She"
    assert q.speaker is not None and q.speaker.name == "Ana Silva"


def test_surname_with_a_particle_takes_the_full_name():
    doc = build(S.SURNAME)
    start = doc.text.rindex("van Klaveren")
    # the actors stage knows the mention only by its surname
    surname = Actor(text="van Klaveren", start=start, end=start + 12, name="van Klaveren", kind="name")
    (q,) = quotes.run(StageContext.for_doc(doc, actors=(surname,)))
    assert (q.content, q.speaker_text) == ("Water matters", "van Klaveren")
    assert q.speaker is not None and q.speaker.name == "Alberto van Klaveren"


def test_cue_inside_quote_marks_reports_nothing_outside_them():
    assert [q for q in run(S.CUE_IN_QUOTE) if q.kind == "indirect"] == []


def test_statements_from_a_speaker_are_the_speakers():
    (q,) = run(S.STATEMENTS_FROM)
    assert (q.kind, q.content, q.speaker_text) == ("indirect", "trade would double", "both governments")


def _clause(doc_spec: str) -> dict[str, str | None]:
    doc = build(doc_spec)
    found = quotes.run(StageContext.for_doc(doc))
    out = {}
    for q in found:
        if q.clause_start is not None:
            assert q.clause_start <= q.start and q.end <= q.clause_end <= len(doc.text)
        out[q.content] = doc.text[q.clause_start:q.clause_end] if q.clause_start is not None else None
    return out


def test_partial_quote_keeps_the_dropped_clause():
    assert _clause(S.PREDICATE_PARTIAL) == {"welcomed": "Ruiz “welcomed” the visit to Lima"}
    assert _clause(S.COPULA_PARTIAL) == {"not true.": "the reports were “not true.”"}


def test_partial_quote_keeps_the_whole_clause_when_it_is_cut():
    clauses = _clause(S.ADJUNCT_PARTIAL)
    assert clauses == {"depending on progress.": "the talks could be extended “depending on progress.”",
                       "the talks could be extended": None}  # indirect records carry no clause


def test_clause_stops_before_a_later_cue():
    assert _clause(S.MODAL_CONJ)["harm"] == "the dam would not cause “harm”"


def test_clause_of_a_phrasal_cue_leaves_out_its_preposition():
    # one record: the object-and-infinitive clause of "called for" holds the quote and is dropped
    assert _clause(S.CALLED_FOR) == {"make good on": "both sides to “make good on” the pact"}


def test_direct_quotes_carry_no_clause():
    assert set(_clause(S.SUBJECT_THEN_QUOTE).values()) == {None}
    assert set(_clause(S.RESUMED).values()) == {None}
