"""A real SIGKILL in the middle of `newsevents run`, then a rerun (needs the model)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsevents.store import Store

CORPUS = Path(__file__).parent.parent / "examples" / "corpus"


@pytest.mark.model
@pytest.mark.slow
def test_sigkill_mid_run_then_rerun_finishes_with_each_document_once(tmp_path: Path) -> None:
    db = tmp_path / "k.duckdb"
    cmd = [sys.executable, "-m", "newsevents.cli.main", "run", str(CORPUS), "--db", str(db), "--quiet",
           "--no-summary", "--batch-size", "2"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    # Wait until the first batches are committed (the WAL or the file grows), then kill hard.
    deadline = time.time() + 60
    wal = Path(str(db) + ".wal")
    while time.time() < deadline and proc.poll() is None:
        if wal.exists() and wal.stat().st_size > 200_000:
            break
        time.sleep(0.05)
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with Store(db) as store:  # recovers from the WAL
        partial = store.counts()["documents"]
    done = subprocess.run(cmd, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    assert f"skipped {partial} already stored" in done.stderr
    with Store(db, read_only=True) as store:
        ids = [r[0] for r in store.query("SELECT id FROM documents")[1]]
        orphans = store.query("SELECT count(*) FROM quotes WHERE doc_id NOT IN (SELECT id FROM documents)")[1][0][0]
    assert len(ids) == len(set(ids)) >= 25
    assert orphans == 0
