from __future__ import annotations

from newsevents.analysis.lexicon import cue, gerund, named_agreements, topic_label, topics, topics_in


def test_topics_match_whole_words_and_prefixes() -> None:
    assert set(topics_in("New tariffs on steel and a row over semiconductor exports")) >= {
        "tariffs", "technology", "trade"}
    assert "taiwan" in topics_in("the Taiwan Strait")
    assert "visas" not in topics_in("a visionary plan")  # whole words only
    assert topic_label("rare_earths").startswith("rare earths")
    assert len(topics()) >= 10


def test_claim_cues() -> None:
    assert cue("violation", "accused them of violating the pact").group(0) == "violating"
    assert cue("compliance", "said it had fully implemented the deal").group(0) == "implemented"
    assert cue("compliance", "should keep implementing the deal") is None
    assert cue("denial", "a claim the ministry denied") is not None
    assert gerund("undermined") == "undermining" and gerund("breach") == "breaching"


def test_named_agreements_prefer_the_most_mentioned() -> None:
    texts = ["They signed the Doha accord in May.", "Both sides praised the Doha accord; the truce reached in Doha held.",
             "The Trade agreement was not named."]
    names = named_agreements(texts)
    assert names[0] == ("the Doha accord", 3)
    assert all("Trade" not in n for n, _ in names)
