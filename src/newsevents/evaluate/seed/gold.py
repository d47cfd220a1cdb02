"""Read seed-format gold files and the articles they annotate; locate gold text in a document."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from newsevents.model.errors import EvalError
from newsevents.model.records import Document

log = logging.getLogger(__name__)

Span = tuple[int, int]
GOLD_KEYS = frozenset({"quotes", "events", "not_events", "times", "places"})


@dataclass(frozen=True)
class GoldDoc:
    """One gold file with the document it annotates."""

    name: str
    document: Document
    gold: dict[str, Any]


def gold_files(path: Path) -> list[Path]:
    """The gold JSON files at ``path`` (a file, or every ``*.json`` in a folder)."""
    if path.is_dir():
        return sorted(p for p in path.glob("*.json") if p.is_file())
    if not path.exists():
        raise EvalError("gold path does not exist", origin=str(path))
    return [path]


def _article_path(gold_path: Path, gold: dict[str, Any], corpus_dir: Path | None) -> Path:
    name = gold.get("file")
    if name:
        bases = [corpus_dir] if corpus_dir else []
        bases += [gold_path.parent.parent / "corpus", gold_path.parent]
        for base in bases:
            if (base / name).is_file():
                return base / name
        raise EvalError(f"article {name!r} not found under {[str(b) for b in bases]}", origin=str(gold_path))
    for candidate in (gold_path.with_suffix(".txt"), gold_path.parent / "article.txt"):
        if candidate.is_file():
            return candidate
    raise EvalError("no 'file' key and no sibling article.txt", origin=str(gold_path))


def _parse_date(value: Any) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _strip_front_matter(raw: str) -> tuple[str, dict[str, str]]:
    """Split a ``---`` key: value header from the body (a minimal fallback reader)."""
    match = re.match(r"---\r?\n(.*?)\r?\n---\r?\n", raw, re.S)
    if not match:
        return raw, {}
    meta = {}
    for line in match.group(1).splitlines():
        key, sep, value = line.partition(":")
        if sep:
            meta[key.strip().lower()] = value.strip().strip("\"'")
    return raw[match.end() :], meta


def load_document(article: Path, published: dt.date | None = None) -> Document:
    """Read an article into a Document; plain text stays byte-for-byte, other kinds go through ingest."""
    raw = article.read_text(encoding="utf-8")
    plain = article.suffix.lower() in {".txt", ".text", ".md", ""} and not raw.startswith("---")
    document: Document | None = None
    if not plain:
        try:
            from newsevents.ingest import read_sources

            found = [d for d in read_sources([article]) if isinstance(d, Document)]
            document = found[0] if found else None
        except Exception as exc:  # ingest missing or unable: fall back to plain text
            log.info("ingest could not read %s (%s); reading it as text", article, exc)
    if document is None:
        text, meta = _strip_front_matter(raw)
        document = Document(
            id=hashlib.sha1(text.encode("utf-8")).hexdigest(),
            text=text,
            published=_parse_date(meta.get("published") or meta.get("date")),
            title=meta.get("title"),
            url=meta.get("url"),
            source=str(article),
            published_from="front-matter" if meta else "unknown",
        )
    if published is not None:
        document = replace(document, published=published, published_from="caller")
    return document


def read_gold(path: Path, corpus_dir: Path | None = None, limit: int | None = None) -> list[GoldDoc]:
    """Load gold files and their articles (in a folder, JSON files with no gold keys are skipped)."""
    docs: list[GoldDoc] = []
    in_folder = Path(path).is_dir()
    for gold_path in gold_files(Path(path)):
        if limit is not None and len(docs) >= limit:
            break
        try:
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise EvalError(f"cannot read gold JSON: {exc}", origin=str(gold_path)) from exc
        if in_folder and not (isinstance(gold, dict) and GOLD_KEYS & gold.keys()):
            log.warning("%s has no %s: skipped", gold_path, "/".join(sorted(GOLD_KEYS)))
            continue
        if not isinstance(gold, dict):
            raise EvalError("gold JSON must be an object", origin=str(gold_path))
        article = _article_path(gold_path, gold, corpus_dir)
        published = _parse_date(gold.get("document_creation_time") or gold.get("published"))
        docs.append(GoldDoc(gold_path.stem, load_document(article, published), gold))
    return docs


# --------------------------------------------------------------------------- locating text


def fold(text: str) -> str:
    """Lower-case and straighten quotes without changing the length."""
    table = {"‘": "'", "’": "'", "“": '"', "”": '"', "\u00a0": " "}
    return "".join(table.get(c, c.lower() if len(c.lower()) == 1 else c) for c in text)


def find_all(text: str, needle: str) -> list[Span]:
    """Every span of ``needle`` in ``text``: exact, else case/quote-folded, else whitespace-flexible."""
    if not needle:
        return []
    spans = [(m.start(), m.start() + len(needle)) for m in re.finditer(re.escape(needle), text)]
    if spans:
        return spans
    folded, fneedle = fold(text), fold(needle.strip())
    spans = [(m.start(), m.end()) for m in re.finditer(re.escape(fneedle), folded)]
    if spans:
        return spans
    pattern = r"\s+".join(re.escape(w) for w in fneedle.split())
    return [(m.start(), m.end()) for m in re.finditer(pattern, folded)] if pattern else []


@dataclass(frozen=True)
class Located:
    """A gold item with the spans it may match and the spans to ignore predictions on."""

    item: dict[str, Any]
    spans: tuple[Span, ...]
    ignore: tuple[Span, ...] = ()


def locate(text: str, item: dict[str, Any], key: str) -> Located:
    spans = find_all(text, str(item.get(key) or ""))
    occurrence = item.get("occurrence")
    if isinstance(occurrence, int) and 1 <= occurrence <= len(spans):
        chosen = spans[occurrence - 1]
        return Located(item, (chosen,), tuple(s for s in spans if s != chosen))
    return Located(item, tuple(spans))
