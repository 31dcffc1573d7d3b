"""Fuzz ``clean`` (text and HTML paths): never raises, and every input line is accounted for.

Input bytes are read as UTF-8 (bad bytes replaced, as the readers do); a page that starts with
``<`` goes down the HTML path, anything else the plain-text path, both with ``explain=True``.
"""

from __future__ import annotations

from _harness import instrumented, run

with instrumented():
    from robust_checks import check_clean_result

    from corpustool.clean import clean_html, clean_text


def test_one_input(data: bytes) -> None:
    source = data.decode("utf-8", errors="replace")
    html = source.lstrip().startswith("<")
    result = (clean_html if html else clean_text)(source, explain=True)
    check_clean_result(source, result, explain=True, text_path=not html)


if __name__ == "__main__":
    run(test_one_input)
