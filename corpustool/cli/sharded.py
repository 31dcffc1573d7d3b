"""Wire a command onto the Dask engine: the options become an engine, inputs and an output for
the library's sharded runs (``corpustool.engine.sharded``, ``corpustool.dedup.sharded``).

What stays here is the command line's own: the option checks (worded in flags, before any
connection is tried), stdin (read by this process, with its progress line), the summary and the
exit code.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import NoReturn

from corpustool.accounting import RunReport
from corpustool.cli.errors import reported_errors
from corpustool.cli.options import Common, Placement
from corpustool.cli.stream import finish, open_records, resolve_inputs
from corpustool.dedup.run import WorkDir
from corpustool.engine.base import Engine
from corpustool.engine.sharded import InputFiles, Inputs, RecordStream, map_sharded
from corpustool.engine.shards import Stage
from corpustool.errors import EngineSetupError
from corpustool.io.formats import ReadOptions


def dask_for(common: Common, placement: Placement) -> Engine:
    """The Dask engine the options ask for (close it when done)."""
    if common.shard_size:
        raise EngineSetupError("--shard-size does not apply to --engine dask; -o DIR/ writes one per shard")
    if placement.scheduler and not placement.work_dir:
        raise EngineSetupError(
            "--engine dask with --scheduler needs --work-dir on a filesystem every worker can read and write"
        )
    from corpustool.engine.dask_engine import DaskEngine

    return DaskEngine(placement.scheduler, placement.workers)


@contextlib.contextmanager
def dask_engine(common: Common, placement: Placement) -> Iterator[Engine]:
    """``dask_for`` ... ``close`` around a block."""
    engine = dask_for(common, placement)
    try:
        yield engine
    finally:
        engine.close()


@contextlib.contextmanager
def dask_stream(common: Common, placement: Placement) -> Iterator[tuple[Engine, WorkDir]]:
    """A Dask engine and a fresh work directory for a stream run; both are released after the block."""
    with dask_engine(common, placement) as engine:
        work = WorkDir(placement.work_dir)
        try:
            yield engine, work
        finally:
            work.remove()


def sharded_inputs(command: str, common: Common, report: RunReport, *, keep_html: bool = False,
                   html_field: str | None = None) -> Inputs:
    """Files are read by the tasks; stdin by this process (counted into ``report``)."""
    inputs = resolve_inputs(common.inputs, common.quiet)
    if inputs == ["-"]:
        return RecordStream(open_records(command, common, report, keep_html=keep_html, html_field=html_field))
    options = ReadOptions(text_field=common.text_field, id_field=common.id_field, html_field=html_field,
                          keep_html=keep_html)
    return InputFiles(inputs, options, common.input_format, common.on_error)


def run_sharded_stage(command: str, common: Common, placement: Placement, stage: Stage, *,
                      keep_html: bool = False, html_field: str | None = None) -> NoReturn:
    """A record-by-record stage (clean, quotes) over shards on Dask, then the usual summary."""
    report = RunReport()
    with reported_errors(common.debug), dask_engine(common, placement) as engine:
        inputs = sharded_inputs(command, common, report, keep_html=keep_html, html_field=html_field)
        map_sharded(stage, inputs, common.output, engine=engine, work_dir=placement.work_dir, report=report)
    finish(command, report, common.quiet)
