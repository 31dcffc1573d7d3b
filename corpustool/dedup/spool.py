"""Spool records into shard files so dedup can see the whole corpus before it emits anything.

Dedup must know every copy before it can say which one to keep, but holding every text in
memory does not scale. Records are written as JSON lines (orjson) into ``spool.jsonl`` of one
shard directory per ``per_shard`` records (in the run's work directory: ``TMPDIR`` or
``spool_dir`` moves it; removed at the end of the run). Disk use is about the size of the input
JSONL. Each full shard is handed on at once, so fingerprinting runs while the input is read.
How many records a shard holds never changes the result.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path

import orjson

from corpustool.records import Record

SHARD_RECORDS = 2000


def shard_records() -> int:
    """Records per shard: ``CORPUSTOOL_SHARD_RECORDS`` or 2,000. Smaller shards mean more, smaller
    tasks (less memory each, more parallelism on small inputs); the output is the same."""
    value = os.environ.get("CORPUSTOOL_SHARD_RECORDS", "")
    return int(value) if value.isdigit() and int(value) > 0 else SHARD_RECORDS


def spool_shards(
    records: Iterable[Record],
    new_shard: Callable[[], Path],
    on_full: Callable[[Path], None],
    per_shard: int,
) -> int:
    """Write ``records`` into shards made by ``new_shard``; returns how many records."""
    total = 0
    shard: Path | None = None
    out = None
    try:
        for record in records:
            if out is None:
                shard = new_shard()
                out = open(shard / "spool.jsonl", "wb")  # noqa: SIM115 - closed when full or below
                in_shard = 0
            out.write(orjson.dumps(record, default=str))
            out.write(b"\n")
            in_shard += 1
            total += 1
            if in_shard == per_shard:
                out.close()
                out = None
                on_full(shard)  # type: ignore[arg-type]
        if out is not None:
            out.close()
            out = None
            on_full(shard)  # type: ignore[arg-type]
    finally:
        if out is not None:
            out.close()
    return total
