"""Every command on every hostile input: a one-line error or a counted skip, never a traceback, a hang
or a silently missing record.

Under ``--on-error skip`` a command must deliver exactly the input's good records (dedup runs with
``--mark`` so it keeps them all) and exit 3 when it skipped any; under ``--on-error fail`` it either
succeeds the same way or stops with one ``Error: FILE...`` line and exit 1.
"""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest
from conftest import run_cli
from hostile import CASES, Hostile, long_line

COMMANDS = ["clean", "dedup", "quotes", "export", "stats", "report"]
STREAMING = {"clean", "dedup", "quotes"}


def _args(command: str, target: Path, out: Path) -> list[str]:
    extra = {
        "dedup": ["--mark"],
        "stats": ["--json"],
        "report": ["-o", str(out / "report.html")],
    }.get(command, [])
    return [command, str(target), *extra]


def _records_out(command: str, result) -> int:
    """How many records the command says it delivered, read from its data output."""
    if command == "stats":
        return orjson.loads(result.stdout)["records"]
    if command == "report":
        return int(result.stderr.split("report: ")[1].split(" records")[0].replace(",", ""))
    return len(result.stdout_bytes.splitlines())


def _check_no_crash(result) -> None:
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.stderr
    assert "rerun with --debug" not in result.stderr, result.stderr  # an unexpected exception: a bug


def _pairs() -> list:
    return [
        pytest.param(case, command, id=f"{command}-{case.name}")
        for case in CASES
        for command in COMMANDS
        if not case.heavy or command in STREAMING
    ]


@pytest.mark.parametrize(("case", "command"), _pairs())
def test_skip_policy_counts_every_record(tmp_path: Path, case: Hostile, command: str) -> None:
    target = case.make(tmp_path)
    result = run_cli([*_args(command, target, tmp_path), "--on-error", "skip"])
    _check_no_crash(result)
    assert result.exit_code == (3 if case.skips else 0), result.stderr
    delivered = _records_out(command, result)
    if case.records >= 0:
        assert delivered == case.records, result.stderr
    else:
        assert delivered >= 1, result.stderr  # a truncated archive still yields what came before the cut
    if case.skips:
        assert f"{case.skips} bad record(s) skipped" in result.stderr
        skipped = [line for line in result.stderr.splitlines() if line.startswith("Skipped: ")]
        assert len(skipped) == case.skips, result.stderr
        assert all(line.startswith(f"Skipped: {target}") for line in skipped), skipped


@pytest.mark.parametrize(("case", "command"), _pairs())
def test_fail_policy_is_one_line_or_success(tmp_path: Path, case: Hostile, command: str) -> None:
    target = case.make(tmp_path)
    result = run_cli(_args(command, target, tmp_path))
    _check_no_crash(result)
    if case.skips:
        assert result.exit_code == 1, result.stderr
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"Error: {target}"), result.stderr
        if command == "report":
            assert not (tmp_path / "report.html").exists(), "a failed run leaves no output file"
    else:
        assert result.exit_code == 0, result.stderr


@pytest.mark.parametrize("command", COMMANDS)
def test_hostile_stdin(command: str, tmp_path: Path) -> None:
    """Binary junk, NUL bytes and a UTF-16 stream on stdin: read as text or named, never a crash."""
    args = _args(command, Path("-"), tmp_path)[1:]
    for data in (
        b"\x00" * 1000,
        b"\x89PNG\r\n\x1a\n\xff\xfe\x00",
        "Tr\u00e8s bien.".encode("utf-16"),
        b"\x1f\x8b",
    ):
        result = run_cli([command, "--on-error", "skip", *args], stdin=data)
        _check_no_crash(result)
        assert result.exit_code in (0, 3), result.stderr


@pytest.mark.slow
@pytest.mark.parametrize("command", sorted(STREAMING))
@pytest.mark.parametrize("name", ["line.txt", "line.jsonl"])
def test_100_mb_single_line(tmp_path: Path, command: str, name: str) -> None:
    """The full-size case of the 5 MB line above: one record, no crash, no hang (slow: -m slow)."""
    line = long_line(100)
    path = tmp_path / name
    path.write_bytes(
        line if name.endswith(".txt") else orjson.dumps({"id": "a", "text": line.decode()}) + b"\n"
    )
    result = run_cli([command, str(path)], seconds=900)
    _check_no_crash(result)
    assert result.exit_code == 0, result.stderr
    assert len(result.stdout_bytes.splitlines()) == 1
