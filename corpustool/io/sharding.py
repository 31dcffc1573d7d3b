"""Split a row stream into shards of at most N rows without reading ahead more than one row."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")


def shards(rows: Iterable[T], shard_size: int | None) -> Iterator[Iterator[T]]:
    """One iterator per shard; without ``shard_size`` exactly one (possibly empty) shard.

    Each shard must be consumed before asking for the next one.
    """
    iterator = iter(rows)
    if not shard_size:
        yield iterator
        return
    if shard_size < 1:
        raise ValueError("shard_size must be a positive number of rows")
    while True:
        first = next(iterator, _END)
        if first is _END:
            return
        yield itertools.chain([first], itertools.islice(iterator, shard_size - 1))  # type: ignore[list-item]


_END = object()
