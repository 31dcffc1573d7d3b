"""Find every whole-word form of a word list (cue verbs) in a stretch of text, fast.

The plain pattern, BEFORE_FORM + trie + AFTER_FORM, has to try its look-behind at every
character, since a form may follow any non-word character. Almost every form follows a space,
though, and a pattern that opens with a literal space lets the regex engine jump from space to
space. So the same matches come from three cheaper reads:
  - the forms after a space: ' (trie)AFTER_FORM';
  - the forms after any other character that is not a letter, digit or space (punctuation, quote
    marks, tabs, any non-ASCII character), with the look-behind's exclusions ('-said', 'ésaid')
    checked by hand on the few matches;
  - a form opening the stretch itself, by the plain pattern.
That union equals the plain scan as long as no form can start inside another one, i.e. no later
word of a multi-word form ("went on") is the first word of a form; ``split_is_exact`` checks the
lists for that, and the plain pattern is used if they ever break it.
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


class FormScan:
    """The forms of one word list; ``spans`` gives what ``plain.finditer`` would, in order."""

    def __init__(self, words: frozenset[str]) -> None:
        trie = tables.trie_regex(words)
        self.plain = re.compile(tables.BEFORE_FORM + trie + tables.AFTER_FORM)
        self.exact = split_is_exact(words)
        self.after_space = re.compile(" (" + trie + ")" + tables.AFTER_FORM)
        self.after_other = re.compile("[^a-zA-Z0-9 ](" + trie + ")" + tables.AFTER_FORM)

    def spans(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """(start, end) of every form in text[start:end]."""
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
            if not (before.isalnum() or before == "_" or before in tables.NOT_BEFORE_FORM):
                out.append(m.span(1))
        out.sort()
        return out
