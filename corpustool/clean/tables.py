"""Tables and schedules rendered to text: consecutive numbered rows are part of a story.

A standings table ("1 Kyle Busch 5040 5 1 17 27", "2 Martin Truex Jr. 5035 ...") or a race
calendar ("1a etapa: 10 de março – Interlagos") arrives as a run of short lines that no prose
weighting notices: each row is a few words without a full stop, so the body search would rate
it like a menu and prefer any teaser blurbs beside it. An editor reads it as the article's data.
Such a run is recognised by its row numbers, which count up by one (1, 2, 3 ... or 1a, 2a ...),
and by the data in every row (another number after the row number); menus and teaser lists do
not have both.
"""

from __future__ import annotations

import re
from typing import Final

from corpustool.clean.lines import Line

MIN_ROWS: Final = 6  # a numbered run shorter than this may be a "most read" box
MAX_ROW_WORDS: Final = 30
ROW_WEIGHT_CAP: Final = 20  # a row pays its words, like prose, up to this
_ROW: Final = re.compile(r"^(\d{1,3})(?:[aoº°ª]|st|nd|rd|th)?[.):]?\s+(?=\S)(.*\d)")


def mark_data_rows(lines: list[Line]) -> None:
    """Give rows of a numbered table or schedule positive weight so the body search keeps them.

    Only lines in a block of ``MIN_ROWS`` or more consecutive lines that open with a digit are
    matched against the row pattern: a shorter block cannot hold a run of rows long enough to count.
    """
    numbered = [
        i
        for i, line in enumerate(lines)
        if line.reason is None and line.words <= MAX_ROW_WORDS and line.text[:1].isdigit()
    ]
    rows = [
        (i, int(m.group(1))) for i in _in_blocks(numbered) if (m := _ROW.match(lines[i].text)) is not None
    ]
    run: list[int] = []
    last = (-2, -2)
    for i, number in rows:
        if i == last[0] + 1 and number == last[1] + 1:
            run.append(i)
        else:
            _weigh(lines, run)
            run = [i]
        last = (i, number)
    _weigh(lines, run)


def _in_blocks(indices: list[int]) -> list[int]:
    """The ascending ``indices`` that belong to a block of ``MIN_ROWS`` or more consecutive ones."""
    kept: list[int] = []
    block: list[int] = []
    for i in indices:
        if block and i != block[-1] + 1:
            if len(block) >= MIN_ROWS:
                kept += block
            block = []
        block.append(i)
    if len(block) >= MIN_ROWS:
        kept += block
    return kept


def _weigh(lines: list[Line], run: list[int]) -> None:
    if len(run) < MIN_ROWS:
        return
    for i in run:
        line = lines[i]
        line.weight = max(line.weight, float(min(line.words, ROW_WEIGHT_CAP)))
