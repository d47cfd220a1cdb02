"""Throughput of `newsevents run` side by side with the bare spaCy pipeline, on the same texts.

The texts are the corpus plus ``--copies - 1`` JSONL copies of it whose texts
end with a copy line (so `run` stores them as new articles; its near-duplicate
detector links them to the originals, a cost included in the timing). Each
measurement runs in its own subprocess (so peak RSS is its own) after the model
is loaded and one untimed warm-up pass over the same texts on both sides, so
the figures are steady-state throughput; `run` is one call over everything,
from reading the files to the committed database. Reports articles/s, words/s
and peak RSS, median of --repeat runs.

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


def _copies(corpus: str, copies: int, folder: Path) -> list[str]:
    """The corpus itself plus copies-1 JSONL copies whose texts carry a copy line (so ids differ).

    Returns every text in the order `run` will read it; writes the copies under ``folder``.
    """
    docs = _documents(corpus)
    texts = [d.text for d in docs]
    for k in range(1, copies):
        lines = []
        for d in docs:
            text = f"{d.text}\n\n(Copy {k} of this article.)"
            texts.append(text)
            lines.append(json.dumps({"text": text, "published": d.published.isoformat() if d.published else None,
                                     "url": d.url, "title": d.title}))
        (folder / f"copy{k}.jsonl").write_text("\n".join(lines) + "\n")
    return texts


def _worker(mode: str, corpus: str, copies: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        extra = Path(tmp) / "copies"
        extra.mkdir()
        texts = _copies(corpus, copies, extra)
        words = sum(len(t.split()) for t in texts)
        if mode == "bare":
            import spacy

            from newsevents.nlp.loader import resolve_model_name

            nlp = spacy.load(resolve_model_name())  # the model exactly as shipped
            for _ in nlp.pipe(texts, batch_size=32):  # warm-up pass, as for `run`
                pass
            began, cpu = time.perf_counter(), time.process_time()
            for _ in nlp.pipe(texts, batch_size=32):
                pass
            seconds, cpu = time.perf_counter() - began, time.process_time() - cpu
        else:
            from newsevents import api
            from newsevents.model.options import Options

            options = Options()
            api.get_pipeline(options)  # load the model and the KBs outside the timing
            api.run([corpus, extra], Path(tmp) / "warm-up.duckdb", options=options)  # lazy imports, caches
            began, cpu = time.perf_counter(), time.process_time()
            summary = api.run([corpus, extra], Path(tmp) / "bench.duckdb", options=options)
            seconds, cpu = time.perf_counter() - began, time.process_time() - cpu
            if summary.failures or summary.added != len(texts):
                raise SystemExit(f"run stored {summary.added} of {len(texts)} documents: {summary.failures[:1]}")
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"mode": mode, "articles": len(texts), "words": words, "seconds": seconds, "cpu_seconds": cpu,
            "peak_rss_mb": rss_mb}


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
            "cpu_seconds": round(statistics.median(r["cpu_seconds"] for r in runs), 2),
            "pipeline": label,
            "articles": runs[0]["articles"],
            "words": runs[0]["words"],
            "seconds": round(secs, 2),
            "articles_per_s": round(runs[0]["articles"] / secs, 2),
            "words_per_s": round(runs[0]["words"] / secs),
            "peak_rss_mb": round(max(r["peak_rss_mb"] for r in runs)),
        })
    ratio = rows[1]["words_per_s"] / rows[0]["words_per_s"]
    cpu_ratio = rows[0]["cpu_seconds"] / rows[1]["cpu_seconds"]
    pairs = [b["seconds"] / r["seconds"] for b, r in zip(results["bare"], results["run"], strict=True)]
    print("| pipeline | articles | words | seconds | CPU seconds | articles/s | words/s | peak RSS MB |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r['pipeline']} | {r['articles']} | {r['words']} | {r['seconds']} | {r['cpu_seconds']} | "
              f"{r['articles_per_s']} | {r['words_per_s']} | {r['peak_rss_mb']} |")
    print(f"\nrun / bare throughput: {ratio:.1%} (wall clock, medians); {cpu_ratio:.1%} by CPU time")
    best = min(r["seconds"] for r in results["bare"]) / min(r["seconds"] for r in results["run"])
    print("per repeat (wall clock): " + ", ".join(f"{p:.1%}" for p in pairs) + f"; best against best: {best:.1%}")
    if args.json:
        args.json.write_text(json.dumps({"rows": rows, "ratio": ratio, "cpu_ratio": cpu_ratio, "pairs": pairs,
                                         "best_ratio": best, "runs": results},
                                        indent=2))


if __name__ == "__main__":
    main()
