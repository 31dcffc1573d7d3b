"""Classify one line (or one HTML block) of a scrape on its own, before any context is used.

Each line gets a junk reason when an editor-recognisable rule fires, a coarse shape (``kind``)
and a weight for the body search in ``body.py``: prose sentences weigh their length, menu items
and widgets weigh negatively, and barrier lines ("Related stories", "Comments") cannot be crossed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Final

from corpustool.clean.metadata import is_byline, is_timestamp
from corpustool.clean.rules import LineRule, RuleIndex, Tier, rule_index

BARRIER: Final = -1e9  # weight of a section opener: no body run survives crossing it
CACHE_MAX_CHARS: Final = 200  # lines this short are memoised (menus, widgets); prose is rarely repeated
CACHE_SIZE: Final = 20_000  # distinct short lines remembered: bounds memory (a few MB) on endless streams
SHORT_CHARS: Final = 300  # up to this length words are counted exactly (\w+ runs), beyond it by spaces
MAX_NFC_CHARS: Final = 100_000  # longer lines skip NFC (a pathological line need not be copied)
MAX_RULE_CHARS: Final = 400  # rules look at a line's head only: junk lines are short, and it bounds the cost
BULLET_MARKS: Final = "*+•·▪►▸◦‣-"  # a list bullet: one of these, an "o " or "1." / "12)" and a space
TOKEN: Final = re.compile(r"\w+")
# An ASCII line's TOKEN words, found without the regex engine: its bytes translated through this
# table (word characters kept, every other byte a space) and split. Several times faster than
# TOKEN.findall, and most lines are short ASCII. The second table lower-cases them too.
ASCII_WORDS: Final = bytes(c if TOKEN.fullmatch(chr(c)) else 32 for c in range(128)).ljust(256, b" ")
ASCII_LOWER_WORDS: Final = ASCII_WORDS.lower()
# Bytes of UTF-8 text: ASCII word characters kept, other ASCII as a space, non-ASCII kept.
UTF8_WORDS: Final = ASCII_WORDS[:128] + bytes(range(128, 256))
CJK: Final = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
# The UTF-8 lead bytes of U+3000-U+DFFF, which hold every CJK range, as "x" and every other byte as a
# space: a line whose UTF-8 translates to no "x" has no CJK character. One table lookup a byte, where
# the CJK regex tries its class ranges at every character of the many lines beyond ASCII.
CJK_LEAD_BYTES: Final = bytes(ord("x") if 0xE3 <= c <= 0xED else 32 for c in range(256))
MAX_TEASER_WORDS: Final = 80  # a glued teaser card is no longer
# Characters that end a sentence, and closing quotes/brackets that may follow one. Single characters in
# a string: a line's last character is tested with one ``in``, where ``endswith`` with a tuple tries
# every suffix in turn.
STOPS: Final = ".!?…。！？:;؟।"
CLOSERS: Final = "\"”’»)']"
# A teaser card rendered to text glues its headline to its blurb: "... Student-AthleteA 24-year-old
# woman ...", "... To 250,000The state of ...". A sentence never runs a word into a capitalised
# article or question word like that: two lower-case letters or a digit, then one of these words.
GLUED_WORDS: Final = ("The", "A", "An", "In", "On", "At", "For", "With", "How", "What", "Why", "When", "Who",
                      "It", "This", "Here", "After")


def _glued_teaser() -> re.Pattern[str]:
    """The pattern opens on the words' capitals (so the engine skips through a line in C to them) and
    looks behind for the glued lower-case letters or digit, then finishes the word."""
    firsts = sorted({w[0] for w in GLUED_WORDS})
    rests = "|".join(
        f"(?<={f})(?:{'|'.join(w[1:] for w in GLUED_WORDS if w[0] == f)})" for f in firsts
    )
    return re.compile(rf"[{''.join(firsts)}](?:(?<=[a-z]{{2}}.)|(?<=\d.))(?:{rests})\s[a-z0-9]")


GLUED_TEASER: Final = _glued_teaser()


def _ascii_classes() -> bytes:
    """What the cheap tests in ``_analyse`` look for in an ASCII line, found by one translate and
    substring tests instead of regex searches: "a" a lower-case letter, "0" a digit, "A" a capital
    that opens a GLUED_WORDS word (a glued teaser needs "aA" or "0A"; a timestamp needs a "0").
    The translated bytes are decoded before the tests: ``in`` on bytes first tries its operand as
    a byte value and raises (then clears) a TypeError, several times the cost of the search."""
    firsts = {word[0] for word in GLUED_WORDS}
    classes = ("a" if ch.islower() else "0" if ch.isdigit() else "A" if ch in firsts else " "
               for ch in map(chr, range(128)))
    return "".join(classes).encode().ljust(256, b" ")


ASCII_CLASSES: Final = _ascii_classes()
# Punctuation that alone makes many lines non-ASCII (curly quotes, dashes, an ellipsis). None is a
# word character, so with spaces in their place a line keeps its words and character classes, and
# the ASCII fast paths serve it.
# A list, not a tuple: the compiled build rebuilds a Final tuple of literals at every use and walks
# it by the generic iterator protocol, where it indexes a list natively.
TYPOGRAPHIC: Final[list[str]] = ["’", "‘", "“", "”", "—", "–", "…"]
# The ASCII control characters (0-31 and 127, all that is unprintable in ASCII) as spaces, every other
# byte as itself: an ASCII line translates to itself exactly when it is printable. One table lookup
# a character, where str.isprintable looks each up in the Unicode database.
ASCII_UNPRINTABLE_AS_SPACES: Final = bytes(32 if c < 32 or c == 127 else c for c in range(256))
_SPACES: Final = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+")
# rule_index() once fetched: every line reads it here, without the cached call (an interpreted call
# into lru_cache's wrapper even in the compiled build, where this list is a C static).
_RULES: Final[list[RuleIndex]] = []


# What analyse learns of a line, Line's constructor arguments: text, body, words, kind, reason,
# barrier, weight.
Verdict = tuple[str, str, int, str, str | None, bool, float]
# The verdicts for short lines by their raw text, oldest first: a dict rather than lru_cache, whose
# wrapper is an interpreted call even in the compiled build (and a tuple it returns is unpacked into
# Line's arguments by a generic call, where a typed one is unpacked natively).
_VERDICTS: Final[dict[str, Verdict]] = {}


@dataclass(slots=True, init=False)
class Line:
    """One input line/block with what the line-level pass learned about it.

    ``__init__`` is written out: the compiled build (setup.py) makes a written one native code, while
    the one ``dataclass`` generates stays interpreted, and every line of every document is built here.
    """

    text: str          # the line as it appeared (whitespace-normalised, for output)
    body: str          # text without a leading list bullet
    words: int         # words, counting CJK characters as half a word each
    kind: str          # sentence | short-sentence | heading | list | other | empty
    reason: str | None
    barrier: bool
    weight: float
    dom_reason: str | None
    link_density: float
    in_container: bool | None  # HTML only: inside the main container

    def __init__(self, text: str, body: str, words: int, kind: str, reason: str | None = None,
                 barrier: bool = False, weight: float = 0.0) -> None:
        self.text = text
        self.body = body
        self.words = words
        self.kind = kind
        self.reason = reason
        self.barrier = barrier
        self.weight = weight
        self.dom_reason = None
        self.link_density = 0.0
        self.in_container = None


def normalise(line: str) -> str:
    """Collapse odd spaces and drop control characters, keeping the text otherwise intact; NFC
    beyond ASCII, so that rules and duplicate detection see one spelling of accented letters.

    One function with one ``isascii`` test for both, as most lines are plain ASCII (whatever NFC
    makes ASCII, as the Kelvin sign's "K", the general path below returns as the first test would).
    """
    if line.isascii():
        encoded = line.encode()
        if "  " not in line and encoded.translate(ASCII_UNPRINTABLE_AS_SPACES) == encoded:
            # Its only whitespace is single spaces: strip has work to do only if one is at an end.
            return line.strip() if line.startswith(" ") or line.endswith(" ") else line
    elif len(line) < MAX_NFC_CHARS:
        line = unicodedata.normalize("NFC", line)
    if not line.isprintable():
        line = "".join(ch for ch in line if ch.isprintable() or ch in "\t ")
    # Every odd space but the tab is unprintable, so a tab is the only one a line can hold here.
    if "  " not in line and "\t" not in line:
        return line.strip()  # single plain spaces only: nothing to collapse
    return _SPACES.sub(" ", line).strip()


def bullet_end(text: str) -> int:
    """Where a normalised line's text starts after its list bullet and the space after it (0: no
    bullet): a mark ("• Sports", "-Sports"), an "o" before a space, or one or two decimal digits and
    "." or ")" before a space ("1. ", "12) "). Tests on the first characters, no regex: four lines in
    ten of a page's blocks open on a bullet. A normalised line's only whitespace is single spaces
    between words, so the one after a bullet is all there is to skip."""
    first = text[:1]
    if first == "o":
        return 2 if text[1:2] == " " else 0
    if first and first in BULLET_MARKS:
        return 2 if text[1:2] == " " else 1
    if not (first.isdigit() and first.isdecimal()):  # (isdigit is native code in the compiled build)
        return 0
    digits = 2 if text[1:2].isdecimal() else 1
    mark = text[digits : digits + 1]
    if (mark == "." or mark == ")") and text[digits + 1 : digits + 2] == " ":
        return digits + 2
    return 0


def plain_ascii(text: str) -> str | None:
    """``text`` with its typographic punctuation as spaces, if that leaves it ASCII; else None."""
    if text.isascii():
        return text
    text = as_spaces(text, TYPOGRAPHIC)
    return text if text.isascii() else None


def as_spaces(text: str, marks: list[str]) -> str:
    """``text`` with each of ``marks`` (punctuation, no word character) replaced by a space."""
    for mark in marks:
        if mark in text:
            text = text.replace(mark, " ")
    return text


def count_words(text: str, tokens: int | None = None) -> int:
    """Words for length decisions; CJK scripts write no spaces, so two characters count as one word.

    ``text`` is a normalised line: its only whitespace is single spaces between words. ``tokens``:
    its number of ``\\w+`` words, when the caller has counted them.
    """
    if len(text) > 5000:
        n = len(text) // 6
    elif len(text) > SHORT_CHARS:  # long lines: whitespace words are close enough and much cheaper
        n = text.count(" ") + 1
    else:
        n = len(TOKEN.findall(text)) if tokens is None else tokens
    if n and not text.isascii():
        head = text[:200]
        if _may_hold_cjk(head) and CJK.search(head):
            n = max(n, len(CJK.findall(text[:5000])) // 2)
    return n


def _may_hold_cjk(text: str) -> bool:
    """False when ``text`` has no CJK character (see CJK_LEAD_BYTES). A lone surrogate is encoded as
    itself (its lead byte is one of them), so any string can be tested."""
    return "x" in text.encode("utf-8", "surrogatepass").translate(CJK_LEAD_BYTES).decode()


def kind_of(body: str, words: int, bulleted: bool) -> str:
    """Coarse shape of a line: prose sentence, short sentence, heading, list item or other."""
    if words == 0:
        return "empty"
    ends = ends_sentence(body)
    if bulleted and (not ends or body.endswith(("...", "…"))):
        return "list" if words < 40 else "other"
    if (words >= 8 and ends) or (words >= 20 and _phrased(body, words)):
        return "sentence"
    if bulleted:
        return "list"
    if ends and words >= 3:
        return "short-sentence"
    if words <= 15:
        return "heading"
    return "other"


def ends_sentence(body: str) -> bool:
    """Ends like a sentence: a stop, or a closing quote/bracket right after one ('...said."')."""
    last = body[-1:]
    if last.isspace():  # (rarely: a line from analyse is stripped; isspace is native when compiled)
        body = body.rstrip()
        last = body[-1:]
    if last and last in CLOSERS:
        last = body.rstrip(CLOSERS)[-1:]
        return bool(last) and (last in STOPS or last == ",")
    return bool(last) and last in STOPS  # ("" is in every string)


def _phrased(body: str, words: int) -> bool:
    """Long unpunctuated lines are prose only if punctuated inside (tag clouds and keyword lists are not)."""
    head = body[:2000]
    if "." not in head and "," not in head and "。" not in head and "、" not in head:
        return False
    return "." in head or head.count(",") * 4 < min(words, 500)


def rule_reason(
    body: str,
    words: int,
    head: str | None = None,
    tokens: list[str] | None = None,
    ascii_line: bytes | None = None,
    ascii_tokens: list[bytes] | None = None,
) -> tuple[str | None, bool]:
    """First junk rule that fires on this line: (reason, barrier).

    ``head``: the lower-cased line, and ``tokens`` its ``\\w+`` words (or, for a line that is ASCII
    but for typographic punctuation, ``ascii_line``: its bytes as ``ASCII_WORDS`` translates them,
    and ``ascii_tokens``: their split, the same words) when the caller already has them.
    """
    index = _RULES[0] if _RULES else _rules()
    if words > index.max_words:
        return None, False  # long prose: no rule may fire on it
    if head is None:
        head = body[:MAX_RULE_CHARS].lower()
    tier = index.by_words[words]
    if tier is not None and _tier_regex(tier, head).match(head):
        named = tier.naming.match(head)
        assert named is not None and named.lastindex is not None  # the tier matched: one of its rules does
        rule = tier.rules[named.lastindex - 1]
        return rule.reason, rule.barrier
    candidates = index.ungated  # a mask of rules in ``index.others`` (see RuleIndex)
    exact = True
    # Trigger words are looked up one by one, not by a keys view intersection: that builds a set
    # (and its iterator) per line, which also brings the garbage collector round sooner.
    if tokens is not None:
        by_word = index.by_word
        for word in tokens:
            mask = by_word.get(word)
            if mask is not None:
                candidates |= mask
        substrings = index.by_symbol
    else:
        if ascii_line is None and (plain := plain_ascii(head)) is not None:
            ascii_line = plain.encode().translate(ASCII_WORDS)
        if ascii_line is not None:  # a non-ASCII head holds typographic punctuation, maybe symbols
            substrings = index.by_ascii_symbol if head.isascii() else index.by_symbol
        else:
            # Beyond ASCII a head is split as if every other character were a space: each real
            # ASCII word is still one of its words, so the rules gated below are a superset of the
            # right ones (other words are looked up as substrings), and a rule that fires is checked
            # against the real words before it names the line.
            exact = False
            ascii_line = head.encode("ascii", "replace").translate(ASCII_WORDS)
            substrings = index.by_substring
        # A line not yet split, with fewer triggers than words, looks for each trigger (" word ");
        # a split one looks its words up: a lookup costs a fraction of a scan of the line.
        needles = index.ascii_needles[words] if ascii_tokens is None else None
        if needles is not None:
            spaced = f" {ascii_line.decode()} "  # ``in`` on bytes is dearer (see _ascii_classes)
            for needle, rules in needles:
                if needle in spaced:
                    candidates |= rules
        else:
            by_ascii_word = index.by_ascii_word
            if ascii_tokens is None:
                ascii_tokens = ascii_line.split()
            for ascii_word in ascii_tokens:
                mask = by_ascii_word.get(ascii_word)
                if mask is not None:
                    candidates |= mask
    for trigger, rules in substrings:
        if trigger in head:
            candidates |= rules
    while candidates:  # lowest bit first: table order, the first rule that fires names the line
        lowest = candidates & -candidates
        rule = index.others[lowest.bit_length() - 1]
        if words <= rule.max_words and rule.regex.search(head) and (exact or _triggered(rule, head)):
            return rule.reason, rule.barrier
        candidates ^= lowest
    return None, False


def _rules() -> RuleIndex:
    """The rule index, fetched once into ``_RULES``."""
    _RULES.append(rule_index())
    return _RULES[0]


def _tier_regex(tier: Tier, head: str) -> re.Pattern[str]:
    """The tier's alternation without its gated rules, unless the line holds one of their literals."""
    for literal in tier.gates:
        if literal in head:
            return tier.full
    return tier.regex


def _triggered(rule: LineRule, head: str) -> bool:
    """Whether the line holds one of the rule's triggers: a word as one of its ``\\w+`` words,
    a symbol anywhere."""
    if rule.triggers is None:
        return True
    words = set(TOKEN.findall(head))
    symbols = rule_index().symbols
    return any(t in words or (t in symbols and t in head) for t in rule.triggers)


def analyse(raw: str) -> Line:
    """Build a :class:`Line` with its rule reason, kind and body-search weight.

    Menu items and widget strings repeat across the pages of a site, so the verdict for a short
    line is memoised: the rules see each distinct line once per process. Each call gets a Line of
    its own, as later passes change a line's reason and weight.
    """
    if len(raw) <= CACHE_MAX_CHARS:
        verdict = _VERDICTS.get(raw)
        if verdict is None:
            verdict = _analyse(raw)
            if len(_VERDICTS) >= CACHE_SIZE:
                del _VERDICTS[next(iter(_VERDICTS))]  # the oldest: memory stays bounded
            _VERDICTS[raw] = verdict
    else:
        verdict = _analyse(raw)
    text, body, words, kind, reason, barrier, weight = verdict
    return Line(text, body, words, kind, reason, barrier, weight)


def clear_cache() -> None:
    """Forget the memoised verdicts (benchmarks time cold passes; tests may want a clean start)."""
    _VERDICTS.clear()


def _analyse(raw: str) -> Verdict:
    text = normalise(raw)
    start = bullet_end(text)
    body = text[start:] if start else text
    low: str | None = None
    tokens: list[str] | None = None
    ascii_line: bytes | None = None
    ascii_tokens: list[bytes] | None = None
    encoded: bytes | None = None  # ``plain`` as bytes, encoded once for both translations
    if len(body) > SHORT_CHARS:
        words = count_words(body)
        # A long line needs its ASCII form only for the glued-teaser test below.
        plain = plain_ascii(body) if words <= MAX_TEASER_WORDS else None
    elif (plain := plain_ascii(body)) is not None:  # most lines: one split gives words and trigger words
        low = body.lower()
        encoded = plain.encode()
        ascii_line = encoded.translate(ASCII_LOWER_WORDS)
        ascii_tokens = ascii_line.split()
        words = len(ascii_tokens)
    else:
        low = body.lower()
        tokens = TOKEN.findall(low)
        # Lower-casing keeps a character a word character, so the words are the same unless a
        # letter became two characters ("İ" -> "i̇", whose dot is not a word character).
        words = count_words(body, len(tokens) if len(low) == len(body) else None)
    kind = kind_of(body, words, start > 0)
    if kind == "empty":
        return text, body, words, kind, "markup", False, -1.0
    reason, barrier = rule_reason(body, words, low, tokens, ascii_line, ascii_tokens)
    if reason is None:
        if encoded is None and plain is not None:
            encoded = plain.encode()
        classes = encoded.translate(ASCII_CLASSES).decode() if encoded is not None else None
        if words <= MAX_TEASER_WORDS and (classes is None or "aA" in classes or "0A" in classes) \
                and GLUED_TEASER.search(body[:MAX_RULE_CHARS]):
            reason = "related"
        elif is_byline(body, words):
            reason = "byline"
        elif (classes is None or "0" in classes) and is_timestamp(body, words):
            reason = "timestamp"
    return text, body, words, kind, reason, barrier, base_weight(kind, words, reason, barrier)


def base_weight(kind: str, words: int, reason: str | None, barrier: bool) -> float:
    """Weight for the body search: prose pays its length, furniture costs a little, barriers a lot."""
    if barrier:
        return BARRIER
    if reason is not None:
        return -6.0
    if kind == "sentence":
        return float(min(words, 80))
    if kind == "short-sentence":
        return 1.0
    if kind == "list":
        return -3.0
    return -2.0
