"""Wire a command onto the Dask engine: tasks read, process and write shards themselves.

The client only expands the input paths, submits tasks with paths as arguments and adds up
their small summaries; it touches documents only when reading stdin (spooled into the work
directory first) or writing stdout (streamed from the finished parts). ``-o DIR/`` writes one
``part-NNNNN.jsonl.gz`` per shard; ``-o FILE`` (local or fsspec URL) is assembled by one task.
"""

from __future__ import annotations

import contextlib
import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, NoReturn

from corpustool.accounting import RunReport
from corpustool.cli.errors import reported_errors
from corpustool.cli.options import Common, Placement
from corpustool.cli.stream import finish, open_records, resolve_inputs
from corpustool.dedup.run import WorkDir
from corpustool.dedup.spool import shard_records, spool_shards
from corpustool.engine.base import Engine, gather
from corpustool.engine.paths import expand, is_directory_output, is_url, part_path
from corpustool.engine.shards import ReadSpec, Stage, concat_parts, map_shard, spool_sources
from corpustool.errors import CorpustoolError, InputError
from corpustool.io.formats import ReadOptions
from corpustool.records import now_iso

# Input files read by one spooling task (one-document formats come in many small files).
FILES_PER_TASK = 256


class EngineSetupError(CorpustoolError):
    """The engine cannot run as asked (a cluster without a shared work directory ...)."""


def open_dask(common: Common, placement: Placement) -> tuple[Engine, WorkDir]:
    """A Dask engine and a fresh work directory for one command (close with ``close_dask``)."""
    if common.shard_size:
        raise EngineSetupError("--shard-size does not apply to --engine dask; -o DIR/ writes one per shard")
    if placement.scheduler and not placement.work_dir:
        raise EngineSetupError(
            "--engine dask with --scheduler needs --work-dir on a filesystem every worker can read and write"
        )
    from corpustool.engine.dask_engine import DaskEngine

    engine = DaskEngine(placement.scheduler, placement.workers)
    return engine, WorkDir(placement.work_dir)


def close_dask(engine: Engine, work: WorkDir) -> None:
    work.remove()
    engine.close()


@contextlib.contextmanager
def dask_engine(common: Common, placement: Placement) -> Iterator[tuple[Engine, WorkDir]]:
    """``open_dask`` ... ``close_dask`` around a block."""
    engine, work = open_dask(common, placement)
    try:
        yield engine, work
    finally:
        close_dask(engine, work)


def spool_inputs(command: str, common: Common, engine: Engine, work: Path, report: RunReport, *,
                 keep_html: bool = False, html_field: str | None = None) -> list[Path]:
    """Input shards in order: files are read by tasks; stdin is spooled here."""
    inputs = resolve_inputs(common.inputs, common.quiet)
    if inputs == ["-"]:
        made: list[Path] = []

        def new_shard() -> Path:
            path = work / f"in-00000-{len(made):04d}"
            path.mkdir()
            made.append(path)
            return path

        records = open_records(command, common, report, keep_html=keep_html, html_field=html_field)
        spool_shards(records, new_shard, lambda _: None, shard_records())
        return made
    sources = []
    for item in inputs:
        try:
            sources += expand([item])
        except InputError as error:
            if common.on_error == "fail":
                raise
            report.skip(error)
    options = ReadOptions(text_field=common.text_field, id_field=common.id_field, html_field=html_field,
                          keep_html=keep_html, added=now_iso())
    spec = ReadSpec(options, common.input_format, common.on_error, shard_records())
    groups = [sources[i: i + FILES_PER_TASK] for i in range(0, len(sources), FILES_PER_TASK)]
    shards: list[Path] = []
    for spooled in gather([engine.submit(spool_sources, group, spec, str(work), g)
                           for g, group in enumerate(groups)]):
        shards += [work / name for name in spooled.shards]
        report.records_in += spooled.records
        for error in spooled.skipped:
            report.skip(error)
    return shards


def write_outputs(engine: Engine, common: Common, work: Path, task: Callable[..., int],
                  calls: list[tuple[Any, ...]]) -> int:
    """Run ``task(*call, out)`` per shard and assemble the output; returns records written."""
    output = common.output
    to_directory = output != "-" and is_directory_output(output)
    if to_directory:
        if not is_url(output):
            Path(output).mkdir(parents=True, exist_ok=True)
        outs = [part_path(output, i) for i in range(len(calls))]
    else:
        outs = [str(work / f"out-{i:05d}.jsonl") for i in range(len(calls))]
    written = sum(gather([engine.submit(task, *call, out) for call, out in zip(calls, outs, strict=True)]))
    if output == "-":
        for part in outs:
            with open(part, "rb") as f:
                shutil.copyfileobj(f, sys.stdout.buffer)
        sys.stdout.buffer.flush()
    elif not to_directory:
        engine.submit(concat_parts, outs, output).result()
    return written


def run_sharded_stage(command: str, common: Common, placement: Placement, stage: Stage, *,
                      keep_html: bool = False, html_field: str | None = None) -> NoReturn:
    """A record-by-record stage (clean, quotes) over shards on Dask, then the usual summary."""
    report = RunReport()
    with reported_errors(common.debug), dask_engine(common, placement) as (engine, work):
        shards = spool_inputs(command, common, engine, work.path, report, keep_html=keep_html,
                              html_field=html_field)
        report.records_out = write_outputs(engine, common, work.path, map_shard,
                                           [(stage, str(shard)) for shard in shards])
    finish(command, report, common.quiet)
