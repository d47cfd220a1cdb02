"""The events stage on hand-built parses: one test per construction."""

from __future__ import annotations

from tests.stages.coding.helpers import actor, code, dyads, parse, place_at, time_at

from newsevents.model.records import Quote
from newsevents.stages import events


def test_stage_descriptor() -> None:
    assert events.STAGE.name == "events"
    assert events.STAGE.assigns == "events"


def test_subject_verb_object() -> None:
    doc = parse("Russia|1|nsubj|PROPN|NNP|Russia attacked|1|ROOT|VERB|VBD|attack "
                "Georgia|1|dobj|PROPN|NNP|Georgia .|1|punct|PUNCT|.|.")
    out = code(doc, (actor(doc, 0, 1, "RUS"), actor(doc, 2, 3, "GEO")))
    assert dyads(out) == {("190", "RUS", "GEO")}
    e = out[0]
    assert (e.root, e.quad_class, e.plover, e.negated, e.modality) == ("19", 4, "ASSAULT", False, "asserted")
    assert e.goldstein == -10.0
    assert (e.date, e.date_source) == ("2025-06-05", "published")
    assert (e.sentence_start, e.sentence_end) == (0, len(doc.text))


def test_urged_x_to() -> None:
    doc = parse("France|1|nsubj|PROPN|NNP|France urged|1|ROOT|VERB|VBD|urge Iran|1|dobj|PROPN|NNP|Iran "
                "to|4|aux|PART|TO|to release|1|xcomp|VERB|VB|release the|6|det|DET|DT|the "
                "prisoners|4|dobj|NOUN|NNS|prisoner .|1|punct|PUNCT|.|.")
    out = code(doc, (actor(doc, 0, 1, "FRA"), actor(doc, 2, 3, "IRN")))
    assert dyads(out) == {("0253", "FRA", "IRN")}  # an appeal to release people; the release did not happen
    assert out[0].plover == "REQUEST"


def test_called_on_x_to() -> None:
    doc = parse("China|1|nsubj|PROPN|NNP|China called|1|ROOT|VERB|VBD|call on|1|prep|ADP|IN|on "
                "Japan|2|pobj|PROPN|NNP|Japan to|5|aux|PART|TO|to lift|1|xcomp|VERB|VB|lift "
                "tariffs|5|dobj|NOUN|NNS|tariff .|1|punct|PUNCT|.|.")
    out = code(doc, (actor(doc, 0, 1, "CHN"), actor(doc, 3, 4, "JPN")))
    assert dyads(out) == {("0254", "CHN", "JPN")}


def test_accused_x_of() -> None:
    doc = parse("Japan|1|nsubj|PROPN|NNP|Japan accused|1|ROOT|VERB|VBD|accuse China|1|dobj|PROPN|NNP|China "
                "of|1|prep|ADP|IN|of violating|3|pcomp|VERB|VBG|violate the|6|det|DET|DT|the "
                "deal|4|dobj|NOUN|NN|deal .|1|punct|PUNCT|.|.")
    out = code(doc, (actor(doc, 0, 1, "JPN"), actor(doc, 2, 3, "CHN")))
    assert dyads(out) == {("112", "JPN", "CHN")}  # the alleged violation is not coded as an event


def test_passive_with_agent() -> None:
    doc = parse("Iran|2|nsubjpass|PROPN|NNP|Iran was|2|auxpass|AUX|VBD|be attacked|2|ROOT|VERB|VBN|attack "
                "by|2|agent|ADP|IN|by Iraq|3|pobj|PROPN|NNP|Iraq .|2|punct|PUNCT|.|.")
    out = code(doc, (actor(doc, 0, 1, "IRN"), actor(doc, 4, 5, "IRQ")))
    assert dyads(out) == {("190", "IRQ", "IRN")}


def test_sanctions_on() -> None:
    doc = parse("Canada|1|nsubj|PROPN|NNP|Canada imposed|1|ROOT|VERB|VBD|impose "
                "sanctions|1|dobj|NOUN|NNS|sanction on|1|prep|ADP|IN|on Iran|3|pobj|PROPN|NNP|Iran "
                ".|1|punct|PUNCT|.|.")
    out = code(doc, (actor(doc, 0, 1, "CAN"), actor(doc, 4, 5, "IRN")))
    assert dyads(out) == {("163", "CAN", "IRN")}


def test_participle_imposed_against() -> None:
    doc = parse("Mexico|1|nsubj|PROPN|NNP|Mexico criticized|1|ROOT|VERB|VBD|criticize new|3|amod|ADJ|JJ|new "
                "tariffs|1|dobj|NOUN|NNS|tariff imposed|3|acl|VERB|VBN|impose against|4|prep|ADP|IN|against "
                "Cuba|5|pobj|PROPN|NNP|Cuba .|1|punct|PUNCT|.|.")
    out = code(doc, (actor(doc, 0, 1, "MEX"), actor(doc, 6, 7, "CUB")))
    assert ("111", "MEX", "CUB") in dyads(out)
    assert ("163", None, "CUB") in dyads(out)  # "tariffs imposed against Cuba": no agent is named


def test_talks_with_partner() -> None:
    doc = parse("Egypt|1|nsubj|PROPN|NNP|Egypt held|1|ROOT|VERB|VBD|hold talks|1|dobj|NOUN|NNS|talk "
                "with|1|prep|ADP|IN|with Jordan|3|pobj|PROPN|NNP|Jordan .|1|punct|PUNCT|.|.")
    out = code(doc, (actor(doc, 0, 1, "EGY"), actor(doc, 4, 5, "JOR")))
    assert dyads(out) == {("046", "EGY", "JOR")}


def test_nominal_event_with_partner() -> None:
    doc = parse("Kenya|1|nsubj|PROPN|NNP|Kenya emerged|1|ROOT|VERB|VBD|emerge from|1|prep|ADP|IN|from "
                "talks|2|pobj|NOUN|NNS|talk with|3|prep|ADP|IN|with Uganda|4|pobj|PROPN|NNP|Uganda "
                ".|1|punct|PUNCT|.|.")
    out = code(doc, (actor(doc, 0, 1, "KEN"), actor(doc, 5, 6, "UGA")))
    assert dyads(out) == {("046", "KEN", "UGA")}
    assert out[0].trigger == "talks"


def test_compound_subject_is_reciprocal() -> None:
    doc = parse("Chile|3|nsubj|PROPN|NNP|Chile and|0|cc|CCONJ|CC|and Peru|0|conj|PROPN|NNP|Peru "
                "signed|3|ROOT|VERB|VBD|sign an|5|det|DET|DT|an agreement|3|dobj|NOUN|NN|agreement "
                ".|3|punct|PUNCT|.|.")
    out = code(doc, (actor(doc, 0, 1, "CHL"), actor(doc, 2, 3, "PER")))
    assert dyads(out) == {("057", "CHL", "PER"), ("057", "PER", "CHL")}


def test_each_other() -> None:
    doc = parse("Chile|3|nsubj|PROPN|NNP|Chile and|0|cc|CCONJ|CC|and Peru|0|conj|PROPN|NNP|Peru "
                "praised|3|ROOT|VERB|VBD|praise each|5|det|DET|DT|each other|3|dobj|ADJ|JJ|other "
                ".|3|punct|PUNCT|.|.")
    out = code(doc, (actor(doc, 0, 1, "CHL"), actor(doc, 2, 3, "PER")))
    assert dyads(out) == {("051", "CHL", "PER"), ("051", "PER", "CHL")}


def test_two_sides_resolve_to_the_story_dyad() -> None:
    doc = parse("Chile|1|nsubj|PROPN|NNP|Chile praised|1|ROOT|VERB|VBD|praise Peru|1|dobj|PROPN|NNP|Peru "
                ".|1|punct|PUNCT|.|. Peru|5|nsubj|PROPN|NNP|Peru thanked|5|ROOT|VERB|VBD|thank "
                "Chile|5|dobj|PROPN|NNP|Chile .|5|punct|PUNCT|.|. The|10|det|DET|DT|the two|10|nummod|NUM|CD|two "
                "sides|11|nsubj|NOUN|NNS|side met|11|ROOT|VERB|VBD|meet .|11|punct|PUNCT|.|.")
    acts = (actor(doc, 0, 1, "CHL"), actor(doc, 2, 3, "PER"), actor(doc, 4, 5, "PER"), actor(doc, 6, 7, "CHL"))
    out = [e for e in code(doc, acts) if e.trigger == "met"]
    assert {(e.cameo, e.source.country, e.target.country) for e in out} == {("040", "CHL", "PER"),
                                                                            ("040", "PER", "CHL")}


def test_negation_is_flagged() -> None:
    doc = parse("Iran|3|nsubj|PROPN|NNP|Iran did|3|aux|AUX|VBD|do not|3|neg|PART|RB|not "
                "attack|3|ROOT|VERB|VB|attack Iraq|3|dobj|PROPN|NNP|Iraq .|3|punct|PUNCT|.|.")
    out = code(doc, (actor(doc, 0, 1, "IRN"), actor(doc, 4, 5, "IRQ")))
    assert len(out) == 1 and out[0].negated and out[0].cameo == "190"


def test_passive_negation_not_lifted() -> None:
    doc = parse("The|1|det|DET|DT|the sanctions|7|nsubjpass|NOUN|NNS|sanction on|1|prep|ADP|IN|on "
                "Iran|2|pobj|PROPN|NNP|Iran have|7|aux|AUX|VBP|have n't|7|neg|PART|RB|not been|7|auxpass|AUX|VBN|be "
                "lifted|7|ROOT|VERB|VBN|lift .|7|punct|PUNCT|.|.")
    out = code(doc, (actor(doc, 3, 4, "IRN"),))
    assert "haven't" in doc.text
    assert [(e.cameo, e.negated) for e in out] == [("085", True)]


def test_denial() -> None:
    doc = parse("Iran|1|nsubj|PROPN|NNP|Iran denied|1|ROOT|VERB|VBD|deny attacking|1|xcomp|VERB|VBG|attack "
                "Iraq|2|dobj|PROPN|NNP|Iraq .|1|punct|PUNCT|.|.")
    out = code(doc, (actor(doc, 0, 1, "IRN"), actor(doc, 3, 4, "IRQ")))
    assert ("016", "IRN", None) in dyads(out)
    assert all(e.negated for e in out if e.root == "19")  # the denied attack never reads as one that happened


def test_hedge_adverb() -> None:
    doc = parse("Iran|2|nsubj|PROPN|NNP|Iran reportedly|2|advmod|ADV|RB|reportedly attacked|2|ROOT|VERB|VBD|attack "
                "Iraq|2|dobj|PROPN|NNP|Iraq .|2|punct|PUNCT|.|.")
    out = code(doc, (actor(doc, 0, 1, "IRN"), actor(doc, 3, 4, "IRQ")))
    assert [(e.cameo, e.modality, e.negated) for e in out] == [("190", "hedged", False)]


def test_speculation_is_not_an_event() -> None:
    doc = parse("Iran|2|nsubj|PROPN|NNP|Iran could|2|aux|AUX|MD|could attack|2|ROOT|VERB|VB|attack "
                "Iraq|2|dobj|PROPN|NNP|Iraq .|2|punct|PUNCT|.|.")
    assert code(doc, (actor(doc, 0, 1, "IRN"), actor(doc, 3, 4, "IRQ"))) == ()  # a possibility, not an action


def test_speculative_manner_shares_the_modal() -> None:
    # "Iran could respond by attacking Iraq": the manner clause is as speculative as its head
    doc = parse("Iran|2|nsubj|PROPN|NNP|Iran could|2|aux|AUX|MD|could respond|2|ROOT|VERB|VB|respond "
                "by|2|prep|ADP|IN|by attacking|3|pcomp|VERB|VBG|attack Iraq|4|dobj|PROPN|NNP|Iraq "
                ".|2|punct|PUNCT|.|.")
    out = code(doc, (actor(doc, 0, 1, "IRN"), actor(doc, 5, 6, "IRQ")))
    assert not [e for e in out if not e.negated]


def test_conditional_possibility_is_a_threat() -> None:
    doc = parse("Iran|2|nsubj|PROPN|NNP|Iran could|2|aux|AUX|MD|could attack|2|ROOT|VERB|VB|attack "
                "Iraq|2|dobj|PROPN|NNP|Iraq if|6|mark|SCONJ|IN|if talks|6|nsubj|NOUN|NNS|talk "
                "collapse|2|advcl|VERB|VBP|collapse .|2|punct|PUNCT|.|.")
    out = code(doc, (actor(doc, 0, 1, "IRN"), actor(doc, 3, 4, "IRQ")))
    assert ("138", "IRN", "IRQ") in dyads(out)


def test_conj_continues_the_as_clause() -> None:
    # "China has bristled as Japan warned firms, moved to limit sales to China": the parser hangs
    # "moved" on "bristled", but it continues the as-clause and shares its subject
    doc = parse("China|2|nsubj|PROPN|NNP|China has|2|aux|AUX|VBZ|have bristled|2|ROOT|VERB|VBN|bristle "
                "as|5|mark|SCONJ|IN|as Japan|5|nsubj|PROPN|NNP|Japan warned|2|advcl|VERB|VBD|warn "
                "firms|5|dobj|NOUN|NNS|firm ,|5|punct|PUNCT|,|, moved|2|conj|VERB|VBD|move "
                "to|10|aux|PART|TO|to limit|8|xcomp|VERB|VB|limit sales|10|dobj|NOUN|NNS|sale "
                "to|10|prep|ADP|IN|to China|12|pobj|PROPN|NNP|China .|2|punct|PUNCT|.|.")
    out = code(doc, (actor(doc, 0, 1, "CHN"), actor(doc, 4, 5, "JPN"), actor(doc, 13, 14, "CHN")))
    limits = [e for e in out if e.trigger == "limit"]
    assert limits and all(e.source is not None and e.source.country == "JPN" for e in limits)


def test_failed_to_negates_the_complement() -> None:
    doc = parse("Germany|1|nsubj|PROPN|NNP|Germany failed|1|ROOT|VERB|VBD|fail to|3|aux|PART|TO|to "
                "sign|1|xcomp|VERB|VB|sign the|5|det|DET|DT|the deal|3|dobj|NOUN|NN|deal "
                "with|3|prep|ADP|IN|with Sudan|6|pobj|PROPN|NNP|Sudan .|1|punct|PUNCT|.|.")
    out = code(doc, (actor(doc, 0, 1, "DEU"), actor(doc, 7, 8, "SDN")))
    assert out and all(e.negated for e in out)
    assert not any(e.root == "12" for e in out)  # a failure is not a rejection


def test_without_signing_is_negated() -> None:
    doc = parse("Armenia|1|nsubj|PROPN|NNP|Armenia left|1|ROOT|VERB|VBD|leave without|1|prep|ADP|IN|without "
                "signing|2|pcomp|VERB|VBG|sign the|5|det|DET|DT|the deal|3|dobj|NOUN|NN|deal "
                ".|1|punct|PUNCT|.|.")
    out = code(doc, (actor(doc, 0, 1, "ARM"),))
    assert all(e.negated for e in out)


def test_bare_statement_is_not_an_event() -> None:
    doc = parse("Iran|1|nsubj|PROPN|NNP|Iran said|1|ROOT|VERB|VBD|say prices|3|nsubj|NOUN|NNS|price "
                "rose|1|ccomp|VERB|VBD|rise .|1|punct|PUNCT|.|.")
    assert code(doc, (actor(doc, 0, 1, "IRN"),)) == ()


def test_statement_to_a_state_is_an_event() -> None:
    doc = parse("Iran|1|nsubj|PROPN|NNP|Iran told|1|ROOT|VERB|VBD|tell Iraq|1|dobj|PROPN|NNP|Iraq "
                "prices|4|nsubj|NOUN|NNS|price rose|1|ccomp|VERB|VBD|rise .|1|punct|PUNCT|.|.")
    out = code(doc, (actor(doc, 0, 1, "IRN"), actor(doc, 2, 3, "IRQ")))
    assert dyads(out) == {("010", "IRN", "IRQ")}


def test_declined_to_comment_is_not_an_event() -> None:
    doc = parse("Russia|1|nsubj|PROPN|NNP|Russia declined|1|ROOT|VERB|VBD|decline to|3|aux|PART|TO|to "
                "comment|1|xcomp|VERB|VB|comment .|1|punct|PUNCT|.|.")
    assert code(doc, (actor(doc, 0, 1, "RUS"),)) == ()


def test_the_charge_of_an_accusation_is_not_coded() -> None:
    # "of firing" hangs on the object noun, not on the verb
    doc = parse("Armenia|1|nsubj|PROPN|NNP|Armenia accused|1|ROOT|VERB|VBD|accuse "
                "Azerbaijani|3|amod|ADJ|JJ|azerbaijani troops|1|dobj|NOUN|NNS|troop of|3|prep|ADP|IN|of "
                "firing|4|pcomp|VERB|VBG|fire on|5|prep|ADP|IN|on Armenia|6|pobj|PROPN|NNP|Armenia "
                ".|1|punct|PUNCT|.|.")
    out = code(doc, (actor(doc, 0, 1, "ARM"), actor(doc, 2, 3, "AZE", kind="demonym"), actor(doc, 7, 8, "ARM")))
    assert dyads(out) == {("112", "ARM", "AZE")}

def test_hedge_expected_to() -> None:
    doc = parse("Iran|2|nsubjpass|PROPN|NNP|Iran is|2|auxpass|AUX|VBZ|be expected|2|ROOT|VERB|VBN|expect "
                "to|4|aux|PART|TO|to attack|2|xcomp|VERB|VB|attack Iraq|4|dobj|PROPN|NNP|Iraq .|2|punct|PUNCT|.|.")
    out = code(doc, (actor(doc, 0, 1, "IRN"), actor(doc, 5, 6, "IRQ")))
    assert [(e.cameo, e.source.country, e.modality) for e in out] == [("190", "IRN", "hedged")]


def test_future_conflict_is_a_threat() -> None:
    doc = parse("Iran|2|nsubj|PROPN|NNP|Iran will|2|aux|AUX|MD|will attack|2|ROOT|VERB|VB|attack "
                "Iraq|2|dobj|PROPN|NNP|Iraq .|2|punct|PUNCT|.|.")
    out = code(doc, (actor(doc, 0, 1, "IRN"), actor(doc, 3, 4, "IRQ")))
    assert [(e.cameo, e.root, e.modality) for e in out] == [("138", "13", "future")]


def test_plans_to_visit_is_intent() -> None:
    doc = parse("Egypt|1|nsubj|PROPN|NNP|Egypt plans|1|ROOT|VERB|VBZ|plan to|3|aux|PART|TO|to "
                "visit|1|xcomp|VERB|VB|visit Jordan|3|dobj|PROPN|NNP|Jordan .|1|punct|PUNCT|.|.")
    out = code(doc, (actor(doc, 0, 1, "EGY"), actor(doc, 4, 5, "JOR")))
    assert [(e.cameo, e.plover, e.modality) for e in out] == [("036", "AGREE", "future")]


def test_reported_clause_is_attributed() -> None:
    doc = parse("Iraq|1|nsubj|PROPN|NNP|Iraq said|1|ROOT|VERB|VBD|say Iran|3|nsubj|PROPN|NNP|Iran "
                "attacked|1|ccomp|VERB|VBD|attack Kuwait|3|dobj|PROPN|NNP|Kuwait .|1|punct|PUNCT|.|.")
    iraq = actor(doc, 0, 1, "IRQ")
    out = code(doc, (iraq, actor(doc, 2, 3, "IRN"), actor(doc, 4, 5, "KWT")))
    assert dyads(out) == {("190", "IRN", "KWT")}
    assert out[0].modality == "reported" and out[0].attributed_to == iraq


def test_inside_quote_is_attributed_to_quote() -> None:
    doc = parse("Iran|1|nsubj|PROPN|NNP|Iran attacked|1|ROOT|VERB|VBD|attack Iraq|1|dobj|PROPN|NNP|Iraq "
                ".|1|punct|PUNCT|.|.")
    quote = Quote(content=doc.text, start=0, end=len(doc.text), kind="direct")
    out = code(doc, (actor(doc, 0, 1, "IRN"), actor(doc, 2, 3, "IRQ")), quotes=(quote,))
    assert out[0].attributed_to == quote and out[0].modality == "reported"


def test_date_and_place_attach_to_their_clause() -> None:
    doc = parse("Iran|1|nsubj|PROPN|NNP|Iran attacked|1|ROOT|VERB|VBD|attack Iraq|1|dobj|PROPN|NNP|Iraq "
                "on|1|prep|ADP|IN|on Monday|3|pobj|PROPN|NNP|Monday in|1|prep|ADP|IN|in "
                "Basra|5|pobj|PROPN|NNP|Basra .|1|punct|PUNCT|.|.", ents={4: "DATE", 6: "GPE"})
    basra = place_at(doc, 6, 7, "IRQ")
    out = code(doc, (actor(doc, 0, 1, "IRN"), actor(doc, 2, 3, "IRQ")),
               times=(time_at(doc, 4, 5, "2025-06-02"),), places=(basra,))
    assert dyads(out) == {("190", "IRN", "IRQ")}
    assert (out[0].date, out[0].date_source, out[0].place) == ("2025-06-02", "text", basra)


def test_unknown_verbs_code_nothing() -> None:
    doc = parse("Iran|1|nsubj|PROPN|NNP|Iran painted|1|ROOT|VERB|VBD|paint Iraq|1|dobj|PROPN|NNP|Iraq "
                ".|1|punct|PUNCT|.|.")
    assert code(doc, (actor(doc, 0, 1, "IRN"), actor(doc, 2, 3, "IRQ"))) == ()


def test_no_parse_no_events() -> None:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from newsevents.stages.base import StageContext

    doc = Doc(Vocab(), words=["Iran", "attacked", "Iraq", "."])
    assert events.run(StageContext.for_doc(doc)) == ()
    assert events.STAGE.requires == ("actors",)
