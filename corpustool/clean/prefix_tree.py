"""Join regexes into one alternation shaped as a prefix tree, so the engine skips most branches at once.

Python's engine tries the branches of an alternation one by one. A branch that opens with a literal
character (or a character class) is ruled out by one comparison when the text has another character
there, but a branch that opens with a group, as every junk rule does ("^(?:home|menu|...)\\W*$"), is
entered before it fails, and inside it each phrase is compared again: a short line that matches no
rule costs hundreds of steps. Two identities of regular expressions remove that:

    (?:a|b)c  =  ac|bc          a leading group is distributed over what follows it
    ax|ay     =  a(?:x|y)       branches opening with the same item are merged

so that every branch opens with a single item and the branches under it share it: "^(?:home|help)\\W*$"
and "^more" become "^(?:h(?:ome\\W*$|elp\\W*$)|more)", and a line starting with "z" is ruled out in a
few comparisons. The rewritten pattern matches exactly the same strings, so whether it matches a line
(the only thing the rule tables ask) is unchanged; which branch matches first may differ, so group
contents are not meaningful, and patterns with capturing groups or with constructs whose outcome
depends on branch order (atomic groups, possessive quantifiers, back-references, conditionals, inline
flags) are kept whole, as one opaque branch.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

MAX_BRANCHES = 5000  # a leading group is only distributed while an alternation stays this small
_QUANTIFIER = re.compile(r"(?:[?*+]|\{(?:\d+(?:,\d*)?|,\d+)\})\??")
_LOOKAROUNDS = ("(?:", "(?=", "(?!", "(?<=", "(?<!")
_ESCAPE_DIGITS = {"x": 2, "u": 4, "U": 8}


class Unsupported(ValueError):
    """A construct this module does not rewrite (the pattern is then kept whole)."""


class Group:
    """A parenthesised part: its opening ("(?:", "(?=", ...), its branches and its quantifier."""

    def __init__(self, opening: str, branches: list[list[Item]], quantifier: str) -> None:
        self.opening = opening
        self.branches = branches
        self.quantifier = quantifier

    def render(self) -> str:
        return f"{self.opening}{'|'.join(map(render, self.branches))}){self.quantifier}"


Item = str | Group  # str: one atom with its quantifier ("a", "\\W*", "[sz]", "$")


def render(branch: Sequence[Item]) -> str:
    return "".join(item if isinstance(item, str) else item.render() for item in branch)


def alternation(patterns: Sequence[str]) -> str:
    """One pattern matching what any of ``patterns`` matches, as a prefix tree (see module doc)."""
    branches: list[list[Item]] = []
    for pattern in patterns:
        try:
            branches.extend(_Parser(pattern).branches())
        except Unsupported:
            branches.append([f"(?:{pattern})"])
    joined = "|".join(map(render, merge(branches)))
    try:
        re.compile(joined)
    except re.error:  # a construct the parser misread: keep the patterns as they were
        return "|".join(f"(?:{p})" for p in patterns)
    return joined


def gate(pattern: str, min_chars: int = 4) -> str | None:
    """A literal that every match of ``pattern`` contains, when the pattern opens on a repeat.

    A branch opening with a repeat ("^[\\w' -]{0,40}\\bnewsletters?\\W*$") is entered by almost every
    line and scans and backtracks through its head before failing, where a branch opening with a
    literal is ruled out by one comparison. Such a pattern can only match a line holding its
    literal ("newsletter"), so testing the line for the literal first spares the engine that work.
    The literal is the longest run of at least ``min_chars`` plain characters outside groups and
    repeats; None when the pattern opens otherwise, has alternatives at its top, or has no such run.
    """
    try:
        branches = _Parser(pattern).branches()
    except Unsupported:
        return None
    if len(branches) != 1:
        return None
    items = [item for item in branches[0] if item != "^"]
    if not items or not isinstance(items[0], str) or _Parser(items[0])._single() == items[0]:
        return None  # opens on a group or a single character: the prefix tree rules it out cheaply
    runs, run = [], ""
    for item in items:
        char = _literal(item)
        if char is None:
            runs.append(run)
            run = ""
        else:
            run += char
    longest = max([*runs, run], key=len)
    return longest if len(longest) >= min_chars else None


def _literal(item: Item) -> str | None:
    """The character an unquantified atom matches when it is one literal character ("a", "\\."), else None."""
    if not isinstance(item, str):
        return None
    if len(item) == 1 and item not in ".^$":
        return item
    if len(item) == 2 and item[0] == "\\" and not item[1].isalnum():
        return item[1]
    return None


def merge(branches: list[list[Item]]) -> list[list[Item]]:
    """Distribute leading groups, then merge branches that open with the same atom, recursively."""
    firsts: dict[str, list[list[Item]]] = {}
    others: list[list[Item]] = []
    for branch in _distribute(branches):
        if branch and isinstance(branch[0], str):
            firsts.setdefault(branch[0], []).append(branch[1:])
        else:
            others.append(branch)
    merged: list[list[Item]] = []
    for first, tails in firsts.items():
        if len(tails) > 1:
            tails = merge(tails)
        if len(tails) == 1:
            merged.append([first, *tails[0]])
        else:
            merged.append([first, Group("(?:", tails, "")])
    return merged + others


def _distribute(branches: list[list[Item]]) -> list[list[Item]]:
    """(?:a|b)c -> ac|bc for each branch that opens with a plain group, while the count stays small."""
    out: list[list[Item]] = []
    todo = list(reversed(branches))
    while todo:
        branch = todo.pop()
        first = branch[0] if branch else None
        if (isinstance(first, Group) and first.opening == "(?:" and not first.quantifier
                and len(out) + len(todo) + len(first.branches) <= MAX_BRANCHES):
            todo.extend(reversed([[*inner, *branch[1:]] for inner in first.branches]))
        else:
            out.append(branch)
    return out


class _Parser:
    """Splits a pattern into branches of atoms and groups; raises :class:`Unsupported` otherwise."""

    def __init__(self, pattern: str) -> None:
        self.text = pattern
        self.pos = 0

    def branches(self) -> list[list[Item]]:
        found = self._branches()
        if self.pos != len(self.text):
            raise Unsupported(self.text)  # an unbalanced ")"
        return found

    def _branches(self) -> list[list[Item]]:
        text = self.text
        branches: list[list[Item]] = [[]]
        while self.pos < len(text) and text[self.pos] != ")":
            if text[self.pos] == "|":
                self.pos += 1
                branches.append([])
            elif text[self.pos] == "(":
                branches[-1].append(self._group())
            else:
                branches[-1].append(self._atom())
        return branches

    def _group(self) -> Group:
        text = self.text
        opening = next((o for o in _LOOKAROUNDS if text.startswith(o, self.pos)), None)
        if opening is None:
            raise Unsupported(text)  # capturing, named, atomic, conditional, inline flags, comment
        self.pos += len(opening)
        inner = self._branches()
        if self.pos >= len(text):
            raise Unsupported(text)  # unclosed
        self.pos += 1
        # Inside a lookaround the language matters too, and merging keeps it.
        return Group(opening, merge(inner), self._quantifier())

    def _atom(self) -> str:
        return self._single() + self._quantifier()

    def _single(self) -> str:
        """One character, escape or class, without its quantifier."""
        text, start = self.text, self.pos
        ch = text[start]
        if ch == "\\":
            self.pos = start + 2 + self._escape_length(start + 1)
        elif ch == "[":
            end = start + 1
            end += text.startswith("^", end)
            end += text.startswith("]", end)
            while end < len(text) and text[end] != "]":
                end += 2 if text[end] == "\\" else 1
            if end >= len(text):
                raise Unsupported(text)
            self.pos = end + 1
        elif ch in "?*+{":
            raise Unsupported(text)  # a quantifier with nothing before it, or a literal brace
        else:
            self.pos = start + 1
        return text[start:self.pos]

    def _escape_length(self, at: int) -> int:
        """Characters after the escaped one that belong to the escape (\\x41, \\u00e9, \\N{...})."""
        code = self.text[at:at + 1]
        if code.isdigit() and code != "0":
            raise Unsupported(self.text)  # a back-reference
        if code == "N":
            return self.text.index("}", at) - at
        if code == "0":  # \0 and up to two more octal digits
            return len(self.text[at + 1:at + 3]) - len(self.text[at + 1:at + 3].lstrip("01234567"))
        return _ESCAPE_DIGITS.get(code, 0)

    def _quantifier(self) -> str:
        m = _QUANTIFIER.match(self.text, self.pos)
        if m is None:
            if self.text.startswith("{", self.pos):
                raise Unsupported(self.text)  # a brace that may or may not be a quantifier
            return ""
        self.pos = m.end()
        if self.text.startswith("+", self.pos):
            raise Unsupported(self.text)  # possessive
        return m.group()
