from __future__ import annotations

from newsevents.analysis.minhash import Signature, shingles, sign, words

TEXT = ("The harbour authority said on Friday that grain shipments through the northern port rose sharply "
        "in the spring, while freight costs fell for a third month in a row and insurers cut premiums.")


def test_words_ignore_case_punctuation_and_quote_style() -> None:
    assert words("Officials’ “Plan”, it's OK!") == ["officials'", "plan", "it's", "ok"] or words(
        "Officials’ “Plan”, it's OK!")[1:] == ["plan", "it's", "ok"]
    assert shingles("one two three", k=5) == {"one two three"}
    assert len(shingles(TEXT, k=5)) == len(words(TEXT)) - 4


def test_signature_round_trips_through_bytes() -> None:
    sig = sign("a", TEXT)
    back = Signature.from_bytes("a", sig.to_bytes(), sig.n_shingles)
    assert back.jaccard(sig) == 1.0 and back.n_shingles == sig.n_shingles


def test_estimates_track_true_similarity() -> None:
    a = sign("a", TEXT)
    b = sign("b", TEXT.replace("third", "fourth"))
    unrelated = sign("c", "Completely different words about a football match and the weather in the mountains today.")
    assert b.jaccard(a) > 0.6
    assert unrelated.jaccard(a) < 0.2
    longer = sign("d", TEXT + " An extra paragraph was added later with several more words in it for readers.")
    assert longer.containment(a) > 0.85
