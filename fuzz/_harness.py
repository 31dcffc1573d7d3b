"""What every harness shares: the repo's invariant checks on the path, coverage instrumentation when
atheris is installed, and libFuzzer start-up.

Without atheris a harness still imports, so tests/robustness/test_fuzz_regressions.py replays the
inputs fuzzing found through the very same ``test_one_input`` in CI.
"""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests" / "robustness"))


def instrumented() -> contextlib.AbstractContextManager:
    """Instrument the imports inside the block for coverage feedback (when atheris is there)."""
    try:
        import atheris
    except ImportError:
        return contextlib.nullcontext()
    return atheris.instrument_imports()


def run(test_one_input) -> None:
    """Start libFuzzer with the command-line flags (corpus dir, -max_total_time, -timeout ...)."""
    import atheris

    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
