"""Documented exit codes, shared by every command."""

from enum import IntEnum


class ExitCode(IntEnum):
    """0 ok, 1 error, 2 usage, 3 finished but skipped bad records, 130 interrupted."""

    OK = 0
    ERROR = 1
    USAGE = 2
    PARTIAL = 3
    INTERRUPTED = 130
