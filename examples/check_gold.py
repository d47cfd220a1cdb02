"""Check the example gold files against the example corpus.

Every gold file must parse, point at an existing article, and every quote
content, event text, time text and place text must occur in the article text
(for .txt files: the body after the front matter) at least ``occurrence``
times. Codes are checked for shape (CAMEO roots, PLOVER types, alpha-3).

    python examples/check_gold.py      # exit status 1 on any problem
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
GOLD = HERE / "gold"

PLOVER = {
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
}
ROOTS = {f"{i:02d}" for i in range(1, 21)}
KINDS = {"direct", "partial", "indirect"}
CODE = re.compile(r"^[A-Z]{3,4}$")
TIMEX = re.compile(
    r"^(\d{4}(-\d{2}(-\d{2}(T[\w:]+)?)?|-W\d{2}|-(SP|SU|FA|WI)|-Q\d)?|P[\dYMWDTHSEX.]+|PT[\dHMS.]+|PRESENT_REF|PAST_REF|FUTURE_REF|\d{3}X?|\d{2}|XXXX-[\w-]+)$"
)


def article_text(path: Path) -> str:
    """The document text a reader would produce, as far as substring checks go."""
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".txt" and raw.startswith("---"):
        return raw.split("\n---\n", 1)[1]
    return raw


def check_file(gold_path: Path) -> list[str]:
    problems: list[str] = []
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        return [f"{gold_path.name}: invalid JSON: {exc}"]
    article = CORPUS / gold.get("file", "")
    if not gold.get("file") or not article.is_file():
        return [f"{gold_path.name}: missing article {gold.get('file')!r}"]
    text = article_text(article)
    if not re.match(r"^\d{4}-\d{2}-\d{2}$", gold.get("document_creation_time", "")):
        problems.append(f"{gold_path.name}: bad document_creation_time")

    def present(kind: str, item: dict, key: str) -> None:
        needle = item.get(key, "")
        need = item.get("occurrence", 1)
        if not needle or text.count(needle) < need:
            problems.append(f"{gold_path.name}: {kind} {key} not in text (x{need}): {needle!r}")

    for q in gold.get("quotes", []):
        present("quote", q, "content")
        if q.get("kind") not in KINDS:
            problems.append(f"{gold_path.name}: quote kind {q.get('kind')!r}")
        if not q.get("speaker"):
            problems.append(f"{gold_path.name}: quote without speaker: {q.get('content')!r}")
        country = q.get("speaker_country")
        if country is not None and not CODE.match(country):
            problems.append(f"{gold_path.name}: speaker_country {country!r}")
    for e in gold.get("events", []):
        present("event", e, "text")
        if not e.get("root") or not set(e["root"]) <= ROOTS:
            problems.append(f"{gold_path.name}: event roots {e.get('root')!r}")
        if e.get("plover") not in PLOVER:
            problems.append(f"{gold_path.name}: event plover {e.get('plover')!r}")
        for side in ("source", "target"):
            if e.get(side) is not None and not CODE.match(e[side]):
                problems.append(f"{gold_path.name}: event {side} {e[side]!r}")
        if e.get("date") is not None and not TIMEX.match(e["date"]):
            problems.append(f"{gold_path.name}: event date {e['date']!r}")
    for n in gold.get("not_events", []):
        present("not_event", n, "text")

    def whole_word(kind: str, item: dict) -> None:
        needle, need = item.get("text", ""), item.get("occurrence", 1)
        pos = -1
        for _ in range(need):
            pos = text.find(needle, pos + 1)
        if pos < 0:
            return
        before = text[pos - 1] if pos > 0 else " "
        after = text[pos + len(needle)] if pos + len(needle) < len(text) else " "
        if before.isalnum() or after.isalnum():
            problems.append(f"{gold_path.name}: {kind} occurrence {need} of {needle!r} is inside a word")

    for t in gold.get("times", []):
        present("time", t, "text")
        whole_word("time", t)
        if not TIMEX.match(t.get("value", "")):
            problems.append(f"{gold_path.name}: time value {t.get('value')!r}")
    for p in gold.get("places", []):
        present("place", p, "text")
        whole_word("place", p)
        if p.get("country") is not None and not CODE.match(p["country"]):
            problems.append(f"{gold_path.name}: place country {p.get('country')!r}")
    return problems


def main() -> int:
    files = sorted(GOLD.glob("*.json"))
    problems = [msg for path in files for msg in check_file(path)]
    totals = {"quotes": 0, "events": 0, "times": 0, "places": 0}
    for path in files:
        try:
            gold = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError:
            continue
        for key in totals:
            totals[key] += len(gold.get(key, []))
    for msg in problems:
        sys.stdout.write(msg + "\n")
    sys.stdout.write(f"{len(files)} gold files, {totals}, {len(problems)} problems\n")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
