"""Spool records to a temporary file so they can be re-emitted after clustering.

Dedup must see the whole corpus before it can say which copy to keep, but holding every text in
memory does not scale. Records are written as JSON lines (orjson) to an unnamed temporary file
(``tempfile.TemporaryFile``: deleted when closed, even on a crash; put it elsewhere with
``TMPDIR`` or ``spool_dir``). Disk use is about the size of the input JSONL.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from typing import IO

import orjson

from corpustool.records import Record


class Spool:
    """Write records once, read them back once in the same order."""

    def __init__(self, spool_dir: str | None = None) -> None:
        # Closed in replay()/close(); a context manager cannot span the generator's life.
        self._file: IO[bytes] = tempfile.TemporaryFile(prefix="corpustool-dedup-", dir=spool_dir)  # noqa: SIM115
        self.count = 0

    def write(self, record: Record) -> None:
        self._file.write(orjson.dumps(record, default=str))
        self._file.write(b"\n")
        self.count += 1

    def replay(self) -> Iterator[Record]:
        """Records in the order written; closes (and so deletes) the file at the end."""
        try:
            self._file.flush()
            self._file.seek(0)
            for line in self._file:
                yield orjson.loads(line)
        finally:
            self.close()

    def close(self) -> None:
        self._file.close()
