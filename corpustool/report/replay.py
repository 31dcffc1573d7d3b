"""Read a one-shot stream (stdin) twice: the first pass spools records to a temporary file."""

from __future__ import annotations

import contextlib
import tempfile
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import orjson

from corpustool.io.writers import dumps


@contextlib.contextmanager
def replayable(records: Iterable[dict[str, Any]]) -> Iterator[Callable[[], Iterator[dict[str, Any]]]]:
    """Yield ``open_records``: its first call streams ``records`` (saving them), later calls re-read.

    The spool lives on disk, not in memory, and is deleted when the block ends.
    """
    with tempfile.TemporaryFile(prefix="corpustool-report-") as spool:
        state = {"spooled": False}

        def first_pass() -> Iterator[dict[str, Any]]:
            for record in records:
                spool.write(dumps(record))
                yield record
            spool.flush()
            state["spooled"] = True

        def open_records() -> Iterator[dict[str, Any]]:
            if not state["spooled"]:
                return first_pass()
            spool.seek(0)
            return (orjson.loads(line) for line in spool)

        yield open_records
