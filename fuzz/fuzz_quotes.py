"""Fuzz the quote extractor: every quote, speaker and cue offset indexes the text it claims.

``extract_quotes`` swallows rule errors (a run must not stop on one odd article), which would hide
them from a fuzzer; the harness calls the rules underneath so a crash is seen as one.
"""

from __future__ import annotations

from _harness import instrumented, run

with instrumented():
    from robust_checks import check_quotes

    from corpustool.quotes import QUOTE_TYPES
    from corpustool.quotes.extract import _extract


def test_one_input(data: bytes) -> None:
    text = data.decode("utf-8", errors="replace")
    if text.strip():
        check_quotes(text, _extract(text, QUOTE_TYPES))


if __name__ == "__main__":
    run(test_one_input)
