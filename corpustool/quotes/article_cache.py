"""One index per article, built on first use and kept while the same article is being read.

The quote rules ask about windows of one article many times (sentence ends, cue words); an index
of the whole article answers each with a bisect. The cache holds only the latest article, so memory
does not grow, and it is safe across threads (a dask worker may run several): a reader either gets
the index of its own text or builds one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar


class _Indexed(Protocol):
    text: str


T = TypeVar("T", bound=_Indexed)


def latest_article(build: Callable[[str], T]) -> Callable[[str], T]:
    """``build(text)`` cached for the latest article (the same ``str`` object, not an equal one)."""
    last: list[T] = [build("")]

    def get(text: str) -> T:
        cached = last[0]
        if cached.text is not text:
            cached = build(text)
            last[0] = cached
        return cached

    return get
