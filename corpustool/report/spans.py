"""Cut a text into runs that carry the same set of labels (quote, speaker, cue), for highlighting.

Works for overlapping and out-of-range spans (they are clipped or ignored), so a bad offset in
one quote cannot break the page.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    label: str  # css class: quote, speaker, cue
    index: int  # which quote it belongs to


def quote_spans(quotes: Any, length: int) -> list[Span]:
    """Valid, clipped spans for each quote's text, speaker mention and cue."""
    spans: list[Span] = []
    if not isinstance(quotes, list):
        return spans
    for index, quote in enumerate(quotes):
        if not isinstance(quote, dict):
            continue
        for label, start_key, end_key in (
            ("quote", "start", "end"),
            ("speaker", "speaker_start", "speaker_end"),
            ("cue", "cue_start", "cue_end"),
        ):
            start, end = quote.get(start_key), quote.get(end_key)
            if isinstance(start, int) and isinstance(end, int):
                start, end = max(0, start), min(length, end)
                if start < end:
                    spans.append(Span(start, end, label, index))
    return spans


def runs(text: str, spans: list[Span], extra_cuts: Iterable[int] = ()) -> list[tuple[int, str, list[Span]]]:
    """``[(offset, piece, spans covering it)]`` in text order; pieces join back to ``text``.

    ``extra_cuts`` forces boundaries (where removed lines are shown in place).
    """
    cuts = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans), *extra_cuts})
    out = []
    for start, end in itertools.pairwise(cuts):
        covering = [s for s in spans if s.start <= start and end <= s.end]
        out.append((start, text[start:end], covering))
    return out


def removed_anchors(text: str, lines: list[dict[str, Any]]) -> dict[int, list[dict[str, Any]]]:
    """Where each removed input line sat in the final text: ``{offset: [removed lines before it]}``.

    Kept lines are found in order in ``text``; removed lines seen since the previous kept line
    are anchored at the start of the next kept line found (or at the end). A kept line that
    `clean` rewrote is not found, and its removed neighbours move on to the next anchor.
    """
    anchors: dict[int, list[dict[str, Any]]] = {}
    pending: list[dict[str, Any]] = []
    cursor = 0
    for line in lines:
        content = line.get("text") if isinstance(line.get("text"), str) else ""
        if line.get("reason"):
            pending.append(line)
            continue
        needle = content.strip()
        where = text.find(needle, cursor) if needle else -1
        if where < 0:
            continue
        if pending:
            anchors.setdefault(where, []).extend(pending)
            pending = []
        cursor = where + len(needle)
    if pending:
        anchors.setdefault(len(text), []).extend(pending)
    return anchors
