"""Hard-wrapped text: lines broken at a fixed width, paragraphs separated by blank lines.

Plain-text wire copy and some scrapes wrap every line at 40-80 characters ("At a time when Britain
is threatening to\\nrevoke the license of ..."). There a single newline is only a space: a quote
runs on over it and a paragraph ends at a blank line. Elsewhere each line is a paragraph, as in
most scraped news. The test is on the whole article, so one headline without a full stop changes
nothing.
"""

from __future__ import annotations

import re
from typing import Final

from corpustool.quotes.article_cache import ArticleIndex, LatestArticle

# what ends a line that ends its paragraph: a sentence, a colon introduction, a closing mark
_LINE_ENDS: Final = frozenset(".!?:;\"”’')»…")
MIN_WRAPPED_LINES: Final = 6  # line breaks inside paragraphs before an article counts as wrapped
WRAPPED_SHARE: Final = 0.4  # of those breaks, the share that falls mid-sentence
_BLANK_LINE_RE: Final = re.compile(r"\n[ \t\r]+\n")
MAX_WRAPPED_LINE: Final = 100  # characters: fixed-width lines are shorter


class _Wrapping(ArticleIndex):
    """Whether one article is hard-wrapped: pairing quotes and cutting paragraphs both ask."""

    __slots__ = ("wrapped",)

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.wrapped = _reads_wrapped(text)


def _lines_going_on(text: str, most: int) -> int:
    """How many line breaks a lower-case a-z follows, counted up to ``most``: line break to line
    break with str.find, stopping once the count is reached (a pattern's findall lists them all)."""
    count = 0
    i = text.find("\n")
    while i >= 0 and count < most:
        after = text[i + 1 : i + 2]
        if "a" <= after <= "z":
            count += 1
        i = text.find("\n", i + 1)
    return count


def _reads_wrapped(text: str) -> bool:
    """Most line breaks between two non-blank lines fall mid-sentence, and blank lines exist to
    separate the paragraphs."""
    if "\n\n" not in text and "\n\r\n" not in text and not (" \n" in text and _BLANK_LINE_RE.search(text)):
        return False  # no blank line (one of spaces counts: "  \n  \n") separates paragraphs
    least = WRAPPED_SHARE * MIN_WRAPPED_LINES
    if _lines_going_on(text, int(least) + 1) < least:
        return False  # too few lines go on in lower case: the cheap test first
    inside = mid = 0
    n = len(text)
    line_start = 0
    i = text.find("\n")
    while 0 <= i < n - 1:
        before = i - 1
        while before >= 0 and text[before] in " \t\r":
            before -= 1
        if before >= 0 and text[before] != "\n" and text[i + 1] not in "\n\r":
            inside += 1  # a break between two non-blank lines
            # mid-sentence in a short line: no sentence end before it, the next line goes on in
            # lower case, and the line is no longer than a fixed-width one
            short = i - line_start <= MAX_WRAPPED_LINE
            goes_on = text[i + 1].islower() and text[i + 2 : i + 3].isalpha()  # not an "o Item" bullet
            mid += short and text[before] not in _LINE_ENDS and goes_on
        line_start = i + 1
        i = text.find("\n", i + 1)
    return inside >= MIN_WRAPPED_LINES and mid >= WRAPPED_SHARE * inside


_WRAPPING: Final = LatestArticle(_Wrapping)


def hard_wrapped(text: str) -> bool:
    """``_reads_wrapped`` memoised per article."""
    return _WRAPPING.get(text).wrapped


def soft_break(text: str, i: int) -> bool:
    """The newline at ``i`` of a hard-wrapped text joins two lines of one paragraph: no blank
    line on either side of it."""
    n = len(text)
    j = i + 1
    while j < n and text[j] in " \t\r":
        j += 1
    k = i - 1
    while k >= 0 and text[k] in " \t\r":
        k -= 1
    return j < n and text[j] != "\n" and k >= 0 and text[k] != "\n"
