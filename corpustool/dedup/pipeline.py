"""``dedup_records``: the whole stage over a stream of records.

1. Spool the records into shards in a work directory; fingerprint each shard as it fills.
2. Run the file-based stages (``stages.py``) on an engine: local processes (``workers``) or any
   ``corpustool.engine`` engine (a Dask cluster), the same functions either way.
3. Re-emit the spooled records in input order with their ``dedup`` block.
4. With an index, stage the new keepers and (unless ``defer_index``) commit them.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, fields

from corpustool.dedup.index import commit_index, load_index
from corpustool.dedup.keep import KEEP_POLICIES
from corpustool.dedup.params import DedupParams
from corpustool.dedup.run import DedupRun, RunSummary, WorkDir
from corpustool.dedup.spool import shard_records, spool_shards
from corpustool.dedup.stages import annotated
from corpustool.engine.base import Engine
from corpustool.engine.local import LocalEngine
from corpustool.io import open_output
from corpustool.records import Record


@dataclass
class DedupStats(RunSummary):
    """What a run did; complete once the output iterator is exhausted (the stages' counts, plus
    what the index and the caller add)."""

    indexed_staged: int = 0  # new keepers staged in the index
    indexed_added: int = 0  # ... and committed (0 until commit_index when deferred)
    notes: list[str] = field(default_factory=list)

    @property
    def dropped(self) -> int:
        return self.duplicates + self.already_indexed

    def absorb(self, summary: RunSummary) -> None:
        for counted in fields(RunSummary):
            setattr(self, counted.name, getattr(summary, counted.name))

    def summary(self) -> str:
        """One line for people: "dropped N duplicates in M clusters"."""
        text = f"dropped {self.duplicates:,} duplicates in {self.clusters:,} clusters"
        if self.already_indexed:
            text += f", {self.already_indexed:,} records already indexed"
        return text


def dedup_records(
    records: Iterable[Record],
    *,
    keep: str = "longest",
    mark: bool = False,
    clusters_path: str | None = None,
    index_path: str | None = None,
    workers: int = 1,
    params: DedupParams | None = None,
    stats: DedupStats | None = None,
    spool_dir: str | None = None,
    engine: Engine | None = None,
    defer_index: bool = False,
) -> Iterator[Record]:
    """Drop (or with ``mark``, flag) wire copies; yields records in input order.

    Every yielded record gets ``dedup = {cluster, keep, duplicate_of, similarity}``: ``cluster``
    is the id of the cluster's kept record (a singleton's own id), ``duplicate_of`` that id for a
    copy (else null), ``similarity`` the copy's containment score against it (else null).
    ``engine`` runs the stages (default: a local pool of ``workers`` processes); its workers must
    see ``spool_dir``. With ``defer_index`` the new keepers are only staged once the stream ends:
    call ``commit_index(index_path)`` when the output is safely written.
    """
    if keep not in KEEP_POLICIES:
        raise ValueError(f"unknown keep policy {keep!r}; choose one of {', '.join(KEEP_POLICIES)}")
    return _run(records, keep, mark, clusters_path, index_path, max(1, int(workers)),
                params or DedupParams(), stats if stats is not None else DedupStats(), spool_dir,
                engine, defer_index)


def _run(records: Iterable[Record], keep: str, mark: bool, clusters_path: str | None,
         index_path: str | None, workers: int, params: DedupParams, stats: DedupStats,
         spool_dir: str | None, engine: Engine | None, defer_index: bool) -> Iterator[Record]:
    own_engine = engine is None
    runner: Engine = LocalEngine(workers) if engine is None else engine
    work = WorkDir(spool_dir)
    try:
        run = DedupRun(runner, work.path, params, keep)
        if index_path:
            run.add_index(*load_index(index_path))
        spool_shards(records, run.new_shard, run.add_shard, shard_records())
        stats.absorb(run.run(with_clusters=bool(clusters_path)))
        if clusters_path:
            publish(work.path / "clusters.jsonl", clusters_path)
        for shard in run.input_shards():
            yield from annotated(str(shard), mark)
        if index_path and stats.records_in:
            stats.indexed_staged = run.stage_index(index_path)
            if not defer_index:
                stats.indexed_added = commit_index(index_path)
    finally:
        if own_engine:
            runner.close()
        work.remove()


def publish(source, target: str) -> None:
    """Copy a work file to its final place, atomically (compressed by the target's extension);
    a missing source (no records) gives an empty file."""
    with open_output(target) as sink:
        if source.exists():
            with open(source, "rb") as f:
                shutil.copyfileobj(f, sink)
