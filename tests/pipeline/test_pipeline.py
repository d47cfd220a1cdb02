"""The pipeline on a blank spaCy pipeline (no model): ordering, isolation of failures."""

from __future__ import annotations

import spacy
from spacy.language import Language

from newsevents.model.options import Options
from newsevents.model.records import Document, Extraction, Failure
from newsevents.pipeline import Pipeline
from newsevents.stages import load_stages
from newsevents.stages.base import Stage, StageContext


def _blank() -> Language:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "GPE", "pattern": "Kenya"}])
    return nlp


def _doc(text: str, i: int) -> Document:
    return Document(id=f"{i:064d}", text=text, source=f"doc{i}.txt")


def test_entities_stage_on_blank_pipeline() -> None:
    pipe = Pipeline(Options(stages=("entities",)), nlp=_blank())
    ex = pipe.extract(_doc("Talks in Kenya resumed.", 1))
    assert [(e.text, e.label) for e in ex.entities] == [("Kenya", "GPE")]
    assert ex.document.text[ex.entities[0].start:ex.entities[0].end] == "Kenya"


def test_process_keeps_order_and_passes_failures_through() -> None:
    pipe = Pipeline(Options(stages=("entities",), batch_size=2), nlp=_blank())
    failure = Failure(origin="bad.bin", reason="binary file", error="IngestError")
    items = [_doc("One in Kenya.", 1), failure, _doc("Two.", 2), _doc("Three in Kenya.", 3)]
    out = list(pipe.process(items))
    assert [type(o).__name__ for o in out] == ["Extraction", "Failure", "Extraction", "Extraction"]
    assert [o.document.text for o in out if isinstance(o, Extraction)] == ["One in Kenya.", "Two.", "Three in Kenya."]


def test_a_failing_stage_becomes_a_failure_and_the_batch_goes_on() -> None:
    pipe = Pipeline(Options(stages=("entities",)), nlp=_blank())

    def boom(ctx: StageContext) -> tuple:
        if "boom" in ctx.doc.text:
            raise ValueError("bad token")
        return ()

    pipe.stages.append(Stage(name="boom", requires=(), assigns="quotes", run=boom))
    out = list(pipe.process([_doc("fine", 1), _doc("boom here", 2), _doc("fine too", 3)]))
    assert isinstance(out[1], Failure)
    assert "stage boom failed" in out[1].reason and out[1].doc_id == _doc("x", 2).id
    assert isinstance(out[0], Extraction) and isinstance(out[2], Extraction)


def test_extract_many_returns_one_extraction_per_document() -> None:
    pipe = Pipeline(Options(stages=("entities",)), nlp=_blank())
    docs = [_doc("a Kenya", 1), _doc("b", 2)]
    out = pipe.extract_many(docs)
    assert [o.document for o in out] == docs


def test_load_stages_rejects_unknown_and_checks_requirements() -> None:
    import pytest

    with pytest.raises(ValueError, match="unknown stage"):
        load_stages(("entities", "sentiment"))
    assert [s.name for s in load_stages(("entities",))] == ["entities"]


@Language.component("newsevents_test_fails_on_poison")
def _fails_on_poison(doc):  # type: ignore[no-untyped-def]
    if "poison" in doc.text:
        raise ValueError("cannot parse this one")
    return doc


def test_a_document_that_fails_to_parse_becomes_a_failure_and_the_stream_goes_on() -> None:
    nlp = _blank()
    nlp.add_pipe("newsevents_test_fails_on_poison")
    pipe = Pipeline(Options(stages=("entities",), batch_size=2), nlp=nlp)
    failure = Failure(origin="bad.bin", reason="binary file", error="IngestError")
    items = [_doc("One in Kenya.", 1), _doc("poison here", 2), failure, _doc("Three.", 3),
             _doc("Four in Kenya.", 4), _doc("Five.", 5)]
    out = list(pipe.process(items))
    assert [type(o).__name__ for o in out] == ["Extraction", "Failure", "Failure", "Extraction", "Extraction",
                                               "Extraction"]
    assert out[1].doc_id == _doc("x", 2).id and "parse failed: ValueError" in out[1].reason
    assert out[2] is failure
    assert [o.document.text for o in out if isinstance(o, Extraction)] == [
        "One in Kenya.", "Three.", "Four in Kenya.", "Five."]


def test_an_error_in_the_source_is_raised_after_what_was_read_before_it() -> None:
    pipe = Pipeline(Options(stages=("entities",), batch_size=2), nlp=_blank())

    def source():  # type: ignore[no-untyped-def]
        yield _doc("One in Kenya.", 1)
        yield _doc("Two.", 2)
        raise OSError("disk went away")

    seen = []
    try:
        for result in pipe.process(source()):
            seen.append(result)
    except OSError as exc:
        assert "disk went away" in str(exc)
    else:
        raise AssertionError("the source's error was swallowed")
    assert [o.document.text for o in seen] == ["One in Kenya.", "Two."]
