"""Shard tasks for sharded runs: each reads and writes its own files and returns a summary.

``spool_sources`` reads a group of input files (local or fsspec) with the same parsers and
options as a local run and spools the records into shards of ``per_shard`` records; the later tasks
(``map_shard`` for clean/quotes, dedup's stages, ``write_dedup_shard``) work on those shards, so
parallelism does not depend on how the input happens to be split into files.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import orjson

from corpustool.dedup.spool import SHARD_RECORDS, spool_shards
from corpustool.dedup.stages import annotated
from corpustool.engine.paths import open_sink
from corpustool.errors import InputError
from corpustool.io.formats import ReadOptions
from corpustool.io.readers import parse_source
from corpustool.io.sources import Source
from corpustool.io.writers import dumps
from corpustool.records import Record

Stage = Callable[[Iterable[Record]], Iterator[Record]]


@dataclass(frozen=True)
class ReadSpec:
    """How tasks parse input files: the options of the local reader, and one run-wide stamp."""

    options: ReadOptions
    input_format: str = "auto"
    on_error: str = "fail"
    per_shard: int = SHARD_RECORDS


@dataclass
class Spooled:
    """What ``spool_sources`` did: the shards (in order), their records, and bad rows skipped."""

    shards: list[str]
    records: int
    skipped: list[InputError]


def spool_sources(sources: list[Source], spec: ReadSpec, work: str, group: int) -> Spooled:
    """Read one group of input files into shard directories ``work/in-GGGGG-KKKK``."""
    skipped: list[InputError] = []
    made: list[str] = []

    def records() -> Iterator[Record]:
        for source in sources:
            for item in parse_source(source, spec.input_format, spec.options):
                if isinstance(item, InputError):
                    if spec.on_error == "fail":
                        raise item
                    skipped.append(item)
                    continue
                yield item

    def new_shard() -> Path:
        path = Path(work) / f"in-{group:05d}-{len(made):04d}"
        path.mkdir(parents=True)
        made.append(path.name)
        return path

    count = spool_shards(records(), new_shard, lambda _: None, spec.per_shard)
    return Spooled(made, count, skipped)


def spooled_records(shard_dir: str) -> Iterator[Record]:
    with open(Path(shard_dir) / "spool.jsonl", "rb") as spool:
        for line in spool:
            yield orjson.loads(line)


def _write(records: Iterable[Record], out: str) -> int:
    count = 0
    with open_sink(out) as sink:
        for record in records:
            sink.write(dumps(record))
            count += 1
    return count


def map_shard(stage: Stage, shard_dir: str, out: str) -> int:
    """Run a record stage (clean, quotes) over one spooled shard; returns records written."""
    return _write(stage(spooled_records(shard_dir)), out)


def write_dedup_shard(shard_dir: str, mark: bool, out: str) -> int:
    """One shard's records with their ``dedup`` blocks (copies only with ``mark``)."""
    return _write(annotated(shard_dir, mark), out)


def concat_parts(parts: list[str], out: str) -> None:
    """The final single output file from the uncompressed parts, in order."""
    with open_sink(out) as sink:
        for part in parts:
            with open(part, "rb") as f:
                shutil.copyfileobj(f, sink)
