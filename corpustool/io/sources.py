"""Turn what a user typed (files, directories, globs, ``-``) into an ordered list of inputs."""

from __future__ import annotations

import glob
import itertools
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from corpustool.errors import InputError
from corpustool.io.compression import compression_of, decompressing_reader, open_sniffed, strip_compression
from corpustool.io.extensions import format_of

STDIN = "-"
# Files a directory walk never treats as input.
_HIDDEN_PREFIXES = (".", "_")


@dataclass(frozen=True)
class Source:
    """One input stream: a file on disk or stdin.

    ``name`` is what error messages show; ``rel`` (path relative to the directory or glob base the
    user gave, compression suffix removed) is the stable id of a one-document file, so the same
    article gets the same id whether it came from ``raw/``, ``raw/*.txt`` or ``raw/a.txt.gz``.
    """

    name: str
    rel: str | None
    path: Path | None

    def open(self) -> IO[bytes]:
        """Binary stream of the (decompressed) content."""
        if self.path is None:
            return open_sniffed(sys.stdin.buffer)
        try:
            raw = open(self.path, "rb")  # noqa: SIM115 - closed by the caller via the wrapper
        except OSError as exc:
            raise InputError(exc.strerror or str(exc), source=self.name) from exc
        return decompressing_reader(raw, compression_of(self.path))


def expand_inputs(inputs: Sequence[str]) -> Iterator[Source]:
    """Yield a Source per input file in a stable order (sorted within directories and globs)."""
    for item in inputs:
        if item == STDIN:
            yield Source(name="<stdin>", rel=None, path=None)
            continue
        path = Path(item)
        if path.is_dir():
            yield from _walk(path)
        elif glob.has_magic(item):
            matches = sorted(p for p in glob.glob(item, recursive=True) if Path(p).is_file())
            if not matches:
                raise InputError("no file matches this pattern", source=item)
            base = _glob_base(item)
            for match in matches:
                yield _file_source(Path(match), base)
        elif path.is_file():
            yield Source(name=str(path), rel=strip_compression(path.name), path=path)
        else:
            raise InputError("no such file or directory", source=item)


def _walk(root: Path) -> Iterator[Source]:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(_HIDDEN_PREFIXES))
        for filename in sorted(filenames):
            # A walk takes only files in a format we read: not READMEs, scripts or images.
            if not filename.startswith(_HIDDEN_PREFIXES) and format_of(filename):
                yield _file_source(Path(dirpath) / filename, root)


def _file_source(path: Path, base: Path) -> Source:
    rel = path.relative_to(base).as_posix() if path.is_relative_to(base) else path.name
    return Source(name=str(path), rel=strip_compression(rel), path=path)


def _glob_base(pattern: str) -> Path:
    """The directory part of a glob before its first wildcard."""
    fixed = list(itertools.takewhile(lambda part: not glob.has_magic(part), Path(pattern).parts[:-1]))
    return Path(*fixed) if fixed else Path(".")
