"""Shared fixtures: where the seed scrapes and benchmark data live.

Tests that need ../shared skip when it is absent on a developer's machine, but fail under CI
(the CI variable is set), so a missing data mount can never turn a red run green.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CORPUSTOOL_SHARED", REPO.parent / "shared"))


def _require(path: Path) -> Path:
    if not path.exists():
        message = f"shared data not found: {path}"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The ../shared folder (seeds, benchmark data)."""
    return _require(SHARED)


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The five raw seed scrapes."""
    return _require(SHARED / "seeds")


@pytest.fixture(scope="session")
def bench_dir() -> Path:
    """Benchmark data with gold labels: cleaning/, dedup/, quotes/."""
    return _require(SHARED / "bench")


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    """The project's own fictional example scrapes."""
    return REPO / "examples"
