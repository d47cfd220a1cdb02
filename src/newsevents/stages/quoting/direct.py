"""Direct and partial quotes: quoted stretches attributed to a cue and a speaker.

For each quoted stretch found by :mod:`marks`, in order:

1. a cue verb above the quoted words in the parse ("called for both sides
   to 'make good on'", "'...,' Xi told his counterpart");
2. a quote that opens its sentence takes a cue after it in that sentence;
   any other quote a cue beside it ("he said: '...'"), "according to X", a
   dash and a name ("'...' — Jane Doe") or a short label and colon;
3. a quote opening its sentence with none of these continues the previous
   quote of the same or the previous paragraph (same speaker, same cue);
   failing that a speech verb in the sentence before or after names the
   speaker; failing that a full quoted sentence is kept without a speaker and
   takes the cue of an attributed quote right after it.

Quotes inside a sentence with no cue are scare quotes, titles or nicknames and
are dropped, as are short title-case or modifier-only stretches.
"""

from __future__ import annotations

import re

import numpy
from spacy.attrs import IDX
from spacy.tokens import Doc, Span, Token

from newsevents.stages.quoting.candidate import Candidate
from newsevents.stages.quoting.cues import CueLexicon
from newsevents.stages.quoting.kinds import looks_like_name, quote_kind
from newsevents.stages.quoting.marks import QuoteSpan
from newsevents.stages.quoting.syntax import according_to, np_bounds, speaker_head, subject_of
from newsevents.stages.quoting.tokens import (
    TokenCache,
    head_indices,
    sentence_end_of,
    sentence_marks,
    sentence_start_of,
)

_NEWLINE = re.compile(r"\n")
_TRIM_END = " \t\n\u00a0,;:—–-"
_DASHES = frozenset({"—", "―", "–", "-", "--"})
_SPEAKER_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def trim_content(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop spaces and clause punctuation at the edges of quoted content (keeps . ? !)."""
    while start < end and text[start] in " \t\n\u00a0":
        start += 1
    while end > start and text[end - 1] in _TRIM_END:
        end -= 1
    return start, end


def paragraph_index(doc: Doc, text: str) -> list[int]:
    """For each token, the number of the paragraph (line) it starts in."""
    breaks = [m.start() for m in _NEWLINE.finditer(text)]
    idx = doc.to_array([IDX])
    if idx.ndim > 1:
        idx = idx[:, 0]
    return numpy.searchsorted(breaks, idx, side="right").tolist()


class DirectFinder:
    """Attributes quoted stretches in one parsed document."""

    def __init__(self, doc: Doc, text: str, spans: list[QuoteSpan], lexicon: CueLexicon,
                 paragraphs: list[int] | None = None, tokens: TokenCache | None = None) -> None:
        self.doc = doc
        self.text = text
        self.spans = spans
        self.lex = lexicon
        self.tokens = tokens if tokens is not None else TokenCache(doc)
        self.head_i = head_indices(doc)
        self._sent_marks = sentence_marks(doc)
        self.quoted = [False] * len(doc)
        for q in spans:
            span = self._tokens(q.start, q.end)
            if len(span):
                self.quoted[span.start:span.end] = [True] * (span.end - span.start)
        self.para_of = paragraphs if paragraphs is not None else paragraph_index(doc, text)

    # -- helpers ---------------------------------------------------------------
    def _tokens(self, start: int, end: int) -> Span | list[Token]:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return span if span is not None else []

    def _token_at(self, offset: int) -> Token | None:
        span = self.doc.char_span(offset, min(offset + 1, len(self.text)), alignment_mode="expand")
        return span[0] if span is not None and len(span) else None

    def _is_cue(self, tok: Token) -> bool:
        return not self.quoted[tok.i] and self.lex.is_verb_cue(tok)

    def _governing_cue(self, toks: Span) -> Token | None:
        """The nearest cue verb above the quoted words in the parse, outside the quote."""
        lo, hi = toks.start, toks.end
        head_i = self.head_i
        roots = [i for i in range(lo, hi) if not (lo <= head_i[i] < hi) or head_i[i] == i]
        for node in roots[:3]:  # walk up on head indices; build a token only outside the quote
            steps = 0
            while head_i[node] != node and steps < 8:
                node = head_i[node]
                steps += 1
                if lo <= node < hi:
                    continue
                tok = self.tokens[node]
                if self._is_cue(tok):
                    return self._reporting_cue(tok)
                if tok.dep_ == "ROOT":
                    break
        return None

    def _reporting_cue(self, cue: Token) -> Token:
        """The cue itself, or the speech verb reporting it when its subject is no speaker.

        "The army said its troops had responded 'in a befitting manner'": the words are the
        army's; "Officials said Smith called it 'a farce'": they are Smith's.
        """
        node = cue
        while node.dep_ == "ccomp" and node.head.i != node.i:
            subj = subject_of(node)
            if subj is not None and (subj.ent_type_ in _SPEAKER_ENTS or subj.pos_ == "PRON"):
                return node
            head = node.head
            if self._is_cue(head) and self.lex.is_speech_verb(head) and subject_of(head) is not None:
                node = head
            else:
                break
        return node

    def _context(self, open_tok: Token | None, close_tok: Token | None) -> tuple[list[Token], list[Token]]:
        """Unquoted tokens of the same paragraph before the opening and after the closing mark."""
        doc, n = self.tokens, len(self.doc)
        before: list[Token] = []
        if open_tok is not None and open_tok.i > 0:
            k = open_tok.i - 1
            while k > 0 and doc[k].is_space:
                k -= 1
            para = self.para_of[k] if doc[k].text == ":" else self.para_of[open_tok.i]
            sent_start = sentence_start_of(self._sent_marks, doc[k])
            for i in range(open_tok.i - 1, max(sent_start, 0) - 1, -1):
                if doc[i].is_space:
                    continue
                if self.para_of[i] != para or (self.quoted[i] and before):
                    break
                if not self.quoted[i]:
                    before.append(doc[i])
        after: list[Token] = []
        if close_tok is not None and close_tok.i + 1 < n:
            para = self.para_of[close_tok.i]
            first = close_tok.i + 1
            while first < n and (doc[first].is_punct or doc[first].is_space) and self.para_of[first] == para:
                first += 1
            if first < n:
                sent_end = sentence_end_of(self._sent_marks, doc[first])
                for i in range(close_tok.i + 1, sent_end):
                    if self.para_of[i] != para or self.quoted[i] or (doc[i].is_quote and doc[i].text in "“\"‘"):
                        break
                    after.append(doc[i])
        return before, after

    def _cue_in(self, tokens: list[Token], *, speech_only: bool = False) -> tuple[Token, Token] | None:
        """(cue, speaker head) from a stretch of context tokens, nearest first."""
        dash = self._dash_speaker(tokens)
        if dash is not None:
            return dash
        for tok in tokens:
            if self._is_cue(tok) and (not speech_only or self.lex.is_speech_verb(tok)):
                subj = subject_of(tok)
                if subj is not None and not self.quoted[subj.i]:
                    return tok, subj
                near = self._adjacent_name(tok, tokens)
                if near is not None:
                    return tok, near
            target = according_to(tok)
            if target is not None:
                return tok, target
        for tok in tokens:
            # "X made the following comment: '...'" / "In a statement, X ..."
            if tok.pos_ == "NOUN" and self.lex.is_noun_cue(tok) and tok.head.pos_ in ("VERB", "AUX"):
                subj = subject_of(tok.head)
                if subj is not None and not self.quoted[subj.i] and subj.i != tok.i:
                    return tok, subj
        return None

    def _dash_speaker(self, tokens: list[Token]) -> tuple[Token, Token] | None:
        """'"..." — Jane Doe' : a dash right after the closing mark, then a name."""
        words = [t for t in tokens if not t.is_space]
        if not words:
            return None
        first = words[0]
        if first.text in _DASHES:
            rest = words[1:]
        elif first.i > 0 and self.tokens[first.i - 1].text[-1:] in _DASHES:
            rest = words  # the dash was glued to the closing mark ("”―")
        else:
            return None
        names = []
        for t in rest:
            if t.pos_ == "PROPN" or (t.text[:1].isupper() and t.is_alpha):
                names.append(t)
            elif names:
                break
            elif not t.is_space:
                return None
        if not names:
            return None
        return (first if first.text in _DASHES else self.tokens[first.i - 1]), names[-1]

    def _adjacent_name(self, cue: Token, tokens: list[Token]) -> Token | None:
        """When the parse gives a cue no subject: the noun right before it, else right after it."""
        ids = {t.i for t in tokens}
        i = cue.i - 1
        if i in ids and self.tokens[i].text == ")":
            while i in ids and self.tokens[i].text != "(":
                i -= 1
            i -= 1
        while i in ids and self.tokens[i].pos_ in ("PROPN", "NOUN", "PRON", "ADV"):
            tok = self.tokens[i]
            if tok.ent_type_ in ("DATE", "TIME") or tok.pos_ == "ADV":
                i -= 1
                continue
            return tok
        j = cue.i + 1
        if j in ids and self.tokens[j].pos_ in ("PROPN", "NOUN", "DET"):
            while j + 1 in ids and self.tokens[j + 1].pos_ in ("PROPN", "NOUN") :
                j += 1
            if self.tokens[j].pos_ in ("PROPN", "NOUN"):
                return self.tokens[j]
        return None

    # -- the finder ----------------------------------------------------------------
    def find(self) -> list[Candidate]:
        out: list[Candidate] = []
        last: Candidate | None = None
        last_para = -10
        for q in self.spans:
            start, end = trim_content(self.text, q.start, q.end)
            if end <= start or not any(ch.isalpha() for ch in self.text[start:end]):
                continue
            toks = self._tokens(start, end)
            if not len(toks):
                continue
            open_tok = self._token_at(q.open_at)
            close_tok = self._token_at(q.close_at) if q.closed else toks[-1]
            after_colon = self._after_colon(open_tok)
            sentence_initial = after_colon or self._sentence_initial(open_tok)
            kind = quote_kind(toks, open_tok, sentence_initial)
            if kind == "partial" and last is not None and self._resumes(last, start):
                kind = "direct"
            if kind == "partial" and looks_like_name(toks, lambda toks=toks: self._governing_cue(toks) is not None):
                continue
            para = self.para_of[toks[0].i]
            near_last = last is not None and para - last_para <= 1 and not q.single
            cand = self._attribute(toks, open_tok, close_tok, start, end, kind, sentence_initial, after_colon)
            if cand is None and sentence_initial and near_last and last is not None and last.source != "unattributed":
                cand = Candidate(start, end, kind, cue=last.cue, inherit=True, source="continuation")
            if cand is None and sentence_initial and not after_colon:
                found = self._cue_in(self._context(open_tok, close_tok)[0], speech_only=True)
                if found is None:
                    found = self._next_sentence_speaker(close_tok)
                if found is not None:
                    cand = self._make(start, end, kind, found, "near-sentence")
            if cand is None and sentence_initial and kind == "direct" and len(toks) >= 4:
                cand = Candidate(start, end, kind, source="unattributed")
            if cand is None:
                continue
            if out and out[-1].source == "unattributed" and cand.cue is not None and not cand.inherit:
                prev = out[-1]
                if para - self.para_of[self._tokens(prev.start, prev.end)[-1].i] <= 1:
                    out[-1] = Candidate(prev.start, prev.end, prev.kind, cue=cand.cue,
                                        speaker_head=cand.speaker_head, speaker_span=cand.speaker_span,
                                        source="forward")
            out.append(cand)
            last, last_para = cand, self.para_of[toks[-1].i]
        return out

    def _after_colon(self, open_tok: Token | None) -> bool:
        if open_tok is None or open_tok.i == 0:
            return False
        i = open_tok.i - 1
        while i > 0 and self.tokens[i].is_space:
            i -= 1
        return self.tokens[i].text == ":"

    def _sentence_initial(self, open_tok: Token | None) -> bool:
        if open_tok is None:
            return False
        doc = self.tokens
        i = open_tok.i - 1
        para = self.para_of[open_tok.i]
        sent_start = sentence_start_of(self._sent_marks, open_tok)
        while i >= 0 and self.para_of[i] == para and (doc[i].is_punct or doc[i].is_space):
            if doc[i].text in (":",):
                return True
            i -= 1
        return i < 0 or self.para_of[i] != para or i < sent_start or doc[i].text in ".?!"

    def _resumes(self, last: Candidate, start: int) -> bool:
        """'"We are ready," she added, "but not yet."': the rest of a direct sentence broken by its cue."""
        if last.kind != "direct" or last.cue is None or not (last.end <= last.cue[0] < start):
            return False
        gap = self.text[last.end:start]
        return len(gap) < 80 and "\n" not in gap and not any(ch in gap for ch in ".!?") \
            and gap.rstrip(" \"“‘'").endswith(",")

    def _attribute(
        self, toks: Span, open_tok: Token | None, close_tok: Token | None,
        start: int, end: int, kind: str, sentence_initial: bool, after_colon: bool,
    ) -> Candidate | None:
        """Cue and speaker from the parse and the quote's own sentence (None when neither says)."""
        before, after = self._context(open_tok, close_tok)
        cue = self._governing_cue(toks)
        if cue is not None:
            subj = subject_of(cue)
            if subj is not None and not self.quoted[subj.i]:
                return self._make(start, end, kind, (cue, subj), "governing")
        if sentence_initial and not after_colon:
            found = self._cue_in(after)
            if found is not None and not (self.text[end - 1:end] in ".?!" and self._introduces_quote(found[0])):
                return self._make(start, end, kind, found, "after")
            return None
        for ctx, rule in ((before, "before"), (after, "after")):
            found = self._cue_in(ctx)
            if found is not None:
                return self._make(start, end, kind, found, rule)
        found = self._colon_speaker(before)
        if found is not None:
            return self._make(start, end, kind, found, "colon")
        return None

    def _introduces_quote(self, cue: Token) -> bool:
        """Whether a cue is followed by a comma or colon and an opening quote mark ("she said, '...'")."""
        doc, n = self.tokens, len(self.doc)
        i = cue.i + 1
        while i < n and i <= cue.i + 4 and not doc[i].is_quote:
            if (
                doc[i].text not in (",", ":")
                and not doc[i].is_space
                and doc[i].pos_ not in ("PROPN", "NOUN", "PRON", "DET", "ADV", "ADP")
            ):
                return False
            i += 1
        return i < n and doc[i].is_quote and self.quoted[min(i + 1, n - 1)] \
            and doc[i - 1].text in (",", ":")

    def _make(self, start: int, end: int, kind: str, found: tuple[Token, Token], rule: str) -> Candidate:
        cue_tok, subj = found
        head = speaker_head(subj)
        a, b = np_bounds(head)
        return Candidate(start, end, kind, cue=self._cue_chars(cue_tok), speaker_head=head.i, speaker_span=(a, b),
                         source=rule)

    def _cue_chars(self, cue: Token) -> tuple[int, int]:
        if cue.lower_ == "according" and cue.i + 1 < len(self.doc):
            nxt = self.doc[cue.i + 1]
            return cue.idx, nxt.idx + len(nxt.text)
        # phrasal particle: "pointed out", "called for"
        end_tok = cue
        for child in cue.rights:
            if child.dep_ == "prt" and child.i == cue.i + 1:
                end_tok = child
        return cue.idx, end_tok.idx + len(end_tok.text)

    def _colon_speaker(self, before: list[Token]) -> tuple[Token, Token] | None:
        """"Smith: '...'" — a short noun phrase and a colon right before the quote."""
        if not before or before[0].text != ":":
            return None
        words = before[1:]
        if not words or len(words) > 6 or any(t.pos_ in ("VERB", "AUX") for t in words):
            return None
        heads = [t for t in words if t.pos_ in ("PROPN", "NOUN", "PRON")]
        if not heads:
            return None
        return before[0], heads[0]

    def _next_sentence_speaker(self, close_tok: Token | None) -> tuple[Token, Token] | None:
        """'"...." That is what the minister told reporters.' — a cue in the next sentence."""
        if close_tok is None or close_tok.i + 1 >= len(self.doc):
            return None
        sent = close_tok.sent
        nxt_i = sent.end
        if nxt_i <= close_tok.i:
            nxt_i = close_tok.i + 1
        if nxt_i >= len(self.doc):
            return None
        nxt = self.doc[nxt_i].sent
        if self.para_of[nxt.start] - self.para_of[close_tok.i] > 1:
            return None
        if any(t.is_quote for t in nxt) or len(nxt) > 25:
            return None
        for tok in nxt:
            if self.lex.is_speech_verb(tok) and not any(c.dep_ == "ccomp" for c in tok.children):
                subj = subject_of(tok)
                if subj is not None:
                    return tok, subj
        return None
