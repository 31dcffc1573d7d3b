"""``corpustool dedup``: drop (or mark) near-identical copies of the same story."""

from __future__ import annotations

import contextlib
import sys
from functools import partial
from typing import Annotated, Literal

import orjson
import typer

from corpustool.accounting import RunReport
from corpustool.cli import options as opt
from corpustool.cli.dedup_sharded import run_sharded_dedup
from corpustool.cli.errors import reported_errors
from corpustool.cli.sharded import dask_stream
from corpustool.cli.stream import open_records, resolve_inputs, run_stage
from corpustool.dedup import DedupStats, commit_index, dedup_records, explain_ids, render_explanation

Keep = Annotated[
    Literal["longest", "first", "earliest"],
    typer.Option(
        "--keep", help="Copy to keep: longest (most complete), first (input order), earliest (created)."
    ),
]
Mark = Annotated[
    bool,
    typer.Option("--mark", help="Keep every record; add dedup{cluster, keep, duplicate_of, similarity}."),
]
ClustersFile = Annotated[
    str | None,
    typer.Option("--clusters", help="Write every cluster (members, kept id, joining scores) as JSONL here."),
]
Explain = Annotated[
    tuple[str, str] | None,
    typer.Option("--explain", help="Show why two records (by id) are or are not copies; no dedup run."),
]
Index = Annotated[
    str | None,
    typer.Option("--index", help="SQLite index: dedup against earlier runs and add the new keepers."),
]


def command(
    inputs: opt.Inputs = None,
    output: opt.Output = "-",
    shard_size: opt.Shard = None,
    input_format: opt.Format = "auto",
    text_field: opt.TextField = "text",
    id_field: opt.IdField = "id",
    on_error: opt.OnErrorOpt = "fail",
    quiet: opt.Quiet = False,
    debug: opt.Debug = False,
    keep: Keep = "longest",
    mark: Mark = False,
    clusters: ClustersFile = None,
    explain: Explain = None,
    index: Index = None,
    workers: opt.Workers = 1,
    engine: opt.EngineName = "local",
    scheduler: opt.Scheduler = None,
    work_dir: opt.WorkDir = None,
) -> None:
    """Find wire copies of the same story and keep one of each.

    Example:

        corpustool clean raw/ | corpustool dedup --clusters clusters.jsonl > unique.jsonl

        corpustool dedup corpus.jsonl --explain d0001 d0042
    """
    common = opt.Common(
        inputs or [], output, shard_size, quiet, debug, on_error, text_field, id_field, input_format
    )
    if explain:
        _explain(common, *explain)
        return
    placement = opt.Placement(engine, workers, scheduler, work_dir)
    if engine == "dask" and resolve_inputs(common.inputs, quiet=True) != ["-"]:
        run_sharded_dedup(common, placement, keep=keep, mark=mark, clusters=clusters, index=index)
    stats = DedupStats()
    stage = partial(
        dedup_records,
        keep=keep,
        mark=mark,
        clusters_path=clusters,
        index_path=index,
        workers=workers,
        stats=stats,
        spool_dir=work_dir,
        defer_index=True,
    )
    if engine == "local":
        run_stage("dedup", common, stage, drop_reason="duplicate", notes=partial(_after_output, index, stats))
    # stdin on Dask: this process spools the stream, the stages run on the cluster.
    with contextlib.ExitStack() as session:
        with reported_errors(debug):
            runner, work = session.enter_context(dask_stream(common, placement))
        stage = partial(stage, engine=runner, spool_dir=str(work.path))
        run_stage("dedup", common, stage, drop_reason="duplicate", notes=partial(_after_output, index, stats))


def _after_output(index: str | None, stats: DedupStats) -> list[str]:
    """Called by run_stage once the output is complete (the file renamed into place): only now do
    the new keepers enter the index, so a run killed at any point can simply be run again."""
    if index:
        with reported_errors():
            stats.indexed_added = commit_index(index)
    return [stats.summary()]


def _explain(common: opt.Common, id_a: str, id_b: str) -> None:
    """The explanation as JSON on stdout (data); the readable form on stderr (for people)."""
    with reported_errors(common.debug):
        records = open_records("explain", common, RunReport())
        report = explain_ids(records, id_a, id_b)
    sys.stdout.buffer.write(orjson.dumps(report) + b"\n")
    sys.stdout.flush()
    if not common.quiet:
        print(render_explanation(report), file=sys.stderr)
