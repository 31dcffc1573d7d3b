"""Runs of capitalised words, the only name candidates, and the whole-article scan that finds them.

A run starts with a capital: a character class, which the regex engine tests at every character
of a text it searches (30-50 instructions each, and an article is mostly not names). The
whole-article scan therefore runs the same pattern over the text's *shape*: one byte per
character (offsets kept) standing for the character's class as the pattern sees it. Every
capital is "A", the particles' letters a-z stay, every other word character is "x". Spaces and
no-break spaces are " ", other white space "\\n", periods stay, apostrophes and hyphens are "'",
and anything else is "#". The shape pattern starts with one literal byte, which the engine finds
with a tight loop, and it matches where the text pattern does: the two differ only in how
they spell each class.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from mypy_extensions import i64

# the capitals a name starts with
_UP: Final = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĖĘĚĜĞĠĢĤĨĪĮİĴĶĹĻĽŁŃŅŇŌŐŒŔŖŘŚŜŞŠŢŤŨŪŬŮŰŲŴŶŸŹŻŽ"
# a character of a name word: \w, apostrophes, hyphens. The ASCII letters, though \w has them,
# are listed so the engine finds them in its bitmap of the class before it asks \w, a Unicode
# category lookup per character
_WORD_CHAR: Final = r"[A-Za-z\w’'\-]"
# lowercase words inside a name ("Barend du Plessis", "Ludwig van Beethoven")
_PARTICLE_WORDS: Final[tuple[str, ...]] = (
    "de", "del", "della", "der", "den", "van", "von", "bin", "ibn",
    "al", "da", "di", "du", "la", "le", "dos", "das",
)
PARTICLES: Final = frozenset(_PARTICLE_WORDS)


def _run_pattern(up: str, word: str, gap: str) -> str:
    """The run pattern, given how it spells a capital, a word character and the space between words.

    A token may end in a period only when short and followed by a capital: initials and
    abbreviations ("J. Smith", "Jr.", "Sen."), not a sentence end ("Trump Taj Mahal. Roffman");
    capitals joined by periods are one token ("U.S. Attorney", "J.P. Morgan"). Up to three word
    characters are read once, then the period or the rest of the word: an alternative of its own
    for the short word with a period would read every word twice. The first capital is matched
    before the look-behind (no word character before it), so the engine skips straight to
    capitals instead of testing the look-behind everywhere. The repeats are possessive (Python
    3.11): a run ends where the next word fails, it never gives back a word or a space, so the
    engine keeps no backtracking point for each.
    """
    tail = rf"(?:(?:\.{up})+\.?|{word}{{0,3}}+(?:\.(?=\s+{up})|{word}*+))"
    particle = "(?:" + "|".join(_PARTICLE_WORDS) + ")"
    return rf"{up}(?<!{word}.){tail}(?:{gap}++(?:{up}{tail}|{particle}(?={gap}+{up})))*+"


RUN_RE: Final = re.compile(_run_pattern(f"[{_UP}]", _WORD_CHAR, r"[ \u00a0]"))
# the same over a shape, as one group for re.split: runs and the text between them alternately
_SHAPE_SPLIT_RE: Final = re.compile(("(" + _run_pattern("A", "[a-zA']", " ") + ")").encode("ascii"))

_CAPITAL_RE: Final = re.compile(f"[{_UP}]")
_SPACE_RE: Final = re.compile(r"\s")
_WORD_RE: Final = re.compile(_WORD_CHAR)


def _shape_code(ch: str) -> int:
    """The byte standing for ``ch`` in a shape: its class, as the run pattern sees it."""
    if _CAPITAL_RE.match(ch):
        return ord("A")
    if ch in " \u00a0":
        return ord(" ")
    if _SPACE_RE.match(ch):
        return ord("\n")
    if "a" <= ch <= "z" or ch == ".":
        return ord(ch)
    if _WORD_RE.match(ch):
        return ord("'") if ch in "’'-" else ord("x")
    return ord("#")


# the shape of every Latin-1 character, by code: a table for bytes.translate
_LATIN1_SHAPE: Final = bytes(_shape_code(chr(c)) for c in range(256))
_APOSTROPHE: Final = 0x2019  # "’", most of the other characters met
# the shapes of the other characters met so far ("“", "Ł", a thin space), by code
_OTHER_SHAPE: Final[dict[int, int]] = {}


def shape(text: str) -> bytes:
    """``text`` as one byte per character, each its class for the run pattern. C code encodes and
    translates the Latin-1 characters; each other one (curly quotes, dashes, "Ł"), encoded as "?",
    is then looked up on its own: an article has tens of them among thousands of characters."""
    raw = text.encode("latin-1", "replace")
    shaped = raw.translate(_LATIN1_SHAPE)
    # the stretches between question marks, from one split in C (a find per mark is an
    # interpreted method call in the compiled build): their lengths place the marks
    parts = raw.split(b"?")
    if len(parts) == 1:
        return shaped
    patched = bytearray(shaped)
    q: i64 = -1
    for k in range(len(parts) - 1):
        q += len(parts[k]) + 1
        c = ord(text[q])
        if c > 255:
            if c == _APOSTROPHE:
                patched[q] = 39
            else:
                code = _OTHER_SHAPE.get(c)
                if code is None:
                    code = _OTHER_SHAPE[c] = _shape_code(chr(c))
                patched[q] = code
    return bytes(patched)


def run_pieces(shaped: bytes) -> list[bytes]:
    """``RUN_RE.split`` of the text with the runs as one group (the text between runs and the
    runs, alternately, starting and ending with the former), over its shape: the pieces' lengths
    place each run in the text."""
    return _SHAPE_SPLIT_RE.split(shaped)
