"""The event evaluators (evaluate/plover.py, cameo_examples.py, petrarch.py) on tiny gold files
written for these tests, with a fake runner (no model)."""

from __future__ import annotations

import json
from pathlib import Path

from newsevents.evaluate import cameo_examples, petrarch, plover
from newsevents.model.records import Actor, Document, Event, Extraction


def _event(doc: Document, cameo: str, plover_type: str | None, src: str | None, tgt: str | None,
           negated: bool = False) -> Event:
    def actor(c: str | None) -> Actor | None:
        return None if c is None else Actor(text=doc.text[:1], start=0, end=1, name=c, country=c)

    return Event(trigger=doc.text[:1], trigger_start=0, trigger_end=1, sentence_start=0,
                 sentence_end=len(doc.text), cameo=cameo, root=cameo[:2], plover=plover_type,
                 source=actor(src), target=actor(tgt), negated=negated)


def fake_runner(answers: dict[str, list[tuple]]):  # type: ignore[no-untyped-def]
    def run(docs: list[Document]) -> list[Extraction]:
        return [Extraction(document=d, events=tuple(_event(d, *a) for a in answers.get(d.text, [])))
                for d in docs]
    return run


def test_plover_protocol(tmp_path: Path) -> None:
    gold = [
        {"id": "doc", "event": "DOCUMENT"},
        {"text": "Ruritania fired on Freedonia.", "event": "FIGHT", "date": "2001-02-03",
         "source": [{"code": "RUR"}], "target": [{"code": "FRE"}]},
        {"text": "Ruritania scolded Freedonia.", "event": "DISAPPROVE", "source": [{"code": "RUR"}],
         "target": [{"code": "FRE"}]},
        {"text": "Ruritania did nothing.", "event": "AGREE", "source": [{"code": "RUR"}], "target": None},
    ]
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    runner = fake_runner({
        "Ruritania fired on Freedonia.": [("190", "ASSAULT", "RUR", "FRE")],
        "Ruritania scolded Freedonia.": [("111", "ACCUSE", "RUR", "XXX")],
        "Ruritania did nothing.": [("030", "AGREE", "RUR", None, True)],  # negated: not a prediction
    })
    report = plover.evaluate(path, runner)
    assert report.scores["n"] == 3
    assert report.scores["type.accuracy"] == round(2 / 3, 4)
    assert report.scores["source.accuracy"] == 1.0
    assert report.scores["target.accuracy"] == 0.5
    assert any("confusion" in t.title for t in report.tables)


def test_cameo_examples_protocol(tmp_path: Path) -> None:
    path = tmp_path / "eventtypes.csv"
    path.write_text(
        "name,code,goldstein,description,usage_notes,example\n"
        "Root,19,-10,NULL,NULL,NULL\n"
        "Fight,190,-10,x,y,Ruritania shelled Freedonia. Note: a note that is not part of the sentence\n"
        "Praise,051,3.4,x,y,Ruritania praised Freedonia.\n", encoding="utf-8")
    runner = fake_runner({"Ruritania shelled Freedonia.": [("194", "ASSAULT", "RUR", "FRE")]})
    report = cameo_examples.evaluate(path, runner)
    assert report.scores["n"] == 2
    assert report.scores["root.accuracy"] == 0.5
    assert report.scores["code.accuracy"] == 0.0
    matrix = report.tables[0]
    assert matrix.rows[0][0] == "05" and matrix.columns[-3] == "--"


def test_petrarch_protocol(tmp_path: Path) -> None:
    path = tmp_path / "records.xml"
    path.write_text("""<Validation><Sentences>
<Sentence date="20010203" id="A-1" category="X" sentence="true">
<!-- a comment with <EventCoding eventcode="999"> inside -->
<EventCoding sourcecode="RUR" targetcode="FRE" eventcode="064"></EventCoding>
<Text>
Ruritania shared intelligence with Freedonia.
</Text>
<Parse>(ROOT (S))</Parse>
</Sentence>
<Sentence date="20010203" id="A-2" category="X" sentence="true">
<EventCoding noevents = "True"></EventCoding>
<Text>The weather was fine.</Text>
</Sentence>
<Sentence date="20010203" id="A-3" category="X" sentence="false">
<Text>Skipped.</Text>
</Sentence>
</Sentences></Validation>""", encoding="utf-8")
    runner = fake_runner({"Ruritania shared intelligence with Freedonia.": [("060", "COOPERATE", "RUR", "FRE")],
                          "The weather was fine.": [("010", None, None, None)]})
    report = petrarch.evaluate(path, runner)
    assert report.scores["n_sentences"] == 2 and report.scores["n_events"] == 1
    assert report.scores["root.agreement"] == 1.0 and report.scores["code.agreement"] == 0.0
    assert report.scores["noevent.accuracy"] == 0.0


def test_country_codes_accept_legacy_cameo_codes() -> None:
    from newsevents.evaluate.plover import country_ok

    assert country_ok("JPN", {"JAP"})
    assert country_ok("ITA", {"ITL"})
    assert not country_ok("CHN", {"JAP"})
    assert country_ok("UNO", {"IGO"})
    assert not country_ok(None, {"USA"})
