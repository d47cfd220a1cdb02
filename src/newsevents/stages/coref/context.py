"""Per-document facts the coreference rules share: sentences, quotes, grammatical roles."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from spacy.attrs import ORTH, SPACY
from spacy.tokens import Doc, Span, Token

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "agent"})
OPEN_CLOSE = {"\u201c": "\u201d", '"': '"'}
QUOTE_CHARS = frozenset('\u201c\u201d"')
# what quote_regions reacts to: a quote mark, or a newline that ends a paragraph (or the text)
_QUOTE_EVENTS = re.compile('[\u201c\u201d"]|\n(?=\n|\\Z)')


def quote_regions(text: str) -> list[tuple[int, int]]:
    """Character regions inside double quotes (typographic or straight), per paragraph.

    Quote marks toggle: an opening mark starts a region and the next mark ends it,
    which also copes with a wrongly curled closing mark. A paragraph break closes
    an open region (multi-paragraph quotes reopen with a new mark).
    """
    regions: list[tuple[int, int]] = []
    start: int | None = None
    for match in _QUOTE_EVENTS.finditer(text):
        i = match.start()
        if match.group() == "\n":
            if start is not None:
                regions.append((start, i))
                start = None
        else:
            if start is None:
                start = i
            else:
                regions.append((start, i + 1))
                start = None
    if start is not None:
        regions.append((start, len(text)))
    return regions


@dataclass
class DocContext:
    """Sentence index per token and quote regions, computed once per document."""

    doc: Doc
    text: str
    sent_of: list[int]
    sent_starts: list[int]
    quotes: list[tuple[int, int]]
    parsed: bool = True  # False when the Doc has no dependency parse (rules fall back to adjacency)
    atoms: list[Any] = field(default_factory=list)  # the KB/NER atoms, set by the mention builder
    words: list[str] = field(default_factory=list)  # token texts (no Token objects needed)
    spaces: list[str] = field(default_factory=list)  # token trailing whitespace ("" or " ")
    roots: dict[tuple[int, int], int] = field(default_factory=dict)  # atom span -> root token (memo)

    @classmethod
    def build(cls, doc: Doc) -> DocContext:
        sent_of: list[int] = []
        starts: list[int] = []
        if len(doc) and (doc.has_annotation("SENT_START") or doc.has_annotation("DEP")):
            for k, sent in enumerate(doc.sents):
                starts.append(sent.start)
                sent_of.extend([k] * (sent.end - sent.start))
        else:
            starts = [0]
            sent_of = [0] * len(doc)
        strings = doc.vocab.strings
        # two flat lists (one per attribute) are much cheaper to build than a list of pairs
        orths, flags = doc.to_array([ORTH, SPACY]).T.tolist() if len(doc) else ([], [])
        words = [strings[orth] for orth in orths]
        spaces = [" " if space else "" for space in flags]
        text = "".join([w + s for w, s in zip(words, spaces, strict=True)])  # == doc.text
        return cls(
            doc=doc,
            text=text,
            sent_of=sent_of,
            sent_starts=starts,
            quotes=quote_regions(text),
            parsed=doc.has_annotation("DEP"),
            words=words,
            spaces=spaces,
        )

    @cached_property
    def ents(self) -> tuple[Span, ...]:
        """``doc.ents``, built once (each ``doc.ents`` access builds new Spans)."""
        return self.doc.ents

    def in_quote(self, char: int) -> bool:
        k = bisect_right(self.quotes, (char, 1 << 62)) - 1
        return k >= 0 and self.quotes[k][0] < char < self.quotes[k][1]

    def span_text(self, start: int, end: int) -> str:
        """``doc[start:end].text`` from the token texts (no Span built)."""
        if len(self.words) != len(self.doc):
            return self.doc[start:end].text
        if end <= start:
            return ""
        words, spaces = self.words, self.spaces
        return "".join([words[k] + spaces[k] for k in range(start, end - 1)]) + words[end - 1]

    def sentence(self, token_i: int) -> int:
        return self.sent_of[token_i] if token_i < len(self.sent_of) else 0


IRREGULAR = {
    "said": "say",
    "says": "say",
    "told": "tell",
    "tells": "tell",
    "held": "hold",
    "met": "meet",
    "sent": "send",
    "gave": "give",
    "took": "take",
    "made": "make",
    "came": "come",
    "went": "go",
    "was": "be",
    "were": "be",
    "is": "be",
    "are": "be",
    "been": "be",
    "has": "have",
    "had": "have",
    "hit": "hit",
    "struck": "strike",
    "sought": "seek",
    "bought": "buy",
    "sold": "sell",
    "won": "win",
}


def lemma_in(token: Token, words: frozenset[str]) -> bool:
    """Whether the token's lemma is in ``words``; without a lemmatizer, tries regular inflections."""
    lem = token.lemma_.lower() if token.lemma_ else ""
    word = token.text.lower()
    if lem in words or IRREGULAR.get(word) in words:
        return True
    if lem and lem != word:
        return False
    forms = {word}
    for suffix, repl in (
        ("ied", "y"),
        ("ies", "y"),
        ("ing", ""),
        ("ing", "e"),
        ("ed", ""),
        ("d", ""),
        ("es", ""),
        ("s", ""),
    ):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            forms.add(word[: -len(suffix)] + repl)
    return bool(forms & words)


def is_subject(token: Token) -> bool:
    """True when the token (or the conjunction it belongs to) is a subject."""
    t = token
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    return t.dep_ in SUBJECT_DEPS


def governing_verb(token: Token) -> Token:
    """The verb (or root) a nominal depends on, climbing through conjunctions and modifiers."""
    t = token
    for _ in range(8):
        if t.pos_ in ("VERB", "AUX") or t.dep_ == "ROOT" or t.head.i == t.i:
            return t
        t = t.head
    return t


def words(text: str) -> frozenset[str]:
    """A word list written as whitespace-separated text."""
    return frozenset(text.split())
