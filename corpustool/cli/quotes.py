"""``corpustool quotes``: who said what, with the speaker's full name."""

from __future__ import annotations

from functools import partial
from typing import Annotated

import typer

from corpustool.cli import options as opt
from corpustool.cli.sharded import run_sharded_stage
from corpustool.cli.stream import run_stage
from corpustool.engine import map_stage
from corpustool.quotes import DEFAULT_TYPES, QUOTE_TYPES, quote_records


def _check_types(value: str) -> str:
    names = [t.strip() for t in value.split(",") if t.strip()]
    unknown = [t for t in names if t not in QUOTE_TYPES]
    if unknown or not names:
        raise typer.BadParameter(f"choose from {','.join(QUOTE_TYPES)} (got {value!r})")
    return ",".join(names)


DEFAULT_TYPES_ARG = ",".join(DEFAULT_TYPES)
Types = Annotated[
    str,
    typer.Option(
        "--types",
        callback=_check_types,
        help="Comma-separated quote types to keep: direct (full quoted statements), partial (quoted "
        "fragments inside reported speech), indirect (reported speech without quote marks).",
    ),
]


def command(
    inputs: opt.Inputs = None,
    output: opt.Output = "-",
    shard_size: opt.Shard = None,
    input_format: opt.Format = "auto",
    text_field: opt.TextField = "text",
    id_field: opt.IdField = "id",
    types: Types = DEFAULT_TYPES_ARG,
    workers: opt.Workers = 1,
    engine: opt.EngineName = "local",
    scheduler: opt.Scheduler = None,
    work_dir: opt.WorkDir = None,
    on_error: opt.OnErrorOpt = "fail",
    quiet: opt.Quiet = False,
    debug: opt.Debug = False,
) -> None:
    """Add a `quotes` list (text, type, speaker, speaker_name, speaker_title, speaker_kind, cue) to records.

    Example:

        corpustool clean raw/ | corpustool quotes > quoted.jsonl

        corpustool quotes --types direct,partial,indirect clean.jsonl -o quoted.jsonl
    """
    common = opt.Common(
        inputs or [], output, shard_size, quiet, debug, on_error, text_field, id_field, input_format
    )
    quoter = partial(quote_records, types=types)
    if engine == "dask":
        run_sharded_stage("quotes", common, opt.Placement(engine, workers, scheduler, work_dir), quoter)
    run_stage("quotes", common, partial(map_stage, quoter, workers=workers))
