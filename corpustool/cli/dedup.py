"""``corpustool dedup``: drop (or mark) near-identical copies of the same story."""

from __future__ import annotations

from corpustool.cli import options as opt
from corpustool.cli.stream import run_stage
from corpustool.dedup import dedup_records


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
    """Find wire copies of the same story and keep one of each.

    Example:

        corpustool clean raw/ | corpustool dedup > unique.jsonl
    """
    common = opt.Common(
        inputs or [], output, shard_size, quiet, debug, on_error, text_field, id_field, input_format
    )
    run_stage("dedup", common, dedup_records, drop_reason="duplicate")
