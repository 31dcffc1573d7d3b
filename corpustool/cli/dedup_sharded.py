"""``corpustool dedup --engine dask`` over input files: the library's ``dedup_sharded`` on the engine
the options ask for, then the usual summary (the index is committed there, after the output)."""

from __future__ import annotations

from typing import NoReturn

from corpustool.accounting import RunReport
from corpustool.cli.errors import reported_errors
from corpustool.cli.options import Common, Placement
from corpustool.cli.sharded import dask_engine, sharded_inputs
from corpustool.cli.stream import finish
from corpustool.dedup.sharded import dedup_sharded


def run_sharded_dedup(common: Common, placement: Placement, *, keep: str, mark: bool, clusters: str | None,
                      index: str | None) -> NoReturn:
    report = RunReport()
    with reported_errors(common.debug), dask_engine(common, placement) as engine:
        dedup_sharded(sharded_inputs("dedup", common, report), common.output, engine=engine,
                      work_dir=placement.work_dir, keep=keep, mark=mark, clusters_path=clusters,
                      index_path=index, report=report)
    finish("dedup", report, common.quiet)
