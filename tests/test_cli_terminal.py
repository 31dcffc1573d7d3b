"""With stderr on a real terminal, people get progress and a summary there, and stdout stays data."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

import orjson


def run_on_terminal(args: list[str]) -> tuple[subprocess.CompletedProcess, str]:
    """Run the CLI with stderr on a pseudo-terminal; return the result and what the terminal showed."""
    primary, secondary = pty.openpty()
    try:
        result = subprocess.run(
            [sys.executable, "-m", "corpustool", *args],
            stdout=subprocess.PIPE,
            stderr=secondary,
            stdin=subprocess.DEVNULL,
            timeout=120,
            env={**os.environ, "COLUMNS": "80"},
        )
    finally:
        os.close(secondary)
    chunks = []
    while True:
        try:
            chunk = os.read(primary, 65536)
        except OSError:  # Linux reports EIO once the terminal's other end is closed
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(primary)
    return result, b"".join(chunks).decode("utf-8", "replace")


def _rows(path: Path, n: int) -> Path:
    path.write_bytes(
        b"".join(orjson.dumps({"id": f"d{i}", "text": "The ferry sailed."}) + b"\n" for i in range(n))
    )
    return path


def test_terminal_stderr_gets_summary_and_stdout_only_records(tmp_path: Path) -> None:
    result, terminal = run_on_terminal(["export", str(_rows(tmp_path / "rows.jsonl", 50))])
    assert result.returncode == 0
    rows = [orjson.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in rows] == [f"d{i}" for i in range(50)]
    assert "records in" in terminal
    assert "50" in terminal


def test_quiet_keeps_the_terminal_silent(tmp_path: Path) -> None:
    result, terminal = run_on_terminal(["export", "--quiet", str(_rows(tmp_path / "rows.jsonl", 1))])
    assert result.returncode == 0
    assert result.stdout.count(b"\n") == 1
    assert terminal == ""
