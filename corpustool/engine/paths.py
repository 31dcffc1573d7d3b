"""Local paths and fsspec URLs (``s3://``, ``gs://``, ``file://`` ...) for sharded runs.

A path with a scheme is read and written through fsspec (installed with dask); anything else
through corpustool's own readers and atomic writers. Intermediate files never go to an object
store: they live in the work directory, which must be a shared filesystem on a cluster.
"""

from __future__ import annotations

import contextlib
import glob
import posixpath
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from corpustool.errors import InputError, MissingExtraError
from corpustool.io import open_output
from corpustool.io.compression import compression_of, decompressing_reader, strip_compression
from corpustool.io.extensions import format_of
from corpustool.io.sources import Source, expand_inputs
from corpustool.io.writers import compressed


def is_url(path: str) -> bool:
    return "://" in path


def _fsspec():  # the fsspec module, imported only when a URL is used
    try:
        import fsspec
    except ImportError:
        raise MissingExtraError("fsspec", "dask") from None
    return fsspec


@dataclass(frozen=True)
class RemoteSource(Source):
    """An input file behind an fsspec URL; ``rel`` is its path below the directory or glob named."""

    def open(self) -> IO[bytes]:
        try:
            raw = _fsspec().open(self.name, "rb").open()
        except OSError as exc:
            raise InputError(str(exc), source=self.name) from exc
        return decompressing_reader(raw, compression_of(self.name))


def expand(inputs: list[str]) -> list[Source]:
    """Input files in the order a local run reads them (sorted within directories and globs)."""
    sources: list[Source] = []
    for item in inputs:
        sources.extend(_expand_url(item) if is_url(item) else expand_inputs([item]))
    return sources


def _expand_url(url: str) -> Iterator[Source]:
    fs, path = _fsspec().core.url_to_fs(url)
    protocol = url.split("://", 1)[0]
    if glob.has_magic(path):
        base = path.split("*", 1)[0].split("?", 1)[0].split("[", 1)[0].rsplit("/", 1)[0]
        matches = sorted(p for p in fs.glob(path) if fs.isfile(p))
    elif fs.isdir(path):
        base = path.rstrip("/")
        matches = sorted(p for p in fs.find(path) if format_of(posixpath.basename(p))
                         and not posixpath.basename(p).startswith((".", "_")))
    elif fs.isfile(path):
        base, matches = posixpath.dirname(path), [path]
    else:
        raise InputError("no such file or directory", source=url)
    if not matches:
        raise InputError("no file matches this pattern", source=url)
    for match in matches:
        rel = posixpath.relpath(match, base) if base else posixpath.basename(match)
        name = f"{protocol}://{match}" if not match.startswith(f"{protocol}://") else match
        # ``path`` marks a named file for the parsers (metadata.path = the URL); reads go through fsspec.
        yield RemoteSource(name=name, rel=strip_compression(rel), path=Path(match))


def is_directory_output(path: str) -> bool:
    """``-o out/`` (or an existing directory): one output file per shard in it."""
    if path.endswith("/"):
        return True
    if is_url(path):
        fs, inner = _fsspec().core.url_to_fs(path)
        return bool(fs.isdir(inner))
    return Path(path).is_dir()


def part_path(directory: str, number: int) -> str:
    """``out/part-00003.jsonl.gz``: the output shard of input shard 3."""
    return f"{directory.rstrip('/')}/part-{number:05d}.jsonl.gz"


@contextlib.contextmanager
def open_sink(path: str) -> Iterator[IO[bytes]]:
    """Binary sink, compressed by extension: atomic local file, or an fsspec URL."""
    if not is_url(path):
        with open_output(path) as sink:
            yield sink
        return
    fs, inner = _fsspec().core.url_to_fs(path)
    parent = posixpath.dirname(inner)
    if parent:
        fs.makedirs(parent, exist_ok=True)
    with fs.open(inner, "wb") as raw:
        yield from compressed(raw, path)
