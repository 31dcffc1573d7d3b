"""Options every streaming command shares, declared once."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Literal

import typer

Inputs = Annotated[
    list[str] | None,
    typer.Argument(
        help="Files, directories (recursive), globs or - for stdin. Default: stdin.", show_default=False
    ),
]
Output = Annotated[
    str, typer.Option("--output", "-o", help="Output file (.gz/.zst/.bz2/.xz compress); - = stdout.")
]
Shard = Annotated[
    int | None, typer.Option("--shard-size", help="Split output into files of at most N records.", min=1)
]
Workers = Annotated[
    int,
    typer.Option("--workers", "-j", help="Processes to use; the output is the same for any number.", min=1),
]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="No progress, summary or warnings on stderr.")]
Debug = Annotated[bool, typer.Option("--debug", help="Show tracebacks instead of one-line errors.")]
OnErrorOpt = Annotated[
    Literal["fail", "skip"],
    typer.Option("--on-error", help="Bad input record: stop (fail), or count it, go on and exit 3 (skip)."),
]
TextField = Annotated[str, typer.Option("--text-field", help="JSONL/CSV field holding the text.")]
IdField = Annotated[str, typer.Option("--id-field", help="JSONL/CSV field holding the record id.")]
Format = Annotated[
    Literal["auto", "txt", "html", "jsonl", "json", "csv", "warc"],
    typer.Option(
        "--input-format", "-f", help="Input format; auto = by file extension, or by content on stdin."
    ),
]


@dataclass(frozen=True)
class Common:
    """The shared options of one invocation, handed to the stream runner."""

    inputs: list[str]
    output: str = "-"
    shard_size: int | None = None
    quiet: bool = False
    debug: bool = False
    on_error: str = "fail"
    text_field: str = "text"
    id_field: str = "id"
    input_format: str = "auto"

EngineName = Annotated[
    Literal["local", "dask"],
    typer.Option(
        "--engine",
        help="Where to run: local processes (--workers), or a Dask cluster (--scheduler; without one, a "
        "LocalCluster of --workers processes). Output is the same. Needs corpustool\\[dask].",
    ),
]
Scheduler = Annotated[
    str | None,
    typer.Option(
        "--scheduler",
        envvar="CORPUSTOOL_SCHEDULER",
        help="Dask scheduler address (tcp://host:8786) for --engine dask.",
        show_default=False,
    ),
]
WorkDir = Annotated[
    str | None,
    typer.Option(
        "--work-dir",
        help="Directory for intermediate shards (default: a temp dir). With --scheduler it must be on a "
        "filesystem every worker can read and write.",
        show_default=False,
    ),
]


@dataclass(frozen=True)
class Placement:
    """Where a command runs: engine, process count, Dask scheduler, work directory."""

    engine: str = "local"
    workers: int = 1
    scheduler: str | None = None
    work_dir: str | None = None
