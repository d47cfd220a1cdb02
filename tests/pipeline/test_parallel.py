"""Parsing in worker processes gives the same records as parsing in-process."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsevents.ingest import read_sources
from newsevents.model.options import Options
from newsevents.model.records import Document, Extraction, Failure
from newsevents.pipeline import Pipeline

CORPUS = Path(__file__).parent.parent.parent / "examples" / "corpus" / "txt"


@pytest.mark.model
def test_two_parsing_processes_give_the_same_extractions_in_the_same_order() -> None:
    docs = [d for d in read_sources([CORPUS]) if isinstance(d, Document)][:6]
    failure = Failure(origin="bad.bin", reason="binary file", error="IngestError")
    items: list[Document | Failure] = [*docs[:3], failure, *docs[3:]]
    serial = list(Pipeline(Options(batch_size=2)).process(items))
    parallel = list(Pipeline(Options(batch_size=2, n_process=2)).process(items))
    assert [type(r).__name__ for r in parallel] == [type(r).__name__ for r in serial]
    for a, b in zip(serial, parallel, strict=True):
        if isinstance(a, Extraction):
            assert isinstance(b, Extraction)
            assert (a.document, a.entities, a.actors, a.times, a.places, a.quotes, a.events) == (
                b.document, b.entities, b.actors, b.times, b.places, b.quotes, b.events)
        else:
            assert a == b
