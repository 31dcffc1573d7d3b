"""Load the rule tables in ``rules/`` once: junk phrases for lines, DOM cues for HTML.

Rules are data so that an editor can add a phrase without reading code; this module only turns
the rows into compiled regexes (one alternation per reason, so a line costs one search per reason).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from corpustool.clean.prefix_tree import alternation, gate


@dataclass(frozen=True)
class LineRule:
    """All junk patterns of one reason that share a word limit and barrier flag."""

    reason: str
    max_words: int
    barrier: bool
    triggers: frozenset[str] | None  # None: always try
    patterns: tuple[str, ...]  # the rows' patterns, in table order
    regex: re.Pattern[str]  # any of them (a prefix tree: only whether it matches is meaningful)
    anchored: bool  # every pattern starts with ^


@dataclass(frozen=True)
class Tier:
    """The anchored ungated rules that allow a line of some length, in table order, and one
    alternation of them all, shaped as a prefix tree (``prefix_tree.py``) so that a line costs a few
    steps per rule it might match, not per phrase of every rule. It has no groups (they make every
    branch several times dearer to try); on the few lines it matches, ``naming`` (the rules in table
    order, one group each) says which rule comes first.

    A rule that opens on a repeat is entered by almost every line; when each of its patterns holds a
    literal (``prefix_tree.gate``) it is left out of ``regex`` and tried, in ``full``, only on lines
    holding one of the ``gates``: the verdict is the same, since it cannot match any other line."""

    regex: re.Pattern[str]  # the rules that are not gated
    rules: tuple[LineRule, ...]
    naming: re.Pattern[str]
    gates: tuple[str, ...]  # the gated rules' literals
    full: re.Pattern[str]  # all the rules


@dataclass(frozen=True)
class RuleIndex:
    """Rules arranged for speed: anchored ungated rules in one regex per word limit, the rest gated.

    A gated rule is looked up from the line's trigger words (``by_word``; ``by_ascii_word`` for the
    bytes words ``lines.ASCII_WORDS`` splits an ASCII line into) and the symbols it contains
    (``by_symbol``, found as substrings). A line split as if it were ASCII looks up its other words
    ("comentários") as substrings too (``by_substring``). Each lookup gives a set of rules as a bit
    mask of their positions in ``others`` (bit i: ``others[i]``): a line ORs the masks of what it
    holds, and the lowest set bit is the first rule in table order, with no set built or sorted.
    """

    max_words: int  # the largest word limit of any rule
    others: tuple[LineRule, ...]
    ungated: int  # mask of the rules in ``others`` tried on every line
    # word count -> the tier of rules allowing that many words (None: no anchored rule does), so
    # a long line is only tried against the rules that may fire on it.
    by_words: tuple[Tier | None, ...]
    symbols: frozenset[str]  # triggers that are not words ("(", "©")
    by_word: dict[str, int]  # trigger word -> mask of its rules in ``others``
    by_ascii_word: dict[bytes, int]
    # word count -> (" word ", mask) for each ASCII trigger word of a rule allowing that many words,
    # masked to those rules, when they are fewer than the words; else None. A line its caller has
    # not split into words yet then looks each of them up in its spaced ASCII words instead of
    # splitting it and looking each word up in ``by_ascii_word``.
    ascii_needles: tuple[tuple[tuple[str, int], ...] | None, ...]
    by_symbol: tuple[tuple[str, int], ...]
    by_ascii_symbol: tuple[tuple[str, int], ...]
    by_substring: tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class DomCues:
    """Class/id regex per reason, and tag name -> reason."""

    attr: tuple[tuple[str, re.Pattern[str]], ...]
    tags: dict[str, str]
    embed: re.Pattern[str]  # the "content" rows: embedded posts that clear cues
    any_attr: re.Pattern[str]  # every attr pattern at once: most elements match none


def words(text: str) -> frozenset[str]:
    """A set of space-separated words: compact to write for tag and filler-word lists."""
    return frozenset(text.split())


def _rows(name: str) -> list[list[str]]:
    text = resources.files("corpustool.clean").joinpath("rules", name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append(line.split("\t"))
    return rows[1:]  # first non-comment row is the header


@lru_cache(maxsize=1)
def line_rules() -> tuple[LineRule, ...]:
    """Junk-line rules grouped by (reason, max_words, barrier, triggers), in table order.

    Patterns are compiled without IGNORECASE and matched against the lower-cased line: Python's
    regex engine is several times faster that way.
    """
    groups: dict[tuple[str, int, bool, str, bool], list[str]] = {}
    for reason, max_words, barrier, triggers, pattern in _rows("junk_lines.tsv"):
        anchored = pattern.startswith("^") and _single(pattern)
        groups.setdefault((reason, int(max_words), barrier == "1", triggers, anchored), []).append(pattern)
    return tuple(
        LineRule(
            reason,
            max_words,
            barrier,
            None if triggers == "*" else frozenset(triggers.split(",")),
            tuple(patterns),
            re.compile(alternation(patterns)),
            anchored,
        )
        for (reason, max_words, barrier, triggers, anchored), patterns in groups.items()
    )


def _single(pattern: str) -> bool:
    """True when a pattern is anchored as a whole (no top-level ``|`` that escapes the ``^``)."""
    depth, escaped, in_class = 0, False, False
    for ch in pattern:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            return False
    return True


@lru_cache(maxsize=1)
def rule_index() -> RuleIndex:
    """Alternations of the anchored rules (a line costs one match for all that may fire on it)."""
    fast = [r for r in line_rules() if r.anchored and r.triggers is None and r.regex.groups == 0]
    others = tuple(r for r in line_rules() if r not in fast)
    by_trigger: dict[str, int] = {}
    for i, rule in enumerate(others):
        for word in rule.triggers or ():
            by_trigger[word] = by_trigger.get(word, 0) | 1 << i
    triggers = dict(sorted(by_trigger.items()))
    # The tiers share their rules (each holds every rule allowing its word count): gates are found once.
    gates = {pattern: gate(pattern) for rule in fast for pattern in rule.patterns}
    gated = {rule for rule in fast if all(gates[pattern] for pattern in rule.patterns)}
    tiers = []
    for limit in sorted({rule.max_words for rule in fast}):
        rules = tuple(rule for rule in fast if rule.max_words >= limit)
        patterns = [pattern for rule in rules for pattern in rule.patterns]
        ungated = [pattern for rule in rules if rule not in gated for pattern in rule.patterns]
        full = re.compile(alternation(patterns))
        if len(ungated) == len(patterns):
            regex = full  # no rule of this tier is gated: one alternation serves both
        else:
            regex = re.compile(alternation(ungated) if ungated else "(?!)")
        naming = re.compile("|".join(f"({rule.regex.pattern})" for rule in rules))
        tiers.append((limit, Tier(
            regex=regex,
            rules=rules,
            naming=naming,
            gates=tuple(sorted({
                literal for rule in rules if rule in gated for p in rule.patterns if (literal := gates[p])
            })),
            full=full,
        )))
    max_words = max(rule.max_words for rule in line_rules())
    symbols = frozenset(t for t in triggers if not re.fullmatch(r"\w+", t))
    by_symbol = tuple((t, v) for t, v in triggers.items() if t in symbols)
    by_ascii_word = {t.encode(): v for t, v in triggers.items() if t.isascii() and t not in symbols}
    return RuleIndex(
        max_words=max_words,
        others=others,
        ungated=sum(1 << i for i, rule in enumerate(others) if rule.triggers is None),
        by_words=tuple(next((t for limit, t in tiers if limit >= n), None) for n in range(max_words + 1)),
        symbols=symbols,
        by_word={t: v for t, v in triggers.items() if t not in symbols},
        by_ascii_word=by_ascii_word,
        ascii_needles=tuple(_needles(by_ascii_word, others, n) for n in range(max_words + 1)),
        by_symbol=by_symbol,
        by_ascii_symbol=tuple((t, v) for t, v in by_symbol if t.isascii()),
        by_substring=tuple((t, v) for t, v in triggers.items() if t in symbols or not t.isascii()),
    )


def _needles(by_ascii_word: dict[bytes, int], others: tuple[LineRule, ...],
             words: int) -> tuple[tuple[str, int], ...] | None:
    """The ASCII trigger words a line of ``words`` words may need (see ``RuleIndex.ascii_needles``)."""
    allowed = sum(1 << i for i, rule in enumerate(others) if rule.max_words >= words)
    needles = tuple(
        (f" {word.decode()} ", rules & allowed) for word, rules in by_ascii_word.items() if rules & allowed
    )
    return needles if len(needles) < words else None


@lru_cache(maxsize=1)
def dom_cues() -> DomCues:
    """DOM cue table: attribute regexes per reason and tag names."""
    attr: dict[str, list[str]] = {}
    tags: dict[str, str] = {}
    for reason, kind, pattern in _rows("dom_cues.tsv"):
        if kind == "tag":
            tags[pattern] = reason
        else:
            attr.setdefault(reason, []).append(pattern)
    return DomCues(
        attr=tuple((r, re.compile("|".join(f"(?:{p})" for p in ps))) for r, ps in attr.items()),
        tags=tags,
        embed=re.compile("|".join(f"(?:{p})" for p in attr.get("content", ["(?!)"]))),
        any_attr=re.compile("|".join(f"(?:{p})" for ps in attr.values() for p in ps) or "(?!)"),
    )
