"""``corpustool export``: write the corpus for the next tool (JSONL, dolma, CSV, Parquet)."""

from __future__ import annotations

import sys
from typing import Annotated, Literal

import typer

from corpustool.accounting import RunReport
from corpustool.cli import options as opt
from corpustool.cli.errors import reported_errors
from corpustool.cli.stream import finish, open_records
from corpustool.export import export_records

ExportFormat = Annotated[
    Literal["jsonl", "dolma", "csv", "parquet"] | None,
    typer.Option(
        "--format",
        "-t",
        help="jsonl, dolma (a directory), csv, or parquet (needs the parquet extra). "
        "Default: by the output's extension (.csv, .parquet), else jsonl.",
        show_default=False,
    ),
]
Fields = Annotated[
    str | None,
    typer.Option(
        "--fields", help="Comma-separated fields to keep, in order; dotted paths like metadata.title."
    ),
]
Quotes = Annotated[bool, typer.Option("--quotes", help="One row per quote instead of one per document.")]
Compression = Annotated[
    str | None, typer.Option("--compression", help="gz, zst, bz2 or xz (default: by the output's extension).")
]


def command(
    inputs: opt.Inputs = None,
    output: opt.Output = "-",
    format: ExportFormat = None,
    fields: Fields = None,
    quotes: Quotes = False,
    compression: Compression = None,
    shard_size: opt.Shard = None,
    input_format: opt.Format = "auto",
    text_field: opt.TextField = "text",
    id_field: opt.IdField = "id",
    on_error: opt.OnErrorOpt = "fail",
    quiet: opt.Quiet = False,
    debug: opt.Debug = False,
) -> None:
    """Write records for other tools: DuckDB, pandas, HF datasets, dolma, spreadsheets.

    Examples:

        corpustool clean raw/ | corpustool dedup | corpustool quotes | corpustool export -o corpus.jsonl.zst

        corpustool export corpus.jsonl --quotes -o quotes.csv

        corpustool export corpus.jsonl --format dolma -o dolma/ --shard-size 100000
    """
    report = RunReport()
    common = opt.Common(
        inputs or [], output, shard_size, quiet, debug, on_error, text_field, id_field, input_format
    )
    with reported_errors(debug):
        tracked = open_records("export", common, report)
        summary = export_records(
            tracked,
            output,
            format=format,
            fields=fields,
            quotes=quotes,
            shard_size=shard_size,
            compression=compression,
        )
    report.records_out = summary.rows
    if quotes:
        report.notes.append(f"{summary.rows:,} quote rows")
    if len(summary.files) > 1:
        report.notes.append(f"{len(summary.files)} files written")
    if summary.empty_fields and not quiet:
        empty = ", ".join(summary.empty_fields)
        print(f"Warning: --fields {empty}: empty in every row (misspelt?)", file=sys.stderr)
    finish("export", report, quiet)
