"""The prefix-tree alternation matches exactly what its patterns match (clean/prefix_tree.py)."""

from __future__ import annotations

import random
import re

import pytest

from corpustool.clean.lines import _tier_regex
from corpustool.clean.prefix_tree import alternation, gate
from corpustool.clean.rules import _rows, rule_index


def _same(patterns: list[str], texts: list[str]) -> None:
    plain = re.compile("|".join(f"(?:{p})" for p in patterns))
    tree = re.compile(alternation(patterns))
    for text in texts:
        assert bool(tree.match(text)) == bool(plain.match(text)), (patterns, text)
        assert bool(tree.search(text)) == bool(plain.search(text)), (patterns, text)


def test_shares_prefixes_and_keeps_what_matches() -> None:
    patterns = [r"^(?:home|help|menu)\W*$", r"^more (?!than\b)\w+$", r"^(?:share|share this)\s*:"]
    joined = alternation(patterns)
    assert joined.startswith("^(?:")  # one anchor for all three rules
    assert "h(?:" in joined  # home and help share their first letter
    _same(patterns, ["home", "help!", "homes", "menu »", "more news", "more than", "share this: x",
                     "share:", "sharez:", "hel", "", "zzz"])


def test_patterns_it_cannot_rewrite_are_kept_whole() -> None:
    for pattern in [r"(a)|b", r"(\w)\1", r"(?i:home)", r"a++b", r"(?>ab|a)b", r"x{,}"]:
        assert alternation([pattern]) == f"(?:{pattern})"


def _random_pattern(rng: random.Random, depth: int = 0) -> str:
    items = []
    for _ in range(rng.randint(1, 4)):
        roll = rng.random()
        if roll < 0.45:
            item = rng.choice("abc ")
        elif roll < 0.55:
            item = rng.choice([r"\b", "^", "$", r"\W", r"\d", "[ab]", "[^a]", "."])
        elif roll < 0.7 and depth < 3:
            opening = rng.choice(["(?:", "(?:", "(?:", "(?=", "(?!", "(?<!"])
            branches = [_random_pattern(rng, depth + 1) for _ in range(rng.randint(1, 3))]
            if opening == "(?<!":
                branches = ["".join(rng.choice("ab") for _ in range(2)) for _ in branches]
            item = f"{opening}{'|'.join(branches)})"
        else:
            item = rng.choice("ab")
        if rng.random() < 0.2 and item not in (r"\b", "^", "$") and not item.startswith("(?=", 0):
            item += rng.choice(["?", "*", "+", "{1,2}", "??"])
        items.append(item)
    return "".join(items)


def test_random_patterns_match_the_same_strings() -> None:
    rng = random.Random(7)
    texts = ["".join(rng.choice("abc 1") for _ in range(rng.randint(0, 7))) for _ in range(300)]
    for _ in range(300):
        _same([_random_pattern(rng) for _ in range(rng.randint(1, 4))], texts)


@pytest.mark.parametrize(("table", "column"), [("junk_lines.tsv", 4), ("dom_cues.tsv", 2)])
def test_rule_tables_match_the_same_lines(table: str, column: int) -> None:
    """Every row, alone and all together, on lines made of the tables' own words (so that many of
    them match some rule, and many almost do)."""
    patterns = [row[column] for row in _rows(table)]
    words = sorted({w for p in patterns for w in re.findall(r"[^\W\d_]{2,}", p)})
    rng = random.Random(11)
    texts = [
        "".join(rng.choice([*words, *words, " ", " ", ":", "»", "(", ")", ", ", "-", "2", "12 ", "©"])
                for _ in range(rng.randint(1, 6)))
        for _ in range(3000)
    ]
    for pattern in patterns:
        _same([pattern], texts)
    _same(patterns, texts)


def test_gate_is_the_literal_of_a_pattern_opening_on_a_repeat() -> None:
    assert gate(r"^[\w'’&. -]{0,40}\bnewsletters?\W*$") == "newsletter"
    assert gate(r"^.{0,20}\(c\) \d{4}") == "(c) "  # escaped characters are literals too
    assert gate(r"^newsletters?\W*$") is None  # opens on a letter: the prefix tree rules it out at once
    assert gate(r"^(?:home|menu)\W*$") is None  # opens on a group, distributed into the tree
    assert gate(r"^\w+ (?:a|b)$") is None  # no literal outside groups and repeats
    assert gate(r"^\w* news|letter") is None  # an alternative at the top need not hold it
    assert gate(r"^\w*new") is None  # too short to be worth a test


def test_gated_tiers_match_the_lines_their_full_alternation_matches() -> None:
    """A tier left without its gated rules unless the line holds their literal matches exactly the
    lines that all its rules together match: on lines made of the table's words, gated ones included."""
    tiers = {id(tier): tier for tier in rule_index().by_words if tier is not None}.values()
    assert any(tier.gates for tier in tiers)
    words = sorted({w for row in _rows("junk_lines.tsv") for w in re.findall(r"[^\W\d_]{2,}", row[4])})
    rng = random.Random(5)
    texts = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 4))) for _ in range(3000)]
    texts += [f"{text} newsletter{rng.choice(['', 's', ':', ' 2'])}" for text in texts[:1000]]
    for tier in tiers:
        # the gated rules' own lines are among them
        assert not tier.gates or any(tier.full.match(text) and not tier.regex.match(text) for text in texts)
        for text in texts:
            assert bool(_tier_regex(tier, text).match(text)) == bool(tier.full.match(text)), text
