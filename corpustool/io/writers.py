"""Output: JSONL through orjson, compression by extension, atomic files, optional shards."""

from __future__ import annotations

import contextlib
import os
import secrets
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import orjson

from corpustool.errors import OutputError
from corpustool.io.compression import compressing_writer, compression_of
from corpustool.io.sharding import shards
from corpustool.records import Record

STDOUT = "-"


@contextlib.contextmanager
def open_output(path: str | Path | None, *, atomic: bool = True) -> Iterator[IO[bytes]]:
    """Binary sink for ``path`` (``None``/``-`` = stdout), compressed by its extension.

    Files are written to a temporary sibling and renamed into place only on success, so a
    crash or Ctrl-C never leaves a half-written corpus under the final name.
    """
    if path is None or str(path) == STDOUT:
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    target = Path(path)
    if target.parent and not target.parent.exists():
        raise OutputError(f"{target}: directory {target.parent} does not exist")
    if not atomic:
        with open(target, "wb") as raw:
            yield from compressed(raw, target)
        return
    # the name is chosen before the file exists, so Ctrl-C or SIGTERM arriving while it is being
    # created (inside os.open) cannot strand it: the cleanup below always knows what to remove
    tmp_name = (target.parent or Path(".")) / f".{target.name}.{secrets.token_hex(6)}.tmp"
    try:
        fd = os.open(tmp_name, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
        with os.fdopen(fd, "wb") as raw:
            yield from compressed(raw, target)
        os.replace(tmp_name, target)
    except FileExistsError:
        raise  # someone else's file of that name: not ours to remove
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise


def compressed(raw: IO[bytes], name: str | Path) -> Iterator[IO[bytes]]:
    """Write through the compressor ``name``'s extension asks for (a generator: ``yield from`` it)."""
    sink = compressing_writer(raw, compression_of(name))
    try:
        yield sink
    finally:
        if sink is not raw:
            sink.close()


def shard_path(path: str | Path, index: int) -> Path:
    """``out.jsonl.gz`` -> ``out-00003.jsonl.gz``: shard number before all extensions."""
    path = Path(path)
    name = path.name
    stem, dot, exts = name.partition(".")
    return path.with_name(f"{stem}-{index:05d}{dot}{exts}")


@dataclass
class Tally:
    """Records written so far; exact even when Ctrl-C or SIGTERM ends the run between two records."""

    written: int = 0


def write_jsonl(
    records: Iterable[Record],
    path: str | Path | None = STDOUT,
    *,
    shard_size: int | None = None,
    tally: Tally | None = None,
) -> int:
    """Write records as JSON Lines; returns how many were written.

    With ``shard_size`` every file holds at most that many records and is named by
    :func:`shard_path` (stdout cannot be sharded). ``tally`` is kept current record by record, for
    a caller that must say how far an interrupted run got.
    """
    tally = tally if tally is not None else Tally()
    if shard_size is None:
        with open_output(path) as sink:
            _write_lines(records, sink, tally)
        return tally.written
    if path is None or str(path) == STDOUT:
        raise OutputError("sharding needs an output path (-o), not stdout")
    for index, shard in enumerate(shards(records, shard_size)):
        with open_output(shard_path(path, index)) as sink:
            _write_lines(shard, sink, tally)
    return tally.written


_OPTIONS = orjson.OPT_APPEND_NEWLINE | orjson.OPT_NON_STR_KEYS


def dumps(record: Record) -> bytes:
    """One JSONL line, newline included."""
    return orjson.dumps(record, option=_OPTIONS)


def _write_lines(records: Iterable[Record], sink: IO[bytes], tally: Tally) -> None:
    """Count, then write, with no Python-level call in between: CPython handles a Ctrl-C/SIGTERM
    only at calls and loop edges, so the interrupt lands before the pair or after it, and the count
    always equals the records in the sink."""
    for record in records:
        line = dumps(record)
        tally.written += 1
        sink.write(line)
