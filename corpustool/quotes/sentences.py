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
    abbrev = abbreviations()
    for m in _END_RE.finditer(text, start, end):
        if text[m.start()] == ".":
            j = m.start()
            k = j
            while k > start and not text[k - 1].isspace() and text[k - 1] not in '("“':
                k -= 1
            word = text[k:j].lower()
            if word in abbrev or (len(word) == 1 and word.isalpha()):
                continue
            nxt = m.end()
            while nxt < len(text) and text[nxt] in " \t\u00a0":
                nxt += 1
            if nxt < len(text) and text[nxt].islower():
                continue  # "Rep. John Mica (R-Fla.) said": a new sentence opens with a capital
        out.append(m.end())
    return out
