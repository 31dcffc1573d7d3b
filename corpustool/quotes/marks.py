"""Pair quotation marks into quoted stretches.

Why a state machine and not a regex: real scrapes mix straight and curly marks, leave quotes open
across paragraphs (the newspaper convention: an unclosed quote continues when the next paragraph
opens with a quote mark), nest single quotes inside double ones and sprinkle apostrophes
(Sanders', ’90s, won') everywhere. One left-to-right pass over the mark characters only (found
with a regex, so the cost is proportional to the number of marks, not of characters) handles all
of that and never fails: an unclosed quote simply ends at its paragraph's end.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from corpustool.quotes.chars import space_at
from corpustool.quotes.wrapping import hard_wrapped, soft_break

if TYPE_CHECKING:
    # a machine integer in the compiled build (a plain int otherwise): the bisections below step
    # thousands of times an article, and a plain int is checked at each step for being boxed
    from mypy_extensions import i64

# Double-quote family (primary marks in English news); guillemets and low-9 marks included.
DOUBLE_MARKS: Final = '"“”„«»‟″'
# Single-quote family: primary only in texts that use no double marks at all.
SINGLE_MARKS: Final = "'‘’‚‹›"

# A transcript turn ("WALLACE: ...") starts a new quote even inside a run of open paragraphs.
_LABEL_RE: Final = re.compile(r"[A-Z][A-Z.'’ -]{1,40}:")
_OPEN_LEFT: Final = set(" \t\r\n\u00a0([{—–-/")
_CLOSE_RIGHT: Final = set(" \t\r\n\u00a0.,;:!?)]}—–-/…")
# what a double mark may open after or close before: the characters above or a quotation mark
# (one set asked, not a set and two strings searched)
_OPENS_DOUBLE_AFTER: Final = frozenset(_OPEN_LEFT | set(DOUBLE_MARKS) | set(SINGLE_MARKS))
_CLOSES_DOUBLE_BEFORE: Final = frozenset(_CLOSE_RIGHT | set(DOUBLE_MARKS) | set(SINGLE_MARKS))


# The small records below are plain classes, not NamedTuples: mypyc compiles a plain class to a
# C struct, while a tuple subclass is built by an interpreted __new__ (eight times slower there,
# and slower in plain Python too). Sort them by key, not by comparing them.


class Span:
    """A stretch of the article: offsets of its first character and just past its last."""

    __slots__ = ("end", "start")

    def __init__(self, start: int, end: int) -> None:
        self.start = start
        self.end = end


class QuoteSpan:
    """One quoted stretch: mark positions and the (whitespace-trimmed) content inside them."""

    __slots__ = ("close", "closed", "end", "open", "start")

    def __init__(self, open: int, close: int, start: int, end: int, closed: bool) -> None:
        self.open = open  # index of the opening mark
        self.close = close  # index just past the closing mark (paragraph end when unclosed)
        self.start = start  # content start
        self.end = end  # content end (exclusive)
        self.closed = closed  # False when the quote ran to the end of its paragraph without a closing mark


def span_order(span: Span) -> tuple[int, int]:
    """Sort key of spans: by start, then end."""
    return span.start, span.end


def char_positions(text: str, chars: str) -> list[int]:
    """Offsets of every occurrence of any of ``chars`` in ``text``, in order.

    One str.find sweep per character runs at memory-search speed; a regex character class tests
    the characters of the text one by one, several times slower (the largest single cost of the
    whole-article scans in a compiled build)."""
    out: list[int] = []
    for c in chars:
        i = text.find(c)
        while i >= 0:
            out.append(i)
            i = text.find(c, i + 1)
    out.sort()
    return out


def primary_family(text: str) -> str:
    """'double' when the text uses any double quotation mark, else 'single'."""
    double = any(mark in text for mark in '"“”„«»') or "''" in text
    return "double" if double else "single"


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _classify_double(text: str, i: int, j: int, ch: str, inside: bool, open_ch: str) -> str:
    """Return 'open', 'close' or 'none' for the double mark text[i:j] given the current state."""
    n = len(text)
    prev = text[i - 1] if i > 0 else "\n"
    nxt = text[j] if j < n else "\n"
    can_open = prev in _OPENS_DOUBLE_AFTER
    can_close = nxt in _CLOSES_DOUBLE_BEFORE
    if ch in "“‟":
        # In German „...“ the high mark closes; a sloppy “ after a word also closes.
        if inside and (open_ch == "„" or (can_close and not can_open)):
            return "close"
        return "open"
    if ch in "„":
        return "open"
    if ch in "”″":
        if not inside and can_open and not can_close:
            return "open"  # Swedish style ”...” or a typo: better a pair than a stray mark
        return "close" if inside else "none"
    if ch == "«":
        return "close" if inside and open_ch == "»" else "open"
    if ch == "»":
        if inside:
            return "close"
        return "open" if can_open and not can_close else "none"
    # straight "
    if can_open and not can_close:
        return "close" if inside and prev in DOUBLE_MARKS else "open"
    if can_close and not can_open:
        return "close" if inside else "none"
    return "close" if inside else "open"


def _classify_single(text: str, i: int, ch: str, inside: bool) -> str:
    """Single marks double as apostrophes: only context tells an opening ‘ from won’t or ’90s."""
    n = len(text)
    prev = text[i - 1] if i > 0 else "\n"
    nxt = text[i + 1] if i + 1 < n else "\n"
    if _is_word(prev) and _is_word(nxt):
        return "none"  # won't, Sanders’s, rock’n’roll
    if nxt.isdigit() and not _is_word(prev):
        return "none"  # ’90s
    can_open = prev in _OPEN_LEFT or prev in DOUBLE_MARKS
    can_close = nxt in _CLOSE_RIGHT or nxt in DOUBLE_MARKS
    if ch in "‘‚‹":
        return "open" if not inside or can_open else "close"
    if ch in "’›":
        if inside and not (can_open and not can_close):
            return "close"
        return "none"  # Sanders’ (possessive) when nothing is open
    # straight '
    if can_open and not can_close and _is_word(nxt):
        return "open" if not inside else "none"
    if inside and can_close:
        return "close"
    return "none"


def _next_paragraph_opens(text: str, nl: int, marks: str) -> int:
    """Index of the opening mark that starts the next non-empty paragraph, or -1."""
    n = len(text)
    j = nl
    while j < n and text[j] in " \t\r\n\u00a0":
        j += 1
    if j < n and text[j] in marks and text[j] not in "”»’›":
        return j
    if marks is DOUBLE_MARKS and text.startswith("''", j):
        return j + 1
    return -1


def pair_quotes(text: str, family: str | None = None) -> list[QuoteSpan]:
    """All quoted stretches of ``text`` in order (multi-paragraph quotes as one stretch)."""
    if not text:
        return []
    family = family or primary_family(text)
    marks = DOUBLE_MARKS if family == "double" else SINGLE_MARKS
    # offsets of the marks; where apostrophes pair up, one that opens with an apostrophe is two
    # characters long (a pair), every other mark is one
    paired = family == "double" and any(_doubled(text, pair[0]) for pair in _APOSTROPHE_PAIRS)
    found = _double_marks(text) if paired else char_positions(text, marks)
    spans: list[QuoteSpan] = []
    inside = False
    open_at = -1
    open_len = 1
    open_ch = ""
    skip_until = -1  # continuation opener of a multi-paragraph quote
    n = len(text)
    wrapped = hard_wrapped(text)
    # line breaks matter only inside a quotation: they are looked for there, between one mark and
    # the next, not listed with the marks (an article has more lines than quotations); the text's
    # end closes the list so that those after the last mark are looked for too
    searched = 0
    found.append(n)
    for i in found:
        if inside:
            nl = text.find("\n", searched, i)
            while nl >= 0:
                if nl > skip_until and not (wrapped and soft_break(text, nl)):
                    nxt = _next_paragraph_opens(text, nl, marks)
                    if nxt >= 0 and family == "double" and not _LABEL_RE.match(text, nxt + 1):
                        skip_until = nxt  # the quote goes on in the next paragraph
                    else:
                        _emit(spans, text, open_at, open_len, nl, nl, False)
                        inside = False
                        break
                nl = text.find("\n", nl + 1, i)
        searched = i + 1
        if i == n or i <= skip_until:
            continue
        j = i + 2 if paired and text[i] in _PAIR_FIRSTS else i + 1
        ch = '"' if j - i == 2 else text[i]
        kind = (
            _classify_double(text, i, j, ch, inside, open_ch)
            if family == "double"
            else _classify_single(text, i, ch, inside)
        )
        if kind == "open":
            if inside:  # an unclosed quote ends where the next one opens
                _emit(spans, text, open_at, open_len, i, i, False)
            inside, open_at, open_ch, open_len = True, i, ch, j - i
        elif kind == "close" and inside:
            _emit(spans, text, open_at, open_len, i, j, True)
            inside = False
    if inside:
        _emit(spans, text, open_at, open_len, n, n, False)
    return spans


def _doubled(text: str, mark: str) -> bool:
    """``mark + mark`` in ``text``, looked for from one ``mark`` to the next: a search for one
    character skips through the text at memory speed, one for two characters tests every
    character, and an article holds a few dozen apostrophes at most."""
    i = text.find(mark)
    code = ord(mark)
    last = len(text) - 1
    while 0 <= i < last:
        if ord(text[i + 1]) == code:  # a code compared: no one-character string made
            return True
        i = text.find(mark, i + 1)
    return False


def _double_marks(text: str) -> list[int]:
    """Offsets of every double mark, and of every two apostrophes (left to right, not
    overlapping), which stand for a double mark in some archives (NYT: ''It's not easy,'' he said).
    Found with str.find: a regex (''|[marks]) has no literal to look for and tests every character."""
    found = char_positions(text, DOUBLE_MARKS)
    for pair in _APOSTROPHE_PAIRS:
        i = text.find(pair)
        while i >= 0:
            found.append(i)
            i = text.find(pair, i + 2)
    found.sort()
    return found


# two apostrophes for a double mark: typed (NYT) or turned curly by a converter ("’’ closes")
_APOSTROPHE_PAIRS: Final = ("''", "’’", "‘‘")
_PAIR_FIRSTS: Final = "'’‘"  # what each pair opens with: no double mark does


def _emit(
    spans: list[QuoteSpan],
    text: str,
    open_at: int,
    open_len: int,
    close_at: int,
    close_end: int,
    closed: bool,
) -> None:
    """Add the quote opened at ``open_at`` and closed at ``close_at``, its content trimmed of white
    space, unless it is empty. (A function, not a closure: mypyc would keep every variable the
    closure sees in a heap object, slowing the whole pairing loop.)"""
    s, e = open_at + open_len, close_at
    while s < e and space_at(text, s):
        s += 1
    while e > s and space_at(text, e - 1):
        e -= 1
    if e > s:
        spans.append(QuoteSpan(open_at, close_end, s, e, closed))


def bisect_left(offsets: list[int], x: int) -> int:
    """bisect.bisect_left over sorted offsets. Written out: the C function compares two Python
    objects at every step, the compiled build compares two native ints."""
    lo: i64 = 0
    hi: i64 = len(offsets)
    while lo < hi:
        mid = (lo + hi) // 2
        if offsets[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def bisect_right(offsets: list[int], x: int) -> int:
    """bisect.bisect_right over sorted offsets (see bisect_left)."""
    lo: i64 = 0
    hi: i64 = len(offsets)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < offsets[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


class Ranges:
    """Sorted, non-overlapping (start, end) stretches with a fast "is this offset inside?"."""

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        self.ranges = sorted(ranges)
        self.starts = [s for s, _ in self.ranges]

    def covers(self, pos: int, *, strict: bool = False) -> bool:
        k = bisect_right(self.starts, pos) - 1
        if k < 0:
            return False
        s, e = self.ranges[k]
        return s < pos < e if strict else s <= pos < e

    def start_of(self, pos: int) -> int | None:
        """Where the stretch covering ``pos`` starts; None when no stretch covers it."""
        k = bisect_right(self.starts, pos) - 1
        if k < 0 or pos >= self.ranges[k][1]:
            return None
        return self.ranges[k][0]
