"""The cached attribute ruler must annotate exactly like the model's own."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import spacy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG

from newsevents.ingest import read_sources
from newsevents.model.records import Document
from newsevents.nlp.attributes import NAME, cache_attribute_ruler
from newsevents.nlp.loader import resolve_model_name

CORPUS = Path(__file__).parent.parent.parent / "examples" / "corpus"
TRICKY = [
    "They're gonna do it, ain't they? I gotta go. Y'all wanna come? Let's see. C'mon.",
    "There is a truce. There were talks, and there's hope. Nothin' changed, nuthin' at all.",
    "Trump said there are no plans. Is there a deal? \n\n  Officials were wary.",
]
ATTRS = [POS, MORPH, LEMMA, TAG, DEP, HEAD, ENT_IOB, ENT_TYPE]


@pytest.mark.model
def test_cached_ruler_gives_the_same_annotations_as_the_original() -> None:
    texts = [d.text for d in read_sources([CORPUS]) if isinstance(d, Document)] + TRICKY
    stock = spacy.load(resolve_model_name())
    fast = cache_attribute_ruler(spacy.load(resolve_model_name()))
    assert NAME in fast.pipe_names and "attribute_ruler" not in fast.pipe_names
    for _ in range(2):  # cold cache, then warm cache
        for a, b in zip(stock.pipe(texts), fast.pipe(texts), strict=True):
            assert np.array_equal(a.to_array(ATTRS), b.to_array(ATTRS)), a.text[:80]
    assert len(fast.get_pipe(NAME).cache) > 100
