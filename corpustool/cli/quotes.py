"""``corpustool quotes``: who said what, with the speaker's full name."""

from __future__ import annotations

from corpustool.cli import options as opt
from corpustool.cli.stream import run_stage
from corpustool.quotes import quote_records


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
    """Add a `quotes` list (quote, speaker, cue, offsets) to every record.

    Example:

        corpustool clean raw/ | corpustool quotes > quoted.jsonl
    """
    common = opt.Common(
        inputs or [], output, shard_size, quiet, debug, on_error, text_field, id_field, input_format
    )
    run_stage("quotes", common, quote_records)
