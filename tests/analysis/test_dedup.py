from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from newsevents.analysis.dedup import Deduplicator, deduplicate, duplicate_groups
from newsevents.model.records import Document, Extraction, Failure
from newsevents.store import Store

from .conftest import Corpus

BODY = " ".join(f"Sentence {i} mentions the river crossing, the harvest and ministry number {i * 7}." for i in range(30))


def _ex(text: str, published: dt.date | None = None) -> Extraction:
    doc_id = hashlib.sha256(text.encode()).hexdigest()
    return Extraction(Document(id=doc_id, text=text, published=published, source=doc_id[:6]))


def _scores(found: dict[str, str], truth: dict[str, str]) -> tuple[float, float]:
    tp = sum(1 for d, o in found.items() if truth.get(d) == o)
    return tp / max(1, len(found)), tp / max(1, len(truth))


def test_synthetic_corpus_precision_and_recall(corpus_db: Path, corpus: Corpus) -> None:
    with Store(corpus_db) as store:
        assert deduplicate(store) > 0
        found = dict(store.query("SELECT doc_id, original_id FROM duplicates")[1])
    precision, recall = _scores(found, corpus.truth.duplicate_of)
    assert precision >= 0.95 and recall >= 0.95, (precision, recall)


def test_later_runs_compare_against_stored_signatures(tmp_path: Path) -> None:
    db = tmp_path / "d.duckdb"
    original = _ex(BODY, dt.date(2025, 1, 1))
    with Store(db) as store:
        store.write_batch([original])
        Deduplicator.open(store)
        assert store.query("SELECT count(*) FROM signatures")[1][0][0] == 1
    reprint = _ex("(Wire) " + BODY.replace("harvest", "crop", 1), dt.date(2025, 1, 2))
    with Store(db) as store:
        dedup = Deduplicator.open(store)  # a new process: the index comes from the table
        store.write_batch([reprint])
        links = dedup.link(store, [reprint.document.id])
        assert [(x.doc_id, x.original_id) for x in links] == [(reprint.document.id, original.document.id)]
        assert duplicate_groups(store) == {original.document.id: [reprint.document.id]}


def test_earlier_published_newcomer_becomes_the_original(tmp_path: Path) -> None:
    late = _ex(BODY + " Updated with a new paragraph.", dt.date(2025, 1, 5))
    early = _ex(BODY, dt.date(2025, 1, 1))
    with Store(tmp_path / "d.duckdb") as store:
        dedup = Deduplicator.open(store)
        store.write_batch([late])
        dedup.link(store, [late.document.id])
        store.write_batch([early])
        dedup.link(store, [early.document.id])
        rows = store.query("SELECT doc_id, original_id FROM duplicates")[1]
    assert rows == [(late.document.id, early.document.id)]


def test_different_and_short_articles_are_not_linked(tmp_path: Path) -> None:
    other = " ".join(f"Paragraph {i} covers a court ruling on fishing quotas and the appeal number {i}." for i in range(30))
    with Store(tmp_path / "d.duckdb") as store:
        store.write_batch([_ex(BODY), _ex(other), _ex("Short note."), _ex("Short note!")])
        assert deduplicate(store) == 0


class _FakePipeline:
    """Stands in for spaCy: every document becomes an empty Extraction."""

    def process(self, items: Iterable[Document | Failure]) -> Iterator[Extraction | Failure]:
        for item in items:
            yield Extraction(item) if isinstance(item, Document) else item


def test_run_links_reprints_at_ingest(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import newsevents.api as api

    monkeypatch.setattr(api, "get_pipeline", lambda options: _FakePipeline())
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(BODY)
    (src / "b.txt").write_text("From the wires. " + BODY.replace("harvest", "crop", 2))
    summary = api.run([src], tmp_path / "r.duckdb", published="2025-02-01")
    assert summary.added == 2 and summary.duplicates == 1
    (src / "c.txt").write_text(BODY + " This story has been updated with a reaction.")
    summary = api.run([src], tmp_path / "r.duckdb", published="2025-02-02")
    assert summary.added == 1 and summary.duplicates == 1
    with Store(tmp_path / "r.duckdb", read_only=True) as store:
        originals = {r[0] for r in store.query("SELECT DISTINCT original_id FROM duplicates")[1]}
    assert len(originals) == 1


def test_duplicate_of_duplicate_points_to_the_root(tmp_path: Path) -> None:
    a = _ex(BODY, dt.date(2025, 1, 1))
    b = _ex(BODY + " Extra line one.", dt.date(2025, 1, 2))
    c = dataclasses.replace(_ex(BODY + " Extra line one. Extra line two.", dt.date(2025, 1, 3)))
    with Store(tmp_path / "d.duckdb") as store:
        store.write_batch([a, b, c])
        deduplicate(store)
        originals = {r[0] for r in store.query("SELECT original_id FROM duplicates")[1]}
    assert originals == {a.document.id}
