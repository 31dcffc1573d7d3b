"""``corpustool stats``: what a corpus holds and what the run did, as tables or JSON."""

from __future__ import annotations

import io
from typing import IO, Annotated

import orjson
import typer
from rich.console import Console

from corpustool.accounting import RunReport
from corpustool.cli import console
from corpustool.cli import options as opt
from corpustool.cli.errors import reported_errors
from corpustool.cli.exit_codes import ExitCode
from corpustool.cli.stream import open_records
from corpustool.io import open_output
from corpustool.report.stats import corpus_stats
from corpustool.report.tables import stats_tables

StatsOutput = Annotated[
    str | None,
    typer.Option(
        "--output", "-o", help="Write here (- = stdout). Default: tables to stderr, --json to stdout."
    ),
]
Stdout = Annotated[bool, typer.Option("--stdout", help="Tables to stdout (same as -o -).")]
Json = Annotated[bool, typer.Option("--json", help="Machine-readable JSON instead of tables.")]
Top = Annotated[int, typer.Option("--top", help="Rows in each top-N table.", min=1)]
ClustersFile = Annotated[
    str | None,
    typer.Option(
        "--clusters", help="Clusters file written by dedup: cluster sizes even when copies were dropped."
    ),
]


def command(
    inputs: opt.Inputs = None,
    output: StatsOutput = None,
    stdout: Stdout = False,
    json: Json = False,
    top: Top = 10,
    clusters: ClustersFile = None,
    input_format: opt.Format = "auto",
    text_field: opt.TextField = "text",
    id_field: opt.IdField = "id",
    on_error: opt.OnErrorOpt = "fail",
    quiet: opt.Quiet = False,
    debug: opt.Debug = False,
) -> None:
    """Count records, characters, sources, junk removed, duplicate clusters, speakers and cues.

    Examples:

        corpustool stats corpus.jsonl.zst

        corpustool stats corpus.jsonl --json | jq .quotes.top_speakers
    """
    report = RunReport()
    common = opt.Common(inputs or [], "-", None, quiet, debug, on_error, text_field, id_field, input_format)
    with reported_errors(debug):
        tracked = open_records("stats", common, report)
        summary = corpus_stats(tracked, sample_size=0, clusters_file=clusters).to_dict(top=top)
        target = "-" if stdout else output
        if json:
            with open_output(target or "-") as sink:
                sink.write(orjson.dumps(summary, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE))
        elif target is None:
            console.stderr.print(stats_tables(summary, top=top))
        else:
            with open_output(target) as sink:
                _print_tables(sink, summary, top, stdout=target == "-")
    console.print_skips(report, quiet)
    raise typer.Exit(ExitCode.PARTIAL if report.partial else ExitCode.OK)


def _print_tables(sink: IO[bytes], summary: dict, top: int, *, stdout: bool) -> None:
    """Render tables as text into a binary sink: a file gets plain 110-column text, stdout is
    left to rich (colour and width only when it is a terminal)."""
    text = io.TextIOWrapper(sink, encoding="utf-8", write_through=True)
    try:
        console_out = Console(file=text) if stdout else Console(file=text, force_terminal=False, width=110)
        console_out.print(stats_tables(summary, top=top))
    finally:
        text.detach()
