"""Wire one command: read inputs, run a library stage, write records, report on stderr."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from typing import NoReturn

import typer

from corpustool.accounting import RunReport
from corpustool.cli import console
from corpustool.cli.errors import reported_errors
from corpustool.cli.exit_codes import ExitCode
from corpustool.cli.options import Common
from corpustool.io import read_records, write_jsonl
from corpustool.io.writers import Tally
from corpustool.records import Record

Stage = Callable[[Iterable[Record]], Iterator[Record]]


def resolve_inputs(inputs: list[str] | None, quiet: bool) -> list[str]:
    """Inputs as given, else stdin; a person at a terminal learns why nothing happens."""
    if inputs:
        return inputs
    if sys.stdin.isatty() and not quiet:
        console.hint("Reading records from stdin (Ctrl-D ends). Pass files or directories to read those.")
    return ["-"]


def open_records(
    command: str, common: Common, report: RunReport, *, keep_html: bool = False, html_field: str | None = None
) -> Iterator[Record]:
    """The command's input records, counted into ``report`` and shown on a live progress line."""
    records = read_records(
        resolve_inputs(common.inputs, common.quiet),
        input_format=common.input_format,
        text_field=common.text_field,
        id_field=common.id_field,
        html_field=html_field,
        keep_html=keep_html,
        on_error=common.on_error,  # type: ignore[arg-type]
        report=report,
    )
    return console.track(records, command, console.interactive(common.quiet))


def progress_note(written: int, output: str | None, shard_size: int | None = None) -> str:
    """How far an interrupted run got and what became of its output (for the stderr line)."""
    if output is None or output == "-":
        return f"{written:,} records written to stdout."
    done = f"{written:,} records processed"
    if shard_size:
        return f"{done}; finished shards of {output} are complete, the one being written was discarded."
    return f"{done}, none written: {output} was not created (partial output is discarded)."


def finish(command: str, report: RunReport, quiet: bool) -> NoReturn:
    """Print the end-of-run summary and exit 0, or 3 when bad input was skipped."""
    console.print_summary(command, report, quiet)
    raise typer.Exit(ExitCode.PARTIAL if report.partial else ExitCode.OK)


def run_stage(
    command: str,
    common: Common,
    stage: Stage,
    *,
    keep_html: bool = False,
    drop_reason: str | None = None,
    html_field: str | None = None,
    notes: Callable[[], list[str]] | None = None,
) -> NoReturn:
    """Stream records through ``stage`` to the output, then print the summary and exit.

    Records a stage does not pass on are counted under ``drop_reason`` so the summary always
    adds up: in = out + dropped (+ skipped bad input, listed separately). ``notes`` adds the
    stage's own lines (e.g. cluster counts) to the summary once the stream is done.
    """
    report = RunReport()
    tally = Tally()
    with reported_errors(
        common.debug, progress=lambda: progress_note(tally.written, common.output, common.shard_size)
    ):
        records = open_records(command, common, report, keep_html=keep_html, html_field=html_field)
        write_jsonl(stage(records), common.output, shard_size=common.shard_size, tally=tally)
    report.records_out = tally.written
    if drop_reason and report.records_in > report.records_out:
        report.drop(drop_reason, report.records_in - report.records_out)
    if notes:
        report.notes.extend(notes())
    finish(command, report, common.quiet)
