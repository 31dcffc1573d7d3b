"""The result of cleaning one document, and the ``clean`` block it becomes on a record."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class CleanResult:
    """Article body plus what was found around it and what was removed (with reasons)."""

    text: str
    title: str | None = None
    dateline: dict[str, str | None] | None = None
    source: str | None = None
    created: str | None = None
    lang: str | None = None
    byline: str | None = None
    url: str | None = None
    chars_in: int = 0
    lines_in: int = 0
    lines_kept: int = 0
    removed_by_reason: list[dict[str, Any]] = field(default_factory=list)
    removed: list[dict[str, str | None]] = field(default_factory=list)

    def block(self) -> dict[str, Any]:
        """The record's ``clean`` block: the same keys and types on every row."""
        return {
            "chars_in": self.chars_in,
            "chars_out": len(self.text),
            "lines_in": self.lines_in,
            "lines_kept": self.lines_kept,
            "removed_by_reason": self.removed_by_reason,
            "removed": self.removed,
        }
