"""Narrative comparison: each side's account of a story or a dyad, side by side.

For two sides (countries) this gathers what each side says (quotations by its
speakers) and does (events it is the source of), the topics each raised in
its statements (``kb/data/topics/topics.tsv``), and two kinds of discrepancy:

- omission: a topic one side raised that the other side's statements never
  mention (noting what the silent side says the exchange was about, when it
  makes an "almost entirely about X" claim);
- contradiction: one side accuses the other of violating or undermining an
  agreement while the other claims it complied with it, denies the charge, or
  accuses the first side in turn; or, with no agreement at stake, one side
  accuses the other and the other denies it (cues in
  ``kb/data/topics/claims.tsv``).

The rules read only the tables; nothing in them is specific to any article.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from newsevents.analysis.lexicon import cue, gerund, named_agreements, topic_label
from newsevents.analysis.statements import Statement, read_statements
from newsevents.store import Store

log = logging.getLogger(__name__)

MIN_STATEMENTS = 2  # a side must have said this much before its silence on a topic counts
_DISPLAY = {"USA": "the US", "GBR": "the UK", "ARE": "the UAE", "NLD": "the Netherlands", "PHL": "the Philippines",
            "EUR": "the EU", "UNO": "the UN", "NATO": "NATO", "CZE": "Czechia", "KOR": "South Korea",
            "PRK": "North Korea", "RUS": "Russia", "IRN": "Iran", "SYR": "Syria", "TWN": "Taiwan", "VNM": "Vietnam",
            "PSE": "Palestine", "VEN": "Venezuela", "BOL": "Bolivia", "TZA": "Tanzania", "COD": "DR Congo"}
_FOCUS = re.compile(r"\b(?:(?:almost|nearly|virtually)\s+)?(?:entirely|exclusively|solely|only|mostly|mainly|"
                    r"largely|primarily)\s+(?:on|about)\s+[\w-]+", re.IGNORECASE)


_SAID = re.compile(r"\b(?:said|says|stated|states|wrote|writes|insisted|claimed|told \w+)\s+(?:that\s+)?",
                   re.IGNORECASE)


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    path = Path(__file__).resolve().parent.parent / "kb" / "data" / "geo" / "countries.tsv"
    names: dict[str, str] = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if not line.startswith("#") and len(cols) > 2:
                names[cols[1]] = cols[2]
    return names


def side_name(code: str) -> str:
    """A readable name for a side's country code ("USA" -> "the US")."""
    return _DISPLAY.get(code) or _country_names().get(code) or code


def _possessive(name: str) -> str:
    """'the US' -> 'the US' (attributive), 'China' -> "China's"."""
    return name if name.startswith("the ") else f"{name}'s"


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


@dataclass(frozen=True)
class Discrepancy:
    kind: str  # "omission" or "contradiction"
    topic: str
    text: str
    evidence: tuple[Statement, ...] = ()


@dataclass
class Account:
    """One side's statements (quotes), actions (events) and topics."""

    side: str
    name: str
    statements: list[Statement] = field(default_factory=list)
    actions: list[Statement] = field(default_factory=list)
    topics: Counter = field(default_factory=Counter)
    focus: str | None = None


@dataclass
class Narrative:
    sides: tuple[Account, Account]
    doc_ids: list[str]
    shared_topics: list[str]
    discrepancies: list[Discrepancy]
    agreement: str | None = None


def _focus(statements: Sequence[Statement]) -> str | None:
    for s in statements:
        m = _FOCUS.search(s.text)
        if m:
            begin = s.text.rfind(",", 0, m.start()) + 1
            said = _SAID.search(s.text, begin, m.start())
            begin = said.end() if said else begin
            return s.text[begin:m.end()].strip().strip("“”\"")
    return None


def _account(side: str, statements: list[Statement]) -> Account:
    acc = Account(side, side_name(side))
    acc.statements = [s for s in statements if s.side == side and s.kind == "quote"]
    acc.actions = [s for s in statements if s.side == side and s.kind == "event"]
    for s in acc.statements:
        acc.topics.update(set(s.topics))
    acc.focus = _focus(acc.statements)
    return acc


def _omissions(a: Account, b: Account) -> list[Discrepancy]:
    """Topics raised in a's statements that b's statements never mention."""
    out = []
    if len(b.statements) < MIN_STATEMENTS:
        return out
    b_text = " ".join(s.text for s in b.statements)
    for topic, n in a.topics.most_common():
        if b.topics.get(topic):
            continue
        label = topic_label(topic)
        if label.lower() in b_text.lower():
            continue
        evidence = tuple(s for s in a.statements if topic in s.topics)
        note = f" (which says {b.focus})" if b.focus else ""
        text = (f"{label.split(' and ')[0][:1].upper()}{label.split(' and ')[0][1:]}: raised by {a.name} "
                f"({n} statement{'s' if n > 1 else ''}), absent from {_possessive(b.name)} account{note}")
        out.append(Discrepancy("omission", topic, text, evidence))
    return out


def _claims(acc: Account, kind: str, *, agreement: bool) -> list[tuple[Statement, str]]:
    found = []
    for s in acc.statements + acc.actions:
        m = cue(kind, s.text)
        if m and (not agreement or cue("agreement", s.text)):
            found.append((s, m.group(0)))
    return found


def _contradiction(a: Account, b: Account, agreement: str | None) -> Discrepancy | None:
    """a accuses b of violating an agreement; b claims compliance, denies, or accuses a in turn."""
    accusations = [(s, w) for s, w in _claims(a, "violation", agreement=True) if s.target in (None, b.side)]
    if not accusations:
        return None
    acc_stmt, acc_word = accusations[0]
    compliance = _claims(b, "compliance", agreement=True)
    denials = [(s, w) for s, w in _claims(b, "denial", agreement=False)
               if any(s.doc_id == x.doc_id and abs(s.start - x.end) < 300 for x, _ in accusations)]
    counter = [(s, w) for s, w in _claims(b, "violation", agreement=True) if s.target in (None, a.side)]
    parts = []
    evidence = [acc_stmt]
    if compliance:
        stmt, word = compliance[0]
        manner = cue("manner", stmt.text)
        parts.append(f"says it {word.lower()} it" + (f" {manner.group(0).lower()}" if manner else ""))
        evidence.append(stmt)
    if denials and not compliance:
        parts.append("denies the charge")
        evidence.append(denials[0][0])
    if counter:
        stmt, word = counter[0]
        parts.append(f"accuses {a.name} of {gerund(word)} it")
        evidence.append(stmt)
    if not parts:
        return None
    subject = agreement or "the agreement"
    said = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    text = (f"compliance with {subject}: {a.name} accuses {b.name} of {gerund(acc_word)} it; "
            f"{b.name} {said}")
    return Discrepancy("contradiction", "compliance", _cap(text), tuple(evidence))


_CHARGE = re.compile(r"\b(?:accus|blam|alleg)\w*\s+(?:[\w’'.-]+\s+){0,5}?(?:of|for)\s+(.+)$", re.IGNORECASE | re.DOTALL)


_CHARGE_END = re.compile(r",\s|;\s|\s[—–]\s|\s+and\s+(?:said|says|added|warned|insisted|claimed|called|demanded)\b")


def _charge(text: str) -> str | None:
    """What an accusation is about: 'accused Kosovo police of abducting an officer' -> 'abducting an officer'."""
    m = _CHARGE.search(text)
    if not m:
        return None
    what = " ".join(m.group(1).split())
    what = _CHARGE_END.split(what, maxsplit=1)[0].rstrip(" .,;:")
    return what if len(what) <= 90 else what[:90].rsplit(" ", 1)[0] + " …"


def _accusations(acc: Account, other: str) -> list[Statement]:
    found = []
    for s in acc.statements + acc.actions:
        if s.kind == "event":
            if (s.code or "").startswith("11") and s.target in (None, other) and cue("accusation", s.text):
                found.append(s)
        elif cue("accusation", s.text):
            found.append(s)
    return found


def _accusation_denied(a: Account, b: Account) -> Discrepancy | None:
    """a accuses b of something; b denies it (in the same article), perhaps accusing a in turn."""
    for accusation in _accusations(a, b.side):
        denials = [s for s in b.statements + b.actions
                   if s.doc_id == accusation.doc_id and cue("denial", s.text) and s.start >= accusation.start - 400]
        if not denials:
            continue
        what = _charge(accusation.text)
        text = f"accusation and denial: {a.name} accuses {b.name}" + (f" of {what}" if what else "")
        text += f"; {b.name} denies it"
        evidence = [accusation, denials[0]]
        counter = next((s for s in _accusations(b, a.side) if s.doc_id == accusation.doc_id), None)
        if counter is not None:
            other = _charge(counter.text)
            if other:
                text += f" and accuses {a.name} of {other}"
            evidence.append(counter)
        return Discrepancy("contradiction", "accusation", _cap(text), tuple(evidence))
    return None


def compare(store: Store, doc_ids: Sequence[str], sides: tuple[str, str]) -> Narrative:
    """Compare two sides' accounts over these documents (near-duplicates are skipped)."""
    dups = {r[0] for r in store.query("SELECT doc_id FROM duplicates WHERE doc_id IN (SELECT unnest(?))",
                                      [list(doc_ids)])[1]}
    ids = [d for d in dict.fromkeys(doc_ids) if d not in dups]
    statements = read_statements(store, ids, sides)
    a, b = _account(sides[0], statements), _account(sides[1], statements)
    texts = [r[0] for r in store.query("SELECT text FROM documents WHERE id IN (SELECT unnest(?))", [ids])[1]]
    agreements = named_agreements(texts)
    agreement = agreements[0][0] if agreements else None
    found: list[Discrepancy] = []
    both = [c for c in (_contradiction(a, b, agreement), _contradiction(b, a, agreement)) if c]
    if both:  # the two directions describe one dispute: keep the better evidenced
        found.append(max(both, key=lambda c: len(c.evidence)))
    else:
        denied = [c for c in (_accusation_denied(a, b), _accusation_denied(b, a)) if c]
        found += denied
    found += _omissions(a, b) + _omissions(b, a)
    found.sort(key=lambda d: (d.kind != "contradiction", -len(d.evidence)))
    shared = sorted(set(a.topics) & set(b.topics))
    return Narrative((a, b), ids, shared, found, agreement)


def _top_sides(store: Store, doc_ids: Sequence[str]) -> tuple[str, str] | None:
    _, rows = store.query(
        "SELECT side, count(*) AS n FROM (SELECT speaker_country AS side FROM quotes WHERE doc_id IN "
        "(SELECT unnest(?)) UNION ALL SELECT source_country FROM events WHERE doc_id IN (SELECT unnest(?))) "
        "WHERE side IS NOT NULL GROUP BY side ORDER BY n DESC, side LIMIT 2", [list(doc_ids), list(doc_ids)])
    return (rows[0][0], rows[1][0]) if len(rows) == 2 else None


def story_narrative(store: Store, story_id: int, sides: tuple[str, str] | None = None) -> Narrative | None:
    """Narrative comparison over one story's articles (sides: the two most active countries by default)."""
    ids = [r[0] for r in store.query("SELECT doc_id FROM story_articles WHERE story_id = ?", [int(story_id)])[1]]
    sides = sides or _top_sides(store, ids)
    return compare(store, ids, sides) if ids and sides else None


def dyad_narrative(store: Store, a: str, b: str, *, start: str | None = None, end: str | None = None) -> Narrative:
    """Narrative comparison over every article where sides a and b both act or speak."""
    _, rows = store.query(
        "SELECT id FROM documents d WHERE (? IS NULL OR d.published >= CAST(? AS DATE)) "
        "AND (? IS NULL OR d.published <= CAST(? AS DATE)) AND ("
        "EXISTS (SELECT 1 FROM events e WHERE e.doc_id = d.id AND ((e.source_country = ? AND e.target_country = ?) "
        "OR (e.source_country = ? AND e.target_country = ?))) "
        "OR (EXISTS (SELECT 1 FROM quotes q WHERE q.doc_id = d.id AND q.speaker_country = ?) "
        "AND EXISTS (SELECT 1 FROM quotes q WHERE q.doc_id = d.id AND q.speaker_country = ?))) "
        "ORDER BY published NULLS LAST, id", [start, start, end, end, a, b, b, a, a, b])
    return compare(store, [r[0] for r in rows], (a, b))


def narrative_dict(n: Narrative) -> dict:
    """A JSON-ready form of a Narrative."""
    def stmt(s: Statement) -> dict:
        return {"who": s.who, "kind": s.kind, "text": s.text, "doc_id": s.doc_id, "start": s.start, "end": s.end,
                "topics": list(s.topics), "code": s.code}
    return {
        "documents": n.doc_ids,
        "agreement": n.agreement,
        "shared_topics": n.shared_topics,
        "sides": {acc.side: {"name": acc.name, "topics": dict(acc.topics), "focus": acc.focus,
                             "statements": [stmt(s) for s in acc.statements],
                             "actions": [stmt(s) for s in acc.actions]} for acc in n.sides},
        "discrepancies": [{"kind": d.kind, "topic": d.topic, "text": d.text,
                           "evidence": [stmt(s) for s in d.evidence]} for d in n.discrepancies],
    }
