"""Tests of one character (or of none) that the compiled build runs natively.

str.isupper, str.islower and str.isalpha are interpreted method calls in the compiled build,
a few hundred instructions each, and the rules ask them of single characters tens of thousands
of times an article ("does the word open with a capital?"). An ASCII character is decided by
its code, any other by the method, so the answer is always the method's.
"""

from __future__ import annotations

from collections.abc import Iterable


def is_upper(ch: str) -> bool:
    """``ch.isupper()`` for a string of at most one character."""
    if len(ch) == 1 and ord(ch) < 128:
        return 65 <= ord(ch) <= 90
    return ch.isupper()


def is_lower(ch: str) -> bool:
    """``ch.islower()`` for a string of at most one character."""
    if len(ch) == 1 and ord(ch) < 128:
        return 97 <= ord(ch) <= 122
    return ch.islower()


def is_alpha(ch: str) -> bool:
    """``ch.isalpha()`` for a string of at most one character."""
    if len(ch) == 1 and ord(ch) < 128:
        return 65 <= ord(ch) <= 90 or 97 <= ord(ch) <= 122
    return ch.isalpha()


def is_word_char(ch: str) -> bool:
    """What a regex's \\w is: a letter, a digit or the underscore (False for the empty string)."""
    return ch.isalnum() or ch == "_"


def ascii_letter_at(text: str, i: int) -> bool:
    """``text[i]`` is one of A-Z, a-z: told by its code, without the one-character string
    ``text[i]`` (a walk over a word asks it of every letter)."""
    c = ord(text[i])
    return 65 <= c <= 90 or 97 <= c <= 122


def space_at(text: str, i: int) -> bool:
    """``text[i].isspace()``; an ASCII character told by its code (tab to carriage return, the
    separators 0x1C-0x1F, space), without the one-character string."""
    c = ord(text[i])
    if c < 128:
        return c == 32 or 9 <= c <= 13 or 28 <= c <= 31
    return text[i].isspace()


def nonspace_end(text: str, start: int, end: int) -> int:
    """Where the whitespace-free word opening at ``start`` ends (at most ``end``): a walk over it,
    which costs less than slicing and splitting the rest of the stretch."""
    k = start
    while k < end and not space_at(text, k):
        k += 1
    return k


def letter_at(text: str, i: int) -> int:
    """Where ``text[i]``, lower-cased, stands in a-z (0-25) when it is an ASCII letter; -1 for any
    other character. Told by its code: a word is matched against a lower-case list by its letters
    without the string cut out and lower-cased."""
    c = ord(text[i]) | 32
    return c - 97 if 97 <= c <= 122 else -1


def letter_pairs(pairs: Iterable[str]) -> list[bool]:
    """Which pairs of lower-case ASCII letters occur in ``pairs``, by place (26 * first + second):
    looked up with letter_at, where the words of a text are not cut out."""
    table = [False] * (26 * 26)
    for pair in pairs:
        if not (len(pair) == 2 and pair.isascii() and pair.isalpha() and pair.islower()):
            raise ValueError(f"not two lower-case ASCII letters: {pair!r}")
        table[(ord(pair[0]) - 97) * 26 + ord(pair[1]) - 97] = True
    return table
