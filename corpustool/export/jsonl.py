"""JSON Lines: one object per line through orjson, the corpus's native format."""

from __future__ import annotations

from collections.abc import Iterable
from typing import IO, Any

from corpustool.io.writers import dumps


def write_jsonl_rows(rows: Iterable[dict[str, Any]], sink: IO[bytes]) -> int:
    """Write rows to an open binary sink; returns the row count."""
    count = 0
    for row in rows:
        sink.write(dumps(row))
        count += 1
    return count
