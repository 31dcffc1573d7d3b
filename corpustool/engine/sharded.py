"""A record stage over input files on any engine: tasks read, process and write shards themselves.

The caller only expands the input paths, submits tasks with paths as arguments and adds up their
small summaries; it touches documents only for a record stream it hands over (spooled into the
work directory first) or for stdout (streamed from the finished parts). Output ``DIR/`` gets one
``part-NNNNN.jsonl.gz`` per shard; a file (local path or fsspec URL) is assembled by one task.
``--engine dask`` runs this; Python code can hand it any engine (docs/scaling.md, "From Python").
"""

from __future__ import annotations

import contextlib
import shutil
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from corpustool.accounting import RunReport
from corpustool.dedup.run import WorkDir
from corpustool.dedup.spool import shard_records, spool_shards
from corpustool.engine.base import Engine, gather
from corpustool.engine.paths import expand, is_directory_output, is_url, part_path
from corpustool.engine.shards import ReadSpec, Stage, concat_parts, map_shard, spool_sources
from corpustool.errors import EngineSetupError, InputError
from corpustool.io.formats import ReadOptions
from corpustool.records import Record, now_iso

# Input files read by one spooling task (one-document formats come in many small files).
FILES_PER_TASK = 256


@dataclass(frozen=True)
class InputFiles:
    """Files, directories, globs or fsspec URLs, read by the tasks as a local run reads them."""

    paths: Sequence[str]
    options: ReadOptions = field(default_factory=ReadOptions)  # no ``added``: one stamp per run
    input_format: str = "auto"
    on_error: str = "fail"  # or "skip": bad rows and missing paths are listed in the report

    def spool(self, engine: Engine, work: Path, report: RunReport) -> list[Path]:
        """Shards in input order, spooled by tasks of up to FILES_PER_TASK files; records read and
        rows skipped are counted into ``report``."""
        sources = []
        for item in self.paths:
            try:
                sources += expand([item])
            except InputError as error:
                if self.on_error == "fail":
                    raise
                report.skip(error)
        options = self.options if self.options.added else replace(self.options, added=now_iso())
        spec = ReadSpec(options, self.input_format, self.on_error, shard_records())
        groups = [sources[i: i + FILES_PER_TASK] for i in range(0, len(sources), FILES_PER_TASK)]
        shards: list[Path] = []
        for spooled in gather([engine.submit(spool_sources, group, spec, str(work), g)
                               for g, group in enumerate(groups)]):
            shards += [work / name for name in spooled.shards]
            report.records_in += spooled.records
            for error in spooled.skipped:
                report.skip(error)
        return shards


@dataclass(frozen=True)
class RecordStream:
    """Records this process reads (stdin, a generator), spooled here and then run like files.

    Whoever reads them counts them: pass the report that ``read_records(..., report=)`` fills.
    """

    records: Iterable[Record]

    def spool(self, engine: Engine, work: Path, report: RunReport) -> list[Path]:
        made: list[Path] = []

        def new_shard() -> Path:
            path = work / f"in-00000-{len(made):04d}"
            path.mkdir()
            made.append(path)
            return path

        spool_shards(self.records, new_shard, lambda _: None, shard_records())
        return made


Inputs = InputFiles | RecordStream


@contextlib.contextmanager
def work_directory(engine: Engine, base: str | None) -> Iterator[Path]:
    """A fresh folder for one run's shards below ``base`` (default: a temp dir), removed at the end.
    Tasks on another machine must see it, so an external cluster needs ``base`` on a shared disk."""
    if engine.external and not base:
        raise EngineSetupError(
            "an engine on an external cluster needs work_dir on a filesystem every worker can read and write"
        )
    work = WorkDir(base)
    try:
        yield work.path
    finally:
        work.remove()


def write_output(engine: Engine, task: Callable[..., int], calls: list[tuple[Any, ...]], output: str,
                 work: Path) -> int:
    """Run ``task(*call, out)`` per shard and assemble ``output`` (``DIR/``, a file, or ``-`` for
    stdout) from the parts, in order; returns records written."""
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


def map_sharded(stage: Stage, inputs: Inputs, output: str, *, engine: Engine, work_dir: str | None = None,
                report: RunReport | None = None) -> RunReport:
    """Run a record-by-record ``stage`` (clean, quotes; picklable, e.g. a partial of a module
    function) over ``inputs`` on ``engine`` into ``output``; the same records as ``map_stage``.

    The engine stays open (the caller's to close); the work directory is made below ``work_dir``
    and removed. Returns ``report`` (or a new one): records in and out, skipped input.
    """
    report = report if report is not None else RunReport()
    with work_directory(engine, work_dir) as work:
        shards = inputs.spool(engine, work, report)
        calls = [(stage, str(shard)) for shard in shards]
        report.records_out = write_output(engine, map_shard, calls, output, work)
    return report
