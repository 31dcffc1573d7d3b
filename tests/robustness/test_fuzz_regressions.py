"""Inputs the fuzz harnesses (fuzz/, `make fuzz`) found to break a promise, kept so they stay fixed.

Each case is the crashing input as the harness received it (format byte, storage byte, file bytes
for the readers), replayed through the same harness function and invariant checks.
"""

from __future__ import annotations

import base64
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "fuzz"))
import fuzz_readers  # the harness directory is put on the path just above

# (what broke, base64 of the input, the fix)
READER_CRASHES = [
    (
        "CSV row with a blank id cell gave a record with id ''",
        "BABpZCx0ZXh0CmEsIgEAAAAAAAB3IHR3by4iCmIsKFRocmVlBHR3by4iYgosKFRocmVNZS4K",
        "records.normalize_record: a blank id falls back to the content hash",
    ),
]


@pytest.mark.parametrize(("what", "data", "fix"), READER_CRASHES, ids=[c[0] for c in READER_CRASHES])
def test_reader_crash_stays_fixed(what: str, data: str, fix: str) -> None:
    fuzz_readers.test_one_input(base64.b64decode(data))
