"""The geoparsing evaluator on a tiny LGL-style XML file written here."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsevents.evaluate import geo
from newsevents.model.errors import EvalError
from newsevents.model.records import Document, Extraction, Place

TEXT_A = "Flooding closed roads in Springfield while Illinois crews worked. Turkish aid arrived."
TEXT_B = "The council of Dover met on Friday."


def _toponym(text: str, phrase: str, lat: float | None, lon: float | None) -> str:
    start = text.index(phrase)
    tag = f"<gaztag><lat>{lat}</lat><lon>{lon}</lon><name>{phrase}</name></gaztag>" if lat is not None else ""
    return (
        f"<toponym><start>{start}</start><end>{start + len(phrase)}</end>"
        f"<phrase>{phrase}</phrase>{tag}</toponym>"
    )


def _write(tmp_path: Path) -> Path:
    a = "".join(
        _toponym(TEXT_A, p, lat, lon)
        for p, lat, lon in [
            ("Springfield", 39.8, -89.65),
            ("Illinois", 40.0, -89.25),
            ("Turkish", 39.0, 35.0),
        ]
    )
    b = _toponym(TEXT_B, "Dover", 39.16, -75.52)
    xml = (
        "<articles>"
        f'<article docid="a"><dltime>2009-05-01 10:00</dltime><text>{TEXT_A}</text><toponyms>{a}</toponyms></article>'
        f'<article docid="b"><text>{TEXT_B}</text><toponyms>{b}</toponyms></article>'
        "</articles>"
    )
    path = tmp_path / "tiny.xml"
    path.write_text(xml, encoding="utf-8")
    return path


def _place(text: str, phrase: str, lat: float | None, lon: float | None, shift: int = 0) -> Place:
    start = text.index(phrase) + shift
    return Place(
        text=text[start : start + len(phrase)],
        start=start,
        end=start + len(phrase),
        name=phrase,
        lat=lat,
        lon=lon,
    )


def _runner(docs: list[Document]) -> list[Extraction]:
    out = []
    for d in docs:
        if d.id == "a":
            places = (
                _place(d.text, "Springfield", 37.2, -93.3),  # Springfield, Missouri: > 161 km off
                _place(d.text, "Illinois", 40.0, -89.2),
                _place(d.text, "crews", 0.0, 0.0),  # a false positive
            )
        else:
            places = (_place(d.text, "Dover", None, None),)  # matched, no coordinates
        out.append(Extraction(document=d, places=places))
    return out


def test_read_parses_articles_toponyms_and_dates(tmp_path):
    arts = geo.read(_write(tmp_path))
    assert [a.document.id for a in arts] == ["a", "b"]
    assert arts[0].document.published is not None and arts[0].document.published.year == 2009
    spring = arts[0].toponyms[0]
    assert TEXT_A[spring.start : spring.end] == "Springfield" and spring.lat == pytest.approx(39.8)
    assert len(geo.read(_write(tmp_path), limit=1)) == 1


def test_scores_tagging_and_resolution(tmp_path):
    report = geo.evaluate(_write(tmp_path), _runner)
    s = report.scores
    assert s["geotag.precision"] == pytest.approx(3 / 4)  # Springfield, Illinois, Dover of 4 predicted
    assert s["geotag.recall"] == pytest.approx(3 / 4)  # Turkish missed
    assert s["geotag.nodemonym.recall"] == pytest.approx(1.0)  # the demonym left out
    assert s["acc161"] == pytest.approx(1 / 3)  # Illinois only; Dover has no coordinates
    assert s["median_km"] > 161


def test_surface_and_offsets_must_agree(tmp_path):
    def shifted(docs):
        return [
            Extraction(document=d, places=(_place(d.text, "Dover", 39.16, -75.52, shift=0),))
            if d.id == "b"
            else Extraction(document=d, places=(_place(d.text, "Illinois", 40.0, -89.2, shift=-30),))
            for d in docs
        ]

    s = geo.evaluate(_write(tmp_path), shifted).scores
    assert s["geotag.precision"] == pytest.approx(1 / 2)  # the shifted span is another surface
    assert s["acc161"] == pytest.approx(1.0)


def test_unreadable_file_raises(tmp_path):
    bad = tmp_path / "bad.xml"
    bad.write_text("<articles><article>", encoding="utf-8")
    with pytest.raises(EvalError):
        geo.read(bad)
