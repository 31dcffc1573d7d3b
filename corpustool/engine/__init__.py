"""Where work runs: ``local`` (a process pool, default) or ``dask`` (a Dask cluster, lazily imported).

Both engines run the same shard tasks, so their output is identical; ``engine.sharded.map_sharded``
(and ``dedup.sharded.dedup_sharded``) run a whole command over input files on either; docs/scaling.md.
"""

from corpustool.engine.base import Engine, gather
from corpustool.engine.local import LocalEngine, map_stage

__all__ = ["Engine", "LocalEngine", "gather", "map_stage"]
