"""Turn an article into the text that counts for duplicate detection.

Copies of one wire story differ in layout (hard-wrapped lines, hyphenated line breaks, merged or
split paragraphs), case, punctuation, quote marks and the dateline/agency credit in front of the
first paragraph. None of that is evidence of a different story, so it is removed here:

* ``comparable_text``: the whole article, lower-cased, alphanumerics only, **no spaces** (so a
  wrongly joined "withthe" or a re-flowed line break changes nothing), dateline stripped.
* lead: the first sentence of the first paragraph of running text (headlines, bylines,
  section labels and link lines are not running text). Journalists call it the lead: copies of one
  story keep it (abridging cuts from the end), while a follow-up story that reuses background
  paragraphs opens with a new one.
* head: the opening ``HEAD_CHARS`` of the running text. A copy's lead sits in the other copy's
  head (even when the copy dropped the first sentence); a follow-up's lead, or an original's
  lead quoted in a follow-up's headline, does not.

Boilerplate (share lines, copyright notices, newsletter plugs) is not removed here: it is learned
from the corpus as shingles recurring in many documents (see ``blocking.py``).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources

# "ear-\n  lier" -> "earlier": a hyphen at a line end inside a word is a layout artefact.
_LINE_HYPHEN = re.compile(r"(\w)-[ \t]*\r?\n[ \t]*(\w)")
# A unit of running text ends like a sentence (optionally behind closing quotes/brackets).
_SENTENCE_END = re.compile(r"[.!?][\"'”’»)\]]*\s*$")
# Next sentence starts after a stop and whitespace, with a capital or an opening quote.
_SENTENCE_BREAK = re.compile(r"[.!?][\"'”’»)\]]*\s+(?=[\"“‘'«(]?[A-Z0-9])")
_NON_ALNUM = re.compile(r"[\W_]+", re.UNICODE)

# Paragraphs this long are running text even without a final stop (cut-off copies).
MIN_WORDS_RUNNING = 15
# Results-table rows ("Net loss 186,000") are at most this many words.
DATA_ROW_MAX_WORDS = 6
# The lead is cut at its first sentence break after this many characters ...
LEAD_MIN_CHARS = 60
# ... and never longer than this (compared over alphanumerics only).
LEAD_MAX_CHARS = 300
# The opening of the running text where a copy's lead must be found (about three sentences).
HEAD_CHARS = 450


@lru_cache(maxsize=1)
def _dateline_pattern() -> re.Pattern[str]:
    """``PLACE, Date (Agency) -`` / ``(Agency) -`` / ``PLACE:`` in front of a first paragraph."""
    text = resources.files("corpustool.dedup").joinpath("rules/agencies.txt").read_text("utf-8")
    names = [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    agency = "(?i:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + ")"
    place = r"[A-Z][A-Za-z.'’-]*(?:[ ][A-Z][A-Za-z.'’-]*){0,3}"
    date = r"(?:,[ ]*[A-Z][a-z]{2,8}\.?[ ]+\d{1,2}(?:,[ ]*\d{4})?)?"
    credit = rf"(?:[ ]*\((?:{agency})\))?"
    dash = r"[-—–]{1,2}"
    return re.compile(
        rf"^(?:{place}{date}{credit}[ ]*(?:{dash}|:)[ ]+|\((?:{agency})\)[ ]*(?:{dash})?[ ]*)"
    )


def _units(text: str) -> list[str]:
    """Paragraph-like units: lines re-joined until one ends a sentence or a blank line comes."""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    if "-" in text:
        text = _LINE_HYPHEN.sub(r"\1\2", text)
    units: list[str] = []
    current: list[str] = []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            if current:
                units.append(" ".join(current))
                current = []
            continue
        if is_data_row(stripped):  # a table row stands alone, never glued to its neighbours
            if current:
                units.append(" ".join(current))
            units.append(stripped)
            current = []
            continue
        current.append(stripped)
        if _SENTENCE_END.search(stripped):
            units.append(" ".join(current))
            current = []
    if current:
        units.append(" ".join(current))
    return units


def is_data_row(unit: str) -> bool:
    """A results-table line ("Net loss 186,000", "Revs 10.7 mln"): a few words with a figure, no
    sentence end. Agency earnings copy opens with such rows instead of a sentence."""
    return len(unit.split()) <= DATA_ROW_MAX_WORDS and not _SENTENCE_END.search(unit) and any(
        c.isdigit() for c in unit
    )


def _table_opens(units: list[str], index: int) -> bool:
    """Two results-table rows in a row start the story (earnings copy has no lead sentence)."""
    return is_data_row(units[index]) and index + 1 < len(units) and is_data_row(units[index + 1])


def is_running_text(unit: str) -> bool:
    """Sentences, not headlines, bylines, section labels or "Related:" link lines.

    A unit counts when it ends like a sentence, or when it is long and written in sentence case
    (a paragraph cut off mid-sentence); a run of Title Case or CAPS header lines is neither.
    """
    if _SENTENCE_END.search(unit):
        return True
    words = unit.split()
    lower = sum(1 for w in words if w[:1].islower())
    return len(words) >= MIN_WORDS_RUNNING and lower * 2 >= len(words)


def strip_dateline(paragraph: str) -> str:
    """Remove a leading dateline/agency credit; the rest of the paragraph is the story."""
    head = paragraph[:120]
    match = _dateline_pattern().match(head)
    return paragraph[match.end():] if match else paragraph


_ASCII_DROP = bytes(c for c in range(128) if not chr(c).isalnum())
# Typographic punctuation that would otherwise push a text off the ASCII fast path.
_TYPOGRAPHY = str.maketrans(dict.fromkeys("‘’‚‛“”„‟«»‹›–—―‐‑‒…•·\u00a0\u2009\u200a\u202f\u200b\ufeff©®™°"))


def squash(text: str) -> str:
    """Lower-case alphanumerics only: case, punctuation, quote marks and spacing do not count."""
    if not text.isascii():
        text = text.translate(_TYPOGRAPHY)
    if text.isascii():  # fast path: bytes.translate instead of a regex
        return text.lower().encode("ascii").translate(None, _ASCII_DROP).decode("ascii")
    return _NON_ALNUM.sub("", text.lower())


def _has_dateline(unit: str) -> bool:
    return _dateline_pattern().match(unit[:120]) is not None


def article_spans(text: str) -> tuple[str, int, int, int]:
    """Comparable whole text, plus where its head starts, the head's length and the lead's length.

    Lead and head are slices of the comparable text (``body[start:start + lead]``), so the
    shingles of all three come from one hashing pass. The story starts at the first unit of
    running text, or earlier at a unit that opens with a dateline ("LONDON, March 12 (AP) --
    Shr loss one cent ..."): a dateline marks the start of the story even when the lead is a
    results table rather than a sentence. With no story text at all (a caption, a list), the
    opening characters stand in.
    """
    units = _units(text)
    squashed: list[str] = []
    start = -1
    lead = story_chars = 0
    for index, unit in enumerate(units):
        if start < 0 and (is_running_text(unit) or _has_dateline(unit) or _table_opens(units, index)):
            unit = strip_dateline(unit)
            brk = _SENTENCE_BREAK.search(unit, LEAD_MIN_CHARS)
            lead = min(len(squash(unit[: brk.start() + 1] if brk else unit)), LEAD_MAX_CHARS)
            start = sum(len(u) for u in squashed)
        part = squash(unit)
        squashed.append(part)
        if start >= 0:
            story_chars += len(part)
    body = "".join(squashed)
    if start < 0 or not lead:
        return body, 0, min(len(body), HEAD_CHARS), min(len(body), LEAD_MAX_CHARS)
    return body, start, min(story_chars, HEAD_CHARS), lead


def article_parts(text: str) -> tuple[str, str, str]:
    """Comparable (whole text, lead, head); any may be empty."""
    body, start, head, lead = article_spans(text)
    return body, body[start: start + lead], body[start: start + head]


def sentences(text: str) -> list[str]:
    """Readable sentences of the running text, for showing people what differs."""
    out: list[str] = []
    for unit in _units(text):
        start = 0
        for brk in _SENTENCE_BREAK.finditer(unit):
            out.append(unit[start: brk.start() + 1].strip())
            start = brk.end()
        tail = unit[start:].strip()
        if tail:
            out.append(tail)
    return [s for s in out if s]
