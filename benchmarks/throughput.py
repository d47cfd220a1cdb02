"""Throughput of `newsevents run` side by side with the bare spaCy pipeline, on the same texts.

Each measurement runs in its own subprocess (so peak RSS is its own) after the
model is loaded and one untimed warm-up pass over the corpus (both sides), so
the figures are steady-state throughput; the corpus is read once per process
and not timed for the bare pipeline. Reports articles/s, words/s and peak RSS,
median of --repeat runs.

    python benchmarks/throughput.py examples/corpus --repeat 3
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _documents(corpus: str) -> list:
    from newsevents.ingest import read_sources
    from newsevents.model.records import Document

    return [d for d in read_sources([corpus]) if isinstance(d, Document)]


def _worker(mode: str, corpus: str, copies: int) -> dict:
    docs = _documents(corpus)
    texts = [d.text for d in docs] * copies
    words = sum(len(t.split()) for t in texts)
    if mode == "bare":
        import spacy

        from newsevents.nlp.loader import resolve_model_name

        nlp = spacy.load(resolve_model_name())  # the model exactly as shipped
        for _ in nlp.pipe([d.text for d in docs], batch_size=32):  # warm-up pass, as for `run`
            pass
        began = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=32):
            pass
        seconds = time.perf_counter() - began
    else:
        from newsevents import api
        from newsevents.model.options import Options

        options = Options()
        api.get_pipeline(options)  # load the model and the KBs outside the timing
        with tempfile.TemporaryDirectory() as tmp:
            api.run([corpus], Path(tmp) / "warm-up.duckdb", options=options)  # lazy imports, caches
            began = time.perf_counter()
            for i in range(copies):  # a fresh database per copy: a store skips documents it already has
                summary = api.run([corpus], Path(tmp) / f"bench{i}.duckdb", options=options)
                if summary.failures:
                    raise SystemExit(f"{len(summary.failures)} documents failed: {summary.failures[0].reason}")
            seconds = time.perf_counter() - began
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"mode": mode, "articles": len(texts), "words": words, "seconds": seconds, "peak_rss_mb": rss_mb}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", default="examples/corpus")
    parser.add_argument("--repeat", type=int, default=3, help="runs per mode (median reported)")
    parser.add_argument("--copies", type=int, default=3, help="process the corpus this many times per run")
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument("--worker", choices=["bare", "run"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(_worker(args.worker, args.corpus, args.copies)))
        return
    results: dict[str, list[dict]] = {"bare": [], "run": []}
    for _ in range(args.repeat):
        for mode in ("bare", "run"):
            out = subprocess.run(
                [sys.executable, __file__, args.corpus, "--worker", mode, "--copies", str(args.copies)],
                check=True, capture_output=True, text=True,
            )
            results[mode].append(json.loads(out.stdout.strip().splitlines()[-1]))
    rows = []
    for mode, label in (("bare", "bare spaCy pipeline"), ("run", "newsevents run (all stages + store)")):
        runs = results[mode]
        secs = statistics.median(r["seconds"] for r in runs)
        rows.append({
            "pipeline": label,
            "articles": runs[0]["articles"],
            "words": runs[0]["words"],
            "seconds": round(secs, 2),
            "articles_per_s": round(runs[0]["articles"] / secs, 2),
            "words_per_s": round(runs[0]["words"] / secs),
            "peak_rss_mb": round(max(r["peak_rss_mb"] for r in runs)),
        })
    ratio = rows[1]["words_per_s"] / rows[0]["words_per_s"]
    print("| pipeline | articles | words | seconds | articles/s | words/s | peak RSS MB |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r['pipeline']} | {r['articles']} | {r['words']} | {r['seconds']} | {r['articles_per_s']} | "
              f"{r['words_per_s']} | {r['peak_rss_mb']} |")
    print(f"\nrun / bare throughput: {ratio:.1%}")
    if args.json:
        args.json.write_text(json.dumps({"rows": rows, "ratio": ratio}, indent=2))


if __name__ == "__main__":
    main()
