"""The Dask engine: shard tasks as ``client.submit`` calls (``--engine dask``).

Dask is imported only here, so the extra is needed only when it is used. Without a scheduler
address a ``LocalCluster`` of ``workers`` single-threaded processes is started (a laptop, tests);
with one (``--scheduler`` or ``CORPUSTOOL_SCHEDULER``) the tasks run on that cluster, e.g. one
started by dask-jobqueue on SLURM. Tasks receive paths and return small summaries.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from corpustool.errors import MissingExtraError


class DaskEngine:
    """Run tasks on a Dask cluster; ``close`` stops a LocalCluster this engine started."""

    name = "dask"

    def __init__(self, scheduler: str | None = None, workers: int = 1) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise MissingExtraError("dask", "dask") from None
        self._cluster = None
        if scheduler:
            self.client = Client(scheduler)
        else:
            # A task that fails on bad input reaches the client as its exception and is printed as
            # one line there; the workers' own "Compute Failed" log with its traceback is noise.
            self._cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                                         dashboard_address=":0", silence_logs=logging.CRITICAL)
            self.client = Client(self._cluster)
        self.workers = max(1, sum(self.client.nthreads().values()))
        self.external = scheduler is not None

    def submit(self, fn: Callable[..., Any], *args: Any) -> Any:
        # pure=False: tasks write files, so two equal calls are two runs, never one cached result.
        return self.client.submit(fn, *args, pure=False)

    def close(self) -> None:
        self.client.close()
        if self._cluster is not None:
            self._cluster.close()
