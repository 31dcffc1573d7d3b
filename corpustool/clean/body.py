"""Find the article body among classified lines, and decide which lines inside it stay.

The body is the run of lines with the largest total weight (a maximum-sum segment, as in
Finn et al.'s Body Text Extraction): prose paragraphs add their length, menus, share bars and
teasers subtract, and section openers such as "Related stories" or "Comments" are barriers the
run cannot cross. Inside the run, short lines (subheadings, one-line wire paragraphs, list items
of the story) stay unless a junk rule names them; outside it, nothing stays.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Final

from corpustool.clean.lines import (
    ASCII_LOWER_WORDS,
    SHORT_CHARS,
    TYPOGRAPHIC,
    UTF8_WORDS,
    Line,
    as_spaces,
    ends_sentence,
    plain_ascii,
)
from corpustool.clean.metadata import DATELINE, parse_dateline

OUTSIDE: Final = "outside-body"
PROSE: Final = frozenset({"sentence", "short-sentence"})
EARLY_SHARE: Final = 0.5
AFTER_BARRIER: Final = 0.3  # what follows "Related stories" or "Comments" is rarely the article
DATELINE_SHARE: Final = 0.2  # a dateline run this small beside the best run is a wire teaser, not the story
EDGE_CHARS: Final = 64  # characters read at each end of a paragraph for its first and last word
GAP: Final = 14  # lines an inline box may take ("Most read in world news" + six headline/kicker pairs)
TITLE_SEARCH: Final = 10
FALLBACK_WORDS: Final = 5
MIN_CONTINUED: Final = 2
STUB_WORDS: Final = 3  # shorter lines that end no sentence are labels: menu items, widget buttons
TITLE: Final = "title"
REPEATED: Final = "repeated-paragraph"
_KEY: Final = re.compile(r"\W+")
_FIRST_WORD: Final = re.compile(r"\w+")  # a key's first word: the first run of word characters
# Furniture that sits between two paragraphs of a story.
_INLINE_FURNITURE: Final = frozenset({"caption", "ad", "social", "markup", "related", REPEATED})
# Furniture that sits between a headline and its lead; the title search steps over it.
_HEADER_FURNITURE: Final = frozenset(
    {"byline", "timestamp", "caption", "markup", "social", "subscribe", "ad", "copyright", "site-boilerplate",
     REPEATED}
)


def key(text: str) -> str:
    """Comparison key for duplicate paragraphs: case, punctuation and spacing ignored."""
    plain = plain_ascii(text)
    if plain is not None:  # the same words, split without the regex engine
        return b" ".join(plain.encode().translate(ASCII_LOWER_WORDS).split()).decode()
    return _KEY.sub(" ", text.lower()).strip()


@dataclass(slots=True)
class Paragraphs:
    """What ``mark_repeats`` read of a page's paragraphs (unnamed lines of six words or more), by
    index, for later steps that would otherwise read them again."""

    datelined: set[int] = field(default_factory=set)  # those that open with a dateline
    edges: dict[int, tuple[str, str]] = field(default_factory=dict)  # their keys' first and last words


def mark_repeats(lines: list[Line]) -> Paragraphs:
    """Drop repeated paragraphs, keeping one copy; a lead repeated with its dateline keeps that form.

    Keys are only computed where a repeat is possible: two lines with one key share their first
    and last words, so a line is keyed when an earlier line had the same two (most paragraphs of
    a page differ there, and keying a long paragraph is the costly part).
    """
    read = Paragraphs()
    seen: dict[str, int] = {}
    pending: dict[tuple[str, str], int] = {}  # (first, last) word -> the earlier line, not keyed yet
    opened: set[tuple[str, str]] = set()  # (first, last) words met so far
    for i, line in enumerate(lines):
        if line.reason is not None or line.words < 6:
            continue
        dl = parse_dateline(line.body)
        if dl is not None:
            read.datelined.add(i)
        if line.body.endswith("?"):
            continue  # an interview asks each guest the same question: questions may repeat
        text = line.body[:2000]
        edges = _edges(text)
        if len(text) == len(line.body):
            read.edges[i] = edges
        if dl is not None:
            stripped = key(_strip_dateline(line.body)[:2000])
            _key_pending(lines, pending, seen, (stripped.split(" ", 1)[0], stripped.rsplit(" ", 1)[-1]))
            j = seen.get(stripped)
            if j is not None and lines[j].reason is None:
                lines[j].reason, lines[j].weight = REPEATED, 0.0
        if edges not in opened:
            opened.add(edges)
            pending[edges] = i
            continue
        _key_pending(lines, pending, seen, edges)
        k = key(text)
        if k in seen:
            line.reason, line.weight = REPEATED, 0.0
        else:
            seen[k] = i
    return read


def _key_pending(
    lines: list[Line], pending: dict[tuple[str, str], int], seen: dict[str, int], edges: tuple[str, str]
) -> None:
    """Key the line still ``pending`` with these first and last words, now that another line has them.

    (A module function, not a closure in ``mark_repeats``: a closure's environment is a reference
    cycle that only the garbage collector frees, once per page.)"""
    j = pending.pop(edges, None)
    if j is not None:
        seen.setdefault(key(lines[j].body[:2000]), j)


def _edges(text: str) -> tuple[str, str]:
    """First and last word of ``key(text)``, read from the text's two ends: lower-casing a window gives
    that part of the lower-cased whole (only a capital sigma looks at its neighbours), so a long
    paragraph is neither lower-cased nor keyed whole. An ASCII text (but for typographic punctuation)
    is read without the regex engine, which is cheaper still, and so is any other whose first and
    last words are letters and digits only."""
    plain = plain_ascii(text)
    if plain is not None:
        return _outer_words(plain.encode().translate(ASCII_LOWER_WORDS).decode())
    if len(text) > 2 * EDGE_CHARS and "Σ" not in text:
        head, tail = text[:EDGE_CHARS].lower(), text[-EDGE_CHARS:].lower()[::-1]
        first, last = _FIRST_WORD.search(head), _FIRST_WORD.search(tail)
        if first and last and first.end() < len(head) and last.end() < len(tail):
            return first.group(), last.group()[::-1]  # neither word runs past its window
    low = text.lower()
    outer = _outer_words(_spaced_words(low))
    if _is_word(outer[0]) and _is_word(outer[1]):
        return outer
    first, last = _FIRST_WORD.search(low), _FIRST_WORD.search(low[::-1])
    return (first.group() if first else ""), (last.group()[::-1] if last else "")


def _outer_words(words: str) -> tuple[str, str]:
    """First and last of the space-separated ``words`` (found by ``find``, not by splitting them all)."""
    words = words.strip()
    first_end = words.find(" ")
    return (words[:first_end] if first_end >= 0 else words), words[words.rfind(" ") + 1 :]


def _spaced_words(low: str) -> str:
    """Lower-case non-ASCII ``low`` with its typographic punctuation and its ASCII characters other
    than word characters as spaces: what stays between the spaces is its words, unless it holds a
    non-ASCII character that is neither a letter nor a digit (``_is_word`` tells)."""
    return as_spaces(low, TYPOGRAPHIC).encode().translate(UTF8_WORDS).decode()


def _is_word(text: str) -> bool:
    """True when ``text`` is one word: each character a word character (a letter, a digit or "_")."""
    return text.replace("_", "0").isalnum()


def _strip_dateline(text: str) -> str:
    m = DATELINE.match(text[:200])
    return text[m.end():] if m else text


def best_segment(weights: list[float], lo: int = 0, hi: int | None = None) -> tuple[float, int, int]:
    """(score, start, end) of the maximum-sum run within weights[lo:hi] (Kadane)."""
    hi = len(weights) if hi is None else hi
    best, best_span = 0.0, (lo, lo)
    total, start = 0.0, lo
    for i in range(lo, hi):
        if total <= 0:
            total, start = 0.0, i
        total += weights[i]
        if total > best:
            best, best_span = total, (start, i + 1)
    return best, best_span[0], best_span[1]


def _dateline_at(lines: list[Line], start: int, end: int, datelined: set[int]) -> int | None:
    """Index of the first paragraph in the run that opens with a dateline (one of ``datelined``) and
    is followed by more story (the next line, past captions and ads, is prose too), if any. A
    dateline blurb followed by a menu or another headline is a wire teaser."""
    for i in range(start, end):
        line = lines[i]
        if i in datelined and line.reason is None and line.kind == "sentence":
            j = i + 1
            while j < end and lines[j].reason in _INLINE_FURNITURE:
                j += 1
            if j < end and lines[j].reason is None and lines[j].kind in PROSE:
                return i
    return None


def _best_end(weights: list[float], start: int, hi: int) -> tuple[float, int]:
    """(score, end) of the best run that must begin at ``start``."""
    best, best_end, total = weights[start], start + 1, 0.0
    for i in range(start, hi):
        total += weights[i]
        if total > best:
            best, best_end = total, i + 1
    return best, best_end


def body_span(lines: list[Line], datelined: set[int]) -> tuple[int, int]:
    """The body run: best run of each barrier-delimited section; the earliest strong one wins.

    Teaser lists and comment threads follow the article far more often than they precede it, so a
    section after a barrier counts ``AFTER_BARRIER`` of its score, and among sections scoring at
    least ``EARLY_SHARE`` of the best, the first is taken. But the first run holding a dateline
    paragraph wins outright (if it scores at least ``DATELINE_SHARE`` of the best run) and starts
    there: teaser blurbs rarely carry datelines, stories do. ``datelined``: the paragraphs that open
    with a dateline (see ``mark_repeats``).
    """
    weights = [line.weight for line in lines]
    cuts = [i for i, line in enumerate(lines) if line.barrier]
    bounds = [-1, *cuts, len(lines)]
    sections = []
    for a, b in pairwise(bounds):
        if b > a + 1:
            score, start, end = best_segment(weights, a + 1, b)
            sections.append((a, b, score, start, end))
    if not sections:
        return 0, 0
    top_raw = max(score for _, _, score, _, _ in sections)
    for _, b, score, start, end in sections:
        opening = _dateline_at(lines, start, end, datelined) if score >= DATELINE_SHARE * top_raw else None
        if opening is not None:  # the story starts at its dateline; what precedes it is not body
            return opening, _best_end(weights, opening, b)[1]
    found = [(score * (AFTER_BARRIER if a >= 0 else 1.0), start, end) for a, _, score, start, end in sections]
    top = max(score for score, _, _ in found)
    for score, start, end in found:
        if score >= EARLY_SHARE * top:
            return start, end
    return 0, 0


def _is_prose(line: Line) -> bool:
    return line.reason is None and line.kind == "sentence"


def _headed(lines: list[Line], start: int) -> bool:
    """True when the nearest line above ``start`` that no rule named is a plain heading."""
    for i in range(start - 1, max(-1, start - 4), -1):
        line = lines[i]
        if line.reason is None:
            return line.kind == "heading" and line.words >= 2
    return False


def continuations(lines: list[Line], start: int, end: int) -> list[tuple[int, int]]:
    """Body runs cut off from the main run by an inline box ("Related articles" plus a few links).

    A run joins the body when at most ``GAP`` lines separate it from the body, none of them prose,
    and it opens with ``MIN_CONTINUED`` consecutive prose paragraphs (a teaser list alternates a
    headline with one blurb, so it never does; in HTML one paragraph is enough when it is back
    in the article's own container, and lines a DOM cue removed do not count towards the gap).
    Before the body, the gap must hold a barrier too, since a standfirst or teaser above a story
    looks like a short run of prose.
    """
    weights = [line.weight for line in lines]
    spans = [(start, end)]
    n = len(lines)
    while True:
        j, gap, barriers = spans[-1][1], 0, 0
        while j < n and gap < GAP and not _is_prose(lines[j]):
            gap += lines[j].dom_reason is None  # a box the DOM already named costs nothing
            barriers += lines[j].barrier
            j += 1
        if j >= n or barriers > 1 or not _is_prose(lines[j]):
            break  # two section openers in a row ("Next up", "Most read") end the story
        # In HTML, prose back inside the article's own container needs no second paragraph.
        needed = 1 if lines[j].in_container and lines[spans[-1][1] - 1].in_container else MIN_CONTINUED
        resumed = lines[j : j + needed]
        if not all(_is_prose(x) and x.text == x.body for x in resumed):
            break  # bulleted or numbered blurbs are a teaser list, not the story resuming
        hi = next((k for k in range(j, n) if lines[k].barrier), n)
        _, a, b = best_segment(weights, j, hi)
        if a != j or b <= a:
            break
        spans.append((a, b))
    while not parse_dateline(lines[spans[0][0]].body) and not _headed(lines, spans[0][0]):
        # nothing of the story precedes its dateline, or a headline right above its first paragraph
        j = spans[0][0] - 1
        crossed = False
        while j >= 0 and spans[0][0] - j <= GAP and not _is_prose(lines[j]):
            crossed = crossed or lines[j].barrier
            j -= 1
        if j < 0 or not crossed or not _is_prose(lines[j]):
            break
        lo = next((k + 1 for k in range(j, -1, -1) if lines[k].barrier), 0)
        _, a, b = best_segment(weights, lo, j + 1)
        if b != j + 1 or b <= a:
            break
        spans.insert(0, (a, b))
    return spans


def find_title(lines: list[Line], start: int) -> int | None:
    """Index of the headline: the first line of the heading-like run just above the body.

    Walking up from the lead, header furniture (bylines, timestamps, captions, share bars), short
    lines (an author's name) and one-sentence captions are stepped over; the run of headline-shaped
    lines met first is the title block, and its first line the headline (a subtitle follows it).
    A line that also appears elsewhere above the body (breadcrumb and headline) wins.
    """
    counts: dict[str, int] = {}
    for line in lines[: start + 1]:
        if 3 <= line.words <= 30:
            counts[line.body] = counts.get(line.body, 0) + 1
    candidates: list[int] = []
    steps = 0
    for i in range(start - 1, -1, -1):
        line = lines[i]
        if line.words == 0 or (line.reason in _HEADER_FURNITURE and not _title_like(line)):
            continue  # a repeated breadcrumb copy of the headline is a candidate, a repeated lead is not
        steps += 1
        if steps > TITLE_SEARCH:
            break
        if _title_like(line):
            candidates.append(i)
            continue
        if candidates:
            break
        if line.reason is None and (line.words <= 3 or line.kind == "short-sentence"):
            continue  # an author's name, a photo caption
        break
    if not candidates:
        return None
    repeated = [i for i in candidates if counts.get(lines[i].body, 0) > 1]
    return repeated[0] if repeated else candidates[-1]


def _title_like(line: Line) -> bool:
    return (
        line.reason in (None, REPEATED)
        and 3 <= line.words <= 30
        and line.kind in {"heading", "other", "short-sentence", "sentence"}
        and not line.body.endswith((".", ",", ";", ":"))
    )


def _fallback(lines: list[Line]) -> tuple[int, int, int | None]:
    """No prose run at all (a poem, a list page, unpunctuated text): keep every line no rule named
    that has some substance, rather than return nothing for a real page."""
    kept = [i for i, line in enumerate(lines) if line.reason is None and line.words >= FALLBACK_WORDS]
    for i, line in enumerate(lines):
        if line.reason is None and i not in kept:
            line.reason = OUTSIDE
    return (kept[0], kept[-1] + 1, None) if kept else (0, 0, None)


def select(lines: list[Line], *, guess_title: bool = True) -> tuple[int, int, int | None]:
    """Mark every line outside the body (or junk inside it) with a reason; return body span and title.

    ``guess_title=False`` when the caller already knows the headline (HTML metadata).
    """
    read = mark_repeats(lines)
    start, end = body_span(lines, read.datelined)
    # The run may start on a short line with positive weight only by accident; trim to prose.
    while start < end and lines[start].kind not in PROSE and lines[start].weight <= 0:
        start += 1
    while end > start and lines[end - 1].kind not in PROSE and lines[end - 1].weight <= 0:
        end -= 1
    if end <= start:
        return _fallback(lines)
    spans = continuations(lines, start, end)
    title = find_title(lines, spans[0][0]) if guess_title else None
    if title is not None:
        _mark_title(lines, title, read.edges)
    lo, hi = _unfurnished_edges(lines, spans[0][0], spans[-1][1])
    spans[0] = (lo, spans[0][1])
    spans[-1] = (spans[-1][0], hi)
    outside_from = 0
    for a, b in [*spans, (len(lines), len(lines))]:  # the lines before, between and after the runs
        for line in lines[outside_from:a]:
            if line.reason is None:
                line.reason = OUTSIDE
        outside_from = b
    return lo, hi, title


def _mark_title(lines: list[Line], title: int, edges: dict[int, tuple[str, str]]) -> None:
    """Name the headline and its copies (same key) as the title.

    Keys are compared only where they may be equal (most lines differ in a cheaper test, and a key
    costs more): a short ASCII line's word count is exactly its number of ``\\w+`` runs, which its
    key keeps, and any other line is compared by its key's first and last words, read unkeyed
    (``edges``: those ``mark_repeats`` read, by line).
    """
    if lines[title].reason is None:
        lines[title].reason = TITLE
    title_key = key(lines[title].body)
    if not title_key:
        return
    title_words = title_key.count(" ") + 1
    title_edges = title_key.split(" ", 1)[0], title_key.rsplit(" ", 1)[-1]
    for i, line in enumerate(lines):
        if line.reason is not None or line.words > 40:
            continue
        body = line.body
        if len(body) <= SHORT_CHARS and body.isascii():
            if line.words == title_words and key(body) == title_key:
                line.reason = TITLE
        elif (edges.get(i) or _edges(body)) == title_edges and key(body) == title_key:
            line.reason = TITLE


def _unfurnished_edges(lines: list[Line], start: int, end: int) -> tuple[int, int]:
    """Widen the body to the document's first or last line when nothing on that side is furniture.

    The body search weighs short lines (list items, subheadings, a closing credit) as likely
    furniture, so a story that opens or ends with them loses them at its edges. What marks a real
    edge is the page around the story: menus, share bars, a headline, a footer, a section opener,
    each a line some rule named (in HTML, also any line outside the article's container). When no
    line between the body and the document's edge is named and most of them have some substance,
    there is no page on that side and those lines are the story's own: an article that is already
    clean stays whole. A run of one- and two-word labels is a menu or a comment widget in a
    language the rules do not know, so it never counts.
    """
    if _unfurnished(lines[end:]):
        end = len(lines)
    if _unfurnished(lines[:start]):
        start = 0
    return start, end


def _unfurnished(run: list[Line]) -> bool:
    if not run or any(line.reason is not None or line.in_container is False for line in run):
        return False  # a named line, or (HTML) one outside the article's container, is the page around it
    stubs = sum(line.words < STUB_WORDS and not ends_sentence(line.body) for line in run)
    return 2 * stubs <= len(run)
