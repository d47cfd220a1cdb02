"""The PolNeAR evaluator on a tiny made-up attribution file (lives here with the quote tests;
the natural home is tests/evaluate/test_polnear.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsevents.evaluate import polnear
from newsevents.model.errors import EvalError
from newsevents.model.records import Document, Extraction, Quote

TEXT = (
    "\u201cThe bridge is unsafe,\u201d the engineer said. \u201cClose it today.\u201d\n"
    "The mayor said the repairs would take a year.\n"
)


def _span(needle: str) -> list:
    start = TEXT.index(needle)
    return [start, start + len(needle), needle]


def _write(tmp_path: Path) -> Path:
    (tmp_path / "text").mkdir()
    (tmp_path / "text" / "a.txt").write_text(TEXT, encoding="utf-8")
    rows = [
        {"article": "a", "annotator": "b2", "text_file": "text/a.txt", "id": "E1", "type": "Attribution",
         "source": [_span("the engineer")], "cue": [_span("said")],
         "content": [_span("\u201cThe bridge is unsafe,\u201d"), _span("\u201cClose it today.\u201d")],
         "content_has_quote_mark": True},
        {"article": "a", "annotator": "b2", "text_file": "text/a.txt", "id": "E2", "type": "Attribution",
         "source": [_span("The mayor")], "cue": [_span("said the")],
         "content": [_span("the repairs would take a year")], "content_has_quote_mark": False},
        # a second annotator of the same article is ignored (the first in sorted order is kept)
        {"article": "a", "annotator": "z9", "text_file": "text/a.txt", "id": "E1", "type": "Attribution",
         "source": [_span("The mayor")], "cue": [_span("said the")],
         "content": [_span("The mayor said")], "content_has_quote_mark": False},
    ]
    path = tmp_path / "derived_polnear_dev.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    return path


def _quote(content: str, kind: str, cue: str, speaker: str) -> Quote:
    s = TEXT.index(content)
    c = TEXT.index(cue)
    p = TEXT.index(speaker)
    return Quote(content=content, start=s, end=s + len(content), kind=kind, cue=cue, cue_start=c,
                 cue_end=c + len(cue), speaker_text=speaker, speaker_start=p, speaker_end=p + len(speaker))


def test_pooling_by_cue_and_scores(tmp_path: Path) -> None:
    path = _write(tmp_path)
    said = TEXT.index("said")

    def runner(documents: list[Document]) -> list[Extraction]:
        q1 = _quote("The bridge is unsafe", "direct", "said", "the engineer")
        q2 = Quote(content="Close it today.", start=TEXT.index("Close"), end=TEXT.index("Close") + 15,
                   kind="direct", cue="said", cue_start=said, cue_end=said + 4, speaker_text=q1.speaker_text,
                   speaker_start=q1.speaker_start, speaker_end=q1.speaker_end)
        q3 = _quote("the repairs would take a year", "indirect", "said the", "The mayor")
        return [Extraction(document=d, quotes=(q1, q2, q3)) for d in documents]

    report = polnear.evaluate(path, runner)
    s = report.scores
    assert s["direct.lenient.f1"] == 1.0
    assert s["direct.strict.f1"] == 1.0  # the two pieces pool into one attribution
    assert s["all.lenient.f1"] == 1.0
    assert s["direct.speaker_accuracy"] == 1.0


def test_missing_and_wrong_speaker(tmp_path: Path) -> None:
    path = _write(tmp_path)

    def runner(documents: list[Document]) -> list[Extraction]:
        q = _quote("The bridge is unsafe", "direct", "said", "The mayor")
        return [Extraction(document=d, quotes=(q,)) for d in documents]

    s = polnear.evaluate(path, runner).scores
    assert s["direct.lenient.recall"] == 1.0  # half the gold characters covered (>= 30 %)
    assert s["direct.strict.recall"] == 0.0
    assert s["direct.speaker_accuracy"] == 0.0
    assert s["all.lenient.recall"] == 0.5


def test_quoted_share_counts_two_apostrophes() -> None:
    text = "He said ''we will win'' today"
    assert polnear.quoted_share(text, ((8, 23),)) == 1.0
    assert polnear.quoted_share(text, ((0, len(text)),)) < 0.5


# -- brat standoff --------------------------------------------------------------------------


def _t(ident: str, label: str, *needles: str) -> str:
    pieces = [(TEXT.index(n), TEXT.index(n) + len(n)) for n in needles]
    offsets = ";".join(f"{a} {b}" for a, b in pieces)
    return f"{ident}\t{label} {offsets}\t{' '.join(needles)}"


def _write_brat(tmp_path: Path) -> Path:
    root = tmp_path / "dev"
    (root / "text").mkdir(parents=True)
    (root / "attributions").mkdir()
    (root / "text" / "a.txt").write_text(TEXT, encoding="utf-8")
    first = [
        _t("T1", "Source", "the engineer"),
        _t("T2", "Cue", "said"),
        _t("T3", "Content", "\u201cThe bridge is unsafe,\u201d"),
        _t("T4", "Attribution", "said"),
        _t("T5", "Content", "\u201cClose it today.\u201d"),
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1 Content2:T5",
        _t("T6", "Source", "The mayor"),
        _t("T7", "Cue", "said the"),
        _t("T8", "Content", "the repairs would", "take a year"),  # discontinuous
        _t("T9", "Attribution", "said the"),
        "E2\tAttribution:T9 Content:T8 Cue:T7 Source:T6",
        _t("T10", "Attribution", "Close"),
        "E3\tAttribution-no-source:T10",  # no content: not an attribution to score
        _t("T11", "Discard", "The mayor said"),
        "#1\tAnnotatorNotes T6\ta note",
    ]
    (root / "attributions" / "a_b2.ann").write_text("\n".join(first) + "\n", encoding="utf-8")
    other = [_t("T1", "Content", "The mayor said"), _t("T2", "Attribution", "said"),
             "E1\tAttribution-no-source:T2 Content:T1"]
    (root / "attributions" / "a_z9.ann").write_text("\n".join(other) + "\n", encoding="utf-8")
    return root


def test_brat_reader_pools_pieces_and_keeps_first_annotator(tmp_path: Path) -> None:
    articles = polnear.read_gold(_write_brat(tmp_path))
    assert [(a.name, a.annotator) for a in articles] == [("a", "b2")]
    gold = {g.id: g for g in articles[0].attributions}
    assert set(gold) == {"E1", "E2"}
    assert len(gold["E1"].content) == 2 and gold["E1"].direct
    assert len(gold["E2"].content) == 2 and not gold["E2"].has_mark
    assert TEXT[slice(*gold["E2"].source[0])] == "The mayor"


def test_brat_and_jsonl_give_the_same_scores(tmp_path: Path) -> None:
    jsonl = _write(tmp_path)
    brat = _write_brat(tmp_path / "b")

    def runner(documents: list[Document]) -> list[Extraction]:
        q1 = _quote("The bridge is unsafe", "direct", "said", "the engineer")
        q2 = _quote("the repairs would take a year", "indirect", "said the", "the engineer")
        return [Extraction(document=d, quotes=(q1, q2)) for d in documents]

    by_jsonl = polnear.evaluate(jsonl, runner).scores
    by_brat = polnear.evaluate(brat, runner).scores
    assert by_brat == by_jsonl
    assert by_brat["all.lenient.recall"] == 1.0 and by_brat["all.speaker_accuracy"] == 0.5
    one_file = polnear.read_gold(brat / "attributions" / "a_z9.ann")
    assert one_file[0].annotator == "z9" and len(one_file[0].attributions) == 1


def test_brat_bad_offsets_raise(tmp_path: Path) -> None:
    root = _write_brat(tmp_path)
    (root / "attributions" / "a_b2.ann").write_text("T1\tContent 5 x\tbad\n", encoding="utf-8")
    with pytest.raises(EvalError, match="bad brat line"):
        polnear.read_gold(root)


# -- reported clauses of partial quotes and quote marks --------------------------------------

CLAUSE_TEXT = "Lee called for both sides to \u201cmake good on\u201d the pact, aides said.\n"


def _clause_gold(tmp_path: Path) -> Path:
    (tmp_path / "text").mkdir()
    (tmp_path / "text" / "c.txt").write_text(CLAUSE_TEXT, encoding="utf-8")

    def span(needle: str) -> list:
        start = CLAUSE_TEXT.index(needle)
        return [start, start + len(needle), needle]

    row = {"article": "c", "annotator": "a1", "text_file": "text/c.txt", "id": "E1", "type": "Attribution",
           "source": [span("Lee")], "cue": [span("called for")],
           "content": [span("both sides to \u201cmake good on\u201d the pact")], "content_has_quote_mark": True}
    path = tmp_path / "derived_polnear_dev.jsonl"
    path.write_text(json.dumps(row), encoding="utf-8")
    return path


def _partial(with_clause: bool) -> Quote:
    s = CLAUSE_TEXT.index("make good on")
    c = CLAUSE_TEXT.index("called")
    clause = CLAUSE_TEXT.index("both sides")
    return Quote(content="make good on", start=s, end=s + 12, kind="partial", cue="called", cue_start=c,
                 cue_end=c + 6, speaker_text="Lee", speaker_start=0, speaker_end=3,
                 clause_start=clause if with_clause else None,
                 clause_end=CLAUSE_TEXT.index(", aides") if with_clause else None)


def test_partial_quote_is_matched_by_its_clause(tmp_path: Path) -> None:
    path = _clause_gold(tmp_path)
    scores = {}
    for with_clause in (False, True):
        def runner(documents: list[Document], w: bool = with_clause) -> list[Extraction]:
            return [Extraction(document=d, quotes=(_partial(w),)) for d in documents]
        scores[with_clause] = polnear.evaluate(path, runner).scores
    # the quoted words alone are 12 (+ 2 marks) of 38 gold characters: a lenient match only
    assert scores[False]["all.lenient.recall"] == 1.0
    assert scores[False]["all.strict.recall"] == 0.0
    assert scores[True]["all.strict.recall"] == 1.0
    assert scores[True]["all.strict.precision"] == 1.0
    assert scores[True]["all.speaker_accuracy"] == 1.0
    # the gold content is mostly unquoted: no direct attribution, and the partial is no false direct one
    assert scores[True]["direct.strict.precision"] == 0.0 and scores[True]["direct.strict.recall"] == 0.0


def test_content_span_and_quote_marks() -> None:
    q = _partial(True)
    assert CLAUSE_TEXT[slice(*polnear.content_span(q))] == "both sides to \u201cmake good on\u201d the pact"
    bare = _partial(False)
    assert polnear.content_span(bare) == (bare.start, bare.end)
    assert CLAUSE_TEXT[slice(*polnear.with_marks(CLAUSE_TEXT, bare.start, bare.end))] == "\u201cmake good on\u201d"
    text = "He said: ''We won,'' and left."
    s = text.index("We")
    assert text[slice(*polnear.with_marks(text, s, s + 6))] == "''We won,''"
    # no marks around: unchanged
    assert polnear.with_marks(CLAUSE_TEXT, 0, 3) == (0, 3)
