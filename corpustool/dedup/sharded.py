"""Dedup over input files on any engine: every stage, reading and writing included, runs as shard tasks.

Tasks spool the input files into shards, the stages run on them (``run.DedupRun``) and tasks write
each shard's output; the caller only adds up summaries. The index (a local SQLite file) is read and
written by the caller, and its new keepers are committed only once the output is complete, so a
run killed at any point can simply be run again. ``--engine dask`` over files runs this; a stream
is better served by ``dedup_records(..., engine=)``, which fingerprints while it reads.
"""

from __future__ import annotations

from corpustool.accounting import RunReport
from corpustool.dedup.index import commit_index, load_index
from corpustool.dedup.keep import KEEP_POLICIES
from corpustool.dedup.params import DedupParams
from corpustool.dedup.pipeline import DedupStats, publish
from corpustool.dedup.run import DedupRun
from corpustool.engine.base import Engine
from corpustool.engine.sharded import Inputs, work_directory, write_output
from corpustool.engine.shards import write_dedup_shard


def dedup_sharded(
    inputs: Inputs,
    output: str,
    *,
    engine: Engine,
    work_dir: str | None = None,
    keep: str = "longest",
    mark: bool = False,
    clusters_path: str | None = None,
    index_path: str | None = None,
    params: DedupParams | None = None,
    report: RunReport | None = None,
) -> tuple[RunReport, DedupStats]:
    """Drop (or with ``mark``, flag) wire copies from ``inputs`` into ``output`` (``DIR/``, a file
    or ``-``): the records and blocks of ``dedup_records`` with the same options.

    The engine stays open (the caller's to close). Returns the run's report (copies counted as
    dropped ``duplicate``, the stats line in its notes) and the stages' counts.
    """
    if keep not in KEEP_POLICIES:
        raise ValueError(f"unknown keep policy {keep!r}; choose one of {', '.join(KEEP_POLICIES)}")
    report = report if report is not None else RunReport()
    stats = DedupStats()
    with work_directory(engine, work_dir) as work:
        shards = inputs.spool(engine, work, report)
        run = DedupRun(engine, work, params or DedupParams(), keep)
        if index_path:
            run.add_index(*load_index(index_path))
        for shard in shards:
            run.add_shard(shard)
        stats.absorb(run.run(with_clusters=bool(clusters_path)))
        if clusters_path:
            publish(work / "clusters.jsonl", clusters_path)
        calls = [(str(shard), mark) for shard in run.input_shards()]
        report.records_out = write_output(engine, write_dedup_shard, calls, output, work)
        # Only now, with the output in place, do the new keepers enter the index.
        if index_path and stats.records_in:
            stats.indexed_staged = run.stage_index(index_path)
            stats.indexed_added = commit_index(index_path)
    if report.records_in > report.records_out:
        report.drop("duplicate", report.records_in - report.records_out)
    report.notes.append(stats.summary())
    return report, stats
