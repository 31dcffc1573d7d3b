"""Word-level differences between the kept copy of a story and one of its duplicates."""

from __future__ import annotations

import difflib
import re
from typing import Literal

Op = Literal["same", "kept_only", "copy_only"]
# Words and runs of whitespace, so joined segments give back the exact text.
_TOKEN = re.compile(r"\S+|\s+")


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def word_diff(kept: str, copy: str) -> list[tuple[Op, str]]:
    """Segments that rebuild both texts: ``same`` + ``kept_only`` = kept, ``same`` + ``copy_only`` = copy.

    Any run of whitespace equals any other, so a re-wrapped line is not a difference.
    """
    a, b = tokens(kept), tokens(copy)
    matcher = difflib.SequenceMatcher(None, _keys(a), _keys(b), autojunk=False)
    segments: list[tuple[Op, str]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            segments.append(("same", "".join(b[j1:j2])))
            continue
        if i2 > i1:
            segments.append(("kept_only", "".join(a[i1:i2])))
        if j2 > j1:
            segments.append(("copy_only", "".join(b[j1:j2])))
    return segments


def _keys(parts: list[str]) -> list[str]:
    return [" " if part.isspace() else part for part in parts]


def changed_words(segments: list[tuple[Op, str]]) -> int:
    """How many words differ, for the cluster summary line."""
    return sum(len(text.split()) for op, text in segments if op != "same")
