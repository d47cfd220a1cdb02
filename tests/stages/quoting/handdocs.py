"""Build spaCy Docs by hand for the quote tests (no model needed).

Each token is one line: ``word POS TAG lemma dep head [ent] [-]`` where
``head`` is the absolute index of the head token, ``ent`` an optional
IOB entity tag such as ``B-PERSON`` and a trailing ``-`` means no space
follows the token. A word ``\\n`` stands for a paragraph break.
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

# an English vocabulary (lexical attributes such as lower_ and is_punct), no trained model
_VOCAB = spacy.blank("en").vocab


def build(spec: str) -> Doc:
    words, spaces, pos, tags, lemmas, deps, heads, ents, starts = [], [], [], [], [], [], [], [], []
    for line in spec.strip().splitlines():
        parts = line.split()
        no_space = parts[-1] == "-"
        if no_space:
            parts = parts[:-1]
        word, p, t, lemma, dep, head = parts[:6]
        ent = parts[6] if len(parts) > 6 else "O"
        word = "\n" if word == "\\n" else word
        words.append(word)
        spaces.append(not no_space and word != "\n")
        pos.append(p)
        tags.append(t)
        lemmas.append("\n" if lemma == "\\n" else lemma)
        deps.append(dep)
        heads.append(int(head))
        ents.append(ent)
    # sentence starts: each root's subtree is one sentence in these small docs
    starts = [False] * len(words)
    for i, h in enumerate(heads):
        if h == i:
            j = i
            while j > 0 and heads[j - 1] != j - 1 and _root_of(heads, j - 1) == i:
                j -= 1
            starts[j] = True
    starts[0] = True
    return Doc(_VOCAB, words=words, spaces=spaces, pos=pos, tags=tags, lemmas=lemmas, deps=deps,
               heads=heads, ents=ents, sent_starts=starts)


def _root_of(heads: list[int], i: int) -> int:
    seen = 0
    while heads[i] != i and seen < len(heads):
        i = heads[i]
        seen += 1
    return i
