"""Ctrl-C and SIGTERM mid-stream: exit 130, say how many records were written, leave no partial file.

A real process is fed records through a pipe that stays open (so the run cannot simply finish), is
signalled once it has written some output, and is then inspected like a user would.
"""

from __future__ import annotations

import re
import signal
import subprocess
import threading
import time
from pathlib import Path

import orjson
import pytest
from conftest import CLI

RECORD = '"We will not give up the harbour," said Anna Berg, the mayor of Lindholm, on Tuesday. {i}'


def _feed(process: subprocess.Popen, stop: threading.Event) -> None:
    """Write records until told to stop (or the process goes away); never closes stdin first."""
    i = 0
    try:
        while not stop.is_set():
            lines = b"".join(
                orjson.dumps({"id": f"r{i + k}", "text": RECORD.format(i=i + k)}) + b"\n" for k in range(50)
            )
            process.stdin.write(lines)
            process.stdin.flush()
            i += 50
            time.sleep(0.005)
    except (BrokenPipeError, ValueError, OSError):
        pass


def _interrupt(args: list[str], sig: int, cwd: Path, ready) -> tuple[int, str, bytes]:
    """Start ``corpustool ARGS``, wait until ``ready()`` says output is flowing, send ``sig``."""
    process = subprocess.Popen(
        [*CLI, *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=cwd
    )
    stop = threading.Event()
    feeder = threading.Thread(target=_feed, args=(process, stop), daemon=True)
    feeder.start()
    chunks: list[bytes] = []
    reader = threading.Thread(target=lambda: chunks.extend(iter(lambda: process.stdout.read(65536), b"")))
    reader.start()
    deadline = time.monotonic() + 60
    while not ready(chunks) and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
    assert process.poll() is None, process.stderr.read().decode()
    process.send_signal(sig)
    try:
        code = process.wait(timeout=30)
    finally:
        stop.set()
        process.kill()
    reader.join(timeout=10)
    feeder.join(timeout=10)
    return code, process.stderr.read().decode(), b"".join(chunks)


def _file_has_grown(path: Path):
    """Ready once the writer's temporary file (the only thing in the directory) holds data."""

    def ready(_chunks) -> bool:
        return any(p.stat().st_size > 20_000 for p in path.iterdir() if p.name.endswith(".tmp"))

    return ready


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_signal_leaves_no_output_file_and_exits_130(tmp_path: Path, sig: int) -> None:
    code, stderr, _ = _interrupt(["quotes", "-o", "out.jsonl.gz"], sig, tmp_path, _file_has_grown(tmp_path))
    assert code == 130, stderr
    assert "Traceback" not in stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    match = re.fullmatch(
        r"Interrupted( \(SIGTERM\))?\. ([\d,]+) records processed, none written: out\.jsonl\.gz was not "
        r"created \(partial output is discarded\)\.",
        lines[0],
    )
    assert match, lines[0]
    assert bool(match.group(1)) == (sig == signal.SIGTERM)
    assert int(match.group(2).replace(",", "")) > 0
    assert list(tmp_path.iterdir()) == [], "neither the output nor its temporary file may remain"


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_signal_on_stdout_counts_exactly_the_whole_records_written(tmp_path: Path, sig: int) -> None:
    code, stderr, out = _interrupt(["quotes"], sig, tmp_path, lambda chunks: sum(map(len, chunks)) > 100_000)
    assert code == 130, stderr
    match = re.fullmatch(r"Interrupted( \(SIGTERM\))?\. ([\d,]+) records written to stdout\.", stderr.strip())
    assert match, stderr
    assert out.endswith(b"\n"), "the last record on stdout is complete"
    rows = [orjson.loads(line) for line in out.splitlines()]
    assert len(rows) == int(match.group(2).replace(",", ""))
    assert [row["id"] for row in rows] == [f"r{i}" for i in range(len(rows))], "none missing, in order"


def test_sigterm_with_shards_keeps_only_complete_shards(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()

    def two_shards_done(_chunks) -> bool:
        return len(list(out.glob("part-*.jsonl"))) >= 2

    code, stderr, _ = _interrupt(
        ["quotes", "-o", "out/part.jsonl", "--shard-size", "2000"], signal.SIGTERM, tmp_path, two_shards_done
    )
    assert code == 130, stderr
    assert "finished shards of out/part.jsonl are complete" in stderr
    assert not list(out.glob("*.tmp")), "the shard being written is discarded"
    shards = sorted(out.glob("part-*.jsonl"))
    assert len(shards) >= 2
    for shard in shards:
        assert len(shard.read_bytes().splitlines()) == 2000, shard
