"""The Store: open a DuckDB file, write batches atomically, read documents back, run read-only SQL."""

from __future__ import annotations

import datetime as dt
import json
import logging
import uuid
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from newsevents.model.errors import StoreError
from newsevents.model.records import Extraction, Failure
from newsevents.store.reader import read_extraction
from newsevents.store.rows import child_rows
from newsevents.store.schema import CHILD_TABLES, SCHEMA_VERSION, TABLES, ddl

log = logging.getLogger(__name__)


class Store:
    """One DuckDB database file (or ":memory:"). Use as a context manager.

    Writes go through ``write_batch``: the documents of a batch, their
    extractions and the batch's failures commit in one transaction, so a crash
    or kill never leaves half a document and a rerun skips what is done.
    """

    def __init__(self, path: str | Path = ":memory:", *, read_only: bool = False) -> None:
        self.path = str(path)
        self.read_only = read_only
        self._column_cache: dict[str, list[str]] = {}
        try:
            if read_only and self.path != ":memory:" and not Path(self.path).exists():
                raise StoreError(f"database not found: {self.path}", origin=self.path)
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"cannot open database: {exc}", origin=self.path) from exc
        if not read_only:
            self._create()
        self._check_version()

    # -- lifecycle ------------------------------------------------------------
    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    def _create(self) -> None:
        """Create the tables that are missing, in one transaction (all or none)."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            for statement in ddl():
                self.con.execute(statement)
            self.con.execute(
                "INSERT INTO meta VALUES ('schema_version', ?) ON CONFLICT (key) DO NOTHING", [str(SCHEMA_VERSION)]
            )
        except duckdb.Error as exc:
            self.con.execute("ROLLBACK")
            raise StoreError(f"cannot create the schema: {exc}", origin=self.path) from exc
        self.con.execute("COMMIT")

    def _check_version(self) -> None:
        try:
            row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        except duckdb.Error as exc:
            raise StoreError("not a newsevents database (no meta table)", origin=self.path) from exc
        if row is None or int(row[0]) != SCHEMA_VERSION:
            found = row[0] if row else "none"
            raise StoreError(
                f"database schema version {found} != {SCHEMA_VERSION}; re-run into a new file",
                origin=self.path,
            )

    # -- writing -----------------------------------------------------------------
    def existing_ids(self, ids: Iterable[str]) -> set[str]:
        """Which of these document ids are already stored."""
        wanted = list(dict.fromkeys(ids))
        if not wanted:
            return set()
        rows = self.con.execute("SELECT id FROM documents WHERE id IN (SELECT unnest(?))", [wanted]).fetchall()
        return {r[0] for r in rows}

    def start_run(self, options: dict[str, Any]) -> str:
        run_id = uuid.uuid4().hex[:12]
        self.con.execute(
            "INSERT INTO runs (run_id, started_at, options) VALUES (?, ?, ?)",
            [run_id, _now(), json.dumps(options, default=str, sort_keys=True)],
        )
        return run_id

    def finish_run(self, run_id: str, added: int, skipped: int, failures: int) -> None:
        self.con.execute(
            "UPDATE runs SET finished_at = ?, documents_added = ?, documents_skipped = ?, failures = ? "
            "WHERE run_id = ?",
            [_now(), added, skipped, failures, run_id],
        )

    def write_batch(
        self, extractions: Sequence[Extraction], failures: Sequence[Failure] = (), run_id: str | None = None
    ) -> int:
        """Write documents with all their records, and failures, in one transaction.

        Documents already stored are skipped (ids are content hashes). Returns
        the number of documents added.
        """
        if self.read_only:
            raise StoreError("store opened read-only", origin=self.path)
        fresh: dict[str, Extraction] = {}
        existing = self.existing_ids(ex.document.id for ex in extractions)
        for ex in extractions:
            if ex.document.id not in existing:
                fresh.setdefault(ex.document.id, ex)
        now = _now()
        tables: dict[str, list[tuple[Any, ...]]] = {"documents": []}
        for ex in fresh.values():
            doc = ex.document
            tables["documents"].append(
                (doc.id, doc.text, doc.published, doc.published_from, doc.url, doc.title, doc.source,
                 len(doc.text), run_id, now)
            )
            for table, rows in child_rows(ex).items():
                tables.setdefault(table, []).extend(rows)
        try:
            self.con.execute("BEGIN TRANSACTION")
            for table, rows in tables.items():
                self._insert_rows(table, rows)
            for f in failures:
                self.con.execute(
                    "INSERT INTO failures VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (origin, reason) DO UPDATE "
                    "SET run_id = excluded.run_id, recorded_at = excluded.recorded_at",
                    [f.origin, f.reason, f.error, f.doc_id, f.offset, run_id, now],
                )
            self.con.execute("COMMIT")
        except Exception as exc:
            self.con.execute("ROLLBACK")
            raise StoreError(f"batch write failed: {exc}", origin=self.path) from exc
        return len(fresh)

    def insert_rows(self, table: str, rows: list[tuple[Any, ...]], *, replace: bool = False) -> None:
        """Bulk-insert rows (in table column order) inside the caller's transaction.

        ``table`` must be one of the schema's tables; ``replace`` upserts on the primary key.
        """
        if table not in TABLES:
            raise StoreError(f"unknown table {table!r}", origin=self.path)
        self._insert_rows(table, rows, replace=replace)

    def _insert_rows(self, table: str, rows: list[tuple[Any, ...]], *, replace: bool = False) -> None:
        """Bulk insert through Arrow: one statement per table and batch (executemany is row by row)."""
        if not rows:
            return
        columns = self._columns(table)
        data = pa.table({name: [row[i] for row in rows] for i, name in enumerate(columns)})
        self.con.register("_newsevents_rows", data)
        try:
            names = ", ".join(f'"{c}"' for c in columns)
            verb = "INSERT OR REPLACE" if replace else "INSERT"
            self.con.execute(f"{verb} INTO {table} ({names}) SELECT {names} FROM _newsevents_rows")
        finally:
            self.con.unregister("_newsevents_rows")

    def _columns(self, table: str) -> list[str]:
        if table not in self._column_cache:
            cur = self.con.execute(f"SELECT * FROM {table} LIMIT 0")
            self._column_cache[table] = [d[0] for d in cur.description]
        return self._column_cache[table]

    def clear_failures(self, origins: Iterable[str]) -> None:
        """Forget old failures of sources that have now been read successfully."""
        origins = list(origins)
        if origins and not self.read_only:
            self.con.execute("DELETE FROM failures WHERE origin IN (SELECT unnest(?))", [origins])

    # -- reading -----------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        names = ["documents", *CHILD_TABLES, "failures"]
        return {n: self.con.execute(f"SELECT count(*) FROM {n}").fetchone()[0] for n in names}  # type: ignore[index]

    def document_ids(self, limit: int | None = None) -> list[str]:
        sql = "SELECT id FROM documents ORDER BY published NULLS LAST, id"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [r[0] for r in self.con.execute(sql).fetchall()]

    def find_document(self, key: str) -> str | None:
        """Resolve a full id, an id prefix, or a source/url to a document id."""
        rows = self.con.execute(
            "SELECT id FROM documents WHERE id = ? OR starts_with(id, ?) OR source = ? OR url = ? LIMIT 2",
            [key, key, key, key],
        ).fetchall()
        return rows[0][0] if len(rows) == 1 else None

    def extraction(self, doc_id: str) -> Extraction:
        """Rebuild a document's Extraction from the tables."""
        return read_extraction(self.con, doc_id)

    def query(self, sql: str, params: Sequence[Any] | None = None) -> tuple[list[str], list[tuple[Any, ...]]]:
        """Run SQL and return (column names, rows). Open the store read-only for untrusted SQL."""
        try:
            cur = self.con.execute(sql, list(params) if params else None)
        except duckdb.Error as exc:
            raise StoreError(f"query failed: {exc}", origin=self.path) from exc
        if cur.description is None:
            return [], []
        return [d[0] for d in cur.description], cur.fetchall()

    def schema(self) -> list[tuple[str, str, str]]:
        """(table, column, type) for every table, in declaration order."""
        rows = self.con.execute(
            "SELECT table_name, column_name, data_type FROM information_schema.columns "
            "WHERE table_schema = 'main' ORDER BY table_name, ordinal_position"
        ).fetchall()
        order = {name: i for i, name in enumerate(TABLES)}
        return sorted(rows, key=lambda r: (order.get(r[0], 99), 0))


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)
