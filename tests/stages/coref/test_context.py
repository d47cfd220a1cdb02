"""The per-document helpers of the coreference rules agree with the spaCy objects they stand in for."""

from __future__ import annotations

from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from newsevents.stages.coref.atoms import atom_root
from newsevents.stages.coref.context import DocContext
from newsevents.stages.coref.mention import Atom


def _doc() -> Doc:
    words = ["\u201cChina", "\u2019s", "foreign", "ministry", "said", ".", "Beijing", "agreed", "."]
    doc = Doc(
        Vocab(),
        words=words,
        spaces=[False, True, True, True, False, True, True, False, False],
        heads=[3, 0, 3, 4, 4, 4, 7, 7, 7],
        deps=["poss", "case", "amod", "nsubj", "ROOT", "punct", "nsubj", "ROOT", "punct"],
        ents=["B-GPE", "O", "O", "O", "O", "O", "B-GPE", "O", "O"],
    )
    doc.ents = [Span(doc, 0, 1, label="GPE"), Span(doc, 6, 7, label="GPE")]
    return doc


def test_span_text_matches_span_text() -> None:
    doc = _doc()
    ctx = DocContext.build(doc)
    for start in range(len(doc) + 1):
        for end in range(start, len(doc) + 1):
            assert ctx.span_text(start, end) == doc[start:end].text


def test_ents_are_doc_ents_built_once() -> None:
    doc = _doc()
    ctx = DocContext.build(doc)
    assert [(e.start, e.end, e.label_) for e in ctx.ents] == [(e.start, e.end, e.label_) for e in doc.ents]
    assert ctx.ents is ctx.ents


def test_atom_root_of_one_and_several_tokens() -> None:
    doc = _doc()
    ctx = DocContext.build(doc)
    for start, end in ((0, 1), (2, 3), (0, 4), (6, 8)):
        assert atom_root(doc, Atom(start, end, None), ctx).i == doc[start:end].root.i
        assert atom_root(doc, Atom(start, end, None)).i == doc[start:end].root.i
