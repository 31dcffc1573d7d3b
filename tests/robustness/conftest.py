"""Helpers for the robustness suite: run the CLI as a user would, with a deadline for hangs."""

from __future__ import annotations

import contextlib
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from corpustool.cli.app import app

CLI = [sys.executable, "-m", "corpustool"]
# Any single hostile input must be dealt with well within this (seconds): more is a hang.
DEADLINE = 20


class Hang(Exception):
    """The deadline passed: the code under test hangs or backtracks catastrophically."""


@contextlib.contextmanager
def deadline(seconds: float = DEADLINE) -> Iterator[None]:
    """Fail with Hang when the block runs longer than ``seconds`` (SIGALRM; re and Python code
    check for signals, so a runaway regex is interrupted too)."""

    def _expired(signum, frame):
        raise Hang(f"no result after {seconds} s")

    previous = signal.signal(signal.SIGALRM, _expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def run_cli(args: list[str], stdin: bytes = b"", seconds: float = DEADLINE):
    """Run a command in-process (fast) with a deadline; returns click's Result."""
    with deadline(seconds):
        return CliRunner().invoke(app, args, input=stdin, catch_exceptions=True)


def run_process(args: list[str], stdin: bytes = b"", cwd: Path | None = None, seconds: float = 60):
    """Run the real console program (signals, exit codes and stdio exactly as a user sees them)."""
    return subprocess.run([*CLI, *args], input=stdin, capture_output=True, timeout=seconds, cwd=cwd)


@pytest.fixture
def cli():
    return run_cli
