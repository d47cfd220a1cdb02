"""The actor EntityRuler: KB people and multi-word organizations before the NER."""

from __future__ import annotations

import pytest
import spacy

from newsevents.nlp.ruler import RULER_NAME, add_actor_ruler


def test_ruler_with_given_patterns_on_a_blank_pipeline() -> None:
    nlp = spacy.blank("en")
    add_actor_ruler(nlp, patterns=[{"label": "PERSON", "pattern": "Jane Roe"}])
    doc = nlp("Yesterday Jane Roe spoke.")
    assert [(e.text, e.label_) for e in doc.ents] == [("Jane Roe", "PERSON")]


def test_ruler_defaults_to_the_actor_kb_and_is_added_once() -> None:
    nlp = spacy.blank("en")
    add_actor_ruler(nlp)
    add_actor_ruler(nlp)
    assert nlp.pipe_names.count(RULER_NAME) == 1
    doc = nlp("Trump posted on Truth Social after the White House briefing.")
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("Trump", "PERSON") in ents
    assert ("Truth Social", "ORG") in ents
    assert ("the White House", "ORG") in ents
    assert not any(e.text == "briefing" for e in doc.ents)


def test_ruler_is_case_sensitive() -> None:
    nlp = spacy.blank("en")
    add_actor_ruler(nlp)
    assert [e.text for e in nlp("the trump card").ents] == []


@pytest.mark.model
def test_ruler_sits_before_ner_in_the_loaded_pipeline() -> None:
    from newsevents.nlp.loader import load_pipeline

    nlp = load_pipeline()
    names = nlp.pipe_names
    assert names.index(RULER_NAME) < names.index("ner")
    doc = nlp("Trump spoke with Xi Jinping, and Huawei said it would respond.")
    labels = {e.text: e.label_ for e in doc.ents}
    assert labels["Trump"] == "PERSON"
    assert labels["Xi Jinping"] == "PERSON"
