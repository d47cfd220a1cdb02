"""The cached lemmatizer must give exactly the model's own lemmas."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import spacy
from spacy.attrs import LEMMA, MORPH, POS

from newsevents.ingest import read_sources
from newsevents.model.records import Document
from newsevents.nlp.attributes import cache_attribute_ruler
from newsevents.nlp.lemmas import NAME, cache_lemmatizer
from newsevents.nlp.loader import resolve_model_name

CORPUS = Path(__file__).parent.parent.parent / "examples" / "corpus"
TRICKY = [
    "The leaders were meeting; they met twice and had been meeting since talks began.",
    "Geese flew over the mice. Better deals are the best ones, worse than the worst.",
    "Officials' U.S.-China talks: 90-day truces, re-negotiated tariffs... ain't they?",
    "",
]


@pytest.mark.model
def test_cached_lemmatizer_gives_the_same_lemmas_as_the_original() -> None:
    texts = [d.text for d in read_sources([CORPUS]) if isinstance(d, Document)] + TRICKY
    stock = spacy.load(resolve_model_name())
    fast = cache_lemmatizer(cache_attribute_ruler(spacy.load(resolve_model_name())))
    assert NAME in fast.pipe_names and "lemmatizer" not in fast.pipe_names
    for _ in range(2):  # cold cache, then warm cache
        for a, b in zip(stock.pipe(texts), fast.pipe(texts), strict=True):
            assert np.array_equal(a.to_array([LEMMA, POS, MORPH]), b.to_array([LEMMA, POS, MORPH])), a.text[:80]
    assert len(fast.get_pipe(NAME).cache) > 100


def test_a_pipeline_without_a_lemmatizer_is_left_alone() -> None:
    nlp = spacy.blank("en")
    assert cache_lemmatizer(nlp).pipe_names == []


@pytest.mark.model
def test_lemmas_already_set_are_kept_unless_the_lemmatizer_overwrites() -> None:
    nlp = cache_lemmatizer(spacy.load(resolve_model_name()))
    component = nlp.get_pipe(NAME)
    doc = nlp.make_doc("They were talking")
    for name, proc in nlp.pipeline:
        if name in ("tok2vec", "tagger", "attribute_ruler"):
            doc = proc(doc)
    doc[2].lemma_ = "chat"
    component(doc)
    assert [t.lemma_ for t in doc] == ["they", "be", "chat"]
