"""One table from library exceptions to one-line messages; tracebacks only with ``--debug``.

Ctrl-C and SIGTERM end a run the same way: the atomic writer drops its temporary file, stderr says
how far the run got, and the exit code is 130.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterator
from types import FrameType

import typer

from corpustool.cli.exit_codes import ExitCode
from corpustool.errors import CorpustoolError


class Terminated(KeyboardInterrupt):
    """SIGTERM (a job scheduler, ``kill``, ``timeout``): unwound exactly like Ctrl-C."""


def raise_terminated(signum: int, frame: FrameType | None) -> None:
    """SIGTERM handler: raise in the main thread so ``finally`` blocks and atomic writers clean up."""
    raise Terminated


def _os_error(exc: BaseException) -> str:
    assert isinstance(exc, OSError)
    where = f"{exc.filename}: " if exc.filename else ""
    return f"{where}{exc.strerror or exc}"


# First matching row wins: most specific exception types first.
MESSAGES: list[tuple[type[BaseException], Callable[[BaseException], str]]] = [
    (CorpustoolError, str),
    (MemoryError, lambda exc: "out of memory (try smaller shards or --workers 1)"),
    (OSError, _os_error),
    (UnicodeError, lambda exc: f"text encoding problem ({exc})"),
]


def message_for(exc: BaseException) -> str:
    """The one-line message for an error; unknown ones (bugs) say how to get the traceback."""
    for kind, render in MESSAGES:
        if isinstance(exc, kind):
            return render(exc)
    return f"unexpected {type(exc).__name__}: {exc} (rerun with --debug for the traceback)"


@contextlib.contextmanager
def reported_errors(debug: bool = False, *, progress: Callable[[], str] | None = None) -> Iterator[None]:
    """Turn known errors into ``Error: ...`` on stderr and exit 1; Ctrl-C or SIGTERM into exit 130,
    with ``progress()`` (how many records were written, what happened to the output) on stderr."""
    try:
        yield
    except KeyboardInterrupt as exc:
        signal_name = " (SIGTERM)" if isinstance(exc, Terminated) else ""
        detail = f" {progress()}" if progress else ""
        print(f"Interrupted{signal_name}.{detail}", file=sys.stderr)
        raise typer.Exit(ExitCode.INTERRUPTED) from None
    except BrokenPipeError:
        # The reader of our stdout went away (`| head`): finish quietly, as Unix tools do, and
        # point stdout at /dev/null so the interpreter's final flush cannot complain either.
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise typer.Exit(ExitCode.OK) from None
    except Exception as exc:
        if debug:
            raise
        print(f"Error: {message_for(exc)}", file=sys.stderr)
        raise typer.Exit(ExitCode.ERROR) from None
