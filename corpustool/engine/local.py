"""A process pool over a record stream: same output, in the same order, for any worker count."""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterable, Iterator

from corpustool.records import Record

# Records per task: large enough to amortise pickling, small enough to keep memory flat.
CHUNK = 64


def map_records(
    func: Callable[[Record], Record], records: Iterable[Record], *, workers: int = 1
) -> Iterator[Record]:
    """Apply ``func`` to every record, on ``workers`` processes (``func`` must be picklable).

    ``imap`` keeps input order and pulls input lazily, so memory stays bounded by
    ``workers * CHUNK`` records in flight whatever the corpus size.
    """
    if workers <= 1:
        for record in records:
            yield func(record)
        return
    context = multiprocessing.get_context(
        "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    )
    with context.Pool(workers) as pool:
        yield from pool.imap(func, records, chunksize=CHUNK)
