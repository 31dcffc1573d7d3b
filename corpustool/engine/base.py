"""The engine seam: where shard tasks run. Both engines run the same module-level functions.

A task is a plain function called with small, picklable arguments (file paths, numbers) that
reads and writes its shard files itself and returns a small summary, so the client never ships
documents. ``LocalEngine`` runs tasks in a process pool on this machine, ``DaskEngine``
(``corpustool.engine.dask_engine``) on a Dask cluster; the results are the same by construction.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol


class TaskFuture(Protocol):
    def result(self) -> Any: ...


class Engine(Protocol):
    """Runs tasks somewhere; ``workers`` is how many can run at once (used to size partitions);
    ``external``: tasks may run on other machines, so their work directory must be shared."""

    name: str
    workers: int
    external: bool

    def submit(self, fn: Callable[..., Any], *args: Any) -> TaskFuture: ...

    def close(self) -> None: ...


def gather(futures: Sequence[TaskFuture]) -> list[Any]:
    """Results of already submitted tasks, in order (the first failure is raised)."""
    return [f.result() for f in futures]
