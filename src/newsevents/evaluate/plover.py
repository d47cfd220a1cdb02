"""Event coding on PLOVER gold-standard records (``PLOVER_GSR_*.json``).

Protocol (per sentence): each record is one document (its ``text``, published
on its ``date``); the events the engine codes in it that are not negated are
its predictions. Old PLOVER 0.5b1 names are mapped to PLOVER 2.0
(DEMAND->REQUEST, DISAPPROVE->ACCUSE, INVESTIGATE->ACCUSE, FIGHT->ASSAULT).

- ``type.accuracy``: share of records whose gold type is among the predicted types.
- ``type.top1``: share whose gold type is the type of the most confident predicted event.
- ``type.precision``: share of predicted (record, type) pairs that are the gold type.
- ``source.accuracy`` / ``target.accuracy``: among records with the right type, share
  where a predicted event of that type has a source (target) country among the gold
  codes ("IGO"/"NGO" match any international-organization code). Records whose gold target is
  empty are left out of the target figure.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from newsevents.evaluate.metrics import EvalReport, Runner, Table, accuracy
from newsevents.ingest import batched
from newsevents.model.errors import EvalError
from newsevents.model.records import Document, Event, Extraction

OLD_NAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
# international organizations: gold "IGO"/"NGO" (PLOVER's generic codes) match any of these
IGO_CODES = frozenset({"IGO", "NGO", "UNO", "EUR", "NATO", "AFU", "ASN", "ARL", "OAS", "WTO", "IMF", "WBK", "ICC",
                       "IAEA", "RED", "WFP", "UNHCR", "OPEC", "CIS", "GCC", "ECOWAS", "SADC", "APEC", "G7", "G8",
                       "ICRC", "OSCE", "AMN", "HRW", "MSF"})
ROOTS = [f"{i:02d}" for i in range(1, 21)]
# CAMEO's pre-ISO country codes found in older gold data, with their ISO 3166 alpha-3 successors
LEGACY_COUNTRIES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "ROM": "ROU", "ZAR": "COD", "USR": "RUS",
                    "GMW": "DEU", "GME": "DEU", "YUG": "SRB", "BUR": "MMR", "DDR": "DEU"}


def document_for(text: str, published: str | None = None, prefix: str = "gold") -> Document:
    date = None
    if published:
        try:
            date = dt.date.fromisoformat(published[:10])
        except ValueError:
            date = None
    digest = hashlib.sha1(f"{prefix}:{text}".encode()).hexdigest()[:16]
    return Document(id=digest, text=text, published=date, source=prefix)


def run_all(runner: Runner, documents: list[Document], size: int = 64) -> list[Extraction]:
    out: list[Extraction] = []
    for batch in batched(documents, size):
        out.extend(runner(batch))
    return out


def positive(events: Iterable[Event]) -> list[Event]:
    """Events coded as having happened (or being reported/planned), never negated ones."""
    return [e for e in events if not e.negated]


def primary(events: list[Event]) -> Event | None:
    """The most confident event (earliest on ties), statements last."""
    if not events:
        return None
    return sorted(events, key=lambda e: (e.root == "01", -e.confidence, e.trigger_start))[0]


def root_confusion(pairs: Iterable[tuple[str, str]], title: str = "root code confusion (gold rows, predicted columns)") -> Table:
    """A confusion matrix of two-digit roots; '--' is no prediction."""
    counts = Counter(pairs)
    cols = [*ROOTS, "--"]
    table = Table(title=title, columns=["gold", *cols, "n", "acc"])
    for g in ROOTS:
        row = [counts.get((g, p), 0) for p in cols]
        n = sum(row)
        if n:
            table.rows.append([g, *row, n, round(counts.get((g, g), 0) / n, 3)])
    return table


def country_ok(pred: str | None, gold: set[str]) -> bool:
    if not pred:
        return False
    if pred in gold or pred in {LEGACY_COUNTRIES.get(g, g) for g in gold}:
        return True
    return bool(gold & {"IGO", "NGO"}) and pred in IGO_CODES


def _codes(actors: object) -> set[str]:
    if not isinstance(actors, list):
        return set()
    return {a.get("code", "") for a in actors if isinstance(a, dict) and a.get("code")}


def load(path: Path) -> list[dict]:
    try:
        records = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise EvalError(f"cannot read PLOVER gold {path}: {exc}") from exc
    return [r for r in records if r.get("text") and r.get("event") and r["event"] != "DOCUMENT"]


def evaluate(path: Path, runner: Runner, *, limit: int | None = None) -> EvalReport:
    records = load(path)[:limit] if limit else load(path)
    documents = [document_for(r["text"], r.get("date"), "plover") for r in records]
    extractions = run_all(runner, documents)
    hits = top1 = pred_pairs = pred_right = 0
    src_ok = src_n = tgt_ok = tgt_n = 0
    by_type: dict[str, list[int]] = {}
    errors: Counter[str] = Counter()
    confusion: list[tuple[str, str]] = []
    for rec, ext in zip(records, extractions, strict=True):
        gold = OLD_NAMES.get(rec["event"], rec["event"])
        events = [e for e in positive(ext.events) if e.plover]
        types = {e.plover for e in events}
        pred_pairs += len(types)
        pred_right += gold in types
        hit = gold in types
        hits += hit
        best = primary(events)
        top1 += best is not None and best.plover == gold
        stats = by_type.setdefault(gold, [0, 0])
        stats[0] += 1
        stats[1] += hit
        confusion.append((gold, best.plover if best else "--") if not hit else (gold, gold))
        if not hit:
            errors["no event coded" if not events else "wrong type"] += 1
            continue
        same = [e for e in events if e.plover == gold]
        gsrc, gtgt = _codes(rec.get("source")), _codes(rec.get("target"))
        if gsrc:
            src_n += 1
            ok = any(country_ok(e.source.country if e.source else None, gsrc) for e in same)
            src_ok += ok
            if not ok:
                errors["source country wrong or missing"] += 1
        if gtgt:
            tgt_n += 1
            ok = any(country_ok(e.target.country if e.target else None, gtgt) for e in same)
            tgt_ok += ok
            if not ok:
                errors["target country wrong or missing"] += 1
    n = len(records)
    report = EvalReport(
        dataset=str(path),
        protocol="per sentence: PLOVER 2.0 types of non-negated events vs gold type (0.5b1 names mapped); "
        "source/target country among records with the right type",
    )
    report.scores = {
        "type.accuracy": round(accuracy(hits, n), 4),
        "type.top1": round(accuracy(top1, n), 4),
        "type.precision": round(accuracy(pred_right, pred_pairs), 4),
        "source.accuracy": round(accuracy(src_ok, src_n), 4),
        "target.accuracy": round(accuracy(tgt_ok, tgt_n), 4),
        "n": float(n),
    }
    report.tables.append(Table(
        title="PLOVER type accuracy by gold type",
        columns=["type", "n", "hit", "accuracy"],
        rows=[[t, s[0], s[1], round(s[1] / s[0], 3)] for t, s in sorted(by_type.items())],
    ))
    types = sorted({g for g, _ in confusion} | {p for _, p in confusion})
    counts = Counter(confusion)
    report.tables.append(Table(
        title="PLOVER type confusion (gold rows, predicted primary type columns)",
        columns=["gold", *types],
        rows=[[g, *[counts.get((g, p), 0) for p in types]] for g in types if any(c[0] == g for c in confusion)],
    ))
    report.tables.append(Table(title="error kinds", columns=["kind", "count"],
                               rows=[[k, v] for k, v in errors.most_common()]))
    report.notes.append(f"source n={src_n}, target n={tgt_n} (records with the right type and gold codes)")
    return report
