"""Find every whole-word match of a pattern (the cue verb forms) in a stretch of text, fast.

The plain pattern, a look-behind (no word character before) + the words + a look-ahead, has to
try its look-behind at every character, and its word list at every space: hundreds of
instructions per word of text. Yet a match can only start where a lower-case ASCII word
starts that is the first word of a form, and that word is a whole word of the stretch (a
non-word character before it, none of a-z after it). So the stretch is blanked to its a-z
words by C code (one byte per character, offsets kept), ``bytes.split`` lists them, a set
intersection keeps the first words of forms among them, and the pattern is tried only where
those words stand.

The matches tried one by one equal the plain scan as long as no match can start inside another
one. For a word list, that means no later word of a multi-word form ("went on") is the first
word of a form; ``split_is_exact`` checks the lists for that, and the plain pattern is used if
they ever break it.
"""

from __future__ import annotations

import re
from typing import Final

from corpustool.quotes import tables

# every byte but a-z becomes a space: what lower_words leaves of a text
_ONLY_LOWER: Final = bytes(c if 97 <= c <= 122 else 32 for c in range(256))


def lower_words(text: str) -> bytes:
    """``text`` with every character but a-z turned into a space, one byte per character (so the
    offsets stay): its lower-case ASCII words, ready for ``bytes.split`` and ``bytes.find``."""
    return text.encode("latin-1", "replace").translate(_ONLY_LOWER)


def split_is_exact(words: frozenset[str]) -> bool:
    """Forms are lower-case words joined by single spaces, and no later word of one starts a form."""
    firsts = set()
    later = set()
    for form in words:
        parts = form.split(" ")
        if not all(p.isalpha() and p.islower() and p.isascii() for p in parts):
            return False
        firsts.add(parts[0])
        later.update(parts[1:])
    return not firsts & later


class WordScan:
    """Every match, in order, of a pattern for whole words: ``body`` with no word character and
    none of ``not_before`` right before it, ``after`` (a look-ahead or boundary) after it.
    ``spans`` gives what ``plain.finditer`` would; ``exact`` says the matches may be tried one
    by one where the first words of ``forms`` stand (no match can start inside another)."""

    def __init__(self, body: str, not_before: str, after: str, forms: frozenset[str], *, exact: bool) -> None:
        self.plain = re.compile(rf"(?<![\w{re.escape(not_before)}])" + body + after)
        self.exact = exact
        # the first word of each form, spelled as lower_words spells it
        self.firsts = frozenset(f.split(" ")[0].encode("ascii") for f in forms) if exact else frozenset()

    def spans(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """(start, end) of every match in text[start:end]."""
        if not self.exact:
            return [m.span() for m in self.plain.finditer(text, start, end)]
        words = lower_words(text[start:end])
        out: list[tuple[int, int]] = []
        for first in self.firsts.intersection(words.split()):
            n = len(first)
            i = words.find(first)
            while i >= 0:
                j = i + n
                # a whole word of the stretch: the pattern's look-behind checks what stands before it
                if (i == 0 or words[i - 1] == 32) and (j == len(words) or words[j] == 32):
                    m = self.plain.match(text, start + i, end)
                    if m is not None:
                        out.append(m.span())
                i = words.find(first, j)
        out.sort()
        return out


def form_scan(words: frozenset[str]) -> WordScan:
    """The cue forms of a word list as whole words (tables.BEFORE_FORM ... AFTER_FORM)."""
    trie = tables.trie_regex(words)
    return WordScan(trie, tables.NOT_BEFORE_FORM, tables.AFTER_FORM, words, exact=split_is_exact(words))
