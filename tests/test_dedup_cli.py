"""`corpustool dedup` CLI: options reach the library, stdout stays data, explain works by id."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import orjson
from test_cli_terminal import run_on_terminal
from test_dedup import COPY, FOLLOW_UP, ORIGINAL, SAME_TOPIC

CLI = [sys.executable, "-m", "corpustool"]


def _input(tmp_path: Path) -> Path:
    path = tmp_path / "in.jsonl"
    texts = (("a", COPY), ("b", ORIGINAL), ("c", FOLLOW_UP), ("d", SAME_TOPIC))
    rows = [{"id": i, "text": t} for i, t in texts]
    path.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in rows))
    return path


def run(args: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, *args], capture_output=True, timeout=120)


def test_default_drops_the_copy_and_says_so(tmp_path: Path) -> None:
    result, terminal = run_on_terminal(["dedup", str(_input(tmp_path))])
    assert result.returncode == 0
    assert [orjson.loads(x)["id"] for x in result.stdout.splitlines()] == ["b", "c", "d"]
    assert "dropped 1 duplicates in 1 clusters" in " ".join(terminal.split())


def test_mark_keep_first_and_clusters_file(tmp_path: Path) -> None:
    clusters = tmp_path / "clusters.jsonl"
    result = run(["dedup", str(_input(tmp_path)), "--mark", "--keep", "first", "--clusters", str(clusters)])
    assert result.returncode == 0
    rows = {r["id"]: r["dedup"] for r in map(orjson.loads, result.stdout.splitlines())}
    assert rows["a"]["keep"] and rows["b"]["duplicate_of"] == "a"
    assert orjson.loads(clusters.read_bytes().splitlines()[0])["kept"] == "a"


def test_explain_prints_json_on_stdout_and_text_on_stderr(tmp_path: Path) -> None:
    result = run(["dedup", str(_input(tmp_path)), "--explain", "b", "c"])
    assert result.returncode == 0
    report = orjson.loads(result.stdout)
    assert report["decision"] == "different"
    assert "DIFFERENT" in result.stderr.decode()


def test_explain_unknown_id_is_a_one_line_error(tmp_path: Path) -> None:
    result = run(["dedup", str(_input(tmp_path)), "--explain", "b", "zz"])
    assert result.returncode == 1
    assert "'zz'" in result.stderr.decode() and "Traceback" not in result.stderr.decode()


def test_index_second_run_writes_nothing(tmp_path: Path) -> None:
    data, index = _input(tmp_path), str(tmp_path / "seen.sqlite")
    assert len(run(["dedup", str(data), "--index", index]).stdout.splitlines()) == 3
    again = run(["dedup", str(data), "--index", index, "--workers", "2"])
    assert again.returncode == 0 and again.stdout == b""
