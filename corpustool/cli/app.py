"""The typer application: registers one module per command and sets process-wide behaviour."""

from __future__ import annotations

import signal
from typing import Annotated

import typer

from corpustool import __version__
from corpustool.build import describe
from corpustool.cli import clean, dedup, export, quotes, report, stats
from corpustool.cli.errors import raise_terminated

app = typer.Typer(
    name="corpustool",
    help="Turn raw news scrapes into a clean, deduplicated, quote-annotated corpus.\n\n"
    "Stages read files, directories, globs or stdin and write JSONL to stdout, so they chain:\n\n"
    "corpustool clean raw/ | corpustool dedup | corpustool quotes | corpustool export -o corpus.jsonl.zst",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

COMMANDS = {
    "clean": clean,
    "dedup": dedup,
    "quotes": quotes,
    "export": export,
    "stats": stats,
    "report": report,
}
for _name, _module in COMMANDS.items():
    app.command(_name)(_module.command)


def _version(value: bool) -> None:
    if value:
        print(f"corpustool {__version__} ({describe()})")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """Turn raw news scrapes into a clean, deduplicated, quote-annotated corpus."""


def main() -> None:
    """Console entry point: die quietly on a closed pipe (``| head``), like other Unix filters, and
    treat SIGTERM like Ctrl-C (no half-written output, exit 130)."""
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, raise_terminated)
    app()
