"""``corpustool dedup --engine dask`` over input files: every stage runs as shard tasks.

Tasks spool the input files into shards, the dedup stages run on them (``corpustool.dedup.run``)
and tasks write each shard's output; the client only adds up summaries. The index (a local
SQLite file) is read and written here, and committed only after the output is complete.
"""

from __future__ import annotations

from typing import NoReturn

from corpustool.accounting import RunReport
from corpustool.cli.errors import reported_errors
from corpustool.cli.options import Common, Placement
from corpustool.cli.sharded import dask_engine, spool_inputs, write_outputs
from corpustool.cli.stream import finish
from corpustool.dedup import DedupParams, DedupStats
from corpustool.dedup.index import commit_index, load_index
from corpustool.dedup.pipeline import publish
from corpustool.dedup.run import DedupRun
from corpustool.engine.shards import write_dedup_shard


def run_sharded_dedup(common: Common, placement: Placement, *, keep: str, mark: bool, clusters: str | None,
                      index: str | None) -> NoReturn:
    report = RunReport()
    stats = DedupStats()
    with reported_errors(common.debug), dask_engine(common, placement) as (engine, work):
        shards = spool_inputs("dedup", common, engine, work.path, report)
        run = DedupRun(engine, work.path, DedupParams(), keep)
        if index:
            run.add_index(*load_index(index))
        for shard in shards:
            run.add_shard(shard)
        stats.absorb(run.run(with_clusters=bool(clusters)))
        if clusters:
            publish(work.path / "clusters.jsonl", clusters)
        calls = [(str(shard), mark) for shard in run.input_shards()]
        report.records_out = write_outputs(engine, common, work.path, write_dedup_shard, calls)
        if index and stats.records_in:
            stats.indexed_staged = run.stage_index(index)
            stats.indexed_added = commit_index(index)
    if report.records_in > report.records_out:
        report.drop("duplicate", report.records_in - report.records_out)
    report.notes.append(stats.summary())
    finish("dedup", report, common.quiet)
