"""The seed-format scorer on a tiny hand-written article and a fake runner."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from newsevents.evaluate.seed import evaluate, find_all, load_document, locate, read_gold, speaker_matches
from newsevents.model.errors import EvalError
from newsevents.model.records import Actor, Document, Event, Extraction, Place, Quote, TimeExpr

ARTICLE = (
    "Paris\n"
    "Alice Moreau, the foreign minister of France, said on Monday that talks with Spain were "
    "\u201cproductive and frank.\u201d She accused Madrid of delaying the deal. "
    "Officials in Paris said the border had not been closed.\n"
)

GOLD: dict[str, Any] = {
    "document_creation_time": "2026-03-04",
    "quotes": [
        {
            "content": "productive and frank.",
            "speaker": "Alice Moreau",
            "speaker_country": "FRA",
            "kind": "partial",
        },
        {
            "content": "the border had not been closed",
            "speaker": "French officials",
            "speaker_country": "FRA",
            "kind": "indirect",
        },
    ],
    "events": [
        {
            "id": "accuse",
            "text": "She accused Madrid of delaying the deal",
            "source": "FRA",
            "target": "ESP",
            "root": ["11"],
            "plover": "ACCUSE",
            "date": "2026-03-02",
        }
    ],
    "not_events": [{"text": "the border had not been closed", "why": "negated"}],
    "times": [{"text": "Monday", "value": "2026-03-02"}],
    "places": [
        {"text": "Madrid", "country": "ESP"},
        {"text": "Paris", "country": "FRA", "occurrence": 2, "lat": 48.85, "lon": 2.35},
    ],
}


def span(needle: str, occurrence: int = 1) -> tuple[int, int]:
    return find_all(ARTICLE, needle)[occurrence - 1]


def actor(name: str, country: str | None, text: str | None = None) -> Actor:
    return Actor(text=text or name, start=0, end=0, name=name, country=country)


def quote(needle: str, kind: str, speaker: Actor | None) -> Quote:
    s, e = span(needle)
    return Quote(content=ARTICLE[s:e], start=s, end=e, kind=kind, speaker=speaker)


def event(
    trigger: str, root: str, src: str | None, tgt: str | None, *, negated: bool = False, **kw: Any
) -> Event:
    s, e = span(trigger)
    return Event(
        trigger=trigger, trigger_start=s, trigger_end=e, sentence_start=s - 4, sentence_end=e + 20,
        cameo=root + "0", root=root, source=actor(src or "?", src), target=actor(tgt or "?", tgt),
        negated=negated, **kw,
    )  # fmt: skip


def place(needle: str, country: str, occurrence: int = 1, **kw: Any) -> Place:
    s, e = span(needle, occurrence)
    return Place(text=needle, start=s, end=e, name=needle, country=country, **kw)


def perfect(**override: Any) -> dict[str, tuple[Any, ...]]:
    records: dict[str, tuple[Any, ...]] = {
        "quotes": (
            quote("productive and frank.", "partial", actor("Alice Moreau", "FRA", "Alice Moreau")),
            quote("the border had not been closed", "indirect", actor("France", "FRA", "Officials in Paris")),
        ),
        "events": (event("accused", "11", "FRA", "ESP", plover="ACCUSE", date="2026-03-02"),),
        "times": (TimeExpr("Monday", *span("Monday"), type="DATE", value="2026-03-02"),),
        "places": (place("Madrid", "ESP"), place("Paris", "FRA", 2, lat=48.86, lon=2.35)),
    }
    records.update(override)
    return records


def fake_runner(records: dict[str, tuple[Any, ...]]) -> Callable[[list[Document]], list[Extraction]]:
    def run(documents: list[Document]) -> list[Extraction]:
        assert [d.text for d in documents] == [ARTICLE]
        return [Extraction(document=d, **records) for d in documents]

    return run


@pytest.fixture
def gold_file(tmp_path: Path) -> Path:
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(GOLD), encoding="utf-8")
    return path


def test_perfect_predictions_score_full_marks(gold_file: Path) -> None:
    report = evaluate(gold_file, fake_runner(perfect()))
    s = report.scores
    assert s["quotes.lenient.f1"] == 1.0
    assert s["quotes.strict.f1"] == 1.0
    assert s["quotes.found_with_speaker"] == 2
    assert s["quotes.speaker_accuracy"] == 1.0
    assert s["events.correct"] == 1
    assert s["events.plover_accuracy"] == 1.0
    assert s["events.date_accuracy"] == 1.0
    assert s["events.not_events_violated"] == 0
    assert s["times.value.f1"] == 1.0
    assert s["places.f1"] == 1.0
    assert s["places.country_correct"] == 2
    assert s["places.median_km"] < 2
    assert [t.title for t in report.tables][:2] == ["Summary", "Precision / recall"]


def test_document_is_article_with_creation_time(gold_file: Path) -> None:
    [gdoc] = read_gold(gold_file)
    assert gdoc.document.text == ARTICLE
    assert gdoc.document.published == dt.date(2026, 3, 4)


def test_missed_quote_and_time_lower_recall(gold_file: Path) -> None:
    records = perfect(quotes=perfect()["quotes"][:1], times=())
    s = evaluate(gold_file, fake_runner(records)).scores
    assert s["quotes.lenient.recall"] == 0.5
    assert s["quotes.lenient.precision"] == 1.0
    assert s["quotes.indirect.lenient.recall"] == 0.0
    assert s["times.extent.recall"] == 0.0


def test_short_prediction_is_lenient_but_not_strict(gold_file: Path) -> None:
    short = quote("the border had not", "indirect", actor("France", "FRA", "Officials in Paris"))
    records = perfect(quotes=(perfect()["quotes"][0], short))
    s = evaluate(gold_file, fake_runner(records)).scores
    assert s["quotes.lenient.f1"] == 1.0
    assert s["quotes.strict.recall"] == 0.5


def test_wrong_speaker_counts_against_speaker_accuracy(gold_file: Path) -> None:
    wrong = quote("productive and frank.", "partial", actor("Pedro Ruiz", "ESP"))
    records = perfect(quotes=(wrong, perfect()["quotes"][1]))
    s = evaluate(gold_file, fake_runner(records)).scores
    assert s["quotes.lenient.f1"] == 1.0
    assert s["quotes.speaker_accuracy"] == 0.5
    assert s["quotes.found_with_speaker"] == 1


def test_not_event_coded_as_positive_is_a_violation(gold_file: Path) -> None:
    bad = event("closed", "19", "FRA", "ESP")
    s = evaluate(gold_file, fake_runner(perfect(events=(*perfect()["events"], bad)))).scores
    assert s["events.not_events_violated"] == 1
    negated = event("closed", "19", "FRA", "ESP", negated=True)
    s = evaluate(gold_file, fake_runner(perfect(events=(*perfect()["events"], negated)))).scores
    assert s["events.not_events_violated"] == 0


def test_event_root_and_dyad_are_judged_separately(gold_file: Path) -> None:
    wrong_root = event("accused", "04", "FRA", "ESP")
    s = evaluate(gold_file, fake_runner(perfect(events=(wrong_root,)))).scores
    assert (s["events.found"], s["events.root_correct"], s["events.dyad_correct"], s["events.correct"]) == (
        1,
        0,
        1,
        0,
    )
    reversed_dyad = event("accused", "11", "ESP", "FRA")
    s = evaluate(gold_file, fake_runner(perfect(events=(reversed_dyad,)))).scores
    assert (s["events.root_correct"], s["events.dyad_correct"], s["events.correct"]) == (1, 0, 0)


def test_reciprocal_event_accepts_either_direction(tmp_path: Path) -> None:
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    gold = dict(GOLD, events=[dict(GOLD["events"][0], reciprocal=True)])
    (tmp_path / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    reversed_dyad = event("accused", "11", "ESP", "FRA")
    s = evaluate(tmp_path / "gold.json", fake_runner(perfect(events=(reversed_dyad,)))).scores
    assert s["events.correct"] == 1
    both = (event("accused", "11", "FRA", "ESP"), reversed_dyad)  # both directions of a reciprocal event
    s = evaluate(tmp_path / "gold.json", fake_runner(perfect(events=both))).scores
    assert s["events.correct"] == 1
    assert s["events.found.precision"] == 1.0  # the mirror is not a false positive


def test_time_value_must_be_identical(gold_file: Path) -> None:
    wrong = TimeExpr("Monday", *span("Monday"), type="DATE", value="2026-03-09")
    s = evaluate(gold_file, fake_runner(perfect(times=(wrong,)))).scores
    assert s["times.extent.f1"] == 1.0
    assert s["times.value.f1"] == 0.0
    assert s["times.value_correct"] == 0


def test_place_at_unannotated_occurrence_is_ignored_not_matched(gold_file: Path) -> None:
    # gold annotates the second "Paris"; a prediction on the first is neither a match nor a false positive
    s = evaluate(
        gold_file, fake_runner(perfect(places=(place("Madrid", "ESP"), place("Paris", "FRA", 1))))
    ).scores
    assert s["places.found"] == 1
    assert s["places.precision"] == 1.0
    assert s["places.recall"] == 0.5


def test_place_with_wrong_country_is_found_but_not_correct(gold_file: Path) -> None:
    s = evaluate(gold_file, fake_runner(perfect(places=(place("Madrid", "MEX"),)))).scores
    assert s["places.found"] == 1
    assert s["places.country_correct"] == 0


def test_runner_returning_wrong_count_is_an_error(gold_file: Path) -> None:
    with pytest.raises(EvalError):
        evaluate(gold_file, lambda docs: [])


def test_gold_folder_with_corpus_dir_and_front_matter(tmp_path: Path) -> None:
    corpus, golds = tmp_path / "corpus", tmp_path / "gold"
    corpus.mkdir()
    golds.mkdir()
    (corpus / "a.txt").write_text("---\ntitle: A\ndate: 2026-01-01\n---\n" + ARTICLE, encoding="utf-8")
    (golds / "a.json").write_text(json.dumps(dict(GOLD, file="a.txt")), encoding="utf-8")
    (golds / "notes.json").write_text(json.dumps({"comment": "not gold"}), encoding="utf-8")  # skipped
    [gdoc] = read_gold(golds)  # corpus defaults to ../corpus
    assert gdoc.document.text == ARTICLE
    assert gdoc.document.published == dt.date(2026, 3, 4)  # the gold's creation time wins
    report = evaluate(golds, fake_runner(perfect()), corpus_dir=corpus)
    assert report.scores["documents"] == 1
    assert report.scores["quotes.found_with_speaker"] == 2


def test_load_document_plain_text_is_verbatim(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    assert load_document(path, dt.date(2026, 3, 4)).text == ARTICLE


def test_find_all_folds_case_and_curly_quotes() -> None:
    text = "He said \u201cWe Agree\u201d and \u2018we agree\u2019."
    exact = text.index("we agree")
    assert find_all(text, "we agree") == [(exact, exact + 8)]  # an exact match wins
    assert find_all(text, "WE AGREE") == [(9, 17), (exact, exact + 8)]  # else case-folded
    assert find_all(text, '"we agree"') == [(8, 18)]  # straight quotes match curly ones
    assert find_all(text, "we  \n agree") == [(9, 17), (exact, exact + 8)]  # whitespace-flexible
    assert find_all(text, "nothing") == []


def test_locate_uses_occurrence() -> None:
    loc = locate("a b a b a", {"text": "a", "occurrence": 2}, "text")
    assert loc.spans == ((4, 5),)
    assert loc.ignore == ((0, 1), (8, 9))


@pytest.mark.parametrize(
    ("gold", "speaker", "right"),
    [
        ({"speaker": "Emma Lindqvist", "speaker_country": "SWE"}, actor("Lindqvist", "SWE"), True),
        (
            {"speaker": "Emma Lindqvist", "speaker_country": "SWE"},
            actor("Emma Lindqvist", "SWE", "she"),
            True,
        ),
        ({"speaker": "Li Qiang", "speaker_country": "CHN"}, actor("Li", "CHN"), True),  # family name first
        ({"speaker": "Li Qiang", "speaker_country": "CHN"}, actor("Premier Li", None), True),
        ({"speaker": "Li Qiang", "speaker_country": "CHN"}, actor("President Ruto", "KEN"), False),
        ({"speaker": "Emma Lindqvist", "speaker_country": "SWE"}, actor("Emma Stone", "USA"), False),
        (
            {"speaker": "two cabinet officials", "speaker_country": "SWE"},
            actor("Swedish officials", "SWE"),
            True,
        ),
        ({"speaker": "Swedish officials", "speaker_country": "SWE"}, actor("Danish officials", "DNK"), False),
        ({"speaker": "Stockholm", "speaker_country": "SWE"}, actor("Sweden", "SWE", "Stockholm"), True),
        ({"speaker": "Stockholm", "speaker_country": "SWE"}, actor("Copenhagen", "DNK"), False),
        ({"speaker": "the Foreign Ministry", "speaker_aliases": ["MFA"]}, actor("MFA", None), True),
        ({"speaker": "Emma Lindqvist", "speaker_country": "SWE"}, None, False),
    ],
)
def test_speaker_matches(gold: dict[str, Any], speaker: Actor | None, right: bool) -> None:
    q = Quote(content="x", start=0, end=1, kind="direct", speaker=speaker)
    assert speaker_matches(gold, q) is right


def test_speaker_text_without_actor_can_match() -> None:
    q = Quote(content="x", start=0, end=1, kind="direct", speaker_text="Moreau")
    assert speaker_matches({"speaker": "Alice Moreau", "speaker_country": "FRA"}, q)
