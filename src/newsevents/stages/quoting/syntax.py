"""Small dependency-parse helpers: subjects of cues, noun-phrase spans, clause spans."""

from __future__ import annotations

from spacy.strings import StringStore
from spacy.tokens import Doc, Token

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
# dependents through which a verb borrows the subject of its head
_INHERIT_DEPS = frozenset({"conj", "xcomp", "advcl", "pcomp", "ccomp"})
_NP_RIGHT_DEPS = frozenset({"compound", "flat", "nummod", "amod", "appos_name"})
_NP_RIGHT_PREPS = frozenset({"for", "of", "at", "from", "with", "in", "to"})
STATEMENT_HEADS = frozenset(
    {"statement", "readout", "report", "post", "tweet", "letter", "release", "communique", "message",
     "memo", "email", "spokesman", "spokeswoman", "spokesperson"}
)


_RELATIVES = frozenset({"who", "that", "which", "whom"})
# the same labels as ids (vocab-independent), compared as ints to spare string lookups
_SUBJECT_IDS = frozenset(StringStore().add(label) for label in ("nsubj", "nsubjpass"))
_SCONJ = StringStore().add("SCONJ")
_DATE_TIME = frozenset(StringStore().add(label) for label in ("DATE", "TIME"))


def subject_of(verb: Token, depth: int = 0) -> Token | None:
    """The subject token of a cue verb, borrowed from the governing verb when it has none.

    A relative pronoun subject ("Smith, who said") is returned as it is; see ``relative_antecedent``.
    """
    subjects = [
        c for c in verb.children
        if c.dep in _SUBJECT_IDS and c.pos != _SCONJ and c.ent_type not in _DATE_TIME
        and not _across_paragraphs(c, verb)
    ]
    # two subjects are a misparse, often a dateline ("SEOUL — North Korea said"): take the nearest
    if subjects:
        child = min(subjects, key=lambda c: abs(verb.i - c.i))
        if child.dep_ == "nsubjpass":
            agent = passive_agent(verb)
            if agent is not None:
                return agent
        return child
    dep, head = verb.dep_, verb.head
    if dep == "relcl" and head.pos_ in ("NOUN", "PROPN", "PRON"):
        return head  # "Smith, who said ..."
    if dep == "acl" and head.pos_ in ("NOUN", "PROPN"):
        return head  # "a statement saying ..."
    quoted = _quoted_as_saying(verb) if dep == "pcomp" else None
    if quoted is not None:
        return quoted
    if depth < 4 and dep in _INHERIT_DEPS and head.i != verb.i:
        if dep == "ccomp":
            return None
        if dep == "conj":
            sibling = _coordinated_subject(verb)
            if sibling is not None:
                return sibling
            if _finite(verb) and _under_modal(head) and head.dep_ == "ccomp" and head.head.i != head.i:
                # "said X would not cause harm and accused Y": a past verb cannot share the modal,
                # so it is coordinated with the reporting verb
                return subject_of(head.head, depth + 1)
        return subject_of(head, depth + 1)
    return None


def _across_paragraphs(subject: Token, verb: Token) -> bool:
    """A subject in an earlier paragraph is a misparse ("The Latest on the race:" over a dateline)."""
    if subject.i > verb.i:
        return False
    doc = verb.doc
    return any("\n" in doc[k].text_with_ws for k in range(subject.i, verb.i))


def _finite(verb: Token) -> bool:
    return verb.tag_ in ("VBD", "VBZ")


def _under_modal(verb: Token) -> bool:
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def _quoted_as_saying(verb: Token) -> Token | None:
    """"It quoted Wang as saying ...", "Wang was quoted as saying ...": Wang."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "as" or prep.head.lemma_.lower() != "quote":
        return None
    quote = prep.head
    for child in quote.children:
        if child.dep_ in ("dobj", "nsubjpass"):
            return child
    return None


_FINITE_LIKE = frozenset({"VBD", "VBN", "VBZ", "VBP"})


def _coordinated_subject(verb: Token) -> Token | None:
    """Subject of the nearest earlier verb in the same coordination, when the parser hung the
    list on the wrong verb ("B bristled as W warned X, moved to Y and announced Z": Z is W's)."""
    if verb.tag_ not in _FINITE_LIKE:
        return None
    top = verb
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    for i in range(verb.i - 1, top.i, -1):
        other = verb.doc[i]
        if other.head.i == top.i and other.dep_ in ("advcl", "conj") and other.tag_ in _FINITE_LIKE:
            for child in other.children:
                if child.dep_ == "nsubj":
                    return child
    return None


def relative_antecedent(pronoun: Token) -> Token | None:
    """The noun a relative pronoun subject stands for ("Smith, who said": Smith)."""
    verb = pronoun.head
    if pronoun.lower_ in _RELATIVES and verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    return None


def passive_agent(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "agent":
            for grand in child.children:
                if grand.dep_ == "pobj":
                    return grand
    return None


def np_bounds(head: Token) -> tuple[int, int]:
    """Token bounds [i, j) of the noun phrase headed by ``head``, without relative clauses or appositions."""
    start = head.i
    for child in head.lefts:
        if child.dep_ in ("punct", "cc", "prep", "relcl", "appos", "advmod") and child.i < start:
            continue
        start = min(start, child.left_edge.i)
    end = head.i + 1
    for child in head.rights:
        if child.i != end:
            break
        if child.dep_ in _NP_RIGHT_DEPS or (child.dep_ == "prep" and child.lower_ in _NP_RIGHT_PREPS):
            end = child.right_edge.i + 1
        else:
            break
    # never swallow a quote mark, trailing punctuation or a line break (datelines, headlines)
    doc = head.doc
    for k in range(head.i - 1, start - 1, -1):
        if "\n" in doc[k].text_with_ws:
            start = k + 1
            break
    for k in range(head.i, end):
        if "\n" in doc[k].text_with_ws:
            end = k + 1
            break
    while end - 1 > head.i:
        tok = doc[end - 1]
        if not (tok.is_punct or tok.is_quote):
            break
        end -= 1
    while start < head.i:
        tok = doc[start]
        if not (tok.is_punct or tok.is_quote):
            break
        start += 1
    return start, end


def speaker_head(subject: Token) -> Token:
    """The token standing for the speaker: "China's readout said" speaks for China."""
    if subject.lemma_.lower() in STATEMENT_HEADS or subject.lower_ in STATEMENT_HEADS:
        for child in subject.children:
            if child.dep_ == "poss" and child.pos_ in ("PROPN", "NOUN"):
                return child
        for child in subject.children:  # "statements from both governments said"
            if child.dep_ == "prep" and child.lower_ in ("from", "by"):
                for grand in child.children:
                    if grand.dep_ == "pobj" and grand.pos_ in ("PROPN", "NOUN"):
                        return grand
    return subject


def according_to(token: Token) -> Token | None:
    """For the token "according" of "according to X", the head of X."""
    if token.lower_ != "according":
        return None
    for child in token.children:
        if child.lower_ == "to":
            for grand in child.children:
                if grand.dep_ == "pobj":
                    return grand
    # parsers sometimes hang "to" as a sibling
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if nxt is not None and nxt.lower_ == "to":
        for grand in nxt.children:
            if grand.dep_ == "pobj":
                return grand
    return None


def trimmed_char_span(doc: Doc, i: int, j: int) -> tuple[int, int] | None:
    """Character span of tokens [i, j), without edge punctuation, quote marks or a leading "that"."""
    while i < j:
        tok = doc[i]
        if not (tok.is_punct or tok.is_space or (tok.dep_ in ("mark", "cc") and tok.lower_ != "if")):
            break
        i += 1
    while j > i:
        tok = doc[j - 1]
        if not (tok.is_punct or tok.is_space):
            break
        j -= 1
    if i >= j:
        return None
    first, last = doc[i], doc[j - 1]
    return first.idx, last.idx + len(last.text)


def subtree_bounds_excluding(head: Token, excluded: list[Token]) -> tuple[int, int]:
    """Token bounds of ``head``'s subtree, shrunk to drop excluded subtrees at either edge."""
    start, end = head.left_edge.i, head.right_edge.i + 1
    spans = sorted((t.left_edge.i, t.right_edge.i + 1) for t in excluded)
    changed = True
    while changed:
        changed = False
        for a, b in spans:
            if a <= start < b:
                start, changed = b, True
            if a < end <= b:
                end, changed = a, True
        # drop punctuation left at the edges
        doc = head.doc
        while start < end and (doc[start].is_punct or doc[start].is_space):
            start, changed = start + 1, True
        while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
            end, changed = end - 1, True
    return start, end
