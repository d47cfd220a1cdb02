"""Geoparsing evaluation on LGL / TR-News style XML (``<articles><article><text/><toponyms/>``).

Protocol: a predicted place matches a gold toponym when the surface forms are
equal and their centres are less than 10 characters apart (one-to-one). Geotagging
is scored with P/R/F1; resolution on the matched toponyms with accuracy at 161 km
(100 miles), median and mean error in km. A matched place without coordinates
counts as 20,000 km off. Gold toponyms that are demonyms ("Turkish") are counted
but newsevents does not tag them as places: the ``nodemonym`` figures leave them out.
"""

from __future__ import annotations

import datetime as dt
import statistics
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from newsevents.evaluate.metrics import PRF, PRF_COLUMNS, EvalReport, Runner, Table, match_one_to_one
from newsevents.kb.gazetteer import distance_km, load_gazetteer
from newsevents.model.errors import EvalError
from newsevents.model.records import Document, Place

MAX_CENTRE_GAP = 10
ACC_KM = 161.0
MISSING_KM = 20000.0


@dataclass(frozen=True)
class GoldToponym:
    phrase: str
    start: int
    end: int
    lat: float | None
    lon: float | None
    name: str | None = None


@dataclass(frozen=True)
class GoldArticle:
    document: Document
    toponyms: tuple[GoldToponym, ...]


def _float(node: ET.Element | None) -> float | None:
    try:
        return float(node.text) if node is not None and node.text else None
    except ValueError:
        return None


def read(path: Path, *, limit: int | None = None) -> list[GoldArticle]:
    """Articles with their gold toponyms."""
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        raise EvalError(f"cannot read geo gold file: {exc}", origin=str(path)) from exc
    out = []
    for art in root.iter("article"):
        text = art.findtext("text") or ""
        published = None
        stamp = (art.findtext("dltime") or "").strip()[:10]
        if stamp:
            try:
                published = dt.date.fromisoformat(stamp)
            except ValueError:
                published = None
        doc = Document(
            id=art.get("docid") or str(len(out)),
            text=text,
            published=published,
            title=(art.findtext("title") or "").strip() or None,
            source=str(path),
        )
        tops = []
        for top in art.iter("toponym"):
            try:
                start, end = int(top.findtext("start") or ""), int(top.findtext("end") or "")
            except ValueError:
                continue
            tag = top.find("gaztag")
            lat = _float(tag.find("lat")) if tag is not None else None
            lon = _float(tag.find("lon")) if tag is not None else None
            name = tag.findtext("name") if tag is not None else None
            tops.append(GoldToponym(top.findtext("phrase") or text[start:end], start, end, lat, lon, name))
        out.append(GoldArticle(doc, tuple(tops)))
        if limit is not None and len(out) >= limit:
            break
    return out


def _score(g: GoldToponym, p: Place) -> float:
    if g.phrase != p.text:
        return 0.0
    gap = abs((g.start + g.end) / 2 - (p.start + p.end) / 2)
    return 1.0 / (1.0 + gap) if gap < MAX_CENTRE_GAP else 0.0


def evaluate(path: Path, runner: Runner, *, limit: int | None = None) -> EvalReport:
    """Score the places a runner extracts against a geoparsing gold file."""
    articles = read(Path(path), limit=limit)
    extractions = runner([a.document for a in articles])
    gaz = load_gazetteer()
    tag, tag_nodem = PRF(), PRF()
    errors: list[float] = []
    demonym_gold = 0
    for art, ext in zip(articles, extractions, strict=True):
        gold, pred = list(art.toponyms), list(ext.places)
        pairs = match_one_to_one(gold, pred, _score, threshold=1e-9)
        tag.add(PRF(tp=len(pairs), fp=len(pred) - len(pairs), fn=len(gold) - len(pairs)))
        dem = {i for i, g in enumerate(gold) if gaz.is_demonym(g.phrase)}
        demonym_gold += len(dem)
        matched_nodem = sum(1 for gi, _, _ in pairs if gi not in dem)
        tag_nodem.add(
            PRF(tp=matched_nodem, fp=len(pred) - len(pairs), fn=len(gold) - len(dem) - matched_nodem)
        )
        for gi, pi, _ in pairs:
            g, p = gold[gi], pred[pi]
            if g.lat is None or g.lon is None:
                continue
            if p.lat is None or p.lon is None:
                errors.append(MISSING_KM)
            else:
                errors.append(distance_km(g.lat, g.lon, p.lat, p.lon))
    acc = sum(e < ACC_KM for e in errors) / len(errors) if errors else 0.0
    median = statistics.median(errors) if errors else 0.0
    mean = statistics.fmean(errors) if errors else 0.0
    scores = {
        "geotag.precision": tag.precision,
        "geotag.recall": tag.recall,
        "geotag.f1": tag.f1,
        "geotag.nodemonym.recall": tag_nodem.recall,
        "geotag.nodemonym.f1": tag_nodem.f1,
        "acc161": acc,
        "median_km": median,
        "mean_km": mean,
    }
    tables = [
        Table(
            "geotagging (surface equal, centres < 10 chars)",
            PRF_COLUMNS,
            [tag.row("toponyms"), tag_nodem.row("toponyms without demonyms")],
        ),
        Table(
            "resolution on matched toponyms",
            ["matched", "acc@161km", "median km", "mean km"],
            [[len(errors), round(acc, 3), round(median, 1), round(mean, 1)]],
        ),
    ]
    notes = [
        f"{len(articles)} articles, {sum(len(a.toponyms) for a in articles)} gold toponyms, "
        f"{demonym_gold} of them demonyms (not tagged as places by design)"
    ]
    return EvalReport(
        dataset=Path(path).name,
        protocol="geo: surface match, centre < 10 chars; acc@161km",
        tables=tables,
        scores=scores,
        notes=notes,
    )
