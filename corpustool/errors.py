"""Library errors. Each carries what a person needs to find the problem: file and line."""

from __future__ import annotations

from functools import partial


class CorpustoolError(Exception):
    """Base class: anything the CLI turns into a one-line message instead of a traceback."""


class InputError(CorpustoolError):
    """A record that cannot be read: broken JSON, wrong field type, unreadable file."""

    def __init__(self, message: str, *, source: str | None = None, line: int | None = None) -> None:
        self.message = message
        self.source = source
        self.line = line
        super().__init__(str(self))

    @property
    def where(self) -> str:
        """``file:line`` (or just the file) for messages and skip lists."""
        if self.source is None:
            return "<input>"
        return f"{self.source}:{self.line}" if self.line is not None else self.source

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"

    def __reduce__(self) -> tuple:
        # Pickled by its fields, so a worker process or Dask task can raise it and the client gets
        # the same error (file and line intact) rather than one rebuilt from the message alone.
        return partial(type(self), source=self.source, line=self.line), (self.message,)


class MissingExtraError(CorpustoolError):
    """An optional dependency is not installed; the message names the extra to install."""

    def __init__(self, module: str, extra: str) -> None:
        self.module = module
        self.extra = extra
        super().__init__(f"{module} is not installed: pip install 'corpustool[{extra}]'")

    def __reduce__(self) -> tuple:
        # A worker without the extra (fsspec for a URL) raises this inside a task: rebuilt by its fields.
        return type(self), (self.module, self.extra)


class OutputError(CorpustoolError):
    """Output cannot be written (bad path, unknown extension, disk full)."""


class EngineSetupError(CorpustoolError):
    """The engine cannot run as asked (a cluster without a shared work directory ...)."""
