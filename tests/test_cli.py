"""CLI conventions: stdout is data only, one-line errors, exit codes, the pipe runs end to end."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import orjson
import pytest
from typer.testing import CliRunner

from corpustool.cli.app import COMMANDS, app
from corpustool.cli.helpdoc import render_cli_markdown

REPO = Path(__file__).resolve().parents[1]
CLI = [sys.executable, "-m", "corpustool"]


def run(args: list[str], stdin: bytes = b"") -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, *args], input=stdin, capture_output=True, timeout=120)


def test_broken_line_fails_with_one_line_error() -> None:
    result = run(["dedup"], b'{"id":"a","text":"x"}\n{broken\n')
    assert result.returncode == 1
    lines = result.stderr.decode().strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("Error: <stdin>:2:")
    assert "Traceback" not in result.stderr.decode()


def test_skip_emits_good_records_reports_and_exits_3() -> None:
    result = run(["dedup", "--on-error", "skip"], b'{"id":"a","text":"x"}\n{broken\n')
    assert result.returncode == 3
    rows = [orjson.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["a"]
    assert "<stdin>:2" in result.stderr.decode()
    assert "1 bad record(s) skipped" in result.stderr.decode()


def test_usage_error_exits_2() -> None:
    assert run(["dedup", "--on-error", "maybe"]).returncode == 2


def test_missing_input_file_is_one_line(tmp_path: Path) -> None:
    result = run(["quotes", str(tmp_path / "nope.jsonl")])
    assert result.returncode == 1
    assert result.stderr.decode().strip() == f"Error: {tmp_path / 'nope.jsonl'}: no such file or directory"


def test_debug_shows_traceback() -> None:
    result = run(["dedup", "--debug"], b"{broken\n")
    assert result.returncode == 1
    assert "Traceback" in result.stderr.decode()


def test_pipeline_end_to_end_stdout_is_only_records(seeds_dir: Path) -> None:
    clean = run(["clean", str(seeds_dir)])
    assert clean.returncode == 0, clean.stderr
    stdout = clean.stdout
    for stage in (["dedup"], ["quotes"], ["export"]):
        step = run(stage, stdout)
        assert step.returncode == 0, step.stderr
        stdout = step.stdout
    rows = [orjson.loads(line) for line in stdout.splitlines()]
    assert len(rows) == 5
    assert all({"id", "text", "source", "added", "created", "metadata"} <= set(r) for r in rows)


def test_seeds_load_in_pyarrow_and_duckdb(seeds_dir: Path, tmp_path: Path) -> None:
    pa_json = pytest.importorskip("pyarrow.json")
    duckdb = pytest.importorskip("duckdb")
    out = tmp_path / "corpus.jsonl"
    cleaned = run(["clean", str(seeds_dir)])
    exported = run(["export", "-o", str(out)], cleaned.stdout)
    assert exported.returncode == 0, exported.stderr
    assert exported.stdout == b""
    assert pa_json.read_json(out).num_rows == 5
    assert duckdb.sql(f"select count(*) from read_json_auto('{out}')").fetchall()[0][0] == 5


def test_output_file_and_quiet(tmp_path: Path) -> None:
    out = tmp_path / "o.jsonl.zst"
    result = run(["export", "-q", "-o", str(out)], b'{"id":"a","text":"x"}\n')
    assert (result.returncode, result.stdout, result.stderr) == (0, b"", b"")
    assert out.exists()


def test_head_closes_pipe_quietly(tmp_path: Path) -> None:
    rows = b"".join(orjson.dumps({"id": str(i), "text": "word " * 50}) + b"\n" for i in range(20000))
    src = tmp_path / "big.jsonl"
    src.write_bytes(rows)
    shell = f"{sys.executable} -m corpustool export {src} | head -n 1"
    result = subprocess.run(["bash", "-o", "pipefail", "-c", shell], capture_output=True, timeout=120)
    assert result.stdout.count(b"\n") == 1
    assert result.stderr == b""


@pytest.mark.parametrize("command", list(COMMANDS))
def test_every_command_has_help_with_an_example(command: str) -> None:
    result = CliRunner().invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output
    assert f"corpustool {command}" in result.output or "corpustool" in result.output


def test_cli_docs_are_generated_from_help() -> None:
    assert (REPO / "docs" / "cli.md").read_text(encoding="utf-8") == render_cli_markdown(), "run `make docs`"


def test_cli_input_formats_match_the_readers() -> None:
    from typing import get_args

    from corpustool.cli.options import Format
    from corpustool.io import INPUT_FORMATS

    assert get_args(get_args(Format)[0]) == INPUT_FORMATS
