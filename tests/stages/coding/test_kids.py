"""kids(): a token's children, remembered per document."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsevents.stages.coding.syntax import kids


def _doc(words: list[str], heads: list[int], deps: list[str]) -> Doc:
    return Doc(Vocab(), words=words, heads=heads, deps=deps)


def test_kids_equal_children_and_are_remembered() -> None:
    doc = _doc(["China", "imposed", "curbs"], [1, 1, 1], ["nsubj", "ROOT", "dobj"])
    verb = doc[1]
    assert [t.i for t in kids(verb)] == [t.i for t in verb.children] == [0, 2]
    assert kids(verb) is kids(doc[1])


def test_kids_never_leak_from_one_document_to_the_next() -> None:
    first = _doc(["China", "imposed", "curbs"], [1, 1, 1], ["nsubj", "ROOT", "dobj"])
    assert len(kids(first[1])) == 2
    second = _doc(["Talks", "ended", "abruptly"], [1, 1, 1], ["nsubj", "ROOT", "advmod"])
    assert [t.text for t in kids(second[1])] == ["Talks", "abruptly"]
    assert [t.text for t in kids(first[1])] == ["China", "curbs"]
