"""Paragraph and sentence boundaries, just precise enough to bound an attribution.

Attribution never crosses a sentence ("...," he said. / Patrushev said: "..."), so all we need is
where sentences end outside quotation marks, with the usual abbreviations ("Mr.", "U.S.") and
initials ("J.") not counted as ends.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache
from importlib import resources

_PARA_RE = re.compile(r"[^\n]+")
_END_RE = re.compile(r"[.!?…]+[\"”’')\]]*(?=\s)")


@cache
def abbreviations() -> frozenset[str]:
    raw = resources.files("corpustool.quotes").joinpath("lexicon", "abbreviations.txt").read_text("utf-8")
    return frozenset(w.strip().lower() for w in raw.splitlines() if w.strip() and not w.startswith("#"))


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line."""
    return [(m.start(), m.end()) for m in _PARA_RE.finditer(text) if m.group().strip()]


def paragraph_index(starts: list[int], pos: int) -> int:
    """Index of the paragraph that contains ``pos`` (by start offsets)."""
    return max(0, bisect_right(starts, pos) - 1)


def sentence_ends(text: str, start: int, end: int) -> list[int]:
    """Offsets just past each sentence-final punctuation in text[start:end]."""
    out = []
    known = _known_periods(text)
    for m in _END_RE.finditer(text, start, end):
        j = m.start()
        if text[j] == ".":
            got = known.get(j)
            if got is None:
                got = known[j] = _period_ends(text, j, m.end(), 0)
            word_start, is_end = got
            if word_start < start:  # the window cuts the word before the period: read it again
                is_end = _period_ends(text, j, m.end(), start)[1]
            if not is_end:
                continue
        out.append(m.end())
    return out


_last_periods: tuple[str, dict[int, tuple[int, bool]]] = ("", {})


def _known_periods(text: str) -> dict[int, tuple[int, bool]]:
    """Periods of the current article already judged (attribution asks about overlapping
    stretches of one text many times)."""
    global _last_periods
    if _last_periods[0] is not text:
        _last_periods = (text, {})
    return _last_periods[1]


def _period_ends(text: str, j: int, after: int, start: int) -> tuple[int, bool]:
    """(start of the word before the period at ``j``, whether the period ends a sentence).
    ``after`` is where the punctuation (and closing marks) stop; the word is read from ``start``."""
    k = j
    while k > start and not text[k - 1].isspace() and text[k - 1] not in '("“':
        k -= 1
    word = text[k:j].lower()
    if word in abbreviations() or (len(word) == 1 and word.isalpha()):
        return k, False
    nxt = after
    while nxt < len(text) and text[nxt] in " \t\u00a0":
        nxt += 1
    # "Rep. John Mica (R-Fla.) said": a new sentence opens with a capital
    return k, not (nxt < len(text) and text[nxt].islower())
