"""The TimeML reader and TempEval-3 scoring (newsevents.evaluate.timeml) on a hand-written file."""

from __future__ import annotations

import datetime as dt

from newsevents.evaluate.timeml import evaluate, read_tml
from newsevents.model.records import Extraction, TimeExpr

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>TEST1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2025-06-05" temporalFunction="false" functionInDocument="CREATION_TIME">20250605</TIMEX3></DCT>
<TEXT>
The council <EVENT eid="e1" class="OCCURRENCE">met</EVENT> <TIMEX3 tid="t1" type="DATE" value="2025-06-02" functionInDocument="NONE">Monday</TIMEX3> &amp; talked for <TIMEX3 tid="t2" type="DURATION" value="PT3H" functionInDocument="NONE">three hours</TIMEX3>.
It will meet again <TIMEX3 tid="t3" type="DATE" value="2025-W24" functionInDocument="NONE">next week</TIMEX3>.
</TEXT>
</TimeML>
"""


def test_read_tml_strips_tags_and_keeps_offsets(tmp_path):
    path = tmp_path / "doc.tml"
    path.write_text(TML, encoding="utf-8")
    tdoc = read_tml(path)
    text = tdoc.document.text
    assert tdoc.document.published == dt.date(2025, 6, 5)
    assert "<" not in text and "&amp;" not in text and " & " in text
    assert [(g.text, g.type, g.value) for g in tdoc.gold] == [
        ("Monday", "DATE", "2025-06-02"),
        ("three hours", "DURATION", "PT3H"),
        ("next week", "DATE", "2025-W24"),
    ]
    for g in tdoc.gold:
        assert text[g.start : g.end] == g.text


def test_scores(tmp_path):
    (tmp_path / "doc.tml").write_text(TML, encoding="utf-8")

    def runner(documents):
        out = []
        for d in documents:
            text = d.text
            i = text.index("Monday")
            j = text.index("for three hours")
            k = text.index("week")
            preds = (
                TimeExpr("Monday", i, i + 6, "DATE", "2025-06-02"),  # exact, right value
                TimeExpr("for three hours", j, j + 15, "DURATION", "P3H"),  # relaxed only, wrong value
                TimeExpr("week", k, k + 4, "DURATION", "P1W"),  # relaxed only, wrong type and value
                TimeExpr("The", 1, 4, "DATE", "XXXX"),  # spurious
            )
            out.append(Extraction(document=d, times=preds))
        return out

    report = evaluate(tmp_path, runner)
    s = report.scores
    assert s["extent.strict.precision"] == 1 / 4 and s["extent.strict.recall"] == 1 / 3
    assert s["extent.relaxed.precision"] == 3 / 4 and s["extent.relaxed.recall"] == 1.0
    assert abs(s["value.f1"] - 2 * (1 / 4) * (1 / 3) / (1 / 4 + 1 / 3)) < 1e-9
    assert abs(s["type.accuracy"] - 2 / 3) < 1e-9
