"""A process pool over a record stream: same output, in the same order, for any worker count."""

from __future__ import annotations

import itertools
import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from functools import partial

from corpustool.records import Record

Stage = Callable[[Iterable[Record]], Iterator[Record]]

# Records per task: large enough to amortise pickling, small enough to keep memory flat.
CHUNK = 64


def map_stage(
    stage: Stage, records: Iterable[Record], *, workers: int = 1, chunk: int = CHUNK
) -> Iterator[Record]:
    """Run a record-by-record ``stage`` (one output per input, no state shared between records)
    on ``workers`` processes; ``stage`` must be picklable (a module function or a partial of one).

    Batches are submitted with a window of ``2 * workers`` in flight and collected in submission
    order, so output order is the input order and memory stays bounded by the window whatever
    the corpus size (``Pool.imap`` would read the whole input ahead).
    """
    if workers <= 1:
        yield from stage(records)
        return
    run = partial(_run_batch, stage)
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    with context.Pool(workers) as pool:
        pending: deque = deque()
        for batch in _batches(records, chunk):
            pending.append(pool.apply_async(run, (batch,)))
            if len(pending) >= 2 * workers:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()


def _run_batch(stage: Stage, batch: list[Record]) -> list[Record]:
    return list(stage(batch))


def _batches(records: Iterable[Record], size: int) -> Iterator[list[Record]]:
    iterator = iter(records)
    while batch := list(itertools.islice(iterator, size)):
        yield batch
