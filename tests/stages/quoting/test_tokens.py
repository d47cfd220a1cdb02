"""The index helpers the quote stage uses instead of spaCy's per-call Token objects."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsevents.stages.quoting.tokens import (
    TokenCache,
    head_indices,
    sentence_end_of,
    sentence_marks,
    sentence_start_of,
)


def _doc() -> Doc:
    words = ["Talks", "ended", ".", "She", "said", "so", "."]
    return Doc(
        Vocab(),
        words=words,
        heads=[1, 1, 1, 4, 4, 4, 4],
        deps=["nsubj", "ROOT", "punct", "nsubj", "ROOT", "advmod", "punct"],
        sent_starts=[True, False, False, True, False, False, False],
    )


def test_head_indices_match_token_heads() -> None:
    doc = _doc()
    assert head_indices(doc) == [t.head.i for t in doc]


def test_sentence_bounds_match_span_sent() -> None:
    doc = _doc()
    marks = sentence_marks(doc)
    assert marks is not None
    for tok in doc:
        assert sentence_start_of(marks, tok) == tok.sent.start
        assert sentence_end_of(marks, tok) == tok.sent.end


def test_without_sentence_annotation_the_helpers_defer_to_spacy() -> None:
    doc = Doc(Vocab(), words=["a", "b"])
    assert sentence_marks(doc) is None


def test_token_cache_builds_each_token_once() -> None:
    doc = _doc()
    cache = TokenCache(doc)
    assert cache[4] is cache[4]
    assert cache[4].text == "said"
