"""Score whole-article gold files in the seed format (``gold.json``).

A gold file annotates one article: ``quotes`` (content, speaker,
speaker_country, kind, optional 1-based ``occurrence``), ``events`` (text,
source, target, root list, plover, date, optional ``reciprocal``),
``not_events`` (text), ``times`` (text, value) and ``places`` (text, country,
optional lat/lon). The article is the file named by ``"file"`` (relative to the
corpus folder, else to the gold file's folder) or the sibling ``article.txt``;
its publication date is ``document_creation_time``.

Gold items carry text, not offsets: each is located in the document text (the
``occurrence``-th match when given; otherwise any match counts, and the other
matches of an item with an explicit occurrence are ignored rather than scored
as false positives). Items are type-level: one gold entry is one item even when
its text appears several times. The protocol of each measure is in
``PROTOCOL`` and in the report notes; speaker matching in ``speaker_matches``.
"""

from __future__ import annotations

from pathlib import Path

from newsevents.evaluate.metrics import EvalReport, Runner
from newsevents.evaluate.seed.gold import GoldDoc, find_all, load_document, locate, read_gold
from newsevents.evaluate.seed.report import PROTOCOL, build_report
from newsevents.evaluate.seed.scoring import SeedCounts, score_document
from newsevents.evaluate.seed.speakers import speaker_matches
from newsevents.ingest import batched
from newsevents.model.errors import EvalError

__all__ = [
    "PROTOCOL",
    "GoldDoc",
    "evaluate",
    "find_all",
    "load_document",
    "locate",
    "read_gold",
    "speaker_matches",
]


def evaluate(
    path: Path,
    runner: Runner,
    *,
    limit: int | None = None,
    corpus_dir: Path | None = None,
    batch_size: int = 16,
) -> EvalReport:
    """Run ``runner`` over the article(s) of a gold file or folder and score everything it found."""
    path = Path(path)
    docs = read_gold(path, Path(corpus_dir) if corpus_dir else None, limit)
    if not docs:
        raise EvalError("no gold JSON files found", origin=str(path))
    counts = SeedCounts()
    gold_counts = dict.fromkeys(("quotes", "events", "times", "places"), 0)
    for batch in batched(docs, batch_size):
        extractions = runner([d.document for d in batch])
        if len(extractions) != len(batch):
            raise EvalError(f"runner returned {len(extractions)} extractions for {len(batch)} documents")
        for gdoc, extraction in zip(batch, extractions, strict=True):
            for key in gold_counts:
                gold_counts[key] += len(gdoc.gold.get(key) or [])
            score_document(gdoc, extraction, counts)
    return build_report(counts, f"seed:{path}", len(docs), gold_counts)
