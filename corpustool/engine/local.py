"""The local engine: a process pool on this machine (``--workers N``).

``map_stage`` streams records through a per-record stage in order (clean, quotes);
``LocalEngine`` runs shard tasks (dedup's stages) with the same interface as the Dask engine.
"""

from __future__ import annotations

import itertools
import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from functools import partial
from typing import Any

from corpustool.records import Record

Stage = Callable[[Iterable[Record]], Iterator[Record]]

# Records per task: large enough to amortise pickling, small enough to keep memory flat.
CHUNK = 64


def _context() -> Any:
    """forkserver (or spawn): forking a process that runs threads (progress display) can deadlock."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


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
    with _context().Pool(workers) as pool:
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


class _Done:
    """A finished task (workers=1 runs tasks inline, in submission order)."""

    def __init__(self, fn: Callable[..., Any], args: tuple[Any, ...]) -> None:
        self._value = fn(*args)

    def result(self) -> Any:
        return self._value


class LocalEngine:
    """Shard tasks in ``workers`` processes; with one worker, inline in this process."""

    name = "local"
    external = False

    def __init__(self, workers: int = 1) -> None:
        self.workers = max(1, int(workers))
        self._pool: ProcessPoolExecutor | None = None

    def submit(self, fn: Callable[..., Any], *args: Any) -> Future[Any] | _Done:
        if self.workers == 1:
            return _Done(fn, args)
        if self._pool is None:
            self._pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=_context())
        return self._pool.submit(fn, *args)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
