"""Render every command's ``--help`` as Markdown, so docs/cli.md is generated, never hand-kept.

Run ``python -m corpustool.cli.helpdoc > docs/cli.md`` (``make docs``); a test fails when the
file and the real help drift apart.
"""

from __future__ import annotations

from typer.testing import CliRunner

from corpustool.cli.app import COMMANDS, app

# Fixed width and no colour: the same text on every machine.
HELP_ENV = {"COLUMNS": "100", "TERMINAL_WIDTH": "100", "NO_COLOR": "1", "_TYPER_FORCE_DISABLE_TERMINAL": "1"}


def command_help(args: list[str]) -> str:
    """The help text ``corpustool ARGS --help`` prints."""
    result = CliRunner().invoke(app, [*args, "--help"], env=HELP_ENV, prog_name="corpustool")
    return "\n".join(line.rstrip() for line in result.output.strip("\n").splitlines())


def render_cli_markdown() -> str:
    """docs/cli.md: the overview, then one section per command."""
    parts = [
        "# Command-line reference",
        "",
        "Generated from `--help` by `make docs`; do not edit by hand.",
        "",
    ]
    parts += ["## corpustool", "", "```", command_help([]), "```", ""]
    for name in COMMANDS:
        parts += [f"## corpustool {name}", "", "```", command_help([name]), "```", ""]
    return "\n".join(parts)


if __name__ == "__main__":
    print(render_cli_markdown(), end="")
