"""CSV or Parquet copies of every store table, written by DuckDB's COPY."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from newsevents.store import Store
from newsevents.store.schema import TABLES

FORMATS = {"csv": "(FORMAT CSV, HEADER true)", "parquet": "(FORMAT PARQUET)"}  # whitelisted COPY options


def export_tables(store: Store, out_dir: str | Path, *, fmt: str = "parquet",
                  tables: Iterable[str] | None = None) -> list[Path]:
    """Write ``<table>.<fmt>`` for each table (all tables by default) into ``out_dir``."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}")
    names = list(tables) if tables else list(TABLES)
    unknown = [t for t in names if t not in TABLES]
    if unknown:
        raise ValueError(f"unknown table(s): {', '.join(unknown)}")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for table in names:  # identifiers come from the TABLES whitelist
        path = out / f"{table}.{fmt}"
        store.con.execute(f"COPY {table} TO ? {FORMATS[fmt]}", [str(path)])
        written.append(path)
    return written
