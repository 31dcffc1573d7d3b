"""Paragraph and sentence boundaries, just precise enough to bound an attribution.

Attribution never crosses a sentence ("...," he said. / Patrushev said: "..."), so all we need is
where sentences end outside quotation marks, with the usual abbreviations ("Mr.", "U.S.") and
initials ("J.") not counted as ends.
"""

from __future__ import annotations

import re
from importlib import resources
from typing import Final

from corpustool.quotes.article_cache import ArticleIndex, LatestArticle
from corpustool.quotes.chars import is_alpha, is_lower, letter_at, letter_pairs, space_at
from corpustool.quotes.marks import bisect_right, char_positions
from corpustool.quotes.wrapping import hard_wrapped, soft_break

# a run of sentence-final marks, with the quotation marks and brackets closing it, before a space
_END_RE: Final = re.compile(r"[.!?…][.!?…]*[\"”’')\]]*(?=\s)")
_FINAL_MARKS: Final = ".!?…"
_RARE_FINAL_MARKS: Final = "!?…"  # the final marks but the period
_CLOSING_MARKS: Final = "\"”’')]"


def _read_abbreviations() -> frozenset[str]:
    raw = resources.files("corpustool.quotes").joinpath("lexicon", "abbreviations.txt").read_text("utf-8")
    return frozenset(w.strip().lower() for w in raw.splitlines() if w.strip() and not w.startswith("#"))


_ABBREVIATIONS: Final = _read_abbreviations()
# the first and last letters of each abbreviation (all have ASCII letters at both ends: "mr", "u.s")
_ABBREVIATION_ENDS: Final = letter_pairs(w[0] + w[-1] for w in _ABBREVIATIONS)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line, or of every block between blank lines in a
    hard-wrapped text. Lines found with str.find: a regex iterator would cost a match object and
    three method calls per line."""
    out = []
    n = len(text)
    wrapped = hard_wrapped(text)
    start = 0
    while start < n:
        stop = text.find("\n", start)
        while wrapped and stop >= 0 and soft_break(text, stop):
            stop = text.find("\n", stop + 1)
        if stop < 0:
            stop = n
        if not blank(text, start, stop):
            out.append((start, stop))
        start = stop + 1
    return out


def blank(text: str, start: int, stop: int) -> bool:
    """text[start:stop] is empty or white space only: a walk, mostly of one character, where a
    slice would copy the whole line."""
    while start < stop and space_at(text, start):
        start += 1
    return start >= stop


def paragraph_index(starts: list[int], pos: int) -> int:
    """Index of the paragraph that contains ``pos`` (by start offsets)."""
    return max(0, bisect_right(starts, pos) - 1)


def sentence_ends(text: str, start: int, end: int) -> list[int]:
    """Offsets just past each sentence-final punctuation in text[start:end].

    Answers from one scan of the whole article (attribution asks about many overlapping windows
    of one text): a window sees the same punctuation runs as the whole text, except a run it
    cuts at its start, which is read again here.
    """
    index = _ARTICLES.get(text)
    m_starts, m_ends = index.starts, index.ends
    start = max(start, 0)
    out = []
    k = bisect_right(m_starts, start)
    if k and m_starts[k - 1] < start < m_ends[k - 1]:
        # a run that began before the window: the window's own match starts at its first mark,
        # ``start`` itself, so the word before a period there is empty
        m = _END_RE.match(text, start, end)
        if m is not None and (text[start] != "." or _period_ends(text, start, m.end(), start)[1]):
            out.append(m.end())
    elif k and m_starts[k - 1] == start:
        k -= 1
    while k < len(m_starts) and m_ends[k] < end:
        if text[m_starts[k]] != "." or index.period_ends(k, start):
            out.append(m_ends[k])
        k += 1
    return out


class _ArticleEnds(ArticleIndex):
    """Every sentence-final punctuation run of one article, and the periods already judged."""

    __slots__ = ("ends", "is_end", "starts", "word_starts")

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.starts: list[int] = []
        self.ends: list[int] = []
        # the pattern tried at each of its opening marks (found by plain search), skipping those a
        # match already took: the matches a scan of the text would give, without testing every
        # character. The periods, most marks, are searched for one after the other as the walk
        # goes, and merged with the few others listed up front: no list of every period, no sort
        rare = char_positions(text, _RARE_FINAL_MARKS)
        r = 0
        taken = 0
        period = text.find(".")
        while True:
            if r < len(rare) and (period < 0 or rare[r] < period):
                j = rare[r]
                r += 1
            elif period >= 0:
                j = period
                period = text.find(".", period + 1)
            else:
                break
            if j < taken:
                continue
            end = _run_end(text, j)
            if end >= 0:
                taken = end
                self.starts.append(j)
                self.ends.append(taken)
        # each run's period judged once, by the run's place in the lists (a dict keyed by offset
        # boxed and hashed the key and made a tuple at every look-up): where the word before it
        # starts (-1 while unjudged) and whether it ends a sentence
        self.word_starts: list[int] = [-1] * len(self.starts)
        self.is_end: list[bool] = [False] * len(self.starts)

    def period_ends(self, k: int, start: int) -> bool:
        """Whether the period opening run ``k`` ends a sentence, reading the word before it from
        ``start``."""
        if self.word_starts[k] < 0:
            self.word_starts[k], self.is_end[k] = _period_ends(self.text, self.starts[k], self.ends[k], 0)
        if self.word_starts[k] < start:  # the window cuts the word before the period: read it again
            return _period_ends(self.text, self.starts[k], self.ends[k], start)[1]
        return self.is_end[k]


def _run_end(text: str, j: int) -> int:
    """End of ``_END_RE.match(text, j)`` for the final mark at ``j``, or -1 when it does not match:
    the marks and closing marks after it, then white space. Read by hand: a regex call per mark
    costs more than the few characters it reads."""
    n = len(text)
    k = j + 1
    while k < n and _is_final_mark(ord(text[k])):
        k += 1
    while k < n and _is_closing_mark(ord(text[k])):
        k += 1
    return k if k < n and space_at(text, k) else -1


# The marks told by their codes: ``text[k] in _FINAL_MARKS`` makes a one-character string (a new
# object for most non-Latin-1 characters) and calls a search; ``ord(text[k])`` is a native read.


def _is_final_mark(c: int) -> bool:
    """``chr(c) in _FINAL_MARKS``."""
    return c == 0x2E or c == 0x21 or c == 0x3F or c == 0x2026  # . ! ? …


def _is_closing_mark(c: int) -> bool:
    """``chr(c) in _CLOSING_MARKS``."""
    return c == 0x22 or c == 0x201D or c == 0x2019 or c == 0x27 or c == 0x29 or c == 0x5D  # " ” ’ ' ) ]


_ARTICLES: Final = LatestArticle(_ArticleEnds)  # built on first use, kept until the next article


def _initials(word: str) -> bool:
    """'j.p' of "J.P. Morgan", 'h.w' of "George H.W. Bush": single letters joined by periods."""
    return len(word) > 2 and word[1] == "." and all(len(p) == 1 and p.isalpha() for p in word.split("."))


def _opens_word_after(text: str, i: int) -> bool:
    """The word before a period starts after ``text[i]``: white space or one of ( " “."""
    c = ord(text[i])
    return c == 0x28 or c == 0x22 or c == 0x201C or space_at(text, i)


def _period_ends(text: str, j: int, after: int, start: int) -> tuple[int, bool]:
    """(start of the word before the period at ``j``, whether the period ends a sentence).
    ``after`` is where the punctuation (and closing marks) stop; the word is read from ``start``."""
    k = j
    while k > start:
        c = ord(text[k - 1])
        # an ASCII letter or digit (nearly every character walked over) opens no word: told by its code
        if not (97 <= c <= 122 or 65 <= c <= 90 or 48 <= c <= 57) and _opens_word_after(text, k - 1):
            break
        k -= 1
    if not _plain_word(text, k, j):
        word = text[k:j].lower()
        if word in _ABBREVIATIONS or (len(word) == 1 and is_alpha(word)):
            return k, False
        if _initials(word) and text[max(0, k - 2) : k] != ", ":
            return k, False  # "J.P. Morgan", "George H.W. Bush"; "Fort Mill, S.C." may end a sentence
    nxt = after
    while nxt < len(text) and ord(text[nxt]) in (32, 9, 0xA0):  # " \t\u00a0"
        nxt += 1
    # "Rep. John Mica (R-Fla.) said": a new sentence opens with a capital
    return k, not (nxt < len(text) and is_lower(text[nxt]))


def _plain_word(text: str, k: int, j: int) -> bool:
    """text[k:j] is no abbreviation, single letter nor initials, told without cutting it out: two
    characters or more, ASCII letters at both ends that no abbreviation has, no period second
    (most words before a period: "said.", "year.")."""
    if j - k < 2 or ord(text[k + 1]) == 46:  # "."
        return False
    first, last = letter_at(text, k), letter_at(text, j - 1)
    return first >= 0 and last >= 0 and not _ABBREVIATION_ENDS[first * 26 + last]
