"""Direct or partial: whether a quoted stretch is a whole statement or a few words of one
(and whether it is a name or a scare quote rather than anyone's words).

Direct: a quote that opens its sentence (or follows a colon), one that starts
with a capital after a comma or colon ("he said, 'We ...'"), a long capitalized
stretch with a finite verb, a whole exclamation or question ("chanted 'Sea,
ours!'"), the whole predicate of a clause whose subject stands just before the
marks ("The call 'resulted in a deal,' he wrote"), and the rest of a direct
sentence broken by its cue ("'We are ready,' she added, 'but not yet.'").
Everything else is partial: a few quoted words inside a reported clause.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss", "nummod"})
_SMALL_WORDS = frozenset({"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def quote_kind(toks: Span, open_tok: Token | None, sentence_initial: bool) -> str:
    """"direct" or "partial" for the quoted tokens ``toks`` opened by ``open_tok``."""
    if sentence_initial:
        return "direct"
    doc = toks.doc
    first = _first_word(toks)
    if first is None:
        return "partial"
    capital = first.text[:1].isupper()
    if capital and open_tok is not None and open_tok.i > 0 and doc[open_tok.i - 1].text in (":", ","):
        return "direct"
    if capital and len(toks) >= 6 and any(t.tag_ in _FINITE_TAGS for t in toks):
        return "direct"
    if capital and toks[-1].text in ("!", "?"):
        return "direct"  # a whole exclamation or question
    if open_tok is not None and subject_then_predicate(toks, open_tok):
        return "direct"
    return "partial"


def _first_word(toks: Span) -> Token | None:
    """The first token that is neither punctuation nor space."""
    return next((t for t in toks if not (t.is_punct or t.is_space)), None)


def subject_then_predicate(toks: Span, open_tok: Token) -> bool:
    """Whether the quote is the whole predicate of a finite clause whose subject opens the
    sentence just before the marks: 'The call “resulted in a deal,” he wrote'."""
    doc = toks.doc
    first = _first_word(toks)
    if first is None or first.pos_ not in ("VERB", "AUX") or first.tag_ not in _FINITE_TAGS:
        return False
    verb = first if first.dep_ not in ("aux", "auxpass", "neg") else first.head
    if not (toks.start <= verb.i < toks.end):
        return False
    subj = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS and c.i < open_tok.i), None)
    if subj is None:
        return False
    sent_start = open_tok.sent.start
    lead = [t for t in doc[sent_start:open_tok.i] if not (t.is_punct or t.is_space)]
    if not lead or lead[0].i < subj.left_edge.i or lead[-1].i > subj.right_edge.i:
        return False  # something besides the subject comes before the quote ("said the call ...")
    last_word = max(t.i for t in verb.subtree if not (t.is_punct or t.is_space))
    return last_word < toks.end


def looks_like_name(toks: Span, under_cue: Callable[[], bool]) -> bool:
    """Titles, nicknames and scare quotes: short title-case or modifier-only stretches.

    Quoted adjectives under a cue verb (``under_cue()``: "said the guard acted in a
    'restrained' manner") are the speaker's words, not scare quotes.
    """
    words: list[Token] = []
    for t in toks:  # nine alphabetic words are enough to rule out a title
        if t.is_alpha:
            words.append(t)
            if len(words) > 8:
                break
    if not words:
        return True
    if (
        len(words) <= 8
        and all(t.text[0].isupper() or t.lower_ in _SMALL_WORDS for t in words)
        and words[0].text[0].isupper()
        and not any(t.tag_ in _FINITE_TAGS for t in words)
    ):
        return True
    if len(toks) <= 3:
        lo, hi = toks.start, toks.end
        roots = [t for t in toks if not (lo <= t.head.i < hi)]
        if roots and all(r.dep_ in _MODIFIER_DEPS for r in roots):
            adjectives = all(r.pos_ == "ADJ" and r.dep_ == "amod" for r in roots)
            return not (adjectives and under_cue())
    return False
