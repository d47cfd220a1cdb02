"""Dependency-tree helpers for event coding (spaCy ClearNLP-style labels)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

SUBJ = frozenset({"nsubj", "csubj"})
PASS_SUBJ = frozenset({"nsubjpass", "csubjpass"})
OBJ = frozenset({"dobj", "obj"})
CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "parataxis", "pcomp", "csubj"})
RELATIVE = frozenset({"which", "that", "who", "whom", "whose"})
NEGATORS = frozenset({"not", "n't", "never", "no", "nt"})
TARGET_PREPS = ("on", "against", "with", "to", "toward", "towards", "at", "into", "upon", "over", "for", "from")


# the last document's children memo, paired with its Doc (a tuple, so threads never mix documents)
_memo: tuple[Doc, list[list[Token] | None]] | None = None


def kids(tok: Token) -> list[Token]:
    """``list(tok.children)``, computed once per token of a document (a shared list: do not mutate)."""
    global _memo
    memo = _memo
    if memo is None or memo[0] is not tok.doc:
        memo = _memo = (tok.doc, [None] * len(tok.doc))
    table = memo[1]
    row = table[tok.i]
    if row is None:
        row = table[tok.i] = list(tok.children)
    return row


def is_predicate(tok: Token) -> bool:
    """A verb (or a participle tagged otherwise) that can head an event clause."""
    return tok.pos_ == "VERB" or (tok.pos_ == "AUX" and tok.dep_ in ("ROOT", "ccomp", "conj") and tok.tag_ != "MD"
                                  and any(c.dep_ in OBJ for c in kids(tok)))


def resolve_relative(tok: Token) -> Token:
    """A relative pronoun ("which", "that") stands for the noun its clause modifies."""
    if tok.text.lower() in RELATIVE and tok.tag_ in ("WDT", "WP", "IN", "DT"):
        clause = tok.head
        while clause.dep_ not in ("relcl", "acl") and clause.head.i != clause.i:
            if clause.dep_ in ("prep", "pobj", "xcomp", "ccomp"):
                clause = clause.head
            else:
                break
        if clause.dep_ in ("relcl", "acl"):
            return clause.head
    return tok


def children(tok: Token, *deps: str) -> list[Token]:
    return [c for c in kids(tok) if c.dep_ in deps]


def first_child(tok: Token, deps: frozenset[str] | tuple[str, ...]) -> Token | None:
    for c in kids(tok):
        if c.dep_ in deps:
            return c
    return None


def preps_of(verb: Token) -> dict[str, Token | None]:
    """Particles and prepositions of a verb, each with its object (None when stranded)."""
    out: dict[str, Token | None] = {}
    for c in kids(verb):
        if c.dep_ == "prt":
            out.setdefault(c.text.lower(), None)
        elif c.dep_ in ("prep", "agent", "dative") and c.pos_ == "ADP":
            obj = first_child(c, ("pobj", "pcomp"))
            out.setdefault(c.text.lower(), obj)
        elif c.dep_ in ("xcomp", "ccomp", "advcl"):
            for g in kids(c):  # "called for both sides to ...": 'for' marks the clause
                if g.dep_ == "mark" and g.text.lower() == "for":
                    subj = first_child(c, SUBJ)
                    out.setdefault("for", subj)
    return out


def conjuncts(tok: Token) -> list[Token]:
    """The token and the nouns coordinated with it ("he and Xi", "the US and China")."""
    out = [tok]
    for c in kids(tok):
        if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN", "PRON"):
            out.extend(conjuncts(c))
    return out


def is_passive(verb: Token) -> bool:
    if any(c.dep_ in PASS_SUBJ or c.dep_ == "auxpass" for c in kids(verb)):
        return True
    # a participle modifying a noun: "measures imposed on China"
    return verb.dep_ == "acl" and verb.tag_ == "VBN"


def subject_of(verb: Token, depth: int = 0) -> Token | None:
    """The active subject of a verb, inherited through conj, xcomp, advcl and acl when absent."""
    for c in kids(verb):
        if c.dep_ in SUBJ:
            appos = next((a for a in kids(c) if a.dep_ == "appos" and a.i > c.i and a.pos_ == "PROPN"), None)
            if appos is not None and verb.dep_ in ("acl", "relcl") and c.pos_ == "NOUN":
                return appos  # "a charge Beijing has denied" (parsed as subject + apposition)
            return resolve_relative(c)
    agent = first_child(verb, ("agent",))
    if agent is not None:
        obj = first_child(agent, ("pobj",))
        if obj is not None:
            return obj
    if depth > 4:
        return None
    head = verb.head
    if head.i == verb.i:
        return None
    if verb.dep_ == "conj" and head.pos_ in ("VERB", "AUX"):
        inner = misattached_clause(verb)
        return subject_of(inner if inner is not None else head, depth + 1)
    if verb.dep_ in ("xcomp", "advcl") and head.pos_ in ("VERB", "AUX", "ADJ"):
        if verb.dep_ == "xcomp":
            psubj = first_child(head, PASS_SUBJ)
            if psubj is not None and first_child(head, SUBJ) is None:
                return resolve_relative(psubj)  # "are known to have spoken", "was asked to"
            obj = first_child(head, OBJ)
            if obj is not None:  # object control: "urged Washington to remove"
                return resolve_relative(obj)
            prep = next((c for c in kids(head) if c.dep_ == "prep" and c.text.lower() in ("on", "upon", "for")), None)
            if prep is not None and (pobj := first_child(prep, ("pobj",))) is not None:
                return pobj  # "called on the US to"
        if verb.dep_ == "advcl" and verb.tag_ not in ("VBG", "VBN", "VB"):
            return None
        if head.pos_ == "ADJ" and head.head.i != head.i:
            return subject_of(head.head, depth + 1)
        return subject_of(head, depth + 1)
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and head.dep_ in ("dobj", "pobj") and depth < 4:
        gov = head.head if head.dep_ == "dobj" else head.head.head
        if gov.pos_ in ("VERB", "AUX"):
            return subject_of(gov, depth + 1)  # "issued a declaration demanding that ..."
    return None


SUBORDINATORS = frozenset({"as", "while", "after", "when", "since", "because", "before", "though", "although",
                           "whereas", "until", "once"})


def misattached_clause(verb: Token) -> Token | None:
    """The adverbial clause a conjunct really continues, when the parser hung it on the main verb.

    In "X has bristled as Y warned A, moved to B and announced C", spaCy makes
    "moved" a conjunct of "bristled"; it continues the "as"-clause: it follows
    that clause and shares its tense while the main verb's differs (a perfect or
    another form). Returns the clause's verb, or None.
    """
    head = verb.head
    for clause in kids(head):
        if not (clause.dep_ == "advcl" and head.i < clause.i < verb.i):
            continue
        if not any(m.dep_ == "mark" and m.text.lower() in SUBORDINATORS for m in kids(clause)):
            continue
        if first_child(clause, SUBJ) is None or first_child(verb, SUBJ) is not None:
            continue
        if any(c.dep_ == "cc" and clause.i < c.i < verb.i for c in kids(head)):
            continue  # "X bristled as Y warned, and then moved": a conjunct of the main verb
        main_perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in kids(head))
        if verb.tag_ == clause.tag_ and (verb.tag_ != head.tag_ or main_perfect) and not any(
                c.dep_ == "aux" for c in kids(verb)):
            return clause
    return None


def passive_subject(verb: Token) -> Token | None:
    for c in kids(verb):
        if c.dep_ in PASS_SUBJ:
            return resolve_relative(c)
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return verb.head
    return None


def direct_object(verb: Token) -> Token | None:
    objs = [c for c in kids(verb) if c.dep_ in OBJ]
    plain = [c for c in objs if c.text.lower() not in RELATIVE]
    if plain:
        return plain[0]
    if objs:
        return resolve_relative(objs[0])
    subj = first_child(verb, SUBJ)
    if subj is not None and verb.dep_ in ("acl", "relcl") and subj.pos_ == "NOUN" and any(
            a.dep_ == "appos" and a.i > subj.i and a.pos_ == "PROPN" for a in kids(subj)):
        return subj
    # "a charge Beijing has denied": the relative clause's head noun is the object
    if (verb.dep_ == "relcl" and not any(c.dep_ in SUBJ and c.text.lower() in RELATIVE for c in kids(verb))
            and not any(c.dep_ in ("prep", "dative") and not list(kids(c)) for c in kids(verb))):
        return verb.head
    return None


def complement_verbs(comp: Token) -> list[Token]:
    """A complement and the predicates chained under it (not relative clauses on its nouns)."""
    out = [comp]
    for c in kids(comp):
        if c.dep_ in ("xcomp", "ccomp", "pcomp", "conj", "advcl") and c.pos_ in ("VERB", "AUX"):
            out.extend(complement_verbs(c))
        elif c.dep_ == "prep":
            for g in kids(c):
                if g.dep_ == "pcomp":
                    out.extend(complement_verbs(g))
    return out


def negated(tok: Token) -> bool:
    """A negation on the token itself or on its auxiliaries."""
    for c in kids(tok):
        if c.dep_ == "neg" or (c.dep_ in ("advmod", "aux", "det") and c.text.lower() in NEGATORS):
            return True
        if (c.dep_ in SUBJ or c.dep_ in PASS_SUBJ) and any(  # "no country has recognized", "neither side"
                d.dep_ == "det" and d.text.lower() in ("no", "neither") for d in kids(c)):
            return True
        if c.dep_ in ("aux", "auxpass") and any(g.dep_ == "neg" for g in kids(c)):
            return True
    return False


def clause_head(tok: Token) -> Token:
    """The nearest predicate that governs a token (itself when it is one)."""
    cur = tok
    for _ in range(40):
        if cur.pos_ in ("VERB", "AUX") and (cur.dep_ in CLAUSE_DEPS or cur.dep_ == "ROOT"):
            return cur
        if cur.head.i == cur.i:
            return cur
        cur = cur.head
    return cur


def ancestors_upto(tok: Token, stop: Token) -> Iterator[Token]:
    for a in tok.ancestors:
        yield a
        if a.i == stop.i:
            return


def compound_key(noun: Token) -> str:
    """'hunger strike' for a noun with a compound modifier, else ''."""
    mods = [c for c in noun.lefts if c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "ADJ")]
    if mods:
        return f"{mods[-1].lemma_.lower()} {noun.lemma_.lower()}"
    return ""


def complement_of(verb: Token) -> Token | None:
    """An infinitive, that-clause or gerund complement of a verb or adjective."""
    for dep in ("xcomp", "ccomp"):
        c = first_child(verb, (dep,))
        if c is not None:
            return c
    for c in kids(verb):
        if c.dep_ == "prep" and c.text.lower() in ("to", "for", "of", "on", "from", "against", "with"):
            pc = first_child(c, ("pcomp",))
            if pc is not None:
                return pc
    adv = next((c for c in kids(verb) if c.dep_ == "advcl" and any(
        g.dep_ == "aux" and g.text.lower() == "to" for g in kids(c))), None)
    return adv


def noun_complement(verb: Token) -> Token | None:
    """A nominal complement of an appeal/demand: 'called for talks', 'demanded the removal'."""
    for c in kids(verb):
        if c.dep_ == "prep" and c.text.lower() in ("for", "to"):
            pobj = first_child(c, ("pobj",))
            if pobj is not None:
                return pobj
    return first_child(verb, OBJ)


def condition_subjects(verb: Token) -> list[Token]:
    """Subjects of 'if/unless' clauses under a threat: the party the condition is set for."""
    out = []
    for t in verb.subtree:
        if t.dep_ == "advcl" and any(m.dep_ == "mark" and m.text.lower() in ("if", "unless") for m in kids(t)):
            subj = first_child(t, SUBJ)
            if subj is not None:
                out.append(subj)
    return out
