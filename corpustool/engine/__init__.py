"""Where work runs: ``local`` (a process pool, default) or ``dask`` (a Dask cluster, lazily imported).

Both engines run the same shard tasks, so their output is identical; see docs/scaling.md.
"""

from corpustool.engine.base import Engine, gather
from corpustool.engine.local import LocalEngine, map_stage

__all__ = ["Engine", "LocalEngine", "gather", "map_stage"]
