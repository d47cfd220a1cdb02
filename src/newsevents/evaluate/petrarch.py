"""Event coding on PETRARCH unit-test / validation records (``PETR*.xml``).

Each ``<Sentence>`` with ``sentence="true"`` is one document (published on its
``date``); its ``<EventCoding>`` elements are the expected events (actors are
fictional, so only codes are compared); ``noevents="True"`` expects nothing.

- ``root.agreement``: share of expected events whose root is among the predicted roots.
- ``code.agreement``: share of expected events whose full code is among the predicted codes.
- ``noevent.accuracy``: share of no-event sentences where nothing (non-negated) is coded.
- ``root.precision``: share of predicted (sentence, root) pairs expected in that sentence.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from newsevents.evaluate.metrics import EvalReport, Runner, Table, accuracy
from newsevents.evaluate.plover import document_for, positive, primary, root_confusion, run_all
from newsevents.model.errors import EvalError

_SENTENCE = re.compile(r"<Sentence\b([^>]*)>(.*?)</Sentence>", re.DOTALL)
_ATTR = re.compile(r"(\w+)\s*=\s*(\"[^\"]*\"|'[^']*')")
_CODING = re.compile(r"<EventCoding\b([^>]*)>")
_TEXT = re.compile(r"<Text>(.*?)</Text>", re.DOTALL)
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)


@dataclass(frozen=True)
class Record:
    id: str
    date: str | None
    text: str
    codes: tuple[str, ...]
    noevents: bool


def _attrs(raw: str) -> dict[str, str]:
    return {k: v[1:-1].strip("'\"") for k, v in _ATTR.findall(raw)}


def _date(raw: str | None) -> str | None:
    if raw and len(raw) == 8 and raw.isdigit():
        return f"{raw[:4]}-{raw[4:6]}-{raw[6:]}"
    return None


def load(path: Path) -> list[Record]:
    try:
        text = Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise EvalError(f"cannot read PETRARCH records {path}: {exc}") from exc
    text = _COMMENT.sub("", text)
    out = []
    for attrs_raw, body in _SENTENCE.findall(text):
        attrs = _attrs(attrs_raw)
        if attrs.get("sentence", "true").lower() != "true":
            continue
        m = _TEXT.search(body)
        if not m:
            continue
        codings = [_attrs(c) for c in _CODING.findall(body)]
        if any("error" in c for c in codings):
            continue
        codes = tuple(c["eventcode"] for c in codings if c.get("eventcode"))
        noevents = any(c.get("noevents", "").lower() == "true" for c in codings)
        sentence = " ".join(html.unescape(m.group(1)).split())
        out.append(Record(attrs.get("id", ""), _date(attrs.get("date")), sentence, codes, noevents))
    return out


def evaluate(path: Path, runner: Runner, *, limit: int | None = None) -> EvalReport:
    records = load(path)
    if limit:
        records = records[:limit]
    extractions = run_all(runner, [document_for(r.text, r.date, "petrarch") for r in records])
    n_gold = root_ok = code_ok = 0
    noev_n = noev_ok = pred_pairs = pred_right = 0
    pairs: list[tuple[str, str]] = []
    errors: Counter[str] = Counter()
    for rec, ext in zip(records, extractions, strict=True):
        events = positive(ext.events)
        roots = {e.root for e in events}
        codes = {e.cameo for e in events}
        gold_roots = {c[:2] for c in rec.codes}
        pred_pairs += len(roots)
        pred_right += len(roots & gold_roots)
        if rec.noevents or not rec.codes:
            noev_n += 1
            noev_ok += not events
            if events:
                errors["event coded where none expected"] += 1
            continue
        best = primary(events)
        for code in rec.codes:
            n_gold += 1
            ok = code[:2] in roots
            root_ok += ok
            code_ok += code in codes
            pairs.append((code[:2], code[:2] if ok else (best.root if best else "--")))
            if not ok:
                errors["nothing coded" if not events else "other root coded"] += 1
    report = EvalReport(
        dataset=str(path),
        protocol="per sentence: roots/codes of non-negated events vs expected event codes (actors not compared)",
    )
    report.scores = {
        "root.agreement": round(accuracy(root_ok, n_gold), 4),
        "code.agreement": round(accuracy(code_ok, n_gold), 4),
        "noevent.accuracy": round(accuracy(noev_ok, noev_n), 4),
        "root.precision": round(accuracy(pred_right, pred_pairs), 4),
        "n_events": float(n_gold),
        "n_sentences": float(len(records)),
    }
    report.tables.append(root_confusion(pairs))
    report.tables.append(Table(title="error kinds", columns=["kind", "count"],
                               rows=[[k, v] for k, v in errors.most_common()]))
    return report
