"""Score quotes and speakers against PolNeAR attributions (derived JSONL or the original brat standoff).

Protocol (shared/README.md): a predicted quote matches a gold attribution
when it covers ≥ 30 % of the gold content (lenient) or ≥ 80 % (strict),
one-to-one, greedy by coverage; a speaker is right when the predicted speaker
span overlaps the gold source span.

Choices made here, reported in the notes of every report:

- PolNeAR has several annotators for some articles; each article is scored
  against one annotator only, the first in sorted order of annotator ids.
- A gold attribution may have several content pieces (a quote broken by its
  cue, or running over paragraphs); predicted quotes sharing one cue span are
  likewise pooled into one predicted attribution (the union of their spans).
- "Direct" gold attributions are those whose content is mostly (≥ 50 % of its
  letters) inside double quote marks; they are matched against predicted
  direct and partial quotes. Predicted direct/partial quotes that lie on a gold
  attribution with quote marks that is mostly unquoted (a partial quote inside
  a reported clause) are neither right nor wrong in the direct measure. A
  predicted attribution (quotes pooled by cue) counts as direct when one of its
  quotes is direct or partial; its content is then the union of all its
  quotes, so "said that X had 'done Y'" is one direct attribution.
- PolNeAR's content is the whole reported clause, quoted words and all; our
  records give a partial quote the clause it sits in as clause_start/clause_end
  (one record per statement), and that clause is the content matched here.
  PolNeAR content also takes in the quote marks (and the punctuation just
  inside the closing mark) that our content leaves out: predicted spans are
  widened to them before matching.
- "All" matches every gold attribution against every predicted quote.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from newsevents.evaluate.metrics import (
    PRF,
    PRF_COLUMNS,
    EvalReport,
    Runner,
    Table,
    accuracy,
    match_one_to_one,
)
from newsevents.ingest import batched
from newsevents.model.errors import EvalError
from newsevents.model.records import Document, Extraction, Quote

log = logging.getLogger(__name__)

LENIENT, STRICT = 0.3, 0.8
DIRECT_SHARE = 0.5
_OPEN = frozenset("“«„")
_CLOSE = frozenset("”»")
_STRAIGHT = frozenset('"')
_MARKS = _OPEN | _CLOSE | _STRAIGHT

Spans = tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class GoldAttribution:
    """One gold attribution: content pieces, source and cue spans, and whether it is a direct quote."""

    id: str
    content: Spans
    source: Spans
    cue: Spans
    has_mark: bool
    quoted_share: float

    @property
    def direct(self) -> bool:
        return self.has_mark and self.quoted_share >= DIRECT_SHARE


@dataclass
class GoldArticle:
    name: str
    annotator: str
    document: Document
    attributions: list[GoldAttribution] = field(default_factory=list)


@dataclass(frozen=True)
class PredAttribution:
    """Predicted quotes pooled by cue: their spans, and the first quote's speaker span."""

    content: Spans
    speaker: tuple[int, int] | None
    quotes: tuple[Quote, ...]

    @property
    def direct(self) -> bool:
        return any(q.kind in ("direct", "partial") for q in self.quotes)


def quoted_share(text: str, spans: Spans) -> float:
    """Share of the letters and digits of ``spans`` that lie between double quote marks."""
    total = inside_n = 0
    for start, end in spans:
        inside = False
        piece = text[start:end].replace("''", '"')
        for ch in piece:
            if ch in _OPEN:
                inside = True
            elif ch in _CLOSE:
                inside = False
            elif ch in _STRAIGHT:
                inside = not inside
            elif ch.isalnum():
                total += 1
                inside_n += inside
    return inside_n / total if total else 0.0


def _spans(items: list[list]) -> Spans:
    return tuple((int(s), int(e)) for s, e, *_ in items)


def _has_mark(text: str, content: Spans) -> bool:
    """Whether any content piece holds a double quote mark (curly, straight, guillemet or '')."""
    pieces = [text[s:e] for s, e in content]
    return any("''" in p or not _MARKS.isdisjoint(p) for p in pieces)


def _attribution(ident: str, text: str, content: Spans, source: Spans, cue: Spans) -> GoldAttribution:
    return GoldAttribution(id=ident, content=content, source=source, cue=cue,
                           has_mark=_has_mark(text, content), quoted_share=quoted_share(text, content))


def _read_text(path: Path) -> Document:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise EvalError(f"article text missing: {exc}", origin=str(path)) from exc
    return Document(id=hashlib.sha1(text.encode("utf-8")).hexdigest(), text=text, source=str(path))


def read_gold(path: Path, limit: int | None = None) -> list[GoldArticle]:
    """Read PolNeAR gold: derived JSONL, or brat standoff (a folder of *.ann, or one .ann file).

    A folder holding a derived ``*.jsonl`` is read as JSONL; otherwise every ``*.ann`` under it
    is read as brat. Each article is scored against one annotator, the first in sorted order.
    """
    path = Path(path)
    if path.is_dir():
        found = sorted(path.glob("derived_polnear_*.jsonl")) or sorted(path.glob("*.jsonl"))
        if found:
            return read_jsonl(found[0], limit)
        anns = sorted(path.rglob("*.ann"))
        if not anns:
            raise EvalError("no derived PolNeAR *.jsonl and no brat *.ann files in folder", origin=str(path))
        return read_brat(anns, limit)
    if path.suffix.lower() == ".ann":
        return read_brat([path], limit)
    return read_jsonl(path, limit)


def read_jsonl(path: Path, limit: int | None = None) -> list[GoldArticle]:
    """Derived PolNeAR JSONL: one attribution a line, with the article's text file named in it."""
    rows: dict[str, list[dict]] = defaultdict(list)
    try:
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    row = json.loads(line)
                    rows[row["article"]].append(row)
    except (OSError, ValueError, KeyError) as exc:
        raise EvalError(f"cannot read PolNeAR JSONL: {exc}", origin=str(path)) from exc
    articles: list[GoldArticle] = []
    for name in sorted(rows):
        annotator = min(r["annotator"] for r in rows[name])
        chosen = [r for r in rows[name] if r["annotator"] == annotator]
        document = _read_text(path.parent / chosen[0]["text_file"])
        article = GoldArticle(name, annotator, document)
        for r in chosen:
            content = _spans(r.get("content") or [])
            if content:
                article.attributions.append(_attribution(
                    r["id"], document.text, content, _spans(r.get("source") or []), _spans(r.get("cue") or [])))
        articles.append(article)
        if limit is not None and len(articles) >= limit:
            break
    return articles


def _brat_text(ann: Path, article: str) -> Path:
    """The article text of ``<article>_<annotator>.ann``: ``../text/<article>.txt`` or beside the .ann."""
    for folder in (ann.parent.parent / "text", ann.parent):
        candidate = folder / f"{article}.txt"
        if candidate.exists():
            return candidate
    return ann.parent.parent / "text" / f"{article}.txt"


def parse_ann(content: str, origin: str = "") -> list[tuple[str, Spans, Spans, Spans]]:
    """Attributions of one brat .ann file: (event id, content, source, cue) spans, content non-empty.

    Text-bound lines ``T1<TAB>Type 10 20;25 40<TAB>text`` give (possibly discontinuous) spans;
    event lines ``E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1`` tie them together
    (``Content2`` and the like add pieces to the same role). Other lines are ignored.
    """
    spans: dict[str, Spans] = {}
    events: list[tuple[str, list[tuple[str, str]]]] = []
    for n, line in enumerate(content.splitlines(), 1):
        fields = line.split("\t")
        if len(fields) < 2 or not fields[0]:
            continue
        try:
            if fields[0][0] == "T":
                _type, _, offsets = fields[1].partition(" ")
                pieces = []
                for piece in offsets.split(";"):
                    a, b = piece.split()
                    pieces.append((int(a), int(b)))
                spans[fields[0]] = tuple(pieces)
            elif fields[0][0] == "E":
                args = [tuple(arg.split(":", 1)) for arg in fields[1].split()]
                events.append((fields[0], [(role, ref) for role, ref in args]))
        except ValueError as exc:
            raise EvalError(f"bad brat line {n}: {line[:80]!r}", origin=origin) from exc
    out = []
    for ident, args in events:
        roles: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for role, ref in args[1:]:
            roles[role.rstrip("0123456789")].extend(spans.get(ref, ()))
        content_spans = tuple(sorted(roles["Content"]))
        if content_spans:
            out.append((ident, content_spans, tuple(roles["Source"]), tuple(roles["Cue"])))
    return out


def read_brat(anns: list[Path], limit: int | None = None) -> list[GoldArticle]:
    """PolNeAR brat standoff: ``attributions/<article>_<annotator>.ann`` with ``text/<article>.txt``."""
    by_article: dict[str, list[tuple[str, Path]]] = defaultdict(list)
    for ann in anns:
        article, sep, annotator = ann.stem.rpartition("_")
        if not sep:
            article, annotator = ann.stem, ""
        by_article[article].append((annotator, ann))
    articles: list[GoldArticle] = []
    for name in sorted(by_article):
        annotator, ann = min(by_article[name])
        document = _read_text(_brat_text(ann, name))
        try:
            raw = ann.read_text(encoding="utf-8")
        except OSError as exc:
            raise EvalError(f"cannot read brat file: {exc}", origin=str(ann)) from exc
        article = GoldArticle(name, annotator, document)
        for ident, content, source, cue in parse_ann(raw, str(ann)):
            if max(e for _, e in content) > len(document.text):
                raise EvalError(f"{ident} runs past the end of the text", origin=str(ann))
            article.attributions.append(_attribution(ident, document.text, content, source, cue))
        articles.append(article)
        if limit is not None and len(articles) >= limit:
            break
    return articles


def pool_quotes(quotes: tuple[Quote, ...] | list[Quote], text: str | None = None) -> list[PredAttribution]:
    """Pool predicted quotes that share a cue span into one attribution each.

    With the article ``text``, each content span takes in the quote marks around it.
    """
    groups: dict[object, list[Quote]] = {}
    for i, q in enumerate(quotes):
        key: object = (q.cue_start, q.cue_end) if q.cue_start is not None else ("alone", i)
        groups.setdefault(key, []).append(q)
    out = []
    for qs in groups.values():
        first = next((q for q in qs if q.speaker_start is not None), qs[0])
        speaker = (first.speaker_start, first.speaker_end) if first.speaker_start is not None else None
        spans = (content_span(q) for q in qs)
        if text is not None:
            spans = (with_marks(text, *span) for span in spans)
        out.append(PredAttribution(tuple(sorted(spans)), speaker, tuple(qs)))
    return out


def content_span(quote: Quote) -> tuple[int, int]:
    """What PolNeAR would mark as content for a quote: the reported clause a partial quote sits
    in (``clause_start``/``clause_end``) when the record has one, else the quote itself."""
    if quote.clause_start is not None and quote.clause_end is not None:
        return quote.clause_start, quote.clause_end
    return quote.start, quote.end


_INNER_PUNCT = frozenset(",.?!;:")


def with_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """A content span widened to the quote marks around it (and the punctuation just inside the
    closing mark), which PolNeAR counts as content and our quotes leave out."""
    if start > 0 and text[start - 1] in _OPEN | _STRAIGHT:
        start -= 1
    elif start > 1 and text[start - 2:start] in ("``", "''"):
        start -= 2
    k = end
    while k < len(text) and k - end < 2 and text[k] in _INNER_PUNCT:
        k += 1
    if k < len(text) and text[k] in _CLOSE | _STRAIGHT:
        end = k + 1
    elif text[k:k + 2] == "''":
        end = k + 2
    return start, end


def coverage(gold: Spans, pred: Spans) -> float:
    """Share of the gold content characters covered by the predicted spans."""
    total = sum(e - s for s, e in gold)
    if total <= 0:
        return 0.0
    covered = 0
    for gs, ge in gold:
        for ps, pe in pred:
            covered += max(0, min(ge, pe) - max(gs, ps))
    return min(covered, total) / total


def _overlaps(a: Spans, b: Spans) -> bool:
    return any(min(ae, be) > max(as_, bs) for as_, ae in a for bs, be in b)


@dataclass
class Counts:
    prf: dict[str, PRF] = field(default_factory=lambda: defaultdict(PRF))
    speaker_right: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    speaker_total: dict[str, int] = field(default_factory=lambda: defaultdict(int))


def score_set(
    gold: list[GoldAttribution], preds: list[PredAttribution], dont_care: list[GoldAttribution],
    prefix: str, counts: Counts,
) -> list[tuple[int, int, float]]:
    """Match one article's gold and predictions at both thresholds; returns the lenient pairs."""
    lenient_pairs: list[tuple[int, int, float]] = []
    for name, threshold in (("lenient", LENIENT), ("strict", STRICT)):
        pairs = match_one_to_one(gold, preds, lambda g, p: coverage(g.content, p.content), threshold)
        used = {pi for _, pi, _ in pairs}
        fp = sum(
            1 for pi, p in enumerate(preds)
            if pi not in used and not any(_overlaps(p.content, d.content) for d in dont_care)
        )
        counts.prf[f"{prefix}.{name}"].add(PRF(tp=len(pairs), fp=fp, fn=len(gold) - len(pairs)))
        if name == "lenient":
            lenient_pairs = pairs
            for gi, pi, _ in pairs:
                g, p = gold[gi], preds[pi]
                if not g.source:
                    continue
                counts.speaker_total[prefix] += 1
                counts.speaker_right[prefix] += bool(p.speaker and _overlaps(g.source, (p.speaker,)))
    return lenient_pairs


def score_article(article: GoldArticle, extraction: Extraction, counts: Counts) -> None:
    text = article.document.text
    preds = pool_quotes(extraction.quotes, text)
    direct_gold = [g for g in article.attributions if g.direct]
    dont_care = [g for g in article.attributions if g.has_mark and not g.direct]
    direct_pred = [p for p in preds if p.direct]
    score_set(direct_gold, direct_pred, dont_care, "direct", counts)
    score_set(article.attributions, preds, [], "all", counts)
    indirect_gold = [g for g in article.attributions if not g.has_mark]
    indirect_pred = pool_quotes([q for q in extraction.quotes if q.kind == "indirect"], text)
    score_set(indirect_gold, indirect_pred, [g for g in article.attributions if g.has_mark], "indirect", counts)


def evaluate(path: Path, runner: Runner, *, limit: int | None = None, batch_size: int = 16) -> EvalReport:
    """Score the runner's quotes on PolNeAR attributions (see the module doc for the protocol)."""
    articles = read_gold(path, limit=limit)
    counts = Counts()
    for batch in batched(articles, batch_size):
        extractions = runner([a.document for a in batch])
        for article, extraction in zip(batch, extractions, strict=True):
            if not isinstance(extraction, Extraction):
                log.warning("no extraction for %s", article.name)
                extraction = Extraction(document=article.document)
            score_article(article, extraction, counts)
    return build_report(counts, str(path), len(articles))


def build_report(counts: Counts, dataset: str, n_articles: int) -> EvalReport:
    table = Table("PolNeAR attributions", PRF_COLUMNS)
    scores: dict[str, float] = {}
    for key in ("direct.lenient", "direct.strict", "all.lenient", "all.strict", "indirect.lenient",
                "indirect.strict"):
        prf = counts.prf[key]
        table.rows.append(prf.row(key))
        scores[f"{key}.precision"] = round(prf.precision, 4)
        scores[f"{key}.recall"] = round(prf.recall, 4)
        scores[f"{key}.f1"] = round(prf.f1, 4)
    speakers = Table("speakers on lenient matches (gold with a source)", ["set", "right", "total", "accuracy"])
    for prefix in ("direct", "all", "indirect"):
        right, total = counts.speaker_right[prefix], counts.speaker_total[prefix]
        speakers.rows.append([prefix, right, total, round(accuracy(right, total), 3)])
        scores[f"{prefix}.speaker_accuracy"] = round(accuracy(right, total), 4)
    return EvalReport(
        dataset=dataset,
        protocol="PolNeAR: lenient ≥30 % / strict ≥80 % gold-content coverage, one-to-one; "
        "speaker right when its span overlaps the gold source",
        tables=[table, speakers],
        scores=scores,
        notes=[
            f"{n_articles} articles, one annotator each (first in sorted order)",
            "predicted quotes sharing a cue are pooled into one attribution",
            "a partial quote's content is its reported clause (clause_start/clause_end) when it has one",
            "predicted content spans are widened to the quote marks around them, as PolNeAR marks them",
            "direct = gold content ≥50 % inside double quote marks, against predicted direct+partial quotes",
            "indirect = gold content without quote marks, against predicted indirect quotes",
        ],
    )
