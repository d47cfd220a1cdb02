"""api.run: idempotent, resumable, failures recorded; on a blank spaCy pipeline (no model)."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from newsevents import api
from newsevents.model.options import Options
from newsevents.pipeline import Pipeline
from newsevents.store import Store


@pytest.fixture
def blank_pipeline(monkeypatch: pytest.MonkeyPatch) -> Pipeline:
    pipe = Pipeline(Options(stages=("entities",)), nlp=spacy.blank("en"))
    monkeypatch.setattr(api, "get_pipeline", lambda options: pipe)
    return pipe


def _corpus(tmp_path: Path, n: int = 7) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(n):
        (corpus / f"a{i:02d}.txt").write_text(
            f"---\ntitle: Story {i}\npublished: 2025-01-{i + 1:02d}\n---\nStory number {i} about talks in Oslo.\n"
        )
    (corpus / "empty.txt").write_text("")
    (corpus / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 50)
    return corpus


def test_run_twice_adds_each_document_once(tmp_path: Path, blank_pipeline: Pipeline) -> None:
    corpus = _corpus(tmp_path)
    db = tmp_path / "n.duckdb"
    first = api.run([corpus], db, options=Options(stages=("entities",), batch_size=3))
    assert first.added == 7
    assert len(first.failures) == 2
    second = api.run([corpus], db, options=Options(stages=("entities",), batch_size=3))
    assert second.added == 0 and second.skipped == 7
    with Store(db, read_only=True) as store:
        counts = store.counts()
        assert counts["documents"] == 7
        assert counts["failures"] == 2
        reasons = dict(store.query("SELECT origin, reason FROM failures")[1])
    assert any("empty" in r for r in reasons.values())
    assert any("binary" in r for r in reasons.values())


def test_a_killed_run_is_finished_by_the_next(tmp_path: Path, blank_pipeline: Pipeline,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = _corpus(tmp_path)
    db = tmp_path / "n.duckdb"
    real_write = Store.write_batch
    calls = {"n": 0}

    def dying_write(self: Store, *args: object, **kwargs: object) -> int:
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt  # the process is stopped while writing the second batch
        return real_write(self, *args, **kwargs)

    monkeypatch.setattr(Store, "write_batch", dying_write)
    with pytest.raises(KeyboardInterrupt):
        api.run([corpus], db, options=Options(stages=("entities",), batch_size=3))
    monkeypatch.setattr(Store, "write_batch", real_write)
    with Store(db, read_only=True) as store:
        partial = store.counts()["documents"]
    assert 0 < partial < 7
    again = api.run([corpus], db, options=Options(stages=("entities",), batch_size=3))
    assert again.skipped == partial and again.added == 7 - partial
    with Store(db, read_only=True) as store:
        ids = [r[0] for r in store.query("SELECT id FROM documents")[1]]
    assert len(ids) == len(set(ids)) == 7


def test_duplicate_texts_in_one_corpus_are_stored_once(tmp_path: Path, blank_pipeline: Pipeline) -> None:
    corpus = tmp_path / "dups"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Same story.\n")
    (corpus / "b.txt").write_text("Same   story.\r\n")
    summary = api.run([corpus], tmp_path / "d.duckdb", options=Options(stages=("entities",)))
    assert summary.added == 1 and summary.skipped == 1
