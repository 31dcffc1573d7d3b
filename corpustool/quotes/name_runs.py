"""Runs of capitalised words, the only name candidates, and the whole-article scan that finds them.

A run starts with a capital: a character class, which the regex engine tests at every character
of a text it searches (30-50 instructions each, and an article is mostly not names), and
``re.split`` then spends about a thousand instructions on each run it cuts out. The
whole-article scan therefore reads the text's *shape* instead: one byte per character (offsets
kept) standing for the character's class as the run pattern sees it. Every capital is "A", the
particles' letters a-z stay, every other word character is "0"; spaces and no-break spaces are
" ", other white space "\\n", periods stay, apostrophes and hyphens are "'", anything else "#".
Over so few classes the pattern is a short walk, done natively in the compiled build
(``next_run``, ``end_of_run``); a test holds it to ``RUN_RE`` on real and random text. The
shape's a-z are exactly the text's lower-case ASCII letters, so the cue scan reads its words
off the same bytes (form_scan); both get the article's shape from one cache
(``article_shape``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from corpustool.quotes.article_cache import ArticleIndex, LatestArticle

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
# the particles as the shape spells them, and the first letters they start with
_PARTICLE_SHAPES: Final = frozenset(w.encode("ascii") for w in _PARTICLE_WORDS)
_PARTICLE_FIRSTS: Final = frozenset(w.encode("ascii")[0] for w in _PARTICLE_WORDS)

_CAPITAL_RE: Final = re.compile(f"[{_UP}]")
_SPACE_RE: Final = re.compile(r"\s")
_WORD_RE: Final = re.compile(_WORD_CHAR)


# the shape's bytes
_CAPITAL: Final = 65  # "A"
_GAP: Final = 32  # " ": a space or a no-break space, between the words of a run
_BREAK: Final = 10  # "\n": any other white space
_PERIOD: Final = 46
_JOINER: Final = 39  # "'": an apostrophe or a hyphen, a word character of a name
_OTHER_WORD: Final = 48  # "0": any other word character (a digit, "_", "é", "ğ")


def _shape_code(ch: str) -> int:
    """The byte standing for ``ch`` in a shape: its class, as the run pattern sees it."""
    if _CAPITAL_RE.match(ch):
        return _CAPITAL
    if ch in " \u00a0":
        return _GAP
    if _SPACE_RE.match(ch):
        return _BREAK
    if "a" <= ch <= "z" or ch == ".":
        return ord(ch)
    if _WORD_RE.match(ch):
        return _JOINER if ch in "’'-" else _OTHER_WORD
    return ord("#")


# the shape of every Latin-1 character, by code: a table for bytes.translate
_LATIN1_SHAPE: Final = bytes(_shape_code(chr(c)) for c in range(256))
_APOSTROPHE: Final = 0x2019  # "’", most of the other characters met
# the shapes of other characters met ("“", "Ł", a thin space), by code, up to a bound
_OTHER_SHAPE: Final[dict[int, int]] = {}
_OTHER_SHAPES_KEPT: Final = 4096


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
                patched[q] = _JOINER
            else:
                code = _OTHER_SHAPE.get(c)
                if code is None:
                    code = _shape_code(chr(c))
                    if len(_OTHER_SHAPE) < _OTHER_SHAPES_KEPT:
                        _OTHER_SHAPE[c] = code
                patched[q] = code
    return bytes(patched)


class _ArticleShape(ArticleIndex):
    """The shape of one article, kept while it is read."""

    __slots__ = ("shaped",)

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.shaped = shape(text)


_SHAPES: Final = LatestArticle(_ArticleShape)


def article_shape(text: str) -> bytes:
    """``shape(text)``, made once for the article being read: the cast of names and the cue scan
    both read it."""
    return _SHAPES.get(text).shaped


def known_shape(text: str) -> bytes | None:
    """``article_shape(text)`` if it is made already, else None: a scan of a few lines of some
    other text (an edited copy of the article) reads them alone instead of shaping it whole."""
    found = _SHAPES.known(text)
    return found.shaped if found is not None else None


def next_run(shaped: bytes, k: i64, stop: i64) -> i64:
    """Where the next run opens at or after ``k`` (``stop`` when none does before it): at a
    capital with no word character before it (the pattern's look-behind). With ``end_of_run``, it
    walks the runs ``RUN_RE.finditer`` finds in the text, off its shape."""
    while k < stop:
        if shaped[k] == _CAPITAL and (k == 0 or not _is_word(shaped[k - 1])):
            return k
        k += 1
    return stop


def end_of_run(shaped: bytes, k: i64, stop: i64) -> i64:
    """Where the run opening with the capital at ``k`` ends, the shape read up to ``stop``: its
    first word, then each further word (or particle before a capital) after spaces."""
    end = _word_end(shaped, k + 1, stop)
    while True:
        j = end
        while j < stop and shaped[j] == _GAP:
            j += 1
        if j in (end, stop):
            return end
        if shaped[j] == _CAPITAL:
            end = _word_end(shaped, j + 1, stop)
            continue
        # a particle: a whole lower-case word of the list, then spaces and a capital
        p = j
        while p < stop and 97 <= shaped[p] <= 122:
            p += 1
        if not (
            p < stop
            and shaped[p] == _GAP
            and shaped[j] in _PARTICLE_FIRSTS
            and 2 <= p - j <= 5
            and shaped[j:p] in _PARTICLE_SHAPES
        ):
            return end
        q = p
        while q < stop and shaped[q] == _GAP:
            q += 1
        if q == stop or shaped[q] != _CAPITAL:
            return end
        end = p


def _word_end(shaped: bytes, k: i64, stop: i64) -> i64:
    """Where a name word ends whose capital is right before ``k``: capitals joined by periods
    ("U.S.", "J.P."), or up to three word characters and a period before white space and a
    capital ("Sen. John", "A. Smith"), or the rest of its word characters."""
    if k + 1 < stop and shaped[k] == _PERIOD and shaped[k + 1] == _CAPITAL:
        k += 2
        while k + 1 < stop and shaped[k] == _PERIOD and shaped[k + 1] == _CAPITAL:
            k += 2
        return k + 1 if k < stop and shaped[k] == _PERIOD else k
    n: i64 = 0
    while n < 3 and k < stop and _is_word(shaped[k]):
        k += 1
        n += 1
    if k < stop and shaped[k] == _PERIOD:
        j = k + 1
        while j < stop and (shaped[j] == _GAP or shaped[j] == _BREAK):
            j += 1
        return k + 1 if k + 1 < j < stop and shaped[j] == _CAPITAL else k
    while k < stop and _is_word(shaped[k]):
        k += 1
    return k


def _is_word(code: i64) -> bool:
    """A word character's byte in a shape: a capital, a-z, an apostrophe or hyphen, another."""
    return code in (_CAPITAL, _JOINER, _OTHER_WORD) or 97 <= code <= 122


def run_spans(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The spans of ``RUN_RE.finditer(text, lo, hi)``: walked off the article's shape when
    ``text`` is the article (the pattern costs thousands of instructions a window, and a match
    object and ``group()`` per run), by the pattern when it is some other string."""
    shaped = known_shape(text)
    if shaped is None:
        return [m.span() for m in RUN_RE.finditer(text, lo, hi)]
    spans: list[tuple[int, int]] = []
    hi = min(hi, len(text))  # the bounds the pattern would clamp
    at = next_run(shaped, max(lo, 0), hi)
    while at < hi:
        end = end_of_run(shaped, at, hi)
        spans.append((at, end))
        at = next_run(shaped, end, hi)
    return spans


def run_end_at(text: str, i: int, hi: int) -> int:
    """Where the run ``RUN_RE.match(text, i, hi)`` finds ends, -1 when none opens at ``i``: off the
    article's shape when ``text`` is the article, as ``run_spans``."""
    shaped = known_shape(text)
    if shaped is None:
        m = RUN_RE.match(text, i, hi)
        return m.end() if m is not None else -1
    hi = min(hi, len(text))
    return end_of_run(shaped, i, hi) if 0 <= i < hi and next_run(shaped, i, i + 1) == i else -1
