from __future__ import annotations

import dataclasses
from pathlib import Path

import duckdb
import pytest

from newsevents.model.errors import StoreError
from newsevents.model.records import Extraction, Failure
from newsevents.store import Store

GOLDEN = Path(__file__).parent.parent / "golden" / "schema.txt"


def test_schema_matches_golden_file() -> None:
    with Store(":memory:") as store:
        lines = [f"{t}.{c} {ty}" for t, c, ty in store.schema()]
    assert GOLDEN.read_text().splitlines() == lines, "schema changed: update tests/golden/schema.txt and SCHEMA_VERSION"


def test_write_and_read_back_round_trip(tmp_path: Path, sample_extraction: Extraction) -> None:
    db = tmp_path / "x.duckdb"
    with Store(db) as store:
        assert store.write_batch([sample_extraction]) == 1
        back = store.extraction(sample_extraction.document.id)
    assert back.document == sample_extraction.document
    assert back.quotes[0].content == sample_extraction.quotes[0].content
    assert back.quotes[0].speaker.name == "Brazil's president"
    assert back.events[0].source.country == "BRA" and back.events[0].target.country == "IND"
    assert back.times == sample_extraction.times
    assert back.places == sample_extraction.places
    assert back.actors == sample_extraction.actors


def test_rewriting_the_same_document_is_a_no_op(tmp_path: Path, sample_extraction: Extraction) -> None:
    with Store(tmp_path / "x.duckdb") as store:
        store.write_batch([sample_extraction, sample_extraction])
        assert store.write_batch([sample_extraction]) == 0
        assert store.counts()["documents"] == 1
        assert store.counts()["quotes"] == 1


def test_failed_batch_leaves_nothing_behind(tmp_path: Path, sample_extraction: Extraction) -> None:
    other_doc = dataclasses.replace(sample_extraction.document, id="e" * 64)
    good = dataclasses.replace(sample_extraction, document=other_doc)
    # A quote whose speaker offsets are not integers makes the insert fail mid-batch.
    bad_quote = dataclasses.replace(sample_extraction.quotes[0], cue_start="not a number")  # type: ignore[arg-type]
    bad = dataclasses.replace(sample_extraction, quotes=(bad_quote,))
    with Store(tmp_path / "x.duckdb") as store:
        with pytest.raises(StoreError):
            store.write_batch([good, bad])
        assert store.counts()["documents"] == 0
        assert store.counts()["events"] == 0


def test_failures_are_recorded_once_per_origin_and_reason(tmp_path: Path) -> None:
    failure = Failure(origin="bad.bin", reason="binary file", error="IngestError")
    with Store(tmp_path / "x.duckdb") as store:
        store.write_batch([], [failure])
        store.write_batch([], [failure])
        assert store.counts()["failures"] == 1
        store.clear_failures(["bad.bin"])
        assert store.counts()["failures"] == 0


def test_read_only_store_refuses_writes(tmp_path: Path, sample_extraction: Extraction) -> None:
    db = tmp_path / "x.duckdb"
    Store(db).close()
    with Store(db, read_only=True) as store:
        with pytest.raises(StoreError):
            store.write_batch([sample_extraction])
        with pytest.raises(StoreError):
            store.query("DELETE FROM documents")


def test_missing_database_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="not found"):
        Store(tmp_path / "nope.duckdb", read_only=True)


def test_foreign_database_is_rejected(tmp_path: Path) -> None:
    db = tmp_path / "other.duckdb"
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE t (x INT)")
    con.close()
    with pytest.raises(StoreError, match="not a newsevents database"):
        Store(db, read_only=True)


def test_find_document_by_prefix_and_source(tmp_path: Path, sample_extraction: Extraction) -> None:
    with Store(tmp_path / "x.duckdb") as store:
        store.write_batch([sample_extraction])
        assert store.find_document("dddd") == sample_extraction.document.id
        assert store.find_document("a.txt") == sample_extraction.document.id
        assert store.find_document("zzz") is None
