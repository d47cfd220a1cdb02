"""The cue lexicon shipped in kb/data/quotes/cues.tsv."""

from __future__ import annotations

from newsevents.stages.quoting.cues import load_cues


def test_lexicon_classes():
    lex = load_cues()
    assert {"say", "tell", "add", "write", "warn", "urge"} <= lex.speech
    assert {"accuse", "call"} <= lex.frame
    assert "want" in lex.intent
    assert {"statement", "readout"} <= lex.nouns
    assert "say" not in lex.nouns


def test_claim_nouns_and_stance_adjectives():
    lex = load_cues()
    assert {"claim", "concern"} <= lex.claim_nouns
    assert {"confident", "worried"} <= lex.stance_adjectives
