"""Score the times stage on a TimeML folder, caching parsed Docs between runs.

Usage: python benchmarks/time_eval.py GOLD_DIR [--cache /tmp/time_docs.spacy] [--errors N] [--limit N]

The spaCy parse is cached in a DocBin keyed by document id so that iterating on
the rules costs only the stage itself. Prints the TempEval-3 table, the stage
speed (ms per 1,000 words) and a sample of errors.
"""

from __future__ import annotations

import argparse
import collections
import time
from pathlib import Path

from spacy.tokens import Doc, DocBin

from newsevents.evaluate.timeml import evaluate, read_corpus, score_document
from newsevents.model.records import Document, Extraction
from newsevents.nlp.loader import load_pipeline
from newsevents.stages import times
from newsevents.stages.base import StageContext


def parsed_docs(documents: list[Document], cache: Path) -> dict[str, Doc]:
    nlp = load_pipeline(with_ruler=False)
    docs: dict[str, Doc] = {}
    if cache.exists():
        for doc in DocBin().from_disk(cache).get_docs(nlp.vocab):
            docs[doc.user_data["id"]] = doc
    todo = [d for d in documents if d.id not in docs]
    if todo:
        for document, doc in zip(todo, nlp.pipe([d.text for d in todo], batch_size=16), strict=True):
            doc.user_data["id"] = document.id
            docs[document.id] = doc
        DocBin(store_user_data=True, docs=list(docs.values())).to_disk(cache)
    return docs


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("gold", type=Path)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/time_docs.spacy"))
    parser.add_argument("--errors", type=int, default=0)
    parser.add_argument("--kind", default=None)
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()

    tdocs = read_corpus(args.gold, args.limit)
    docs = parsed_docs([t.document for t in tdocs], args.cache)
    stage_seconds = 0.0

    def runner(documents: list[Document]) -> list[Extraction]:
        nonlocal stage_seconds
        out = []
        for document in documents:
            ctx = StageContext(document=document, doc=docs[document.id])
            t0 = time.perf_counter()
            found = times.run(ctx)
            stage_seconds += time.perf_counter() - t0
            out.append(Extraction(document=document, times=found))
        return out

    report = evaluate(args.gold, runner, limit=args.limit)
    for table in report.tables:
        print(table.title)
        for row in table.rows:
            print("  ", row)
    words = sum(len(d) for d in docs.values())
    print(f"stage: {stage_seconds * 1000 / words * 1000:.1f} ms per 1,000 tokens ({words} tokens)")
    print(report.notes)
    if args.errors:
        kinds: collections.Counter[str] = collections.Counter()
        for tdoc, extraction in zip(tdocs, runner([t.document for t in tdocs]), strict=True):
            _, errors = score_document(tdoc.gold, extraction.times)
            for kind, g, p in errors:
                if args.kind and kind != args.kind:
                    continue
                kinds[kind] += 1
                if kinds[kind] > args.errors:
                    continue
                text = tdoc.document.text
                anchor = g or p
                ctx = text[max(0, anchor.start - 50) : anchor.end + 30].replace("\n", " ")
                gs = f"{g.text!r} {g.type} {g.value} {g.mod}" if g else "-"
                ps = f"{p.text!r} {p.type} {p.value} {p.mod}" if p else "-"
                print(f"{kind:8} {tdoc.document.published} G:{gs} | P:{ps} || {ctx}")


if __name__ == "__main__":
    main()
