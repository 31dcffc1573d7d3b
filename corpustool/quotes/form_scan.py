"""Find every whole-word match of a pattern (the cue verb forms) in a stretch of text, fast.

The plain pattern, a look-behind (no word character before) + the words + a look-ahead, has to
try its look-behind at every character, and its word list at every space: hundreds of
instructions per word of text. Yet a match can only start where a lower-case ASCII word
starts that is the first word of a form, and that word is a whole word of the stretch (a
non-word character before it, none of a-z after it). So the stretch is read off the article's
shape (name_runs.article_shape: one byte per character, offsets kept, whose a-z are exactly
the text's; or, for a text not shaped, the stretch blanked to its a-z words by C code) and
walked word by word; a word is cut out and looked up among the first words of forms only if its
first two letters, its last letter and its length are those of one (about 1 word in 12), and
where it is one the forms are compared (the longest that fits first, as the pattern's trie takes
it), with the pattern's look-behind and look-ahead tested on the characters around them.
(``bytes.split`` and a set intersection made and hashed an object for every word, 40% more
instructions.)

The matches tried one by one equal the plain scan as long as no match can start inside another
one. For a word list, that means no later word of a multi-word form ("went on") is the first
word of a form; ``split_is_exact`` checks the lists for that, and the plain pattern is used if
they ever break it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from corpustool.quotes import tables
from corpustool.quotes.chars import is_word_char
from corpustool.quotes.name_runs import known_shape

if TYPE_CHECKING:
    # a machine integer in the compiled build (plain int otherwise): the scan below steps over
    # every character, and a plain int is checked at each step for being a boxed big number
    from mypy_extensions import i64


def split_is_exact(words: frozenset[str]) -> bool:
    """Forms are lower-case words joined by single spaces, the first of two letters or more (the
    scan rules words out by their first two letters), and no later word of one starts a form."""
    firsts = set()
    later = set()
    for form in words:
        parts = form.split(" ")
        if len(parts[0]) < 2 or not all(p.isalpha() and p.islower() and p.isascii() for p in parts):
            return False
        firsts.add(parts[0])
        later.update(parts[1:])
    return not firsts & later


# every byte but a-z becomes a space: what lower_words leaves of a text
_ONLY_LOWER: Final = bytes(c if 97 <= c <= 122 else 32 for c in range(256))


def lower_words(text: str) -> bytes:
    """``text`` with every character but a-z turned into a space, one byte per character (so the
    offsets stay): its lower-case ASCII words, for a text whose shape is not made."""
    return text.encode("latin-1", "replace").translate(_ONLY_LOWER)


class WordScan:
    """Every match, in order, of a pattern for whole words: one of ``forms`` with no word
    character and none of ``not_before`` right before it, and none of ``not_after`` right after
    it. ``spans`` gives what ``plain.finditer`` would; ``exact`` says the matches may be tried
    one by one where the first words of ``forms`` stand (no match can start inside another)."""

    def __init__(
        self, body: str, not_before: str, not_after: str, forms: frozenset[str], *, exact: bool
    ) -> None:
        self.plain = re.compile(
            rf"(?<![\w{re.escape(not_before)}])" + body + rf"(?![\w{re.escape(not_after)}])"
        )
        self.not_before = not_before
        self.not_after = not_after
        # what _joins says of each ASCII character, by code, for either side of a form
        self.before_ascii = [_joins(chr(c), not_before) for c in range(128)]
        self.after_ascii = [_joins(chr(c), not_after) for c in range(128)]
        self.exact = exact
        # the forms under their first word, as bytes (the shape spells a-z as ASCII), longest first
        by_first: dict[bytes, list[str]] = {}
        for form in sorted(forms, key=len, reverse=True) if exact else ():
            by_first.setdefault(form.split(" ")[0].encode("ascii"), []).append(form)
        self.by_first = by_first
        # the lengths of the first words (a bit each) by their first two letters and their last (a
        # number below 26 ** 3): they rule out most words of a text before one is cut out and
        # looked up (the first two letters alone let four times as many through)
        lengths = [0] * (26 * 26 * 26)
        for first in by_first:
            lengths[_letters_key(first[0], first[1], first[-1])] |= 1 << len(first)
        self.lengths = lengths

    def spans(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """(start, end) of every match in text[start:end]."""
        return [(pos, pos + len(form)) for pos, form in self.matches(text, start, end)]

    def matches(self, text: str, start: int, end: int) -> list[tuple[int, str]]:
        """(start, form) of every match in text[start:end]: the form is the text matched, given as
        the stored string (a caller looking it up in a set of forms finds its hash kept, where a
        slice of the text would be cut out and hashed)."""
        if not self.exact:
            return [(m.start(), m.group()) for m in self.plain.finditer(text, start, end)]
        # the a-z of the stretch, each other character a byte out of a-z, at ``base + k``
        shaped = known_shape(text)
        base: i64 = 0
        k: i64 = start
        # typed bytes, not optional: the compiled build then indexes it natively
        words: bytes
        if shaped is None:
            words = lower_words(text[start:end])
            base = start
            k = 0
        else:
            words = shaped
        size: i64 = min(end - base, len(words))
        by_first, lengths = self.by_first, self.lengths
        out: list[tuple[int, str]] = []
        while k < size:
            if not 97 <= words[k] <= 122:
                k += 1
                continue
            j: i64 = k + 1
            while j < size and 97 <= words[j] <= 122:
                j += 1
            # words[k:j] is a whole a-z word of the stretch
            n = j - k
            if n > 1 and lengths[_letters_key(words[k], words[k + 1], words[j - 1])] >> n & 1:
                forms = by_first.get(words[k:j])
                pos = base + k
                # with no word character (nor a sign) right before it
                if forms is not None and (
                    pos == 0 or not _joins_at(text, pos - 1, self.before_ascii, self.not_before)
                ):
                    found = self._form_at(text, pos, base + j, end, forms)
                    if found:
                        out.append((pos, found))
            k = j
        return out

    def _form_at(self, text: str, pos: int, stop: int, end: int, forms: list[str]) -> str:
        """The longest of ``forms`` (longest first) standing at ``pos``, with no word character nor
        one of ``not_after`` after it before ``end``; "" when none does. The word at ``pos`` ends
        at ``stop``: a form that ends there is that word, so is there already (text.startswith
        with a position is an interpreted call)."""
        for form in forms:
            k = pos + len(form)
            if (
                k <= end
                and (k == stop or text.startswith(form, pos))
                and (k == end or not _joins_at(text, k, self.after_ascii, self.not_after))
            ):
                return form
        return ""


def _letters_key(first: i64, second: i64, last: i64) -> i64:
    """The place of a word of two letters or more among 26 ** 3, by the codes of its first two
    letters and its last (each a-z); machine integers, as it is asked of every word of a scan."""
    return ((first - 97) * 26 + second - 97) * 26 + last - 97


def _joins_at(text: str, i: int, ascii_joins: list[bool], signs: str) -> bool:
    """``_joins(text[i], signs)``, an ASCII character answered from ``ascii_joins`` by its code (as
    nearly every character around a form is): no one-character string, no method call."""
    c = ord(text[i])
    if c < 128:
        return ascii_joins[c]
    return _joins(text[i], signs)


def _joins(ch: str, signs: str) -> bool:
    """``ch`` is a word character of the pattern (\\w: alphanumeric or "_") or one of ``signs``."""
    return is_word_char(ch) or ch in signs


def form_scan(words: frozenset[str]) -> WordScan:
    """The cue forms of a word list as whole words (none of tables.NOT_BEFORE_FORM before them,
    none of tables.NOT_AFTER_FORM after them)."""
    trie = tables.trie_regex(words)
    return WordScan(trie, tables.NOT_BEFORE_FORM, tables.NOT_AFTER_FORM, words, exact=split_is_exact(words))
