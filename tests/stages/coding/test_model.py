"""Event coding end to end with the spaCy model, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.model.options import Options
from newsevents.model.records import Document, Event

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def extract():  # type: ignore[no-untyped-def]
    from newsevents.pipeline import Pipeline

    pipeline = Pipeline(Options())

    def run(text: str) -> tuple[Event, ...]:
        doc = Document(id=str(abs(hash(text))), text=text, published=dt.date(2024, 3, 7))
        return pipeline.extract(doc).events

    return run


def triples(events: tuple[Event, ...]) -> set[tuple[str, str | None, str | None]]:
    return {(e.root, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in events if not e.negated}


def test_accusation(extract) -> None:  # type: ignore[no-untyped-def]
    out = extract("Germany accused Russia of spying on its ministries.")
    assert ("11", "DEU", "RUS") in triples(out)
    assert not any(e.root == "17" for e in out)


def test_appeal_with_object_control(extract) -> None:  # type: ignore[no-untyped-def]
    out = extract("Kenya urged Ethiopia to withdraw its troops from the border.")
    assert ("02", "KEN", "ETH") in triples(out)


def test_negated_action_is_not_positive(extract) -> None:  # type: ignore[no-untyped-def]
    out = extract("Brazil did not sanction Argentina.")
    assert not triples(out)
    assert any(e.negated for e in out)


def test_future_tariffs_are_a_threat(extract) -> None:  # type: ignore[no-untyped-def]
    out = extract("Mexico will impose new tariffs on Canada.")
    assert ("13", "MEX", "CAN") in triples(out)
    assert all(e.modality == "future" for e in out)


def test_reciprocal_agreement_and_date(extract) -> None:  # type: ignore[no-untyped-def]
    out = extract("On Monday, Norway and Sweden signed a fishing agreement.")
    assert {("05", "NOR", "SWE"), ("05", "SWE", "NOR")} <= triples(out)
    assert all(e.date == "2024-03-04" and e.date_source == "text" for e in out)
