"""The public Python API.

>>> import newsevents
>>> ex = newsevents.extract("Xi said ...", published="2025-06-05")
>>> with newsevents.open("news.duckdb") as store:
...     store.counts()
"""

from __future__ import annotations

import datetime as dt
import itertools
import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path

from newsevents.analysis.dedup import Deduplicator
from newsevents.ingest import batched, read_sources, read_text
from newsevents.model.options import Options
from newsevents.model.records import Document, Extraction, Failure
from newsevents.pipeline import Pipeline
from newsevents.store import Store

log = logging.getLogger(__name__)

ProgressFn = Callable[[int, int, int], None]  # (documents done, words done, failures)


@lru_cache(maxsize=4)
def get_pipeline(options: Options) -> Pipeline:
    """One Pipeline per distinct options in this process."""
    return Pipeline(options)


def _as_date(value: dt.date | str | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value)


def extract(
    text: str,
    published: dt.date | str | None = None,
    *,
    url: str | None = None,
    title: str | None = None,
    options: Options | None = None,
) -> Extraction:
    """Read one article's text and return its typed records."""
    document = read_text(text, published=_as_date(published), url=url, title=title)
    return get_pipeline(options or Options()).extract(document)


def extract_documents(
    items: Iterable[Document | Failure], options: Options | None = None
) -> Iterator[Extraction | Failure]:
    """Stream documents (and pass-through failures) through the pipeline."""
    return get_pipeline(options or Options()).process(items)


def extract_paths(
    paths: Iterable[str | Path],
    published: dt.date | str | None = None,
    options: Options | None = None,
) -> Iterator[Extraction | Failure]:
    """Read files/folders/'-' and extract every document in them."""
    options = options or Options()
    return extract_documents(read_sources(paths, published=_as_date(published), options=options), options)


def open(path: str | Path, *, read_only: bool = False) -> Store:
    """Open (or create) a newsevents DuckDB store."""
    return Store(path, read_only=read_only)


@dataclass
class RunSummary:
    """What ``run`` did."""

    added: int = 0
    skipped: int = 0
    duplicates: int = 0  # near-duplicates linked to an earlier article (kept, see analysis.dedup)
    failures: list[Failure] = field(default_factory=list)
    words: int = 0
    seconds: float = 0.0
    run_id: str = ""


def run(
    paths: Iterable[str | Path],
    db: str | Path,
    *,
    published: dt.date | str | None = None,
    options: Options | None = None,
    progress: ProgressFn | None = None,
) -> RunSummary:
    """Ingest sources into the store; resumable and idempotent.

    Documents already in the store are skipped before parsing; each batch of
    ``options.batch_size`` documents commits in one transaction with its
    failures, so a killed run loses at most the batch in flight and a rerun
    finishes the job with every document exactly once.
    """
    options = options or Options()
    summary = RunSummary()
    began = time.perf_counter()
    with Store(db) as store:
        summary.run_id = store.start_run(asdict(options))
        dedup = Deduplicator.open(store)
        unseen = _unseen(read_sources(paths, published=_as_date(published), options=options), store,
                         options.batch_size, summary)
        for batch in batched(_analysed(unseen, options), options.batch_size):
            extractions = [r for r in batch if isinstance(r, Extraction)]
            failures = [r for r in batch if isinstance(r, Failure)]
            summary.words += sum(len(e.document.text.split()) for e in extractions)
            summary.added += store.write_batch(extractions, failures, run_id=summary.run_id)
            summary.duplicates += len(dedup.link(store, [e.document.id for e in extractions]))
            store.clear_failures(
                o for o in {e.document.source for e in extractions} if o and o not in {f.origin for f in failures}
            )
            summary.failures.extend(failures)
            if progress:
                progress(summary.added + summary.skipped, summary.words, len(summary.failures))
        summary.seconds = time.perf_counter() - began
        store.finish_run(summary.run_id, summary.added, summary.skipped, len(summary.failures))
    return summary


def _unseen(
    items: Iterable[Document | Failure], store: Store, size: int, summary: RunSummary
) -> Iterator[Document | Failure]:
    """The items minus documents already stored or already met in this run (counted as skipped).

    The store is asked a batch at a time, before parsing; the ids met in this run
    are kept too, since parsing runs ahead of the batches being committed.
    """
    met: set[str] = set()
    for batch in batched(items, size):
        done = store.existing_ids(d.id for d in batch if isinstance(d, Document))
        for item in batch:
            if isinstance(item, Document):
                if item.id in done or item.id in met:
                    summary.skipped += 1
                    continue
                met.add(item.id)
            yield item


def _analysed(items: Iterator[Document | Failure], options: Options) -> Iterator[Extraction | Failure]:
    """Failures pass through; documents go through one pipeline stream, loaded at the first document
    (a rerun with nothing new to read loads no model)."""
    for item in items:
        if isinstance(item, Document):
            yield from get_pipeline(options).process(itertools.chain([item], items))
            return
        yield item
