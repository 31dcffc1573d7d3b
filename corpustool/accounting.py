"""Run accounting: every record that enters a stage leaves, or is counted here with a reason.

One object per run, filled by readers (skipped input), stages (dropped records) and the writer
(records out). The CLI prints it as the end-of-run summary; Python users can inspect it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from corpustool.errors import InputError


@dataclass
class RunReport:
    """Counts for one run; ``skipped`` keeps every bad record's location and reason."""

    records_in: int = 0
    records_out: int = 0
    dropped: Counter[str] = field(default_factory=Counter)
    skipped: list[InputError] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def drop(self, reason: str, n: int = 1) -> None:
        """Count records a stage removed on purpose (e.g. ``duplicate``)."""
        self.dropped[reason] += n

    def skip(self, error: InputError) -> None:
        """Record a bad input record that was skipped under ``on_error='skip'``."""
        self.skipped.append(error)

    @property
    def partial(self) -> bool:
        """True when some input could not be read: the run finished but is incomplete."""
        return bool(self.skipped)

    def as_dict(self) -> dict:
        """Machine-readable form (for ``--json`` summaries and tests)."""
        return {
            "records_in": self.records_in,
            "records_out": self.records_out,
            "dropped": [{"reason": r, "count": n} for r, n in sorted(self.dropped.items())],
            "skipped": [{"where": e.where, "error": e.message} for e in self.skipped],
            "notes": list(self.notes),
        }
