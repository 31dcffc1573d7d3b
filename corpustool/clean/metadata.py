"""Metadata found in the text itself: datelines, timestamps, bylines, copyright owners, titles.

Every pattern here is bounded (no nested quantifiers) and runs on a bounded prefix of a line, so a
pathological megabyte-long line costs linear time.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Final

from corpustool.clean.rules import words

_MONTHS: Final = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_MONTH: Final = r"(?i:january|february|march|april|may|june|july|august|september|october|november|december" \
    r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
MONTH_DAY_YEAR: Final = re.compile(rf"\b({_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I)
DAY_MONTH_YEAR: Final = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\.?\s+({_MONTH}),?\s+(\d{{4}})\b", re.I)
ISO_DATE: Final = re.compile(r"\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b")
NUMERIC_DATE: Final = re.compile(r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b")
MONTH_DAY: Final = re.compile(rf"\b{_MONTH}\s+\d{{1,2}}\b", re.I)
TIME: Final = re.compile(
    r"\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*(?:[A-Z]{2,4}\b|[+-]\d{2}:?\d{2}))?", re.I
)


def _lower_case(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` for lower-cased ASCII text, where it matches the same spans case-sensitively: the
    engine then skips through a line in C to a branch's first letter, while case-insensitive branches
    are each tried at every position."""
    return re.compile(pattern.pattern.replace("(?i:", "(?:").replace("[A-Z]", "[a-z]"))


# The substitutions is_timestamp makes, in order: month and year dates, time, month and day.
_FORMS: Final = (MONTH_DAY_YEAR, DAY_MONTH_YEAR, TIME, MONTH_DAY)
_LOWER_FORMS: Final = (
    _lower_case(MONTH_DAY_YEAR), _lower_case(DAY_MONTH_YEAR), _lower_case(TIME), _lower_case(MONTH_DAY)
)
_FILLER: Final = words(
    "updated update published posted last modified on at am pm a.m p.m et est edt gmt utc ist pt pst cet "
        "bst msk min mins minute minutes read hours hour hrs ago day days week weeks today yesterday monday "
        "tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun de em el le la der um "
        "uhr à h"
)
_DIGIT: Final = re.compile(r"\d")
_YEAR: Final = re.compile(r"\d{4}")
# An ASCII line's digits and date separators, found by one translate: "0" a digit, "-" a dash or
# slash, "." and ":" themselves, every other byte a space. What the date and time forms need of a
# line (digits apart, a four-digit year, a clock's "9:24") is then a substring test, where a regex
# checks a character class at every position.
_SHAPES: Final = bytes(
    ord("0") if chr(c).isdigit() else ord("-") if chr(c) in "-/" else c if chr(c) in ".:" else 32
    for c in range(128)
).ljust(256, b" ")
# What every date or time form is_timestamp strips contains: digits around a separator (ISO and
# numeric dates, clock times) or a month. Beyond ASCII (no _SHAPES) cheap to look for (no \b), so the
# substitutions run only on the few lines that have one.
_DIGITS_APART: Final = re.compile(r"\d[-/.:]\d")
_MONTH_STEMS: Final = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
_MONTH_START: Final = re.compile(rf"(?i:{_MONTH_STEMS})")
_STEMS: Final = tuple(_MONTH_STEMS.split("|"))
# On lower-cased ASCII, a month next to a day number as every month date form has it ("nov 18",
# "18th november"): case-sensitive branches are skipped on their first letter in C, while
# case-insensitive ones are each tried at every position (six times slower).
_MONTH_DAY_LOWER: Final = re.compile(rf"(?:{_MONTH_STEMS})[a-z]*\.?\s+\d")
_DAY_MONTH_LOWER: Final = re.compile(rf"\d(?:st|nd|rd|th)?\.?\s+(?:{_MONTH_STEMS})")
_WORD: Final = re.compile(r"\w+(?:[.'’]\w+)*\.?")

DATELINE: Final = re.compile(
    r"^(?P<place>[A-ZÀ-ÞА-ЯЁ][A-ZÀ-ÞА-ЯЁ'’.\-]+(?:[ /][A-ZÀ-ÞА-ЯЁ][A-ZÀ-ÞА-ЯЁ'’.\-]+){0,3})?"
    r"(?:,\s*(?P<region>[A-Z][a-z]{1,12}\.?)(?=,|\s*\(|\s*[-–—]))?"
    rf"(?:,?\s*(?P<date>{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?|\d{{4}}-\d{{2}}-\d{{2}}))?"
    r"\s*(?:\((?P<agency>[^()\n]{2,40})\))?"
    r"(?P<sep>\s*[-–—:]+\s*|\s+)"
    r"(?=[\"“‘'«A-ZÀ-ÞА-ЯЁ0-9])",
)
# A dateline names its place in capitals ("MOSCOW", "NEW YORK") or, with no place, carries an agency
# in brackets ("April 23 (AP) -"): a line with neither cannot have one, and most paragraphs have neither.
_PLACE_START: Final = re.compile(r"[A-ZÀ-ÞА-ЯЁ][A-ZÀ-ÞА-ЯЁ'’.\-]")
_BYLINE_LEADS: Final = (
    "by", "written by", "words by", "story by", "reporting by", "reported by", "researched by", "edited by",
    "compiled by", "text by", "por", "von", "par", "di", "door", "автор", "текст", "фото",
)
BYLINE: Final = re.compile(
    rf"^(?:{'|'.join(_BYLINE_LEADS)})\s*:?\s+"
    r"[@\w][\w.'’\-:]*(?:[ ,&|•·–—-]+[@\w][\w.'’\-:]*){0,13}\s*$",
    re.I,
)
# First letters (lower-cased) of BYLINE's lead words, Latin and Cyrillic, plus "ſ" (re.I folds it
# to s) and a handle's @: most lines fail this cheap test.
_BYLINE_FIRST: Final = frozenset("bwsrectpvdſатф@")
# The same first letters in either case: an ASCII first character outside it fails the test above
# without a lower-cased copy of it (most lines open on an ASCII letter or digit).
_BYLINE_FIRST_CASED: Final = _BYLINE_FIRST | frozenset(ch.upper() for ch in _BYLINE_FIRST)
# The first words of the leads: an ASCII line (where re.I folds only A-Z) opening with another word
# is no byline, and most lines that pass the test above ("Sports", "The ...") are ruled out so.
_BYLINE_FIRST_WORDS: Final = frozenset(lead.split()[0] for lead in _BYLINE_LEADS)
_BYLINE_OPENINGS: Final = frozenset(word[:2] for word in _BYLINE_FIRST_WORDS)  # their first letters
# ... in any case, for an ASCII line's first two characters as they are (no lower-cased copy).
_BYLINE_OPENINGS_CASED: Final = frozenset(
    a + b for pair in _BYLINE_OPENINGS for a in (pair[0], pair[0].upper()) for b in (pair[1], pair[1].upper())
)
HANDLE: Final = re.compile(r"^@\w{2,30}$")
RIGHTS_BY: Final = re.compile(r"all rights reserved by\s+([^.|\n]{2,60}?)\s*\.?\s*$", re.I)
COPYRIGHT_OWNER: Final = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*"
    r"([A-Z][\w&'’. -]{1,60}?)\s*(?:[.,|]\s|\.$|$|all rights)",
    re.I,
)


def parse_dateline(line: str) -> dict[str, str | None] | None:
    """Split "MOSCOW, April 23 (RIA Novosti) -" off a lead paragraph; None when there is none."""
    first = line[:1]
    if not (first.isupper() or first == "("):
        return None
    head = line[:200]
    if first == "(":
        pass  # "(AP) -"
    elif head[1:2].islower():
        # A lower-case second letter, as in most sentences, starts no capitalised place: the line can
        # only open with a date and an agency ("April 23 (AP) -").
        if "(" not in head or not _MONTH_START.match(head):
            return None
    elif "(" not in head and not _PLACE_START.match(head):
        return None
    m = DATELINE.match(head)
    if not m:
        return None
    place, agency, when = m.group("place"), m.group("agency"), m.group("date")
    if place and (sum(ch.isalpha() for ch in place) < 2 or len(place.split()) > 4):
        return None
    if place and not agency and not when and not re.search(r"[-–—]", m.group("sep")):
        return None  # "NATO said..." is a sentence, not a dateline
    if not place and not agency:
        return None
    if agency and not place and not re.search(r"[-–—]", m.group("sep")):
        return None
    if place and m.group("region"):
        place = f"{place}, {m.group('region')}"
    return {
        "place": place.strip() if place else None,
        "date": when,
        "agency": agency.strip() if agency else None,
    }


def find_date(text: str) -> str | None:
    """First full calendar date in ``text`` as an ISO string (needs a year; "April 23" is not enough)."""
    head = text[:300]
    if _YEAR.search(head) is None:
        return None  # every form below has a four-digit year; most lines have none
    candidates: list[tuple[int, int, int, int]] = []
    for m in MONTH_DAY_YEAR.finditer(head):
        month = _MONTHS[m.group(1).lower().rstrip(".")]
        candidates.append((m.start(), int(m.group(3)), month, int(m.group(2))))
    for m in DAY_MONTH_YEAR.finditer(head):
        month = _MONTHS[m.group(2).lower().rstrip(".")]
        candidates.append((m.start(), int(m.group(3)), month, int(m.group(1))))
    for m in ISO_DATE.finditer(head):
        candidates.append((m.start(), int(m.group(1)), int(m.group(2)), int(m.group(3))))
    for _, y, mo, d in sorted(candidates):
        try:
            if 1900 < y < 2100:
                return date(y, mo, d).isoformat()
        except ValueError:
            continue
    return None


def is_timestamp(line: str, n_words: int) -> bool:
    """A short line that is a date/time plus filler ("Updated: Nov 18, 2019 at 9:24 pm ET • 2 min read")."""
    if n_words > 24 or len(line) > 200:
        return False
    if line.endswith((".", "!", "?")) and not line.lower().endswith(("a.m.", "p.m.")):
        return False
    # What the line holds that a form needs: digits apart around a date separator (ISO and numeric
    # dates), around a clock's (times), four digits in a row (a year), a month's first letters
    # (``named``) and a month next to a day number (``month``). On an ASCII line the digits come from
    # its shape and the month is looked for lower-cased (where the forms run case-sensitively);
    # beyond ASCII, any month's first three letters in any case count: case folding has odd pairs
    # there, such as "ſ"/"s", that only the case-insensitive forms know.
    ascii_line = line.isascii()
    if ascii_line:
        shape = line.encode().translate(_SHAPES).decode()
        if "0" not in shape:
            return False
        dated = "0-0" in shape or "0.0" in shape
        timed = "0:0" in shape or "0.0" in shape
        apart, year = dated or timed, "0000" in shape
        text, forms = line.lower(), _LOWER_FORMS
        named = _has_stem(text)
        month = named and (
            _MONTH_DAY_LOWER.search(text) is not None or _DAY_MONTH_LOWER.search(text) is not None
        )
    else:
        if not _DIGIT.search(line):
            return False
        apart = dated = timed = _DIGITS_APART.search(line) is not None
        year = True
        text, forms = line, _FORMS
        month = named = _MONTH_START.search(line) is not None if "ſ" in line else _has_stem(line.lower())
    if not apart and not month:
        return False
    if n_words > 5 and _kept_words(line, apart) > 5:
        return False  # more words than any verdict allows survive every substitution below
    # Substitutions the line cannot match are skipped (a replacement is one space, so it never brings
    # digits, separators or letters together): a month-and-year date needs a month and a year, ISO
    # and numeric dates digits apart, a time a clock's digits, a month and day a month's letters. The
    # words are counted in any case, so a lower-cased line counts the same.
    month_day_year, day_month_year, clock, month_day = forms
    rest = text
    if month and year:
        rest = month_day_year.sub(" ", rest)
        rest = day_month_year.sub(" ", rest)
    if dated:
        rest = ISO_DATE.sub(" ", rest)
        rest = NUMERIC_DATE.sub(" ", rest)
    had_date = rest != text
    if timed:
        rest = clock.sub(" ", rest)
    had_time = had_date or rest != text
    if not had_date and named:
        rest2 = month_day.sub(" ", rest)
        had_date = rest2 != rest
        rest = rest2
    words = [w for w in _WORD.findall(rest) if w.lower().rstrip(".") not in _FILLER and not w.isdigit()]
    if had_date:
        return len(words) <= 5
    return had_time and len(words) <= 1


def _has_stem(low: str) -> bool:
    """Whether a lower-cased line holds a month's first three letters (substring tests: a regex
    would check a character class at every position)."""
    return any(stem in low for stem in _STEMS)


def _kept_words(line: str, apart: bool) -> int:
    """Words of the line that no substitution in is_timestamp can remove or change, and that are no
    filler: a lower bound on the words it counts, found without the re.I patterns. Such a word is a
    whitespace-delimited run of ASCII letters that is not a month name (the only letters a date
    pattern holds); with digits apart a time may precede it, so it must also not be 2-4 letters (a
    time zone) nor open with "am" or "pm" (which TIME eats off a longer word)."""
    kept = 0
    for word in line.split():
        if word.isascii() and word.isalpha():
            low = word.lower()
            if low in _MONTHS or low in _FILLER:
                continue
            if apart and (1 < len(low) < 5 or low.startswith(("am", "pm"))):
                continue
            kept += 1
    return kept


def is_byline(line: str, n_words: int) -> bool:
    """"By Jane Doe", "By Jane Doe and John Roe | Reuters", "@handle"."""
    if n_words > 16 or len(line) > 160:
        return False
    first = line[:1]
    if first not in _BYLINE_FIRST_CASED and (first.isascii() or first.lower() not in _BYLINE_FIRST):
        return False
    if line.isascii() and line[0] != "@":
        if line[:2] not in _BYLINE_OPENINGS_CASED:
            return False
        first_word = line.split(None, 1)[0].lower().rstrip(":")  # it ends at a space or colon
        if first_word not in _BYLINE_FIRST_WORDS:
            return False
    return bool(BYLINE.match(line) or HANDLE.match(line))


def copyright_owner(line: str) -> str | None:
    """The rights holder named in a copyright line, if it names one."""
    m = RIGHTS_BY.search(line[:300])
    if m:
        return m.group(1).strip()
    m = COPYRIGHT_OWNER.search(line[:300])
    if m:
        owner = m.group(1).strip(" .,-")
        if len(owner) >= 3 and not owner.lower().startswith(("all rights", "the contents", "copyright")):
            return owner
    return None
