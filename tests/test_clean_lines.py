"""Line-level tests of clean/lines.py that its speed work must keep true."""

from __future__ import annotations

import itertools
import re

import pytest

from corpustool.clean.lines import BULLET_MARKS, bullet_end, ends_sentence, kind_of, normalise

# What bullet_end finds, as the regex it replaced said it.
BULLET = re.compile(rf"^(?:[{re.escape(BULLET_MARKS)}]|o(?= \S)|\d{{1,2}}[.)](?= ))\s*")


@pytest.mark.parametrize("body", [
    "The council voted to close the library on Sundays.",
    "Will the council reopen it next year?",
    "\u201cWe had no other choice,\u201d the mayor said.",
    "The mayor said: \u201cWe had no other choice.\u201d",
    "\u201cWe had no other choice,\u201d",
    "The fund (which opened in 2019.) ",
    "He called it \u201cthe end of an era.\u201d\u00bb ",
    "\u56f3\u66f8\u9928\u306f\u65e5\u66dc\u65e5\u306b\u9589\u9928\u3057\u307e\u3059\u3002",
    "Read the full report:",
])
def test_ends_like_a_sentence(body: str) -> None:
    assert ends_sentence(body)


@pytest.mark.parametrize("body", [
    "Local news",
    "The council voted to close the library on Sundays",
    "Photo: Jane Doe (Reuters)",
    "\u201cLibrary hours\u201d",
    "\u201d",
    "",
    "   ",
])
def test_does_not_end_like_a_sentence(body: str) -> None:
    assert not ends_sentence(body)


def test_kind_follows_the_ending() -> None:
    assert kind_of("The council voted to close the library on Sundays.", 9, False) == "sentence"
    assert kind_of("Library closes on Sundays", 4, False) == "heading"
    assert kind_of("\u201cIt is a sad day,\u201d she said.", 6, False) == "short-sentence"


def test_bullet_end_agrees_with_the_bullet_pattern() -> None:
    pieces = ("", " ", "  ", "\t", "\u00a0", "o", "O", "x", "1", "12", "123", "\u0663", "\u00b2", ".", ")")
    pieces += ("-", "\u2022", "*", "a", "News")
    lines = {normalise("".join(parts)) for n in range(1, 5) for parts in itertools.product(pieces, repeat=n)}
    for line in lines:
        m = BULLET.match(line)
        assert bullet_end(line) == (m.end() if m else 0), line


def test_cjk_precheck_never_misses_a_cjk_character() -> None:
    from corpustool.clean.lines import CJK, _may_hold_cjk

    ranges = [(0x3040, 0x30FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xAC00, 0xD7AF)]
    edges = [chr(c) for first, last in ranges for c in (first - 1, first, last, last + 1)]
    for text in [*edges, "Café – “ok” …", "\ud800", "a\udfff b", "\U0001f600"]:
        assert _may_hold_cjk(text) or not CJK.search(text), repr(text)
    assert not _may_hold_cjk("Café – “ok” …")
