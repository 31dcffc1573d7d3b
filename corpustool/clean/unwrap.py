"""Undo hard wrapping (``lynx -dump``, e-mail, fixed-width archives) before lines are classified.

A wrapped paragraph arrives as several lines of nearly the same width, none of which looks like a
paragraph on its own. When a document's lines pile up just below one width, consecutive lines of a
blank-line-separated block are joined while the earlier line is "full" (within ``SLACK`` of that
width), so each paragraph is classified once, as a whole. Documents with ragged lines (one line per
block, as most scrapes are) are left alone.
"""

from __future__ import annotations

from collections import Counter
from typing import Final

MIN_WIDTH: Final = 50
MAX_WIDTH: Final = 120
SLACK: Final = 20
MIN_SHARE: Final = 0.4  # share of non-blank lines that must sit just below the width
_LIST_START: Final = ("* ", "- ", "• ", "+ ")


def _new_sentence(previous: str, text: str) -> bool:
    """A line that ends a sentence followed by one that starts a new one may be a paragraph break:
    better two paragraphs of one story than a headline glued to a lead."""
    return previous.endswith((".", "!", "?", '"', "”", ":")) and (text[:1].isupper() or text[:1] in "\"“‘'«")


def wrap_width(lines: list[str]) -> int | None:
    """The width a document was hard-wrapped at, or None when it was not."""
    for line in lines:  # most scrapes have a line longer than any width allows, and early on
        if len(line) > MAX_WIDTH + 2 and len(line.rstrip()) > MAX_WIDTH + 2:
            return None
    lengths = [n for n in map(len, map(str.rstrip, lines)) if n]  # non-blank lines
    if len(lengths) < 6:
        return None  # too few lines to tell
    longest = Counter([n for n in lengths if MIN_WIDTH <= n <= MAX_WIDTH])
    if not longest:
        return None
    width = max(n for n in longest if longest[n] >= 2) if any(c >= 2 for c in longest.values()) else None
    if width is None:
        return None
    near = sum(1 for n in lengths if width - SLACK <= n <= width)
    return width if near >= MIN_SHARE * len(lengths) and max(lengths) <= width + 2 else None


def unwrap(lines: list[str]) -> list[str]:
    """Join wrapped lines back into paragraphs; returns the lines unchanged if not hard-wrapped."""
    width = wrap_width(lines)
    if width is None:
        return lines
    out: list[str] = []
    joinable = False
    for line in lines:
        text = line.strip()
        if not text:
            out.append("")
            joinable = False
            continue
        if joinable and out and not text.startswith(_LIST_START) and not _new_sentence(out[-1], text):
            glue = "" if out[-1].endswith("-") and text[:1].islower() else " "  # "man-\nmade"
            out[-1] = f"{out[-1]}{glue}{text}"
        else:
            out.append(text)
        joinable = len(line.rstrip()) >= width - SLACK
    return out
