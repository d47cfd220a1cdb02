"""Classify a predicate to a CAMEO code from the lexicon, and compose complement frames.

``verb_code`` looks a verb up with its particles/prepositions and the lemma and
noun class of its object; light verbs ("hold talks", "impose sanctions") are
coded through their object noun. ``compose`` turns the code of an infinitive
or that-clause complement into the code of the governing frame: intent
("agreed to visit" -> 036), threat ("threatened to cut ties" -> 1311), appeal,
demand and rejection.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from newsevents.kb.cameo import ANY, RECIP, Lexicon, load_cameo
from newsevents.stages.coding.syntax import (
    compound_key,
    direct_object,
    first_child,
    kids,
    preps_of,
    resolve_relative,
)

# adjectives that take an infinitive like a verb ("is willing to withdraw")
ADJ_CODES = {  # predicative adjectives that are comments: "said he was skeptical"
    "skeptical": "012", "sceptical": "012", "pessimistic": "012", "doubtful": "012", "worried": "012",
    "concerned": "012", "gloomy": "012", "optimistic": "013", "confident": "013", "hopeful": "013",
    "upbeat": "013",
}
ADJ_FRAMES = {
    "willing": "intent", "ready": "intent", "prepared": "intent", "eager": "intent", "keen": "intent",
    "determined": "intent", "committed": "intent", "happy": "intent", "open": "intent",
    "likely": "hedge", "unlikely": "hedge", "expected": "hedge", "set": "future", "due": "future",
    "poised": "future", "about": "future", "able": "hedge", "unable": "reject", "reluctant": "reject",
    "unwilling": "reject", "known": "transparent", "going": "future",
}

_INTENT_BY_ROOT = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035", "03": "030"}
_INTENT_SUB = {
    "061": "0311", "062": "0312", "063": "0313", "064": "0314",
    "071": "0331", "072": "0332", "073": "0333", "074": "0334", "075": "033",
    "081": "0351", "0811": "0351", "0812": "0351", "0813": "0351", "0814": "0351", "082": "0352",
    "083": "034", "0831": "0341", "0832": "0342", "0833": "0343", "0834": "0344",
    "084": "0353", "0841": "0353", "0842": "0353", "085": "0354", "086": "0355", "0861": "0355",
    "0862": "0355", "0863": "0355", "087": "0356", "0871": "0356", "0872": "0356", "0873": "0356",
    "0874": "0356", "045": "039", "046": "036", "0871x": "037",
}
_THREAT = {
    "160": "131", "161": "1311", "162": "1313", "1621": "1313", "1622": "1313", "1623": "1313",
    "163": "1312", "164": "134", "165": "135", "166": "136", "1661": "136", "1662": "136", "1663": "136",
    "172": "132", "1721": "1321", "1722": "1322", "1723": "1323", "1724": "1324", "171": "131",
    "1711": "131", "1712": "131", "173": "132", "174": "136", "175": "137", "191": "1381", "192": "1382",
    "204": "1385", "2041": "1385", "2042": "1385",
}
_REQUEST_BY_ROOT = {"04": "6", "05": "2", "06": "1", "07": "3", "08": "5", "03": "", "09": ""}
_REQUEST_SUB = {"061": "1", "062": "2", "063": "3", "064": "4", "071": "1", "072": "2", "073": "3",
                "074": "4", "081": "1", "082": "2", "084": "3", "0841": "3", "0842": "3", "085": "4",
                "086": "5", "0861": "5", "0862": "5", "0863": "5", "087": "6", "0871": "6", "0872": "6",
                "0873": "6", "0874": "6"}
_REJECT_BY_ROOT = {"04": "125", "06": "121", "07": "122", "08": "124", "01": "011", "03": "120", "05": "120"}
_REJECT_SUB = {"081": "1241", "082": "1242", "084": "1243", "0841": "1243", "0842": "1243",
               "085": "1244", "086": "1245", "087": "1246", "0871": "1246", "0874": "1246",
               "061": "1211", "062": "1212", "063": "1213", "057": "127", "046": "125"}

FRAMED = frozenset({"intent", "threat", "appeal", "demand", "reject"})


@dataclass(frozen=True, slots=True)
class Coded:
    """A code for a predicate, with the frame its complement would add, and its object noun."""

    code: str
    frame: str
    obj: Token | None


def object_keys(noun: Token | None, lex: Lexicon) -> list[str]:
    """The lemma(s) and noun class(es) an object contributes to a lookup."""
    if noun is None:
        return []
    keys: list[str] = []
    nouns = [noun]
    # "5.1 million dollars of aid", "a series of measures", "a grant of ..."
    of = next((c for c in kids(noun) if c.dep_ == "prep" and c.text.lower() == "of"), None)
    if of is not None and (pobj := first_child(of, ("pobj",))) is not None:
        nouns.append(pobj)
    for n in nouns:
        comp = compound_key(n)
        for key in (comp, n.lemma_.lower(), n.text.lower()):
            if not key:
                continue
            keys.append(key)
            cls = lex.noun_class.get(key)
            if cls:
                keys.append(cls)
    for n in nouns:  # "aid deliveries", "a military aid program": the modifier names the thing
        for mod in n.lefts:
            if mod.dep_ == "compound" and mod.pos_ == "NOUN" and (cls := lex.noun_class.get(mod.lemma_.lower())):
                keys.append(cls)
    return keys


def noun_event_code(noun: Token, lex: Lexicon) -> str:
    """The code a noun names by itself ("talks" -> 046, "hunger strike" -> 142), or ''."""
    for key in (compound_key(noun), noun.lemma_.lower()):
        if key and key in lex.noun_code:
            return lex.noun_code[key]
    return ""


def verb_code(verb: Token, lex: Lexicon, reciprocal: bool = False) -> Coded | None:
    """Code a verb from the lexicon; None when the lexicon has nothing for it."""
    lemma = lemma_of(verb, lex)
    if verb.pos_ == "ADJ":
        frame = ADJ_FRAMES.get(verb.text.lower(), "")
        return Coded(code="", frame=frame, obj=None) if frame else None
    if lemma not in lex.verbs:
        return None
    preps = preps_of(verb)
    prep_keys = list(preps)
    if reciprocal:
        prep_keys.append(RECIP)
    obj = direct_object(verb)
    if obj is None and verb.dep_ == "relcl" and not any(c.dep_ in ("nsubj",) and c.text.lower() in (
            "which", "that", "who") for c in kids(verb)):
        obj = verb.head  # "a charge Beijing has denied", "restrictions which X imposed"
    if obj is None and verb.dep_ == "acl" and verb.tag_ == "VBN":
        obj = verb.head  # "measures imposed on China"
    passive_subj = next((c for c in kids(verb) if c.dep_ == "nsubjpass"), None)
    if obj is None and passive_subj is not None:
        obj = resolve_relative(passive_subj)
    entries = lex.verbs[lemma]
    keys: list[str] = []
    if any(e.obj != ANY for e in entries):  # object keys matter only to patterns that name an object
        keys = object_keys(obj, lex)
        for p, pobj in preps.items():
            if pobj is not None and p in ("to", "on", "upon", "for", "into", "of", "in", "with", "by"):
                keys.extend(object_keys(pobj, lex))
        if obj is None and (subj := next((c for c in kids(verb) if c.dep_ == "nsubj"), None)) is not None:
            keys.extend(object_keys(subj, lex))  # "peacekeepers arrived": the subject names the thing
    if obj is None:
        obj = next((o for o in preps.values() if o is not None and o.pos_ in ("NOUN", "PROPN")), None)
    has_comp = any(e.frame for e in entries) and (  # a complement matters only to framed patterns
        any(c.dep_ in ("xcomp", "ccomp") for c in kids(verb))
        or any(c.dep_ == "pcomp" for p in kids(verb) if p.dep_ == "prep" for c in kids(p)))
    entry = lex.lookup(lemma, prep_keys, keys, want_frame=has_comp)
    if entry is not None and lemma == "deny" and obj is None:
        return Coded(code="016", frame="", obj=None)  # "denied that it fired": a denial
    if entry is None:
        if lemma in LIGHT_VERBS and obj is not None and (code := noun_event_code(obj, lex)):
            return Coded(code=code, frame="", obj=obj)
        return None
    code, frame = entry.code, entry.frame
    if entry.obj == ANY and entry.prep == ANY and lemma in LIGHT_VERBS and obj is not None \
            and (ncode := noun_event_code(obj, lex)):
        return Coded(code=ncode, frame="", obj=obj)  # "announced a suspension of links"
    if not code and obj is not None and frame == "" and lemma in LIGHT_VERBS:
        code = noun_event_code(obj, lex)
    if not code and not frame:
        return None
    return Coded(code=code, frame=frame, obj=obj)


def lemma_of(verb: Token, lex: Lexicon) -> str:
    """The verb's lemma, repaired when the lemmatizer slips ("staged" -> "stag")."""
    lemma = verb.lemma_.lower()
    if lemma in lex.verbs:
        return lemma
    low = verb.text.lower()
    for cut in (("ied", "y"), ("ed", ""), ("d", ""), ("ing", ""), ("ing", "e"), ("es", ""), ("s", "")):
        if low.endswith(cut[0]) and (cand := low[: -len(cut[0])] + cut[1]) in lex.verbs:
            return cand
    if low.endswith(("pped", "tted", "gged", "dded", "lled")) and low[:-3] in lex.verbs:
        return low[:-3]
    return lemma


LIGHT_VERBS = frozenset({
    "hold", "have", "conduct", "launch", "stage", "carry", "mount", "make", "take", "begin", "start",
    "continue", "resume", "announce", "order", "open", "impose", "place", "put", "issue", "give", "reach",
    "sign", "unveil", "intensify", "step", "escalate", "wage", "lead", "join", "end", "complete", "finish",
    "declare", "engage", "organize",
})


def compose(frame: str, inner: str) -> str:
    """The code of a framed verb given its complement's code ('' when unknown)."""
    if frame == "intent":
        if not inner:
            return "030"
        if int(inner[:2]) >= 10:
            return compose("threat", inner)
        return _INTENT_SUB.get(inner) or _INTENT_BY_ROOT.get(inner[:2], "030")
    if frame == "threat":
        if not inner:
            return "130"
        root = int(inner[:2])
        if inner in _THREAT or inner[:3] in _THREAT:
            return _THREAT.get(inner) or _THREAT[inner[:3]]
        if root in (15, 18, 19, 20):
            return "138"
        if root == 14:
            return "133"
        if root < 10:
            return "130"
        return "130"
    if frame in ("appeal", "demand"):
        base = "02" if frame == "appeal" else "10"
        if not inner:
            return base + "0"
        if inner in ("083", "0831", "0832", "0833", "0834"):
            return base + "4" + (inner[3:] if len(inner) == 4 else "")
        if inner in ("037", "0871") and frame == "appeal":
            return "027"
        if inner == "045":
            return base + "8"
        if inner in _REQUEST_SUB and inner[:2] in ("06", "07", "08"):
            digit = _REQUEST_BY_ROOT[inner[:2]]
            return base + digit + _REQUEST_SUB[inner]
        digit = _REQUEST_BY_ROOT.get(inner[:2], "")
        return base + (digit or "0")
    if frame == "reject":
        if not inner:
            return "120"
        return _REJECT_SUB.get(inner) or _REJECT_BY_ROOT.get(inner[:2], "120")
    return inner


def valid(code: str) -> str:
    """Fall back to the parent code when a composed sub-code does not exist."""
    table = load_cameo()
    while code and code not in table:
        code = code[:-1]
    return code


def future_code(code: str, negated: bool) -> str:
    """CAMEO codes announced future action as intent (cooperation) or threat (conflict);
    a refusal announced for the future ("will not accept") is a rejection."""
    root = int(code[:2])
    if negated:
        return valid(compose("reject", code)) if 3 <= root <= 8 else code
    if 4 <= root <= 8:
        return valid(compose("intent", code))
    if root >= 14:
        return valid(compose("threat", code))
    return code
