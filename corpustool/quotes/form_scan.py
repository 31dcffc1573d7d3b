"""Find every whole-word match of a pattern (the cue verb forms) in a stretch of text, fast.

The plain pattern, a look-behind (no word character before) + the words + a look-ahead, has to
try its look-behind at every character, since a word may follow any non-word character. Almost
every such word follows a space, though, and a pattern that opens with a literal space lets the
regex engine jump from space to space. So the same matches come from three cheaper reads:
  - the words after a space: ' (words)AFTER';
  - the words after any other character that is not a letter, digit or space (punctuation, quote
    marks, tabs, any non-ASCII character), with the look-behind's exclusions ('-said', 'ésaid')
    checked by hand on the few matches;
  - a word opening the stretch itself, by the plain pattern.
That union equals the plain scan as long as no match can start inside another one. For a word
list, that means no later word of a multi-word form ("went on") is the first word of a form;
``split_is_exact`` checks the lists for that, and the plain pattern is used if they ever break it.
"""

from __future__ import annotations

import re

from corpustool.quotes import tables


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
    ``spans`` gives what ``plain.finditer`` would; ``exact`` says the three reads may stand in
    for it (no match can start inside another)."""

    def __init__(self, body: str, not_before: str, after: str, *, exact: bool) -> None:
        self.plain = re.compile(rf"(?<![\w{re.escape(not_before)}])" + body + after)
        self.not_before = not_before
        self.exact = exact
        self.after_space = re.compile(" (" + body + ")" + after)
        self.after_other = re.compile("[^a-zA-Z0-9 ](" + body + ")" + after)

    def spans(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """(start, end) of every match in text[start:end]."""
        if not self.exact:
            return [m.span() for m in self.plain.finditer(text, start, end)]
        out: list[tuple[int, int]] = []
        opening = self.plain.match(text, start, end)
        if opening is not None:
            out.append(opening.span())
        for m in self.after_space.finditer(text, start, end):
            out.append(m.span(1))
        for m in self.after_other.finditer(text, start, end):
            before = text[m.start()]
            if not (before.isalnum() or before == "_" or before in self.not_before):
                out.append(m.span(1))
        out.sort()
        return out


def form_scan(words: frozenset[str]) -> WordScan:
    """The cue forms of a word list as whole words (tables.BEFORE_FORM ... AFTER_FORM)."""
    trie = tables.trie_regex(words)
    return WordScan(trie, tables.NOT_BEFORE_FORM, tables.AFTER_FORM, exact=split_is_exact(words))
