"""One parser per input format. Each yields records, or InputError values for bad rows so the
reader can apply the user's ``on_error`` policy and carry on with the next row."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import IO

from corpustool.errors import InputError
from corpustool.io.sources import Source
from corpustool.records import Record


@dataclass(frozen=True)
class ReadOptions:
    """What every parser needs to know besides the bytes."""

    text_field: str = "text"
    id_field: str = "id"
    html_field: str | None = None
    keep_html: bool = False
    added: str | None = None


Parsed = Iterator[Record | InputError]
Parser = Callable[[Source, IO[bytes], ReadOptions], Parsed]
