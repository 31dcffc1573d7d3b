"""Everything a person sees: progress and the end-of-run summary, on stderr only."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import TypeVar

from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from corpustool.accounting import RunReport

T = TypeVar("T")
MAX_LISTED_SKIPS = 20

stderr = Console(stderr=True, highlight=False)


def interactive(quiet: bool) -> bool:
    """Progress and tables only for a person at a terminal, never in logs or pipes."""
    return not quiet and sys.stderr.isatty()


def track(items: Iterable[T], label: str, enabled: bool) -> Iterator[T]:
    """Count items on a live stderr line while passing them through unchanged."""
    if not enabled:
        yield from items
        return
    columns = (
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TextColumn("{task.completed:,} records"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=stderr, transient=True) as progress:
        task = progress.add_task(label, total=None)
        for item in items:
            yield item
            progress.advance(task)


def hint(message: str) -> None:
    """A short note for a person at a terminal."""
    stderr.print(f"[dim]{message}[/dim]")


def print_summary(command: str, report: RunReport, quiet: bool) -> None:
    """End-of-run summary: a table at a terminal; in logs, only the lines that need attention."""
    if quiet:
        return
    if interactive(quiet):
        table = Table(title=f"corpustool {command}", show_header=False, title_justify="left")
        table.add_row("records in", f"{report.records_in:,}")
        table.add_row("records out", f"{report.records_out:,}")
        for reason, count in sorted(report.dropped.items()):
            table.add_row(f"dropped: {reason}", f"{count:,}")
        if report.skipped:
            table.add_row("skipped (bad input)", f"[yellow]{len(report.skipped):,}[/yellow]")
        for note in report.notes:
            table.add_row("note", note)
        stderr.print(table)
    print_skips(report, quiet)


def print_skips(report: RunReport, quiet: bool) -> None:
    """The skipped bad records, one ``Skipped: FILE:LINE: why`` line each (the first 20), and their
    count: every command prints these, so no skip goes unseen even when it prints no summary."""
    if quiet:
        return
    for error in report.skipped[:MAX_LISTED_SKIPS]:
        print(f"Skipped: {error}", file=sys.stderr)
    if len(report.skipped) > MAX_LISTED_SKIPS:
        print(f"... and {len(report.skipped) - MAX_LISTED_SKIPS} more", file=sys.stderr)
    if report.skipped:
        print(f"{len(report.skipped)} bad record(s) skipped; output is incomplete.", file=sys.stderr)
