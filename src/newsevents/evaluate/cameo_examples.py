"""Event coding on the CAMEO codebook's example sentences (``eventtypes.csv``).

Protocol (per sentence): each example sentence (text before a trailing
"Note:" removed) is one document; its gold root is the first two digits of
the code it illustrates. The non-negated events the engine codes in it are
the predictions.

- ``root.accuracy``: share of sentences whose gold root is among the predicted roots.
- ``root.top1``: share whose most confident event has the gold root.
- ``code.accuracy``: share whose exact gold code is among the predicted codes.
- ``root.precision``: share of predicted (sentence, root) pairs that are the gold root.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path

from newsevents.evaluate.metrics import EvalReport, Runner, Table, accuracy
from newsevents.evaluate.plover import document_for, positive, primary, root_confusion, run_all
from newsevents.model.errors import EvalError

_NOTE = re.compile(r"\s+Note:.*$", re.DOTALL)


def load(path: Path) -> list[tuple[str, str]]:
    """(code, sentence) pairs for every code with an example."""
    try:
        with Path(path).open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
    except OSError as exc:
        raise EvalError(f"cannot read CAMEO codebook {path}: {exc}") from exc
    out = []
    for row in rows:
        example = (row.get("example") or "").strip()
        code = (row.get("code") or "").strip()
        if not example or example == "NULL" or not code:
            continue
        out.append((code, _NOTE.sub("", example).strip()))
    return out


def evaluate(path: Path, runner: Runner, *, limit: int | None = None) -> EvalReport:
    examples = load(path)
    if limit:
        examples = examples[:limit]
    extractions = run_all(runner, [document_for(text, None, "cameo") for _, text in examples])
    hit = top1 = exact = pred_pairs = pred_right = 0
    pairs: list[tuple[str, str]] = []
    errors: Counter[str] = Counter()
    for (code, _text), ext in zip(examples, extractions, strict=True):
        gold = code[:2]
        events = positive(ext.events)
        roots = {e.root for e in events}
        pred_pairs += len(roots)
        pred_right += gold in roots
        ok = gold in roots
        hit += ok
        exact += code in {e.cameo for e in events}
        best = primary(events)
        top1 += best is not None and best.root == gold
        pairs.append((gold, gold if ok else (best.root if best else "--")))
        if not ok:
            if not events:
                errors["nothing coded" if not any(e.negated for e in ext.events) else "only negated events"] += 1
            else:
                errors[f"coded {best.root if best else '--'} for {gold}"] += 1
    n = len(examples)
    report = EvalReport(
        dataset=str(path),
        protocol="per sentence: roots of non-negated events vs the root of the code the example illustrates",
    )
    report.scores = {
        "root.accuracy": round(accuracy(hit, n), 4),
        "root.top1": round(accuracy(top1, n), 4),
        "code.accuracy": round(accuracy(exact, n), 4),
        "root.precision": round(accuracy(pred_right, pred_pairs), 4),
        "n": float(n),
    }
    report.tables.append(root_confusion(pairs))
    report.tables.append(Table(title="most common errors", columns=["error", "count"],
                               rows=[[k, v] for k, v in errors.most_common(15)]))
    return report
