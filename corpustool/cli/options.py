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
