"""Load the rule tables in ``rules/`` once: junk phrases for lines, DOM cues for HTML.

Rules are data so that an editor can add a phrase without reading code; this module only turns
the rows into compiled regexes (one alternation per reason, so a line costs one search per reason).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class LineRule:
    """All junk patterns of one reason that share a word limit and barrier flag."""

    reason: str
    max_words: int
    barrier: bool
    triggers: frozenset[str] | None  # None: always try
    regex: re.Pattern[str]


@dataclass(frozen=True)
class DomCues:
    """Class/id regex per reason, and tag name -> reason."""

    attr: tuple[tuple[str, re.Pattern[str]], ...]
    tags: dict[str, str]


def words(text: str) -> frozenset[str]:
    """A set of space-separated words: compact to write for tag and filler-word lists."""
    return frozenset(text.split())


def _rows(name: str) -> list[list[str]]:
    text = resources.files("corpustool.clean").joinpath("rules", name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append(line.split("\t"))
    return rows[1:]  # first non-comment row is the header


@lru_cache(maxsize=1)
def line_rules() -> tuple[LineRule, ...]:
    """Junk-line rules grouped by (reason, max_words, barrier, triggers), in table order.

    Patterns are compiled without IGNORECASE and matched against the lower-cased line: Python's
    regex engine is several times faster that way.
    """
    groups: dict[tuple[str, int, bool, str], list[str]] = {}
    for reason, max_words, barrier, triggers, pattern in _rows("junk_lines.tsv"):
        groups.setdefault((reason, int(max_words), barrier == "1", triggers), []).append(pattern)
    return tuple(
        LineRule(
            reason,
            max_words,
            barrier,
            None if triggers == "*" else frozenset(triggers.split(",")),
            re.compile("|".join(f"(?:{p})" for p in patterns)),
        )
        for (reason, max_words, barrier, triggers), patterns in groups.items()
    )


@lru_cache(maxsize=1)
def dom_cues() -> DomCues:
    """DOM cue table: attribute regexes per reason and tag names."""
    attr: dict[str, list[str]] = {}
    tags: dict[str, str] = {}
    for reason, kind, pattern in _rows("dom_cues.tsv"):
        if kind == "tag":
            tags[pattern] = reason
        else:
            attr.setdefault(reason, []).append(pattern)
    return DomCues(
        attr=tuple((r, re.compile("|".join(f"(?:{p})" for p in ps))) for r, ps in attr.items()),
        tags=tags,
    )
