"""Throughput of `newsevents run` side by side with the bare spaCy pipeline, on the same texts.

The texts are the corpus plus ``--copies - 1`` JSONL copies of it whose texts
end with a copy line (so `run` stores them as new articles; its near-duplicate
detector links them to the originals, a cost included in the timing).

Each side runs in its own subprocess (so peak RSS is its own): the model is
loaded, one untimed warm-up pass goes over the texts, then ``--inner`` timed
passes follow. For `run` a pass is one call from reading the files to the
committed database (a fresh database each time). Bare and `run` subprocesses
alternate ``--repeat`` times, so a noisy neighbour hits both. Reported:
articles/s and words/s from the median pass, the fastest pass, CPU seconds
(steadier than the wall clock on a shared machine, where waiting for the CPU
does not count) and peak RSS.

    python benchmarks/throughput.py examples/corpus --repeat 5 --inner 3
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
from collections.abc import Callable
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


def _pass_fn(mode: str, corpus: str, extra: Path, tmp: Path, expected: int, texts: list[str]) -> Callable[[int], None]:
    """One pass of the given side over the texts (the model loaded outside the timing)."""
    if mode == "bare":
        import spacy

        from newsevents.nlp.loader import resolve_model_name

        nlp = spacy.load(resolve_model_name())  # the model exactly as shipped

        def bare(_: int) -> None:
            for _doc in nlp.pipe(texts, batch_size=32):
                pass

        return bare

    from newsevents import api
    from newsevents.model.options import Options

    options = Options()
    api.get_pipeline(options)

    def run(k: int) -> None:
        summary = api.run([corpus, extra], tmp / f"pass{k}.duckdb", options=options)
        if summary.failures or summary.added != expected:
            raise SystemExit(f"run stored {summary.added} of {expected} documents: {summary.failures[:1]}")

    return run


def _worker(mode: str, corpus: str, copies: int, inner: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        extra = Path(tmp) / "copies"
        extra.mkdir()
        texts = _copies(corpus, copies, extra)
        words = sum(len(t.split()) for t in texts)
        one_pass = _pass_fn(mode, corpus, extra, Path(tmp), len(texts), texts)
        one_pass(0)  # warm-up: lazy imports and caches, on both sides
        seconds, cpu = [], []
        for k in range(1, inner + 1):
            began, began_cpu = time.perf_counter(), time.process_time()
            one_pass(k)
            seconds.append(time.perf_counter() - began)
            cpu.append(time.process_time() - began_cpu)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"mode": mode, "articles": len(texts), "words": words, "seconds": seconds, "cpu_seconds": cpu,
            "peak_rss_mb": rss_mb}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", default="examples/corpus")
    parser.add_argument("--repeat", type=int, default=3, help="subprocesses per side, alternating")
    parser.add_argument("--inner", type=int, default=3, help="timed passes per subprocess, after the warm-up")
    parser.add_argument("--copies", type=int, default=3, help="process the corpus this many times per pass")
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument("--worker", choices=["bare", "run"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(_worker(args.worker, args.corpus, args.copies, args.inner)))
        return
    results: dict[str, list[dict]] = {"bare": [], "run": []}
    for _ in range(args.repeat):
        for mode in ("bare", "run"):
            out = subprocess.run(
                [sys.executable, __file__, args.corpus, "--worker", mode, "--copies", str(args.copies),
                 "--inner", str(args.inner)],
                check=True, capture_output=True, text=True,
            )
            results[mode].append(json.loads(out.stdout.strip().splitlines()[-1]))
    rows = []
    for mode, label in (("bare", "bare spaCy pipeline"), ("run", "newsevents run (all stages + store)")):
        runs = results[mode]
        passes = [s for r in runs for s in r["seconds"]]
        secs = statistics.median(passes)
        rows.append({
            "pipeline": label,
            "articles": runs[0]["articles"],
            "words": runs[0]["words"],
            "passes": len(passes),
            "seconds": round(secs, 2),
            "fastest": round(min(passes), 2),
            "cpu_seconds": round(statistics.median(c for r in runs for c in r["cpu_seconds"]), 2),
            "articles_per_s": round(runs[0]["articles"] / secs, 2),
            "words_per_s": round(runs[0]["words"] / secs),
            "peak_rss_mb": round(max(r["peak_rss_mb"] for r in runs)),
        })
    bare, run = rows
    ratio = bare["seconds"] / run["seconds"]
    print("| pipeline | articles | words | passes | median s | fastest s | CPU s | articles/s | words/s | peak RSS MB |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r['pipeline']} | {r['articles']} | {r['words']} | {r['passes']} | {r['seconds']} | {r['fastest']} | "
              f"{r['cpu_seconds']} | {r['articles_per_s']} | {r['words_per_s']} | {r['peak_rss_mb']} |")
    print(f"\nrun / bare throughput: {ratio:.1%} (median passes); fastest against fastest: "
          f"{bare['fastest'] / run['fastest']:.1%}; CPU time: {bare['cpu_seconds'] / run['cpu_seconds']:.1%}")
    if args.json:
        args.json.write_text(json.dumps({"rows": rows, "ratio": ratio, "runs": results}, indent=2))


if __name__ == "__main__":
    main()
