"""``corpustool export``: write the corpus for the next tool."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from corpustool.cli import options as opt
from corpustool.cli.stream import run_stage
from corpustool.records import Record


def _as_is(records: Iterable[Record]) -> Iterator[Record]:
    return iter(records)


def command(
    inputs: opt.Inputs = None,
    output: opt.Output = "-",
    shard_size: opt.Shard = None,
    input_format: opt.Format = "auto",
    text_field: opt.TextField = "text",
    id_field: opt.IdField = "id",
    on_error: opt.OnErrorOpt = "fail",
    quiet: opt.Quiet = False,
    debug: opt.Debug = False,
) -> None:
    """Write records as JSONL (compressed by the output's extension).

    Example:

        corpustool clean raw/ | corpustool export -o corpus.jsonl.zst
    """
    common = opt.Common(
        inputs or [], output, shard_size, quiet, debug, on_error, text_field, id_field, input_format
    )
    run_stage("export", common, _as_is)
