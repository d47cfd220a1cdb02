"""Find the coded actions of a sentence: predicates, their frames and their arguments.

An ``Action`` is a trigger with a CAMEO code and the tokens that carry its
source and target, before actors are resolved. Framed verbs ("urged X to",
"threatened to", "agreed to") swallow their complement; transparent and
modal frames ("moved to", "plans to", "expected to") pass their subject and
their modality down to it; reporting verbs ("said that") mark their
complement as reported and attribute it to their subject.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.symbols import ADJ, AUX, NOUN, PROPN, VERB
from spacy.tokens import Span, Token

from newsevents.kb.cameo import RECIP, Lexicon
from newsevents.stages.coding.arguments import is_pair_phrase, is_reciprocal_object
from newsevents.stages.coding.classify import (
    ADJ_CODES,
    ADJ_FRAMES,
    FRAMED,
    Coded,
    compose,
    lemma_of,
    noun_event_code,
    valid,
    verb_code,
)
from newsevents.stages.coding.modality import denied, own_modality
from newsevents.stages.coding.scan import DocScan
from newsevents.stages.coding.syntax import (
    OBJ,
    SUBJ,
    TARGET_PREPS,
    complement_of,
    complement_verbs,
    condition_subjects,
    conjuncts,
    direct_object,
    first_child,
    is_passive,
    kids,
    noun_complement,
    passive_subject,
    preps_of,
    resolve_relative,
    subject_of,
)

# what a rejection is about when it is only a claim ("rejected claims of supplying missiles")
CLAIM_NOUNS = frozenset({"claim", "accusation", "allegation", "charge", "report", "suggestion", "assertion"})
NOMINAL_ROOTS = frozenset({"04", "14", "16", "18", "19"})
WANT = frozenset({"want", "wish", "like", "expect", "need"})
PROSPECTIVE = frozenset({"should", "will", "would", "must", "shall", "'ll", "to", "could", "can"})
NEEDS_ADDRESSEE = frozenset({"encourage", "press", "ask", "urge", "order", "instruct", "tell"})
OBLIGATION = {"must": "demand", "should": "appeal", "ought": "appeal"}


@dataclass
class Action:
    """One coded predicate with its argument tokens and modal marks."""

    trigger: Token
    code: str
    source_tok: Token | None
    target_toks: list[Token]
    marks: list[tuple[bool, str | None]] = field(default_factory=list)
    reported_by: Token | None = None  # subject of the reporting verb
    reciprocal: bool = False
    deep_target: bool = True
    confidence: float | None = None  # set by a classifier (the embedding fallback); None: lexicon coding


class SentenceCoder:
    """Codes one sentence; keeps track of tokens consumed by frames."""

    def __init__(self, sent: Span, lex: Lexicon) -> None:
        self.sent = sent
        self.lex = lex
        self.consumed: set[int] = set()
        self.actions: list[Action] = []
        self.reported: dict[int, Token | None] = {}  # token index -> speaker token (None: inside quote)
        self.speech: list[Token] = []  # reporting verbs with a clause
        self._codes: dict[tuple[int, bool], Coded | None] = {}

    def code_of(self, tok: Token, reciprocal: bool = False) -> Coded | None:
        """``verb_code`` once per token and reciprocity (frames look at the same verbs again)."""
        key = (tok.i, reciprocal)
        if key not in self._codes:
            self._codes[key] = verb_code(tok, self.lex, reciprocal=reciprocal)
        return self._codes[key]

    # -- inner codes -------------------------------------------------------
    def inner_code(self, comp: Token, depth: int = 0) -> tuple[str, Token]:
        """The code of a complement, looking through transparent frames ("moved to limit")."""
        self.consumed.add(comp.i)
        if comp.pos_ in ("NOUN", "PROPN"):
            return noun_event_code(comp, self.lex), comp
        coded = self.code_of(comp)
        if coded is None:
            return "", comp
        if coded.frame in ("transparent", "future", "hedge") and depth < 3:
            nxt = complement_of(comp)
            if nxt is not None:
                return self.inner_code(nxt, depth + 1)
        if coded.frame in FRAMED:
            nxt = complement_of(comp)
            inner = self.inner_code(nxt, depth + 1)[0] if nxt is not None else ""
            return valid(compose(coded.frame, inner)) if (inner or not coded.code) else coded.code, comp
        return coded.code, comp

    # -- main loop -----------------------------------------------------------
    def run(self, scan: DocScan | None = None) -> list[Action]:
        """Code the sentence; ``scan`` (per-document arrays) orders heads before dependents."""
        doc = self.sent.doc
        start, end = self.sent.start, self.sent.end
        if scan is None:
            scan = DocScan.of(doc)
        depth = scan.depth
        candidates = []
        nominals = []
        strings = doc.vocab.strings
        pos_of, lemma_of_id, noun_heads = scan.pos, scan.lemma, self.lex.noun_code_heads
        for i in range(start, end):
            pos = pos_of[i]
            if pos == VERB:
                candidates.append(i)
            elif pos == AUX:
                if any(c.dep_ in OBJ for c in kids(doc[i])):
                    candidates.append(i)
            elif pos == ADJ:
                if doc[i].text.lower() in ADJ_FRAMES:
                    candidates.append(i)
            elif pos in (NOUN, PROPN) and strings[lemma_of_id[i]].lower() in noun_heads:
                nominals.append(i)
        for i in sorted(candidates, key=lambda k: (depth[k], k)):
            if i in self.consumed or not (start <= i < end):
                continue
            tok = doc[i]
            if tok.pos_ != "ADJ" or first_child(tok, ("xcomp",)) is not None:
                self.code_predicate(tok)
        for i in nominals:
            if i not in self.consumed:
                self.code_nominal(doc[i])
        self._statements()
        return self.actions

    def _statements(self) -> None:
        """A reporting verb whose clause codes nothing is a statement (010), or a comment (012/013)."""
        coded = {a.trigger.i for a in self.actions}
        for verb in self.speech:
            comp = first_child(verb, ("ccomp",))
            if comp is None or any(t.i in coded for t in comp.subtree) or verb.i in coded:
                continue
            code = "010"
            for t in comp.subtree:
                if t.pos_ == "ADJ" and t.dep_ == "acomp" and t.lemma_.lower() in ADJ_CODES:
                    code = ADJ_CODES[t.lemma_.lower()]
            self.actions.append(Action(trigger=verb, code=code, source_tok=subject_of(verb),
                                       target_toks=self._addressee(verb), marks=self._modal_chain(verb),
                                       reported_by=None))

    def _modal_chain(self, tok: Token) -> list[tuple[bool, str | None]]:
        """Marks of the trigger and the transparent/modal frames above it."""
        marks = [own_modality(tok, tok.i in self.reported)]
        if denied(tok):
            marks.append((True, None))
        cur = tok
        for _ in range(4):
            if cur.dep_ not in ("xcomp", "ccomp", "pcomp", "advcl", "conj") or cur.head.i == cur.i:
                break
            if cur.dep_ == "conj":
                cur = cur.head
                continue
            head = cur.head if cur.dep_ != "pcomp" else cur.head.head
            coded = self.code_of(head) if head.pos_ in ("VERB", "AUX", "ADJ") else None
            if coded is None or coded.frame not in ("transparent", "future", "hedge"):
                break
            neg, mode = own_modality(head, head.i in self.reported)
            if coded.frame == "future":
                passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in kids(head))
                # "plans to" is future; "is expected to" is someone else's expectation: a hedge
                mode = "hedged" if passive or mode == "hedged" else "future"
            elif coded.frame == "hedge" and head.lemma_.lower() not in ("attempt", "try"):
                mode = "hedged"
            marks.append((neg, mode))
            cur = head
        return marks

    def code_predicate(self, verb: Token) -> None:
        lemma = lemma_of(verb, self.lex)
        if verb.pos_ != "ADJ" and lemma not in self.lex.verbs:
            return  # most verbs are not in the lexicon: leave before any tree walking
        if verb.tag_ == "VBN" and verb.dep_ in ("advcl", "acomp", "oprd", "amod") and not any(
                c.dep_ in ("aux", "auxpass", "agent", "nsubj", "nsubjpass") for c in kids(verb)):
            return  # adjectival participle: "emerged encouraged that ..."
        if self.code_of(verb) is None and (verb.pos_ == "ADJ" or not any(
                e.prep == RECIP for e in self.lex.verbs[lemma])):
            return  # uncoded, and a reciprocal subject could not change that: skip the argument walk
        obj = direct_object(verb)
        subj = subject_of(verb)
        reciprocal = is_reciprocal_object(obj) or (
            subj is not None and (len(conjuncts(subj)) > 1 or is_pair_phrase(subj)))
        coded = self.code_of(verb, reciprocal)
        if coded is None:
            return
        comp = complement_of(verb)
        if verb.lemma_.lower() in WANT and comp is not None and comp.dep_ == "xcomp" and obj is not None:
            coded = Coded(code="020", frame="appeal", obj=obj)  # "wants Germany to pay": an appeal
        if coded.frame == "intent" and comp is not None and comp.dep_ == "ccomp" and not any(
                c.dep_ == "aux" and c.text.lower() in PROSPECTIVE for c in kids(comp)):
            coded = Coded(code="019", frame="", obj=obj)  # "agreed there was a need": voices accord
            comp = None
        if coded.frame == "" and coded.code[:2] == "05" and obj is not None:
            acl = next((c for c in kids(obj) if c.dep_ == "acl" and any(
                a.dep_ == "aux" and a.text.lower() == "to" for a in kids(c))), None)
            if acl is not None:  # "reached a consensus to exchange information": an intent
                coded = Coded(code=coded.code, frame="intent", obj=obj)
                comp = acl
        if coded.frame == "speech":
            self._mark_reported(verb)
            self.speech.append(verb)
            if comp is not None and comp.dep_ == "ccomp":
                self._obligation(verb, comp)
                return
            if not coded.code:
                return
        if coded.frame in ("transparent", "future", "hedge") and comp is not None:
            return  # the complement is coded on its own, with this frame's modality
        code = coded.code
        target_toks: list[Token] = []
        source_tok = subject_of(verb)
        if coded.frame == "intent" and comp is None:
            noun = next((p for k, p in preps_of(verb).items() if k in ("to", "on", "upon") and p is not None
                         and p.pos_ == "NOUN"), None)
            if noun is not None and (ncode := noun_event_code(noun, self.lex)):
                code = valid(compose("intent", ncode))  # "agreed to a ceasefire"
        if coded.frame in FRAMED and comp is None and coded.frame in ("appeal", "demand"):
            noun = noun_complement(verb)
            if noun is not None and (ncode := noun_event_code(noun, self.lex)) and not code[:3].isdigit():
                code = valid(compose(coded.frame, ncode))
        if coded.frame in FRAMED and comp is not None:
            inner, inner_tok = self.inner_code(comp)
            self.consumed.update(t.i for t in complement_verbs(comp))
            specific = self.lex.lookup(verb.lemma_.lower(), [], [inner_tok.lemma_.lower()])
            if specific is not None and specific.obj != "*" and specific.code:
                code = specific.code
            else:
                code = valid(compose(coded.frame, inner))
            if verb.lemma_.lower() in NEEDS_ADDRESSEE and not self._addressee(verb):
                return  # "emerged encouraged that ...", "asked whether ..."
            if coded.frame in ("appeal", "demand"):
                target_toks = self._addressee(verb) + [t for t in [subject_of(comp)] if t is not None]
            elif coded.frame in ("intent", "threat", "reject"):
                target_toks = self._addressee(verb) + self._targets(inner_tok) + condition_subjects(verb)
        if not code:
            return
        if comp is not None and comp.dep_ == "pcomp" and code[:2] in ("01", "11", "12", "09", "10", "02"):
            # "accused X of violating": the charge is not an event
            self.consumed.update(t.i for t in complement_verbs(comp))
        if not target_toks:
            target_toks = self._targets(verb)
        if verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.text.lower() == "to" for c in kids(verb)):
            # a purpose clause shares its head's goal: "sent personnel to Bosnia to investigate"
            target_toks = target_toks + self._targets(verb.head)
        if is_passive(verb) and verb.dep_ != "acl":
            psubj = passive_subject(verb)
            if psubj is not None and psubj.pos_ in ("PROPN", "PRON", "NOUN"):
                target_toks = [psubj, *[t for t in target_toks if obj is None or t.i != obj.i]]
        elif verb.dep_ == "acl" and verb.tag_ == "VBN" and first_child(verb, (*SUBJ, "agent")) is None:
            source_tok = None  # "measures imposed on China": no agent named
        if code.startswith("112") or code == "016" or (
                code[:2] == "12" and obj is not None and obj.lemma_.lower() in CLAIM_NOUNS):
            self._consume_charge(verb)
        self.actions.append(Action(
            trigger=verb, code=code, source_tok=source_tok, target_toks=target_toks,
            marks=self._modal_chain(verb), reported_by=self.reported.get(verb.i),
            reciprocal=reciprocal,
        ))

    def _consume_charge(self, verb: Token) -> None:
        """What an accusation, a denial or a rejected claim is about is not itself an event:
        "accused troops of firing on a village", "rejected claims of supplying missiles"."""
        stack = [c for c in kids(verb) if c.dep_ in ("dobj", "prep", "dative")]
        while stack:
            t = stack.pop()
            if t.dep_ == "parataxis" or (t.dep_ == "conj" and t.pos_ in ("VERB", "AUX")) or (
                    t.dep_ in ("relcl", "acl", "advcl") and first_child(t, (*SUBJ, "nsubjpass")) is not None
                    and not any(m.dep_ == "mark" and m.text.lower() == "that" for m in kids(t))):
                continue  # "a charge Beijing has denied", "..., and accused": clauses of their own
            self.consumed.add(t.i)
            stack.extend(kids(t))

    def fallback_action(self, verb: Token, code: str, confidence: float) -> Action:
        """An action for a verb coded outside the lexicon (the embedding fallback)."""
        return Action(trigger=verb, code=code, source_tok=subject_of(verb), target_toks=self._targets(verb),
                      marks=self._modal_chain(verb), reported_by=self.reported.get(verb.i),
                      confidence=confidence)

    def taken(self) -> set[int]:
        """Tokens already coded or swallowed by a frame."""
        return self.consumed | {a.trigger.i for a in self.actions} | {v.i for v in self.speech}

    def _addressee(self, verb: Token) -> list[Token]:
        """Who an appeal/threat is addressed to: 'urged X', 'called on X', 'warned X'."""
        obj = first_child(verb, (*OBJ, "dative"))
        if obj is not None and obj.pos_ in ("PROPN", "NOUN", "PRON"):
            return [resolve_relative(obj)]
        for p, pobj in preps_of(verb).items():
            if p in ("on", "upon", "to", "against") and pobj is not None and pobj.pos_ in ("PROPN", "NOUN", "PRON"):
                return [pobj]
        return []

    def _targets(self, verb: Token) -> list[Token]:
        out: list[Token] = []
        dative = first_child(verb, ("dative",))
        if dative is not None:
            pobj = first_child(dative, ("pobj",)) if dative.pos_ == "ADP" else dative
            if pobj is not None:
                out.append(pobj)
        obj = direct_object(verb)
        if obj is not None and not is_reciprocal_object(obj):
            out.append(obj)
        preps = preps_of(verb)
        for p in TARGET_PREPS:
            pobj = preps.get(p)
            if pobj is not None and pobj.pos_ in ("PROPN", "NOUN", "PRON"):
                out.append(resolve_relative(pobj))
        for p in ("against", "on", "from", "over"):
            pobj = preps.get(p)
            if pobj is not None and pobj.pos_ == "VERB":  # "warned X against using chips made by Y"
                out.append(pobj)
        return out

    def _mark_reported(self, verb: Token) -> None:
        speaker = first_child(verb, SUBJ)
        for c in kids(verb):
            if c.dep_ in ("ccomp", "xcomp", "parataxis") or (c.dep_ == "advcl" and c.i < verb.i):
                for t in c.subtree:
                    self.reported.setdefault(t.i, speaker)
        if verb.dep_ in ("parataxis", "ccomp") and verb.head.i != verb.i and verb.i > verb.head.i:
            below = {t.i for t in verb.subtree}  # the tokens the verb is an ancestor of (and itself)
            for t in verb.head.subtree:  # "X attacked Y, officials said"
                if t.i < verb.i and t.i not in below:
                    self.reported.setdefault(t.i, speaker)

    def _obligation(self, verb: Token, comp: Token) -> None:
        """'X said Y must/should Z' is a demand/appeal by X to Y about Z."""
        modal = next((c.text.lower() for c in kids(comp) if c.dep_ == "aux" and c.text.lower() in OBLIGATION), None)
        if modal is None:
            return
        speaker = subject_of(verb)
        addressee = subject_of(comp)
        if addressee is None or speaker is None or addressee.text.lower() in ("it", "he", "she", "we", "i", "they"):
            return
        inner, _ = self.inner_code(comp)
        self.consumed.update(t.i for t in complement_verbs(comp))
        self.actions.append(Action(
            trigger=verb, code=valid(compose(OBLIGATION[modal], inner)), source_tok=speaker,
            target_toks=[addressee], marks=self._modal_chain(verb), reported_by=None,
        ))

    def code_nominal(self, noun: Token) -> None:
        """Event nouns with an explicit partner: 'a call with Xi', 'sanctions on Iran', 'talks between A and B'."""
        code = noun_event_code(noun, self.lex)
        if not code or code[:2] not in NOMINAL_ROOTS:
            return
        head = noun.head
        if noun.dep_ in ("dobj", "nsubjpass") and head.i in {a.trigger.i for a in self.actions}:
            return
        preps = {c.text.lower(): first_child(c, ("pobj",)) for c in kids(noun) if c.dep_ == "prep"}
        targets = [p for k, p in preps.items() if k in ("with", "on", "against", "between", "to") and p is not None]
        if not targets:
            return
        source: Token | None = first_child(noun, ("poss",))
        if source is None:
            source = next((c for c in kids(noun) if c.dep_ in ("compound", "amod")
                           and c.ent_type_ in ("GPE", "NORP", "ORG", "PERSON")), None)
        cur = noun
        while source is None and cur.head.i != cur.i and cur.dep_ in ("pobj", "prep", "dobj", "compound"):
            cur = cur.head
            if cur.pos_ in ("VERB", "AUX"):
                source = subject_of(cur)
                break
        between = preps.get("between")
        self.actions.append(Action(
            trigger=noun, code=code, source_tok=source if between is None else between,
            target_toks=targets if between is None else [],
            marks=[own_modality(clause_head_or(noun), noun.i in self.reported)],
            reported_by=self.reported.get(noun.i), reciprocal=between is not None,
        ))


def clause_head_or(tok: Token) -> Token:
    cur = tok
    while cur.pos_ not in ("VERB", "AUX") and cur.head.i != cur.i:
        cur = cur.head
    return cur
