"""``corpustool report``: one self-contained HTML page to judge a run."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from dataclasses import replace
from typing import Annotated

import typer

from corpustool.accounting import RunReport
from corpustool.cli import console
from corpustool.cli import options as opt
from corpustool.cli.errors import reported_errors
from corpustool.cli.exit_codes import ExitCode
from corpustool.cli.stream import open_records
from corpustool.records import Record
from corpustool.report import build_report
from corpustool.report.replay import replayable

ReportOutput = Annotated[str, typer.Option("--output", "-o", help="The HTML file to write (- = stdout).")]
ClustersFile = Annotated[
    str | None, typer.Option("--clusters", help="Clusters file written by dedup (JSONL), for cluster sizes.")
]
Sample = Annotated[int, typer.Option("--sample", help="How many documents to show.", min=0)]
MaxClusters = Annotated[
    int, typer.Option("--max-clusters", help="How many duplicate clusters to show.", min=0)
]
Title = Annotated[str, typer.Option("--title", help="Page title.")]
Seed = Annotated[int, typer.Option("--seed", help="Seed of the document sample (same seed, same page).")]


def command(
    inputs: opt.Inputs = None,
    output: ReportOutput = "report.html",
    clusters: ClustersFile = None,
    sample: Sample = 12,
    max_clusters: MaxClusters = 8,
    title: Title = "corpustool report",
    seed: Seed = 0,
    input_format: opt.Format = "auto",
    text_field: opt.TextField = "text",
    id_field: opt.IdField = "id",
    on_error: opt.OnErrorOpt = "fail",
    quiet: opt.Quiet = False,
    debug: opt.Debug = False,
) -> None:
    """Write an HTML report: sample documents with removed lines struck through, quotes and
    speakers highlighted, duplicate clusters with their differences, and summary charts.

    Example:

        corpustool clean --explain raw/ | corpustool dedup --mark | corpustool quotes > run.jsonl

        corpustool report run.jsonl -o report.html
    """
    report = RunReport()
    common = opt.Common(inputs or [], "-", None, quiet, debug, on_error, text_field, id_field, input_format)
    sources = common.inputs or ["-"]
    with reported_errors(debug):
        tracked = open_records("report", common, report)
        # Files are simply read again for the second pass (quietly: bad input was counted on the
        # first); stdin is spooled to a temporary file.
        first = [tracked]

        def reopen() -> Iterator[Record]:
            return first.pop() if first else open_records("report", replace(common, quiet=True), RunReport())

        with replayable(tracked) if "-" in sources else contextlib.nullcontext(reopen) as passes:
            summary = build_report(
                passes,
                output,
                clusters_file=clusters,
                sample_size=sample,
                max_clusters=max_clusters,
                title=title,
                inputs=[s for s in sources if s != "-"],
                seed=seed,
            )
    report.records_in = report.records_out = summary.records
    if not quiet:
        where = "stdout" if output == "-" else output
        print(
            f"report: {summary.records:,} records, {summary.documents} documents and "
            f"{summary.clusters} clusters shown, {summary.bytes / 1024:,.0f} KiB -> {where}",
            file=sys.stderr,
        )
    console.print_summary("report", report, quiet)
    raise typer.Exit(ExitCode.PARTIAL if report.partial else ExitCode.OK)
