"""Catastrophic backtracking: long runs of what the rules' regexes look for, through the real entry points.

Runs are built from the literal characters of every compiled regex found in corpustool's modules (so
a rule added tomorrow is covered) plus the usual troublemakers (capitals, spaces, dots, quote marks,
abbreviations, datelines, "according to"). Each goes through clean (text and HTML) and the quote
extractor; a run of 5,000 units that takes seconds is a quadratic or worse rule, i.e. a hang on a
real scrape (a 100 KB line of capitals is not rare in scraped tables).
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import time

import pytest
from conftest import deadline

import corpustool
from corpustool.clean import clean_html, clean_text
from corpustool.quotes import QUOTE_TYPES, extract_quotes

UNITS = 5_000
BUDGET = 3.0  # seconds per input and entry point; linear code needs well under a tenth of that


def _rule_characters() -> str:
    """Every printable literal character of every module-level compiled regex in corpustool."""
    chars: set[str] = set()
    for info in pkgutil.walk_packages(corpustool.__path__, "corpustool."):
        if ".cli" in info.name or info.name.endswith("__main__"):
            continue
        for value in vars(importlib.import_module(info.name)).values():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                chars.update(ch for ch in value.pattern if ch.isprintable() and ch not in "\\()[]{}?*+|^$")
    return "".join(sorted(chars))


RULE_CHARS = _rule_characters()
RUNS = {
    "capitals": "A" * UNITS + "!",
    "capital words": "AB " * UNITS + "x",
    "spaces": " " * UNITS + "!",
    "words": "a " * UNITS,
    "dots": ". " * UNITS,
    "straight quotes": '"' * UNITS,
    "curly quotes": "\u201c" * UNITS,
    "abbreviations": "Mr. " * UNITS,
    "numbers": "1," * UNITS,
    "dashes": "— " * UNITS,
    "names": "Ab Cd " * UNITS,
    "according to": "According to " * (UNITS // 4),
    "to to": "To " * UNITS,  # each "To X" is a cue: every one once re-read the whole run before it
    "of of": " of" * UNITS,
    "commas": ", " * UNITS,
    "datelines": "KESTREL BAY-" * (UNITS // 4),
    "parentheses": "(" * UNITS,
    "every rule character": RULE_CHARS * (UNITS // max(1, len(RULE_CHARS))),
    **{f"run of {ch!r}": ch * UNITS for ch in RULE_CHARS if not ch.isalnum()},
}
ENTRY_POINTS = {
    "clean_text": lambda text: clean_text(text, explain=True),
    "clean_html": lambda text: clean_html(f"<html><body><p>{text}</p></body></html>", explain=True),
    "quotes": lambda text: extract_quotes(text, types=QUOTE_TYPES),
}


def test_rule_characters_were_found() -> None:
    assert len(RULE_CHARS) >= 20, RULE_CHARS


@pytest.mark.parametrize("entry", list(ENTRY_POINTS))
@pytest.mark.parametrize("run", list(RUNS))
def test_long_runs_finish_in_linear_time(run: str, entry: str) -> None:
    started = time.perf_counter()
    with deadline(BUDGET * 5):
        ENTRY_POINTS[entry](RUNS[run])
    assert time.perf_counter() - started < BUDGET
