"""Score time expressions against TimeML (.tml) gold files, TempEval-3 style.

Each ``.tml`` file becomes one ``Document`` whose text is the plain text of
its ``<TEXT>`` element (tags removed, XML entities decoded) and whose
publication date is the document creation time (the TIMEX3 with
``functionInDocument="CREATION_TIME"``). Gold expressions are the TIMEX3 tags
inside ``<TEXT>``; the creation time itself is never scored.

Measures (TempEval-3): strict extent (identical span) and relaxed extent (any
overlap, one-to-one) precision/recall/F1; value F1 counts relaxed matches whose
TIMEX3 value is identical; type accuracy is over relaxed matches.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import logging
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from newsevents.evaluate.metrics import (
    PRF,
    PRF_COLUMNS,
    EvalReport,
    Runner,
    Table,
    accuracy,
    match_one_to_one,
    overlap,
)
from newsevents.ingest import batched
from newsevents.model.errors import EvalError
from newsevents.model.records import Document, TimeExpr

log = logging.getLogger(__name__)

_TAG = re.compile(r"<(/?)([A-Za-z_][\w.-]*)([^>]*?)(/?)>|&(#x?[0-9A-Fa-f]+|\w+);")
_ATTR = re.compile(r'([\w:]+)\s*=\s*"([^"]*)"')
_DCT = re.compile(r"<TIMEX3\b([^>]*functionInDocument=\"CREATION_TIME\"[^>]*)>", re.S)


@dataclass(frozen=True)
class GoldTimex:
    """One gold TIMEX3: its span in the plain text, type, value and mod."""

    text: str
    start: int
    end: int
    type: str
    value: str
    mod: str | None = None


@dataclass(frozen=True)
class TimeMLDoc:
    """A TimeML file read into plain text, its creation date and gold TIMEX3s."""

    name: str
    document: Document
    gold: tuple[GoldTimex, ...]


def _strip(markup: str) -> tuple[str, list[tuple[int, int, dict[str, str]]]]:
    """Plain text of ``markup`` and the (start, end, attrs) of every TIMEX3 in it."""
    out: list[str] = []
    pos = 0
    length = 0
    stack: list[tuple[str, int, dict[str, str]]] = []
    spans: list[tuple[int, int, dict[str, str]]] = []
    for m in _TAG.finditer(markup):
        chunk = markup[pos : m.start()]
        out.append(chunk)
        length += len(chunk)
        pos = m.end()
        if m.group(5) is not None:  # an entity reference
            decoded = html.unescape(m.group(0))
            out.append(decoded)
            length += len(decoded)
            continue
        closing, name, attrs, selfclosing = m.group(1), m.group(2), m.group(3), m.group(4)
        if selfclosing:
            continue
        if not closing:
            stack.append((name, length, dict(_ATTR.findall(attrs))))
            continue
        while stack:
            open_name, start, attributes = stack.pop()
            if open_name == name:
                if name == "TIMEX3":
                    spans.append((start, length, attributes))
                break
    out.append(markup[pos:])
    return "".join(out), spans


def read_tml(path: Path) -> TimeMLDoc:
    """Read one TimeML file."""
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise EvalError(f"cannot read TimeML file: {exc}", origin=str(path)) from exc
    start = raw.find("<TEXT>")
    end = raw.find("</TEXT>")
    if start < 0 or end < start:
        raise EvalError("no <TEXT> element", origin=str(path))
    text, spans = _strip(raw[start + len("<TEXT>") : end])
    published: dt.date | None = None
    dct = _DCT.search(raw)
    if dct:
        value = dict(_ATTR.findall(dct.group(1))).get("value", "")
        try:
            published = dt.date.fromisoformat(value[:10])
        except ValueError:
            log.warning("%s: unreadable creation time %r", path.name, value)
    gold = tuple(
        GoldTimex(
            text=text[s:e],
            start=s,
            end=e,
            type=attrs.get("type", ""),
            value=attrs.get("value", ""),
            mod=attrs.get("mod"),
        )
        for s, e, attrs in sorted(spans, key=lambda x: (x[0], x[1]))
        if attrs.get("functionInDocument") != "CREATION_TIME"
    )
    doc_id = hashlib.sha1(text.encode("utf-8")).hexdigest()
    document = Document(id=doc_id, text=text, published=published, source=str(path), published_from="caller")
    return TimeMLDoc(name=path.stem, document=document, gold=gold)


def read_corpus(path: Path, limit: int | None = None) -> list[TimeMLDoc]:
    """Every ``.tml`` file under ``path`` (a file or a folder), sorted by path."""
    files = [path] if path.is_file() else sorted(path.rglob("*.tml"))
    if not files:
        raise EvalError("no .tml files found", origin=str(path))
    if limit is not None:
        files = files[:limit]
    return [read_tml(f) for f in files]


@dataclass
class _Counts:
    strict: PRF
    relaxed: PRF
    value: PRF
    type_correct: int = 0


def score_document(gold: tuple[GoldTimex, ...], pred: tuple[TimeExpr, ...]) -> tuple[_Counts, list[tuple]]:
    """Counts for one document and the list of (kind, gold, pred) errors."""
    strict_pairs = match_one_to_one(
        gold, pred, lambda g, p: 1.0 if (g.start, g.end) == (p.start, p.end) else 0.0, 1.0
    )
    relaxed_pairs = match_one_to_one(
        gold,
        pred,
        lambda g, p: overlap(g.start, g.end, p.start, p.end) / max(g.end - g.start, p.end - p.start, 1),
        1e-9,
    )
    counts = _Counts(
        strict=PRF(tp=len(strict_pairs), fp=len(pred) - len(strict_pairs), fn=len(gold) - len(strict_pairs)),
        relaxed=PRF(
            tp=len(relaxed_pairs), fp=len(pred) - len(relaxed_pairs), fn=len(gold) - len(relaxed_pairs)
        ),
        value=PRF(),
    )
    errors: list[tuple] = []
    matched_g = {gi for gi, _, _ in relaxed_pairs}
    matched_p = {pi for _, pi, _ in relaxed_pairs}
    for gi, pi, _ in relaxed_pairs:
        g, p = gold[gi], pred[pi]
        if g.value == p.value:
            counts.value.tp += 1
        else:
            errors.append(("value", g, p))
        if g.type == p.type:
            counts.type_correct += 1
        if (g.start, g.end) != (p.start, p.end):
            errors.append(("extent", g, p))
    counts.value.fp = len(pred) - counts.value.tp
    counts.value.fn = len(gold) - counts.value.tp
    errors.extend(("missed", gold[i], None) for i in range(len(gold)) if i not in matched_g)
    errors.extend(("spurious", None, pred[i]) for i in range(len(pred)) if i not in matched_p)
    return counts, errors


def evaluate(path: Path, runner: Runner, *, limit: int | None = None, batch_size: int = 64) -> EvalReport:
    """Run ``runner`` over the TimeML files under ``path`` and score its time expressions."""
    docs = read_corpus(Path(path), limit)
    strict, relaxed, value = PRF(), PRF(), PRF()
    type_correct = 0
    error_kinds: Counter[str] = Counter()
    n_gold = 0
    for batch in batched(docs, batch_size):
        extractions = runner([d.document for d in batch])
        for tdoc, extraction in zip(batch, extractions, strict=True):
            counts, errors = score_document(tdoc.gold, extraction.times)
            n_gold += len(tdoc.gold)
            strict.add(counts.strict)
            relaxed.add(counts.relaxed)
            value.add(counts.value)
            type_correct += counts.type_correct
            error_kinds.update(kind for kind, _, _ in errors)
    type_acc = accuracy(type_correct, relaxed.tp)
    table = Table(
        title=f"TIMEX3 ({len(docs)} documents, {n_gold} gold expressions)",
        columns=PRF_COLUMNS,
        rows=[strict.row("extent.strict"), relaxed.row("extent.relaxed"), value.row("value")],
    )
    table.rows.append(
        ["type.accuracy", type_correct, relaxed.tp - type_correct, "", round(type_acc, 3), "", ""]
    )
    scores = {
        "extent.strict.precision": strict.precision,
        "extent.strict.recall": strict.recall,
        "extent.strict.f1": strict.f1,
        "extent.relaxed.precision": relaxed.precision,
        "extent.relaxed.recall": relaxed.recall,
        "extent.relaxed.f1": relaxed.f1,
        "value.precision": value.precision,
        "value.recall": value.recall,
        "value.f1": value.f1,
        "type.accuracy": type_acc,
    }
    notes = [f"errors: {dict(error_kinds.most_common())}"]
    return EvalReport(
        dataset=str(path),
        protocol="TempEval-3: strict and relaxed (any overlap, one-to-one) extent; value F1 over relaxed "
        "matches with identical value; type accuracy over relaxed matches; DCT excluded",
        tables=[table],
        scores=scores,
        notes=notes,
    )
