"""Third-person pronouns: he/she to people, it/its to states and organizations, they to groups.

Candidates are the resolved mentions of the same sentence (before the pronoun) and
of the three sentences before it, filtered by gender and number, and scored by
salience: recency by sentence, subjects first, mentions outside quotes before
those inside. A non-possessive object pronoun never takes a co-argument of its
own verb ("Trump praised him"). A possessive in a fronted phrase may point
forward to the sentence subject ("In his readout, Trump said ...").

"it" is resolved only as the subject of an agentive verb (it said, it accused)
or as "its"; expletive "it" ("it comes after", "it is likely") is left alone.
First and second person pronouns are not resolved here: inside quotes they are
the speaker's, which the quotes stage decides.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsevents.stages.coref.context import DocContext, governing_verb, is_subject, lemma_in, words
from newsevents.stages.coref.mention import Mention

PRONOUNS: dict[str, tuple[str, str]] = {  # word -> (gender or "n"/"p", case)
    "he": ("m", "subj"),
    "him": ("m", "obj"),
    "his": ("m", "poss"),
    "himself": ("m", "refl"),
    "she": ("f", "subj"),
    "her": ("f", "obj"),
    "hers": ("f", "poss"),
    "herself": ("f", "refl"),
    "it": ("n", "subj"),
    "its": ("n", "poss"),
    "itself": ("n", "refl"),
    "they": ("p", "subj"),
    "them": ("p", "obj"),
    "their": ("p", "poss"),
    "theirs": ("p", "poss"),
    "themselves": ("p", "refl"),
}
AGENTIVE_VERBS = words(
    """
    say tell add accuse deny announce reject urge call warn threaten impose sanction agree sign demand
    criticize criticise condemn claim insist launch attack refuse plan vow pledge promise seek respond
    retaliate ban restrict expel arrest release allow approve block order send deploy withdraw invite
    welcome praise blame oppose support back protest negotiate offer propose request ask expect want
    decide declare state confirm report issue summon recall suspend cut raise lower halt resume hold
    meet host visit open close end begin start stop help aid provide give receive buy sell export import
    vote pass veto rule sue charge accept acknowledge admit note argue stress reiterate emphasize
    emphasise respond retort counter dismiss slam lash blast hit strike bomb shell fire kill seize
    capture invade occupy defend protect move push press pressure target tighten ease lift levy fine
    investigate probe review consider intend aim try continue refuse
    """
)
OBJECT_DEPS = frozenset({"dobj", "pobj", "iobj", "dative", "obj"})
PERSON_TYPES = frozenset({"person", "unknown_person"})
NONPERSON_TYPES = frozenset(
    {
        "country",
        "capital",
        "metonym",
        "org",
        "igo",
        "ngo",
        "armed",
        "company",
        "unknown_org",
        "institution",
        "readout",
    }
)
WINDOW = 3
RELATIVES = frozenset({"who", "which", "that"})


def find_pronouns(doc: Doc, ctx: DocContext, taken: set[int]) -> list[Mention]:
    """Third-person pronoun mentions worth resolving (not inside other mentions)."""
    out: list[Mention] = []
    lowered = [w.lower() for w in ctx.words] if len(ctx.words) == len(doc) else None
    candidates = (
        (doc[i] for i, w in enumerate(lowered) if w in RELATIVES or w in PRONOUNS)
        if lowered is not None
        else iter(doc)
    )
    for tok in candidates:
        word = tok.text.lower()
        if word in RELATIVES and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ in ("relcl", "acl"):
            out.append(
                Mention(
                    start=tok.i,
                    end=tok.i + 1,
                    head=tok.i,
                    type="pronoun",
                    kind="pronoun",
                    sent=ctx.sentence(tok.i),
                    subject=True,
                    in_quote=ctx.in_quote(tok.idx),
                    role="r:rel",
                )
            )
            continue
        info = PRONOUNS.get(word)
        if info is None or tok.i in taken:
            continue
        gender, case = info
        if tok.text.lower() == "her" and tok.dep_ == "poss":
            case = "poss"
        if gender == "n" and case == "subj" and not _agentive_it(tok):
            continue
        if gender == "n" and case in ("obj",):
            continue
        out.append(
            Mention(
                start=tok.i,
                end=tok.i + 1,
                head=tok.i,
                type="pronoun",
                kind="pronoun",
                gender=None if gender in ("n", "p") else gender,
                plural=gender == "p",
                sent=ctx.sentence(tok.i),
                subject=is_subject(tok),
                in_quote=ctx.in_quote(tok.idx),
                role=gender + ":" + case,
            )
        )
    return out


def _agentive_it(tok: Token) -> bool:
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = tok.head
    # "it is expected to", "it was said that" are impersonal
    return lemma_in(verb, AGENTIVE_VERBS) and not any(c.dep_ == "auxpass" for c in verb.children)


def _compatible(p: Mention, c: Mention) -> bool:
    gender, _ = (p.role or "n:subj").split(":")
    if gender == "r":
        return False
    if gender in ("m", "f"):
        return c.type in PERSON_TYPES and not c.plural and c.gender in (gender, None)
    if gender == "n":
        if c.plural and c.type not in ("country", "capital", "metonym", "armed"):
            return False
        return c.type in NONPERSON_TYPES and c.kind not in ("group", "anonymous", "demonym")
    return c.plural and c.kind in ("group", "anonymous", "demonym", "name", "metonym", "pronoun")


def _coargument(doc: Doc, p: Mention, c: Mention) -> bool:
    case = (p.role or ":").split(":")[1]
    if case not in ("obj",) or c.sent != p.sent:
        return False
    return governing_verb(doc[p.head]).i == governing_verb(doc[c.head]).i


def _score(p: Mention, c: Mention) -> float:
    dist = p.sent - c.sent
    score = {0: 3.0, 1: 2.5, 2: 1.0, 3: 0.5}.get(dist, 0.0)
    if c.subject:
        score += 2.0
    if c.in_quote and not p.in_quote:
        score -= 1.5
    if c.gender is None and p.gender is not None:
        score -= 0.5
    if p.subject and c.subject:
        score += 0.5
    return score - 0.001 * (p.start - c.start)


def _cataphor(doc: Doc, p: Mention, after: list[Mention]) -> Mention | None:
    """ "In his readout following the call, Trump singled out ...": a fronted possessive."""
    if not (p.role or "").endswith(":poss"):
        return None
    tok = doc[p.head]
    verb = governing_verb(tok)
    for c in after:
        if c.sent != p.sent:
            break
        if c.subject and _compatible(p, c) and governing_verb(doc[c.head]).i == verb.i and tok.i < c.start:
            return c
    return None


def _relative(doc: Doc, p: Mention, before: list[Mention]) -> None:
    """ "officials, who said ...": the relative pronoun is the noun its clause modifies."""
    noun = doc[p.head].head.head.i
    for c in reversed(before):
        if c.start <= noun < c.end or c.head == noun:
            p.name, p.country, p.sector, p.antecedent = c.name, c.country, c.sector, c
            p.type, p.gender, p.plural = c.type, c.gender, c.plural
            return
        if c.end < noun - 12:
            break
    p.emit = False


def resolve_pronoun(doc: Doc, p: Mention, before: list[Mention], after: list[Mention]) -> None:
    """Resolve one pronoun in place, from the mentions before it (already resolved)."""
    if p.role == "r:rel":
        _relative(doc, p, before)
        return
    best: tuple[float, Mention] | None = None
    window = [c for c in before if p.sent - c.sent <= WINDOW]
    bound = {c.name for c in window if c.name and _coargument(doc, p, c)}
    conjuncts = {t.i for t in doc[p.head].conjuncts}
    for c in reversed(window):
        if not c.emit or c.name is None or c.name in bound or not _compatible(p, c):
            continue
        if c.head in conjuncts:
            continue
        s = _score(p, c)
        if best is None or s > best[0]:
            best = (s, c)
    cata = _cataphor(doc, p, after)
    if cata is not None and cata.name is not None and (best is None or best[0] < 5.0):
        best = (5.0, cata)
    if best is None:
        p.emit = False
        return
    ante = best[1]
    if ante.pair is not None:
        p.pair, p.name, p.antecedent, p.type = ante.pair, ante.name, ante, "pair"
        return
    target = ante.antecedent if ante.type == "pronoun" and ante.antecedent is not None else ante
    p.name, p.country, p.sector = ante.name, ante.country, ante.sector
    p.antecedent = target
    p.type = ante.type if ante.type != "pronoun" else target.type
    if ante.gender and not p.gender:
        p.gender = ante.gender
