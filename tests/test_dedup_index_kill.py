"""A `dedup --index` run killed at any point and then rerun ends like one uninterrupted run.

Each case really kills a `corpustool dedup` subprocess (SIGKILL or SIGTERM) when the run reaches
a point seen from outside (its work files, the output's temp file, the index's journal, the
output in place, the index committed). Right after the kill the index must be either untouched
or final with the output complete (never ahead of the output); when untouched, a rerun must give
the output bytes and index rows of a run that was never interrupted. Committing the index before
the output is in place fails this test.
"""

from __future__ import annotations

import gzip
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import orjson
import pytest

CLI = [sys.executable, "-m", "corpustool", "dedup", "--mark", "-q"]
STAMP = "2026-01-01T00:00:00Z"  # a fixed 'added' so outputs of different runs compare byte for byte


def _corpus(bench_dir: Path, tmp: Path, docs: int) -> tuple[Path, Path]:
    """First half of ``docs`` corpus_small records (the earlier scrape) and the second half."""
    with gzip.open(bench_dir / "dedup" / "corpus_small.jsonl.gz", "rb") as f:
        rows = [orjson.loads(line) for _, line in zip(range(docs), f, strict=False)]
    halves = []
    for name, part in (("old.jsonl", rows[: docs // 2]), ("new.jsonl", rows[docs // 2:])):
        path = tmp / name
        path.write_bytes(b"".join(orjson.dumps({**r, "added": STAMP}) + b"\n" for r in part))
        halves.append(path)
    return halves[0], halves[1]


def _index_rows(path: Path) -> tuple[list[tuple], int]:
    with sqlite3.connect(path) as con:
        rows = con.execute("SELECT id, length, sig, lead, head, anchors FROM docs ORDER BY rowid").fetchall()
        pending = con.execute("SELECT COUNT(*) FROM pending").fetchone()[0]
    return rows, pending


def _run(args: list[str]) -> None:
    subprocess.run([*CLI, *args], check=True, timeout=300, capture_output=True)


@pytest.fixture(scope="module")
def reference(bench_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """Index seeded with the old half, then the new half deduplicated once, uninterrupted."""
    tmp = tmp_path_factory.mktemp("kill-ref")
    old, new = _corpus(bench_dir, tmp, 800)
    seeded = tmp / "seeded.db"
    _run([str(old), "--index", str(seeded), "-o", str(tmp / "old.out.jsonl")])
    index = tmp / "index.db"
    index.write_bytes(seeded.read_bytes())
    _run([str(new), "--index", str(index), "-o", str(tmp / "new.out.jsonl")])
    out = (tmp / "new.out.jsonl").read_bytes()
    rows, pending = _index_rows(index)
    assert pending == 0 and len(rows) > len(_index_rows(seeded)[0])  # the run added keepers
    return {"new": new, "seeded": seeded, "output": out, "rows": rows}


def _exists(pattern: str) -> Callable[[Path], bool]:
    return lambda tmp: any(tmp.glob(pattern))


def _written(tmp: Path) -> bool:
    """Records are being written: the output's temp file has bytes."""
    return any(p.stat().st_size > 0 for p in tmp.glob(".out.jsonl.*.tmp"))


class _Committed:
    """True once the index holds more documents than it was seeded with (read-only polling)."""

    def __init__(self) -> None:
        self.seeded: int | None = None

    def __call__(self, tmp: Path) -> bool:
        try:
            with sqlite3.connect(f"file:{tmp / 'index.db'}?mode=ro", uri=True, timeout=0.05) as con:
                count = con.execute("SELECT COUNT(*) FROM docs").fetchone()[0]
        except sqlite3.OperationalError:  # locked by the writer right now
            return False
        if self.seeded is None:
            self.seeded = count
        return count > self.seeded


# Points of a run, as seen from outside: (name, condition on the case's temp dir).
POINTS: dict[str, Callable[[], Callable[[Path], bool]]] = {
    "fingerprinting": lambda: _exists("work/*/shard-*/sig.npy"),
    "verifying": lambda: _exists("work/*/edges"),
    "writing output": lambda: _written,
    "index transaction": lambda: _exists("index.db-journal"),
    "index committed": _Committed,
    "output in place": lambda: _exists("out.jsonl"),
}


def _kill_at(point: str, sig: signal.Signals, reference: dict, tmp: Path) -> int | None:
    """Start the run, send ``sig`` when ``point`` is reached; the exit code, or None if it ended first."""
    index = tmp / "index.db"
    index.write_bytes(reference["seeded"].read_bytes())
    args = [str(reference["new"]), "--index", str(index), "-o", str(tmp / "out.jsonl"),
            "--work-dir", str(tmp / "work")]
    proc = subprocess.Popen([*CLI, *args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    reached = POINTS[point]()
    deadline = time.monotonic() + 120
    while proc.poll() is None and time.monotonic() < deadline:
        if reached(tmp):
            proc.send_signal(sig)
            return proc.wait(timeout=60)
        time.sleep(0.001)
    proc.wait(timeout=60)
    return None


def _check_state_then_rerun(reference: dict, tmp: Path) -> None:
    rows, _ = _index_rows(tmp / "index.db")
    if rows == reference["rows"]:  # the kill came after the commit: the run had finished
        assert (tmp / "out.jsonl").read_bytes() == reference["output"]
        return
    assert rows == _index_rows(reference["seeded"])[0]  # untouched: never ahead of the output
    _run([str(reference["new"]), "--index", str(tmp / "index.db"), "-o", str(tmp / "out.jsonl"),
          "--work-dir", str(tmp / "work")])
    assert (tmp / "out.jsonl").read_bytes() == reference["output"]
    rows, pending = _index_rows(tmp / "index.db")
    assert pending == 0
    assert rows == reference["rows"]


CASES = [
    ("fingerprinting", signal.SIGKILL),
    ("writing output", signal.SIGKILL),
    ("index committed", signal.SIGKILL),
    ("output in place", signal.SIGKILL),
    ("verifying", signal.SIGTERM),
]


@pytest.mark.parametrize(("point", "sig"), CASES, ids=[f"{p}-{s.name}" for p, s in CASES])
def test_killed_run_then_rerun_equals_uninterrupted_run(point: str, sig: signal.Signals, reference: dict,
                                                        tmp_path: Path) -> None:
    code = _kill_at(point, sig, reference, tmp_path)
    # The last points race the end of the run (the commit follows the rename at once); the
    # others are reached while the run is still working, so the kill must have landed.
    if point not in ("output in place", "index committed"):
        assert code is not None and code != 0, f"the run ended before {point!r}"
    _check_state_then_rerun(reference, tmp_path)


@pytest.mark.slow
@pytest.mark.parametrize("point", list(POINTS))
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM], ids=["SIGKILL", "SIGTERM"])
def test_every_point_with_both_signals(point: str, sig: signal.Signals, reference: dict,
                                       tmp_path: Path) -> None:
    _kill_at(point, sig, reference, tmp_path)
    _check_state_then_rerun(reference, tmp_path)
