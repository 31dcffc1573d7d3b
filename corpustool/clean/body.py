"""Find the article body among classified lines, and decide which lines inside it stay.

The body is the run of lines with the largest total weight (a maximum-sum segment, as in
Finn et al.'s Body Text Extraction): prose paragraphs add their length, menus, share bars and
teasers subtract, and section openers such as "Related stories" or "Comments" are barriers the
run cannot cross. Inside the run, short lines (subheadings, one-line wire paragraphs, list items
of the story) stay unless a junk rule names them; outside it, nothing stays.
"""

from __future__ import annotations

import re

from corpustool.clean.lines import Line
from corpustool.clean.metadata import parse_dateline

OUTSIDE = "outside-body"
TITLE = "title"
REPEATED = "repeated-paragraph"
_KEY = re.compile(r"\W+")
# Furniture that sits between a headline and its lead; the title search steps over it.
_HEADER_FURNITURE = frozenset(
    {"byline", "timestamp", "caption", "markup", "social", "subscribe", "ad", REPEATED}
)


def key(text: str) -> str:
    """Comparison key for duplicate paragraphs: case, punctuation and spacing ignored."""
    return _KEY.sub(" ", text.lower()).strip()


def mark_repeats(lines: list[Line]) -> None:
    """Drop repeated paragraphs, keeping one copy; a lead repeated with its dateline keeps that form."""
    seen: dict[str, int] = {}
    for i, line in enumerate(lines):
        if line.reason is not None or line.words < 6:
            continue
        k = key(line.body[:2000])
        dl = parse_dateline(line.body)
        if dl is not None:
            stripped = key(_strip_dateline(line.body)[:2000])
            j = seen.get(stripped)
            if j is not None and lines[j].reason is None:
                lines[j].reason, lines[j].weight = REPEATED, 0.0
        if k in seen:
            line.reason, line.weight = REPEATED, 0.0
        else:
            seen[k] = i


def _strip_dateline(text: str) -> str:
    from corpustool.clean.metadata import DATELINE

    m = DATELINE.match(text[:200])
    return text[m.end():] if m else text


def best_segment(weights: list[float]) -> tuple[int, int]:
    """Indices [start, end) of the maximum-sum run (Kadane); (0, 0) when nothing is positive."""
    best, best_span = 0.0, (0, 0)
    total, start = 0.0, 0
    for i, w in enumerate(weights):
        if total <= 0:
            total, start = 0.0, i
        total += w
        if total > best:
            best, best_span = total, (start, i + 1)
    return best_span


def find_title(lines: list[Line], start: int) -> int | None:
    """Index of the headline: the first line of the heading-like run just above the body."""
    counts: dict[str, int] = {}
    for line in lines[: start + 1]:
        if line.reason is None and 3 <= line.words <= 30:
            counts[line.body] = counts.get(line.body, 0) + 1
    candidates: list[int] = []
    steps = 0
    for i in range(start - 1, -1, -1):
        line = lines[i]
        if line.reason in _HEADER_FURNITURE or line.words == 0:
            continue
        steps += 1
        if steps > 8:
            break
        if _title_like(line):
            candidates.append(i)
            continue
        break
    if not candidates:
        return None
    repeated = [i for i in candidates if counts.get(lines[i].body, 0) > 1]
    return repeated[0] if repeated else candidates[-1]


def _title_like(line: Line) -> bool:
    return (
        line.reason is None
        and 3 <= line.words <= 30
        and line.kind in {"heading", "other", "short-sentence", "sentence"}
        and not line.body.endswith((".", ",", ";", ":"))
    )


def select(lines: list[Line]) -> tuple[int, int, int | None]:
    """Mark every line outside the body (or junk inside it) with a reason; return body span and title."""
    mark_repeats(lines)
    start, end = best_segment([line.weight for line in lines])
    # The run may start on a short line with positive weight only by accident; trim to prose.
    while start < end and lines[start].kind not in {"sentence", "short-sentence"}:
        start += 1
    while end > start and lines[end - 1].kind not in {"sentence", "short-sentence"}:
        end -= 1
    title = find_title(lines, start)
    for i, line in enumerate(lines):
        if line.reason is not None:
            continue
        if i == title:
            line.reason = TITLE
        elif not start <= i < end:
            line.reason = OUTSIDE
    return start, end, title
