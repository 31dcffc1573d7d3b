"""One index per article, built on first use and kept while the same article is being read.

The quote rules ask about windows of one article many times (sentence ends, cue words); an index
of the whole article answers each with a bisect. The cache holds only the latest two texts, so
memory does not grow, and it is safe across threads (a dask worker may run several): a reader
either gets the index of its own text or builds one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar


class ArticleIndex:
    """What every per-article index holds: the text it was built from. A base class, not a
    Protocol, so the compiled build reads ``text`` natively on every lookup."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text


T = TypeVar("T", bound=ArticleIndex)


class LatestArticle(Generic[T]):
    """``build(text)`` cached for the latest two articles (the same ``str`` objects, not equal
    ones). Two, because a rule may ask about an edited copy of the article in between (a lead-in
    read lower-cased): the article's own index then survives the copy's. A class with a
    method, not a closure: the compiled build calls it natively."""

    def __init__(self, build: Callable[[str], T]) -> None:
        self.build = build
        self.last = build("")
        self.before = self.last

    def get(self, text: str) -> T:
        cached = self.last
        if cached.text is text:
            return cached
        before = self.before
        if before.text is not text:
            before = self.build(text)
        self.before = cached
        self.last = before
        return before

    def known(self, text: str) -> T | None:
        """The index of ``text`` if it is cached; None rather than build one."""
        if self.last.text is text:
            return self.last
        return self.before if self.before.text is text else None
