"""DocScan: per-document arrays, tree depths included."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsevents.stages.coding.scan import DocScan


def _depths_by_walking(doc: Doc) -> list[int]:
    out = []
    for tok in doc:
        n = 0
        while tok.head.i != tok.i:
            tok, n = tok.head, n + 1
        out.append(n)
    return out


def test_depths_count_steps_to_each_sentence_root() -> None:
    words = ["China", "said", "it", "would", "impose", "curbs", ".", "Talks", "ended", "."]
    heads = [1, 1, 4, 4, 1, 4, 1, 8, 8, 8]
    deps = ["nsubj", "ROOT", "nsubj", "aux", "ccomp", "dobj", "punct", "nsubj", "ROOT", "punct"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, sent_starts=[i in (0, 7) for i in range(10)])
    assert DocScan.of(doc).depth == _depths_by_walking(doc) == [1, 0, 2, 2, 1, 2, 1, 1, 0, 1]


def test_a_deep_chain_and_an_empty_doc() -> None:
    n = 40
    doc = Doc(Vocab(), words=[f"w{i}" for i in range(n)], heads=[max(i - 1, 0) for i in range(n)],
              deps=["ROOT"] + ["dep"] * (n - 1))
    assert DocScan.of(doc).depth == list(range(n))
    assert DocScan.of(Doc(Vocab(), words=[])).depth == []

