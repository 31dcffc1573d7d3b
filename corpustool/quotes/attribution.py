"""Find the cue verb and the speaker phrase that attribute a quotation.

The patterns are the ones style guides teach: "...," X said / "...," said X / X said: "..." /
X said that "..." / according to X / "..." -- X, with appositives ("Sergei Kislyak, Russian deputy
foreign minister, said") and any cue verb of ``lexicon/cue_verbs.txt``. Functions here only look
at one stretch of text and return offsets; deciding which stretch to look at is extract.py's job.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Final

from corpustool.quotes import sentences, tables
from corpustool.quotes.article_cache import ArticleIndex, LatestArticle
from corpustool.quotes.chars import (
    ascii_letter_at,
    is_alpha,
    is_lower,
    is_upper,
    is_word_char,
    letter_at,
    nonspace_end,
    space_at,
)
from corpustool.quotes.cues import cue_words
from corpustool.quotes.marks import QuoteSpan, Span
from corpustool.quotes.name_runs import RUN_RE, run_end_at, run_spans
from corpustool.quotes.speakers import (
    _ADJ_ENDINGS,
    _COMPANY_SUFFIXES,
    _KIN_NOUNS,
    _OWNED_BODIES,
    _PLACE_PREPOSITIONS,
    _POSSESSIVE_ENDS,
    _PREPOSITIONS,
    _remember,
    _run_name,
    is_person_name,
    split_title,
)

if TYPE_CHECKING:
    from mypy_extensions import i64

_WORD_RE: Final = re.compile(r"[A-Za-z][A-Za-z’'\-]*")
_MAX_STRIPPED: Final = 8
MAX_DESCRIPTION_WORDS: Final = 16  # "a woman in the audience at a Clinton campaign event in New Hampshire"
_LEAD_TRIM: Final = " \t\r\n\u00a0,;—–-)(]\"“”"
# Words between a subject and its cue verb ("he also said", "Rogozin had earlier said", "he was
# quoted as saying") and connectives before a subject ("And he said") are not part of the speaker.
_AUX: Final = tables.word_set("auxiliaries.txt")
_CONNECTIVES: Final = tables.word_set("connectives.txt")
_DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_TIME_OPENERS: Final = frozenset(
    ("this", "last", "next", "that", "on", "yesterday", "today", *_DAYS.lower().split("|"))
)
# a time phrase opening a subject phrase ("this year the Royal College of Physicians said")
_TIME_LEAD_RE: Final = re.compile(
    rf"(?:[Tt]his|[Ll]ast|[Nn]ext|[Tt]hat) (?:week|month|year|morning|afternoon|evening|night|weekend"
    rf"|spring|summer|autumn|fall|winter|{_DAYS})\b"
    rf"|(?:[Oo]n )?(?:{_DAYS})(?: morning| afternoon| evening| night)?\b(?! [A-Z])|[Yy]esterday\b|[Tt]oday\b"
)
_LY_NOUNS: Final = tables.word_set("ly_nouns.txt")
_STATES: Final = tables.word_set("us_states.txt")
_PLACE_SURNAMES: Final = tables.word_set("place_surnames.txt")
_NAME_AUXILIARIES: Final = _PLACE_SURNAMES | frozenset(tables.first_names())  # May, Will
_ORIGIN_PREPOSITIONS: Final = tables.word_set("origin_prepositions.txt")
_STOP_AFTER_CUE: Final = tables.word_set("after_cue_stops.txt")
_DASH_RE: Final = re.compile(r"[\s\u00a0]*(?:—|–|―|--|-)[\s\u00a0]*")
_DASHES: Final = frozenset("—–―-")  # what _DASH_RE takes after its white space
_ACCORDING_RE: Final = re.compile(r"\baccording to\s+", re.I)
_COORDINATED_RE: Final = re.compile(r",\s+(?:and|but)\b")
_LABEL_RE: Final = re.compile(r"([A-Z][A-Z.'’ -]{1,40}):\s+")
_LABEL_SECOND: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ.'’ -")  # what _LABEL_RE takes after the capital


class Attribution:
    """Offsets of a speaker phrase and of its cue (either may be missing)."""

    __slots__ = ("appositive", "cue", "speaker")

    def __init__(self, speaker: Span | None, cue: Span | None, appositive: Span | None = None) -> None:
        self.speaker = speaker
        self.cue = cue
        self.appositive = appositive


def _trim(text: str, start: int, end: int, chars: str = _LEAD_TRIM) -> Span:
    start = _skip_chars(text, start, end, chars)
    return Span(start, _back_over_chars(text, start, end, chars))


def _skip_chars(text: str, start: int, end: int, chars: str) -> int:
    """The first offset from ``start`` (before ``end``) whose character is not one of ``chars``
    (which hold no letter: a letter, where most walks stop, is told by its code)."""
    while start < end and not ascii_letter_at(text, start) and text[start] in chars:
        start += 1
    return start


def skip_space(text: str, start: int, end: int) -> int:
    """The first offset from ``start`` (before ``end``) that is not white space: where
    text[start:end].lstrip() starts, without copying the stretch twice."""
    while start < end and text[start].isspace():
        start += 1
    return start


def back_over_space(text: str, start: int, end: int) -> int:
    """Where text[start:end].rstrip() ends, without copying the stretch."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _back_over_chars(text: str, start: int, end: int, chars: str) -> int:
    """``end`` moved back over the ``chars`` that close text[start:end] (``chars`` hold no letter,
    as for _skip_chars)."""
    while end > start and not ascii_letter_at(text, end - 1) and text[end - 1] in chars:
        end -= 1
    return end


def _word_end(text: str, start: int, end: int) -> int:
    """Where the word _WORD_RE matches at ``start`` ends (``start`` when none opens there): a
    walk over its letters, where the pattern call costs more than the word is long."""
    k, end = start, min(end, len(text))
    if k < end and ascii_letter_at(text, k):
        k += 1
        while k < end and (ascii_letter_at(text, k) or text[k] in "’'-"):
            k += 1
    return k


def _letter_pair(text: str, i: int) -> int:
    """Where text[i : i + 2], lower-cased, stands among the 26 x 26 pairs of ASCII letters ("aa"
    is 0, "zz" 675), the pair _letter_key extends; -1 when either is no ASCII letter
    (or out of the text)."""
    if i < 0 or i + 1 >= len(text):
        return -1
    a, b = letter_at(text, i), letter_at(text, i + 1)
    return a * 26 + b if a >= 0 and b >= 0 else -1


def _letter_key(pair: int, extra: int) -> int:
    """Where a letter pair (a _letter_pair index) with one more letter beside it (0-25; -1 for a
    character that is no ASCII letter, or for none) stands in a _letter_keys table."""
    return pair * 27 + (extra if extra >= 0 else 26)


def _letter_keys(words: Iterable[str], *, closing: bool) -> bytes:
    """Which keys (1 at their place) the lowercase ASCII ``words`` give: their first two letters
    and the third (none for a word of two), or with ``closing`` their last two and the one before
    those. Bytes, not a list of 18,252 bools: an eighth of the memory."""
    table = bytearray(26 * 26 * 27)
    for w in words:
        if not (len(w) >= 2 and w.isascii() and w.isalpha() and w.islower()):
            raise ValueError(f"not a lower-case ASCII word: {w!r}")
        pair, extra = (w[-2:], w[-3:-2]) if closing else (w[:2], w[2:3])
        code = (ord(pair[0]) - 97) * 26 + ord(pair[1]) - 97
        table[_letter_key(code, ord(extra) - 97 if extra else -1)] = 1
    return bytes(table)


def _opening_key(text: str, start: int, end: int) -> int:
    """The _letter_keys place of the three characters opening text[start:end]; -1 when two ASCII
    letters do not open it."""
    pair = _letter_pair(text, start)
    if pair < 0:
        return -1
    return _letter_key(pair, letter_at(text, start + 2) if start + 2 < end else -1)


def _closing_key(text: str, start: int, end: int) -> int:
    """The _letter_keys place (closing) of the three characters closing text[start:end]; -1 when
    two ASCII letters do not close it."""
    pair = _letter_pair(text, end - 2)
    if pair < 0:
        return -1
    return _letter_key(pair, letter_at(text, end - 3) if end - 3 >= start else -1)


# The three letters that open every word _strip_words drops from a phrase's start (the first
# two and none after them, for a word of two), and the three that close every word it drops
# from its end (the last two and none before them), in either case: the three characters there
# rule out most phrases ("Clinton", "He", "Trump"; two letters would let "In", "We", "Clinton"
# through, for "instead", "wednesday", "on") before the word is walked over, cut out and
# lower-cased. (No other character lower-cases to an ASCII letter in a word but the Kelvin sign,
# and "k" is in no such word but before "ly", where any character is let through.)
_OPENING_KEYS: Final = _letter_keys(_CONNECTIVES | _TIME_OPENERS, closing=False)
# an -ly adverb's close: any letter or none (a non-ASCII one) before "ly"
_ADVERB_ENDS: Final = frozenset(["ly", *(c + "ly" for c in "abcdefghijklmnopqrstuvwxyz")])
_CLOSING_KEYS: Final = _letter_keys(_AUX | _ADVERB_ENDS, closing=True)


def _strip_words(text: str, start: int, end: int) -> Span:
    """Drop leading connectives and trailing auxiliaries from a subject phrase.

    At most ``_MAX_STRIPPED`` words go from each end: real phrases have a few ("and so", "had
    earlier been"), and a scraped run of thousands would otherwise be walked for every cue."""
    # offsets are trimmed in place, not through Spans: this runs for every candidate subject
    start = _skip_chars(text, start, end, _LEAD_TRIM)
    end = _back_over_chars(text, start, end, _LEAD_TRIM)
    for _round in range(_MAX_STRIPPED):  # named: mypyc boxes a loop counter called "_"
        key = _opening_key(text, start, end)
        if key < 0 or not _OPENING_KEYS[key]:
            break  # no connective nor time word opens the phrase (nor any word: "", "3")
        word_end = _word_end(text, start, end)
        word = text[start:word_end].lower()
        if word_end == start:
            word_end = end  # no word opens the phrase: nothing to strip
        elif word not in _CONNECTIVES:
            # "[Earlier] this year the Royal College": the word test first, this runs for every subject
            m = _TIME_LEAD_RE.match(text, start, end) if word in _TIME_OPENERS else None
            word_end = m.end() if m else end
        if word_end >= end:
            break
        start = _skip_chars(text, word_end, end, _LEAD_TRIM)
        end = _back_over_chars(text, start, end, _LEAD_TRIM)
    for _round in range(_MAX_STRIPPED):
        key = _closing_key(text, start, end)
        if end <= start or key < 0 or not _CLOSING_KEYS[key]:
            break  # no auxiliary nor -ly adverb closes the phrase
        k = _last_word_start(text, start, end)
        word = text[k:end].strip(",")
        # an -ly adverb only inside the phrase ("the nominee mockingly"), not after its comma
        adverb = _adverb(word) and text[k - 1 : k] == " " and text[k - 2 : k - 1] not in ",;—"
        # "Some students may have thought", "Thanou Had said" (a scan's capital) end in an
        # auxiliary; "Theresa May said", "George Will said" in a surname that is also one. The
        # words of _AUX are lowercase: the word is one of them as written when it is its lower case
        low = word.lower()
        aux = low in _AUX and (low == word or low not in _NAME_AUXILIARIES)
        if not ((aux or adverb) and k > start):
            break
        start = _skip_chars(text, start, k, _LEAD_TRIM)
        end = _back_over_chars(text, start, k, _LEAD_TRIM)
    return Span(start, end)


def _adverb(word: str) -> bool:
    """A lowercase -ly word that is no noun ("mockingly", "angrily"; not "ally", "family")."""
    if len(word) <= 4 or not word.endswith("ly"):
        return False
    return word.isalpha() and word.islower() and word not in _LY_NOUNS


def _last_word_start(text: str, start: int, end: int) -> int:
    """Where the last whitespace-free word of text[start:end] starts (``end`` when it ends in white
    space): a walk back over the word, where a slice and an rsplit (an interpreted call in the
    compiled build) cost more than the word is long."""
    k = end
    while k > start and not space_at(text, k - 1):
        k -= 1
    return k


_HAS_NAME: Final[dict[str, bool]] = {}


def _has_name(phrase: str) -> bool:
    """Some capitalised run of the phrase names a person. Memoised (a bounded dict, no lru_cache:
    its wrapper is an interpreted call in the compiled build): within one article the same chunks
    are asked about again and again (every cue, every quote)."""
    found = _HAS_NAME.get(phrase)
    if found is None:
        # findall gives the runs as strings from one C call: no match object and group() per run
        named = False
        for run in RUN_RE.findall(phrase):
            if _run_name(run) is not None:
                named = True
                break
        found = _remember(_HAS_NAME, phrase, named)
    return found


def is_named(phrase: str) -> bool:
    """Some capitalised run of the phrase names a person ("President Obama, tweeting")."""
    return _has_name(phrase)


def is_person_phrase(phrase: str) -> bool:
    """The phrase ends in a person's name, titles allowed before it ("Florida consultant Wilson")."""
    last = None
    for m in RUN_RE.finditer(phrase):
        last = m
    if last is None or last.end() < len(phrase.rstrip()):
        return False
    split = _run_name(last.group())
    return split is not None and (len(split[1]) > 1 or bool(split[0]) or last.start() > 0)


def _place_phrase(text: str, chunk: Span, uncased: bool) -> bool:
    """A chunk that opens in lower case and names only places: "of" and a capitalised run ("of
    Springfield"), or runs each right after "in", "from", "at" or "near" ("a retiree in Carthage",
    "during a town hall in Columbus"); "supporters of Hillary Clinton" names a person.
    ``uncased``: lower-casing leaves the chunk as it is, so it holds no capital a run opens with."""
    if not is_lower(text[chunk.start]):
        return False
    # the word "of" opening the chunk, told in place (the chunk is split only then)
    of = chunk.end - chunk.start >= 2 and text[chunk.start] == "o" and text[chunk.start + 1] == "f"
    if of and (chunk.end == chunk.start + 2 or space_at(text, chunk.start + 2)):
        words = text[chunk.start : chunk.end].split()
        return len(words) > 1 and all(w[:1].isupper() for w in words[1:])
    if uncased:
        return False  # no run (one chunk in two here): the run pattern costs thousands of instructions
    runs = run_spans(text, chunk.start, chunk.end)
    for at, _ in runs:
        before = text[max(chunk.start, at - 6) : at].split()
        if not before or before[-1] not in _ORIGIN_PREPOSITIONS or text[at - 1] != " ":
            return False
    return len(runs) > 0


def _is_state(words: list[str]) -> bool:
    """A chunk that names a US state ("Va.", "Calif.", "New York"): all its words capitalised state
    words (``lexicon/us_states.txt``)."""
    return len(words) <= 3 and all(w[:1].isupper() and w.rstrip(".").lower() in _STATES for w in words)


_TITLEISH: Final[dict[str, bool]] = {}


def _is_titleish(phrase: str) -> bool:
    """Some word of the phrase is a title or role ("a senior adviser to the campaign").
    Memoised as _has_name is: the same chunks and appositives are asked about again (one call in
    four within an article), and the word pattern costs thousands of instructions a phrase."""
    found = _TITLEISH.get(phrase)
    if found is None:
        titles = tables.titles()
        found = _remember(_TITLEISH, phrase, any(w.lower() in titles for w in _WORD_RE.findall(phrase)))
    return found


def _chunk_breaks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each separator in text[start:end] with the white space around it: what
    the pattern \\s*(?:,|—|–|--|\\(|\\))\\s* finds, without trying it at every character. A
    separator is a comma, a dash ("—", "–", "--") or a bracket. One walk over the characters'
    codes: a stretch is tens of characters, and a find per separator (six method calls, most
    finding nothing) cost more than the walk."""
    out: list[tuple[int, int]] = []
    taken: i64 = start
    stop: i64 = end
    k: i64 = start
    while k < stop:
        c: i64 = ord(text[k])
        if 45 < c < 0x2013 or c < 40:
            k += 1  # letters, digits, white space: the test most characters take
            continue
        if c == 44 or c == 40 or c == 41 or c == 0x2013 or c == 0x2014:
            j = k + 1
        elif c == 45 and k + 1 < stop and ord(text[k + 1]) == 45:
            j = k + 2  # "--" ("---" is one, then a hyphen)
        else:
            k += 1
            continue
        i = k
        k = j
        if c == 44 and text[i - 1 : i].isdigit() and text[j : j + 1].isdigit():
            continue  # "12,000 people": a thousands separator
        while i > taken and space_at(text, i - 1):
            i -= 1
        while j < stop and space_at(text, j):
            j += 1
        out.append((i, j))
        taken = j
    return out


# "... in a video where she said": a pronoun opening a subordinate clause right before the cue
_CLAUSE_PRONOUN_RE: Final = re.compile(
    r"(?:\b(?:where|when|as|after|before|while|because|and|but|then|so|that|if|until|once|although"
    r"|though|since|unless|today|yesterday|tonight|now|later|\d{4})|[-—–]) (he|she|they|we|I)$",
    re.I,
)
# the longest match is "yesterday they" (14 characters): only the chunk's end is searched, since a
# pattern opening with a word boundary is otherwise tried at every position of a long clause
_CLAUSE_PRONOUN_SPAN: Final = 16
_PRONOUN_LAST_LETTERS: Final = frozenset("eEyYiI\u0130\u0131")  # he she we they I, case-folded as re.I does
_GROUP_RELATIVE_RE: Final = re.compile(
    r"(?:both|all|many|most|some|several|each|either|neither|none|two|three|four) of (?:whom|them)\b", re.I
)
# a chunk of only these before the cue joins it to the clause before (", and said")
_VERB_COORDINATORS: Final = frozenset(("and", "and then", "and also", "but", "but also", "then"))
_ING_NEXT_RE: Final = re.compile(r"\s*[a-z]+ing\b")  # the cue after a subject is a participle
_PARTY_RE: Final = re.compile(r"(?:Republican|Democrat|Democratic|Independent|[RDI]-[A-Z])\b")
_AGE_RE: Final = re.compile(r"^\d{1,3}$")
_WHEN_RE: Final = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|June|July|August"
    r"|September|October|November|December"
)
_PARTY_TAG_RE: Final = re.compile(r"[RDI](?:-[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)?$")
# The chunk tests below try their pattern only after its first character (or, for the group
# relative, its "of") is there: each runs for most chunks of a subject phrase, and a pattern
# call costs more than the test. Case-blind, o and f match only O and F besides themselves.
_PARTY_INITIALS: Final = frozenset("RDI")
_WHEN_INITIALS: Final = frozenset("MTWFSJAOND")  # of Monday ... Sunday, January ... December


def _party(chunk: str) -> bool:
    return chunk[:1] in _PARTY_INITIALS and _PARTY_RE.match(chunk) is not None


def _party_tag(chunk: str) -> bool:
    return chunk[:1] in _PARTY_INITIALS and _PARTY_TAG_RE.match(chunk) is not None


def _age(chunk: str) -> bool:
    return chunk[:1].isdigit() and _AGE_RE.match(chunk) is not None  # every \d is a digit


def _when(chunk: str) -> bool:
    return chunk[:1] in _WHEN_INITIALS and _WHEN_RE.fullmatch(chunk) is not None


def _clause_pronoun(text: str, chunk: Span) -> re.Match[str] | None:
    """_CLAUSE_PRONOUN_RE at the chunk's end, tried only when the chunk can hold it: a word of at
    most four characters closing it after a space, ending in e, y or i (he, she, they, we, I;
    case-folded as re.I does). Most chunks are a name or end in a longer word. A chunk is trimmed:
    it never ends in the newline before which $ would match too."""
    if text[chunk.end - 1] not in _PRONOUN_LAST_LETTERS:
        return None
    last = _last_word_start(text, chunk.start, chunk.end)
    if chunk.end - last > 4 or last <= chunk.start or text[last - 1] != " ":
        return None
    # a match opens on the character before that space when a dash is there, or else where the
    # word ending there starts (no \b holds inside it): one match call there, not a search trying
    # the case-blind alternatives at every character
    lo = max(chunk.start, chunk.end - _CLAUSE_PRONOUN_SPAN)
    at = last - 2
    if at < lo or text[at] not in "-—–":
        at = last - 1
        while at > lo and is_word_char(text[at - 1]):
            at -= 1
    return _CLAUSE_PRONOUN_RE.match(text, at, chunk.end)


def _group_relative(chunk: str, words: list[str]) -> bool:
    """"both of whom", "all of them" opening the chunk (``words``: its words)."""
    return len(words) > 2 and words[1].lower() == "of" and _GROUP_RELATIVE_RE.match(chunk) is not None


def _chunks(
    text: str, start: int, end: int, *, last: int | None = None, breaks: list[tuple[int, int]] | None = None
) -> list[Span]:
    """Comma/dash/bracket chunks of a phrase, trimmed; ``last`` keeps only the final ones
    (a subject is looked for near its cue, so long sentence openings are not trimmed in vain).
    ``breaks`` are the phrase's _chunk_breaks when the caller has them already."""
    if breaks is None:
        breaks = _chunk_breaks(text, start, end)
    out: list[Span] = []
    # chunk k runs from the end of break k-1 (or the start) to the start of break k (or the end)
    for k in range(len(breaks), -1, -1):
        c = _strip_words(text, breaks[k - 1][1] if k > 0 else start, breaks[k][0] if k < len(breaks) else end)
        if c.end > c.start:
            out.append(c)
            if last is not None and len(out) >= last:
                break
    out.reverse()
    return out


_AFFILIATION_RE: Final = re.compile(r" of (?:the )?[A-Z][\w.’'-]*(?: (?:[A-Z][\w.’'-]*|and|for|of|the))*$")


def _name_before_affiliation(text: str, span: Span) -> Span | None:
    """'nuclear experts David Albright and Serena Kelleher-Vergantini of Washington's Institute for
    Science and International Security wrote': the name that the 'of <organisation>' closing the
    chunk belongs to."""
    m = _AFFILIATION_RE.search(text, span.start, span.end)
    if m is None or m.start() <= span.start:
        return None
    name = _trailing_name(text, Span(span.start, m.start()))
    return name if name is not None and name.end >= m.start() else None


def _trailing_name(text: str, span: Span) -> Span | None:
    """The last capitalised name run of a long chunk, with the title words just before it."""
    last = None
    for at, end in run_spans(text, span.start, span.end):
        if _run_name(text[at:end]) is not None:
            last = Span(at, end)
    return last


def _titled_name_follows(words: list[str]) -> bool:
    """``words`` open with up to three lowercase words that hold a title, then a capitalised
    word: "stock exchange president Michael Hauck"."""
    k = 0
    while k < len(words) and is_lower(words[k][:1]):
        k += 1
    titled = any(w.lower().strip(",") in tables.titles() for w in words[:k])
    return 0 < k <= 3 and k < len(words) and words[k][:1].isupper() and titled


_NAMING_VERBS: Final = tables.word_set("naming_verbs.txt")
_QUOTED_NAME_RE: Final = re.compile(r"\s+(?:the\s+|a\s+)?[“\"]")  # a naming verb's quoted name next


def _kicker_end(text: str, start: int, end: int) -> int:
    """Where a sentence starts after three or more words in capitals that open the stretch (a
    headline run into its item); -1 when the stretch opens otherwise."""
    m = _KICKER_RE.match(text, start, end)
    return m.end() if m else -1


_KICKER_RE: Final = re.compile(r"(?:[A-Z][A-Z0-9'’$.,-]*\s+){3,}(?=[A-Z][a-z])")


def _quoted_person(text: str, span: Span, end: int) -> Span:
    """'An early tweet quoted the president as saying', 'It quoted Oil Minister X as saying': the
    person quoted is the speaker, not the report that quotes them ('was quoted in the paper as
    saying' keeps its subject)."""
    # the cheap test first, in place: the last word after the span is "as" (rarely; a slice and
    # split cost more, and so does the search for "quoted")
    tail = back_over_space(text, span.end, end)
    if tail - span.end < 2 or ord(text[tail - 2]) != 97 or ord(text[tail - 1]) != 115:
        return span
    if tail - 2 > span.end and not space_at(text, tail - 3):
        return span  # "has", "was"
    k = text.rfind(" quoted ", span.start, span.end)
    if k < 0:
        return span
    after = text[k + 8 : span.end].split()
    if not after or after[0].lower() in _NON_SUBJECT_OPENERS:
        return span
    return Span(k + 8, span.end)


# a wire dateline's date or agency and its dash: "LONDON, Oct 3 -", "WASHINGTON (Reuters) -"
_DATELINE_RE: Final = re.compile(
    r"(?:\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}|\([A-Z][\w ]{1,20}\))"
    r"[ \u00a0]+(?:-{1,2}|—|–)[ \u00a0]+"
)
_DATELINE_REACH: Final = 60  # characters from the phrase start a dateline may run
_DATELINE_DASHES: Final[tuple[str, ...]] = ("-", "—", "–")  # one of them closes every dateline


def _dateline(text: str, start: int, end: int) -> re.Match[str] | None:
    """The dateline's dash, looked for only in a phrase that opens its paragraph, where a
    dateline stands (the cheap tests first: this runs for every subject phrase). The pattern,
    tried at every character (some 15,000 instructions a phrase), needs a dash with a space or
    a no-break space before it: most paragraph openings have none, or only hyphens in words."""
    if start > 0 and text[start - 1] != "\n":
        return None
    for dash in _DATELINE_DASHES:
        i = text.find(dash, start, end)
        while i >= 0:
            if i > start and text[i - 1] in " \u00a0":
                return _DATELINE_RE.search(text, start, end)
            i = text.find(dash, i + 1, end)
    return None


class _Subjects(ArticleIndex):
    """``subject_in`` answers for one article: lead-ins, tails, introductions and reported
    sentences ask about the same stretches (about one call in seven repeats one)."""

    __slots__ = ("found",)

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.found: dict[tuple[int, int], tuple[Span, Span | None] | None] = {}


_SUBJECTS: Final = LatestArticle(_Subjects)


def subject_in(text: str, start: int, end: int) -> tuple[Span, Span | None] | None:
    """``_subject_in`` memoised per article (it reads nothing but the text and the stretch, and no
    caller changes the spans it returns). A new answer is returned as computed, not read back: the
    compiled build builds the key tuple anew for every dict operation."""
    found = _SUBJECTS.get(text).found
    key = (start, end)
    if key in found:
        return found[key]
    subject = _subject_in(text, start, end)
    found[key] = subject
    return subject


def _subject_in(text: str, start: int, end: int) -> tuple[Span, Span | None] | None:
    """The speaker inside a phrase that precedes a cue verb, plus an appositive title if any.

    Walks the comma/dash chunks backwards: "Sergei Kislyak, Russian deputy foreign minister" gives
    the name with the title as appositive, "Sarandon, 69," skips the age, "Smith, delivering
    Cross' speech," skips the participle, a long clause gives its last name run.
    """
    span = _strip_words(text, start, end)
    if span.end <= span.start:
        return None
    if span.end - span.start <= 4 and text[span.start : span.end].lower() in tables.pronouns():
        # "he", "they" (one call in six): the tests below find no dateline, headline, break
        # or clause in a lone pronoun, and the chunk loop returns it at once
        return span, None
    dateline = _dateline(text, span.start, min(span.end, span.start + _DATELINE_REACH))
    if dateline is not None:
        # "LONDON, Oct 3 - Caterpillar Inc said": the wire dateline glued to the first sentence
        span = _strip_words(text, dateline.end(), span.end)
        if span.end <= span.start:
            return None
    # the headline opens with a capital A-Z and goes on with no a-z: told by the codes, not by a
    # slice and str.isupper (a method call) for every subject phrase
    if (
        span.end - span.start > 2
        and 65 <= ord(text[span.start]) <= 90
        and not 97 <= ord(text[span.start + 1]) <= 122
    ):
        kicker = _kicker_end(text, span.start, span.end)
        if kicker > 0:
            # "AUSTRALIAN OLYMPIC TEAM REFUSES TO STAY IN OLYMPIC VILLAGE The team cited": a digest's
            # capitalised headline glued to the item's first sentence
            span = _strip_words(text, kicker, span.end)
    span = _quoted_person(text, span, end)
    breaks = _chunk_breaks(text, span.start, span.end)
    # one chunk is the span, already stripped (stripping twice changes nothing); of several, the
    # loop below reads the last three and one before
    chunks = _chunks(text, span.start, span.end, last=4, breaks=breaks) if breaks else [span]
    if not chunks:
        return None
    town = -1  # where a town named before its state ends ("members of the Bass family of Fort Worth")
    if (
        len(chunks) > 1
        and is_upper(text[_last_word_start(text, chunks[-2].start, chunks[-2].end)])
        and _is_state(text[chunks[-1].start : chunks[-1].end].split())
    ):
        # "Cecelia Purner, 67, a retiree in Allentown, Pa., said": the state after a town ends the
        # phrase ("In a filing, Texas argued" keeps its speaker)
        chunks = _chunks(text, span.start, span.end, last=5, breaks=breaks)[:-1]
        town = chunks[-1].end
    pron = tables.pronouns()
    appositive: Span | None = None
    final = chunks[-1]
    tail_word = _clause_pronoun(text, final)
    if tail_word:
        # "... in a new video where she said" -> she
        return Span(tail_word.start(1), tail_word.end(1)), None
    fronted = _fronted_pronoun(text, final)
    if fronted is not None:
        return fronted, None
    employed = _name_before_employer(text, chunks) if len(chunks) > 2 else None
    if employed is not None:
        return employed
    last = len(chunks) - 1  # the last chunk that is more than a modifier of the one before
    for k in range(len(chunks) - 1, max(-1, len(chunks) - 4), -1):
        c = chunks[k]
        c_text = text[c.start : c.end]
        words = c_text.split()
        if not words:
            continue  # only separators str.split() knows and the trim does not ("\x1e")
        first = words[0]
        # lower-cased once: the tests below ask for them again and again
        first_low = first.lower()
        c_low = c_text.lower()
        if k > 0 and text[c.start - 1] in '“"':
            continue  # 'Perry, wearing a cape bearing the words, “I’m with Her,” shouted': a quotation
        if c_low in pron:
            return c, appositive
        if k == last and k > 0 and c_low in _VERB_COORDINATORS:
            # "The spokeswoman challenged the claim that Grayson attacked Clinton, and said": the
            # cue is a second verb of the clause before, whose subject speaks
            opening = _clause_subject(text, chunks[k - 1])
            if opening is not None:
                return opening, None
            last -= 1
            continue
        absolute = k == len(chunks) - 1 and first_low == "with" and len(words) > 1
        if absolute and _ING_NEXT_RE.match(text, end):
            # "..., with the former secretary of state calling the move": the absolute clause's subject
            return Span(text.find(words[1], c.start + len(first)), c.end), appositive
        bracketed_state = text[c.start - 1] == "(" and _is_state(words)
        if k > 0 and (_party_tag(c_text) or bracketed_state or _when(c_text)):
            # "Rep. John Mica (R-Fla.)", "Marco Rubio (Fla.) debated", "behind Sen. Ted Cruz
            # (R-Texas) Wednesday, saying": a party tag, a state or a day is not the speaker
            last -= last == k
            continue
        if k > 0 and _place_phrase(text, c, c_low == c_text):
            continue  # "Johnnie Wilson, of Springfield, said", "a retiree in Carthage": where, not who
        if k > 0 and first in _FRONTING_PREPOSITIONS and _ends_in_name(text, chunks[k - 1]):
            continue  # "Weizsaecker, in a speech on ... a visit to Argentina, says": an aside
        agent = k > 0 and len(words) > 2 and words[1] == "by" and first.endswith("ed") and first.islower()
        if agent and _noun_phrase_before(text, chunks[k - 1]):
            continue  # "The Interministerial Committee, headed by Minister Giovanni Goria, said"
        if k > 0 and _describes_organisation(text, chunks[k - 1], words):
            continue  # "at Stratfor, the Texas-based geopolitical intelligence organization,": its appositive
        if k > 0 and first_low in _RELAY_OPENERS:
            continue  # "Richardson, via USA Today, said", "Smith, like Jones, said": not the speaker
        affiliation = first_low in _AFFILIATION_OPENERS
        # "Lloyds Treasurer", "Leader of the Commons": a capitalised title, or one of an office
        # with no given name after it ("Speaker of the House Rep. Paul Ryan" names the speaker)
        office = len(words) > 2 and words[1] == "of" and first_low in tables.titles()
        office = office and not any(w.lower() in tables.first_names() for w in words)
        title_like = words[-1].lower() in tables.titles() or office
        capital_title = not affiliation and is_upper(first[:1]) and title_like
        if k > 0 and (affiliation or capital_title) and _ends_in_name(text, chunks[k - 1]):
            if affiliation:
                continue  # "Simon Sweetman, from the Federation of Small Businesses, said": his employer
            if all(is_upper(w[:1]) or w in ("of", "the", "and", "for") for w in words):
                appositive = appositive or c
                continue  # "Alan Moore, Lloyds Treasurer, told", "Mr Hain, Leader of the Commons,"
        before = k - 1
        if before > 0 and _age(text[chunks[before].start : chunks[before].end]):
            before -= 1  # "Brittany Lockwood, 20, a political science major,": the age sits between
        if (
            k == len(chunks) - 1
            and k > 0
            and _bare_group(words)
            and not (_ends_in_name(text, chunks[before]) or _aged_name(text, chunks, before))
        ):
            return c, None  # "... will also be expanded, officials said": no name for it to describe
        if k == len(chunks) - 1 and _group_relative(c_text, words):
            return None  # "Herring and Howard, both of whom advised him": several people speak
        if k > 0 and first_low in ("who", "whose", "which"):
            continue  # "Paris, who used to work on Capitol Hill,": a relative clause
        if k > 0 and c_low.startswith("one of "):
            continue  # "Scott Pruitt, ..., one of the states suing the EPA,": an appositive
        # "Sen. John Danforth, a Missouri Republican, said": a party appositive
        partisan = first_low in ("a", "an") and (
            _PARTY_RE.search(c_text) is not None or words[-1].lower() in _PERSON_HEADS
        )  # or a role: "Bob Dole, a key Reagan ally, told"
        if (
            k > 0
            and _appositive_opener(first, c_text)
            and (_is_titleish(c_text) or partisan or (len(words) > 1 and words[1].lower() in _KIN_NOUNS))
            and (_names_someone(text, chunks[before]) or _aged_name(text, chunks, before))
        ):
            # "Vann R. Newkirk II, a writer for The Atlantic,", "Patrick Nielsen Hayden, Teresa's
            # husband and Tor's editor in chief,", "Dave Prentis, general secretary of Unison,",
            # "Adrian Lajous, Pemex' executive vice president,": an appositive, the name before it speaks
            appositive = appositive or c
            continue
        if len(words) > 2 and k == last:
            # "He also issued a statement on the subject, saying" / "Trump inflamed tensions by saying"
            if first_low in _SUBJECT_PRONOUNS:
                return Span(c.start, c.start + len(first)), appositive
            described = _described_subject(text, c)
            if described is not None:
                return described, appositive
            body = _named_body(text, c)
            if body is not None and len(text[body.end : c.end].split()) <= _BODY_VERB_WORDS:
                return body, appositive  # "a paper from the Brookings Institution had this to say"
            head = run_end_at(text, c.start, c.end)
            if head >= 0 and is_person_name(split_title(text[c.start : head].split())[1]):
                nxt = text[head : head + 40].split()[:2]
                # "Clinton press secretary Brian Fallon", "Frankfurt stock exchange president
                # Michael Hauck": a title right after, or closing a few lowercase words before a
                # name, makes it one phrase
                compound = any(w.lower().strip(",") in tables.titles() for w in nxt) or _titled_name_follows(
                    text[head : c.end].split()
                )
                if nxt and is_lower(nxt[0][:1]) and nxt[0] not in ("of", "and", "for") and not compound:
                    return Span(c.start, head), appositive
            titled = _titled_name(text, c, words)
            if titled is not None:
                return titled, appositive
        # a lone "Paris" may be Jeremy Paris: resolving it against the article's people decides
        if k >= 2 and _name_part_of_title(text, chunks, k, words):
            continue  # "Arjen Los, analyst with Dutch merchant bank Pierson, Heldring en Pierson, sees"
        if (
            _has_name(c_text)
            or (len(words) == 1 and is_upper(first[0]) and first_low in _PLACE_SURNAMES)
            or _aged_name(text, chunks, k)
        ):
            if len(words) <= 8 and not (is_lower(first[0]) and first_low not in _DETERMINERS_SUBJ):
                return c, appositive
            # "A close associate of former Yukos boss Mikhail Khodorkovsky"; after a name ("Sen.
            # Kristen Gillibrand (D-NY), a supporter of Hillary Clinton's bid") an appositive
            if _indefinite_head(words) and not any(_names_someone(text, chunks[j]) for j in range(k)):
                return c, appositive
            # "producer spokesman Mama Mohammed of Ghana told": the name before its affiliation
            affiliated = _name_before_affiliation(text, c)
            if affiliated is not None:
                return affiliated, appositive
            tail = _trailing_name(text, c)
            if tail is not None and tail.end >= c.end - 1 and tail.end != town:
                return tail, appositive
            if (
                k == len(chunks) - 1
                and _person_description(words)
                and not (k > 0 and _after_name(text, chunks, k))
            ):
                # "a woman in the audience at a Clinton event in New Hampshire"; not an appositive
                # ("Sen. Kristen Gillibrand, a supporter of Hillary Clinton's 2016 bid for ...")
                return c, appositive
            if k == len(chunks) - 1 and is_lower(first[0]):
                continue
            return None
        is_last = k == len(chunks) - 1
        modifier = (
            _party(c_text)  # "Peter T. King, Republican of New York,"
            or _age(c_text)
            or (is_lower(first[0]) and first_low not in _DETERMINERS_SUBJ)
            or (k > 0 and _is_titleish(c_text) and _names_someone(text, chunks[k - 1]))
        )
        if modifier and k > 0:
            if _is_titleish(c_text) and appositive is None:
                appositive = c
            continue
        if is_last and len(words) <= 10 and _bare_subject(words):
            return c, None
        if len(words) <= 5 and first_low in _ROLE_ARTICLES and words[-1].lower() in _ROLE_OR_BODY_HEADS:
            # "An Israeli official, speaking on the condition of anonymity, said", "the
            # Interministerial Committee, headed by Treasury Minister Giovanni Goria, said"
            return c, appositive
        return None
    return None


_ROLE_ARTICLES: Final = frozenset(("a", "an", "the", "one", "another"))


_DETERMINERS_SUBJ: Final = tables.word_set("subject_determiners.txt")
_LONE_DETERMINERS: Final = _DETERMINERS_SUBJ - tables.word_set("noun_determiners.txt") - {"that"}
_NOT_VERB: Final = tables.not_verbs()
_POSSESSIVES: Final = frozenset(("his", "her", "their", "its"))
_DESCRIPTION_OPENERS: Final = _POSSESSIVES | {"the"}
_DESCRIPTION_INITIALS: Final = frozenset("hHtTiI")  # the first letters of the openers, either case
# what heads a description of one person: "a woman in the audience", "the spokesman at ..."
_PERSON_HEADS: Final = tables.person_nouns() | frozenset(tables.titles())
_ROLE_OR_BODY_HEADS: Final = _PERSON_HEADS | tables.non_person_words()


# a chunk opening with one of these names who passed the words on, never the speaker ("with" and
# "like" are left out: "with Hillary Clinton ... lambasting", "like Gary Hufbauer, ..., said")
_RELAY_OPENERS: Final = frozenset(("via",))
_HONORIFIC_RE: Final = re.compile(r"^(?:Mr|Mrs|Ms|Dr|Miss)\.? ")
_AFFILIATION_OPENERS: Final = frozenset(("from", "of", "at"))  # "Smith, from the Federation of ..."


def _describes_organisation(text: str, before: Span, words: list[str]) -> bool:
    """A description of an organisation ("the Texas-based intelligence organization") right after
    a chunk that ends in a capitalised name describes that name."""
    if words[0].lower() not in ("the", "a", "an"):
        return False  # the cheap test first: most chunks open otherwise
    kinds = tables.org_descriptions()
    cut = next((k for k, w in enumerate(words) if k > 1 and w in _FRONTING_PREPOSITIONS), len(words))
    # the head noun ends the phrase or comes before its prepositional phrase ("a local
    # stockbroking firm with Hong Kong affiliations")
    headed = words[-1].lower() in kinds or words[cut - 1] in kinds
    if not headed:
        return False
    if _is_titleish(" ".join(words)):
        return False  # "a chemistry professor and a member of the mosque's board": a person's title
    opener = _chunk_words(text, before)[:1]
    if not opener or (opener[0][:1].islower() and (_verb_like(opener[0]) or opener[0].endswith("ing"))):
        return False  # "In the adverts, entitled An Open Letter from ... Sidney Taurel, the company says"
    return _ends_in_name(text, before)


_FIRM_JOINERS: Final = frozenset(("and", "&", "en", "und", "et", "y"))


def _name_part_of_title(text: str, chunks: list[Span], k: int, words: list[str]) -> bool:
    """Chunk ``k`` only names, and goes on the title appositive before it, which follows a name:
    the rest of a firm's name with commas of its own ("..., analyst with Dutch merchant bank
    Pierson, Heldring en Pierson,")."""
    joiners = [w for w in words if not w[:1].isupper()]
    if not joiners or any(w not in _FIRM_JOINERS for w in joiners):
        return False  # a firm's names joined by "and"/"en"/"&", nothing else in lower case
    title = text[chunks[k - 1].start : chunks[k - 1].end]
    return title[:1].islower() and _is_titleish(title) and _names_someone(text, chunks[k - 2])


def _indefinite_head(words: list[str]) -> bool:
    """'A close associate of ... Mikhail Khodorkovsky', 'A commission set up to unravel the
    affairs of ... Air Lanka': an indefinite noun phrase whose lowercase head comes before the
    names in its "of" phrase; the head speaks, unnamed."""
    if words[0].lower() not in ("a", "an", "one", "another") or "of" not in words or "by" in words:
        return False  # "An email sent out ... by Jennifer Palmieri": its author speaks
    return all(w[:1].islower() for w in words[1 : words.index("of")])


def _noun_phrase_before(text: str, chunk: Span) -> bool:
    """The chunk is a name or a short noun phrase ("the committee"), not a clause ("she released a
    web ad", which a participle like "followed by" continues)."""
    words = _chunk_words(text, chunk)
    return _final_run(text, chunk) is not None or (len(words) <= 4 and words[0].lower() in _ROLE_ARTICLES)


def _final_run(text: str, chunk: Span) -> str | None:
    """The capitalised run that closes the chunk, if one does."""
    runs = run_spans(text, max(chunk.start, chunk.end - 60), chunk.end)
    return text[runs[-1][0] : chunk.end] if runs and runs[-1][1] == chunk.end else None


def _ends_in_name(text: str, chunk: Span) -> bool:
    """The chunk closes with a capitalised name run, which an appositive after it describes."""
    run = _final_run(text, chunk)
    return run is not None and _has_name(run)


def _names_someone(text: str, chunk: Span) -> bool:
    """A chunk an appositive can follow: it has a name and is no clause ("where Biden grew up in
    ..., the vice president said": the vice president speaks)."""
    words = _chunk_words(text, chunk)
    if not words:
        return False
    if words[0].lower() == "the" and len(words) <= 4 and words[-1].lower() in _PERSON_HEADS:
        return True  # "the Kansas Republican, a likely presidential candidate, said"
    if words[0].lower() not in _NON_SUBJECT_OPENERS:
        return _has_name(" ".join(words))
    run = _final_run(text, chunk)  # "After the ruling Carla Ferstman, legal director of ..."
    if run is None:
        return False
    if words[0].lower() in _FRONTING_PREPOSITIONS and len(run.split()) >= len(words) - 1:
        return False  # "In Tokyo, one oil analyst said": a preposition's object, no one described
    return is_person_phrase(run)


def _aged_name(text: str, chunks: list[Span], k: int) -> bool:
    """Chunk k is capitalised words followed by an age: a person, whatever the tables make of the
    name ("Yin Myint May, 60, a doctor": May is a month, Yin no given name they know)."""
    if k + 1 >= len(chunks) or not _age(text[chunks[k + 1].start : chunks[k + 1].end]):
        return False
    words = _chunk_words(text, chunks[k])
    return len(words) > 1 and all(w[:1].isupper() for w in words)


def _chunk_words(text: str, chunk: Span) -> list[str]:
    return text[chunk.start : chunk.end].split()


def _name_before_employer(text: str, chunks: list[Span]) -> tuple[Span, Span | None] | None:
    """'Winfried Hutmann, chief economist of Schroeder, Munchmeyer, Hengst Investment GmbH said',
    'Steve Menet, Senior Vice President of Sales for Dräger, Inc., says': a company name ending in
    its legal form, commas and all, closes the title before it; the name before the title speaks."""
    words = text[chunks[-1].start : chunks[-1].end].split()
    if not words or words[-1].strip(".").lower() not in _COMPANY_SUFFIXES:
        return None
    k = len(chunks) - 2
    while k > 0 and all(w[:1].isupper() or w in ("&", "and") for w in _chunk_words(text, chunks[k])):
        k -= 1  # the company's own name parts ("Munchmeyer", "Dräger")
    if k < 1 or not _is_titleish(text[chunks[k].start : chunks[k].end]):
        return None
    name = chunks[k - 1]
    phrase = text[name.start : name.end]
    if len(phrase.split()) > 4 or not _has_name(phrase):
        return None
    return name, Span(chunks[k].start, chunks[-1].end)


def _fronted_pronoun(text: str, chunk: Span) -> Span | None:
    """'On the supply side she said', 'Speaking briefly with reporters before entering a meeting
    of the IMF he said': a phrase opening with a preposition or an -ing participle, then the
    subject pronoun right before the cue, with no comma between them."""
    if chunk.end - chunk.start < 8 or text[chunk.end - 1] not in "eEyY":
        return None  # he, she, they: the cheap test first, this runs for every subject phrase
    last = _last_word_start(text, chunk.start, chunk.end)
    space = text.find(" ", chunk.start, last)
    if space < 0 or text[last : chunk.end].lower() not in _SUBJECT_PRONOUNS:
        return None
    opener = text[chunk.start : space]
    # a participle clause ("Speaking briefly with reporters ...") before its subject; "Saying he
    # was not ..." holds a clause of its own, and its "he" is no subject of the main verb
    participle = opener.endswith("ing") and opener[:1].isupper() and opener.lower() not in tables.cue_verbs()
    fronted = opener.lower() in _FRONTING_PREPOSITIONS or participle
    return Span(last, chunk.end) if fronted else None


_FRONTING_PREPOSITIONS: Final = _PREPOSITIONS | _ORIGIN_PREPOSITIONS | {"on"}


_DESCRIPTION_WORDS: Final = 8  # the opener and the seven words after it: all a description reads


def _opening_words(text: str, chunk: Span) -> tuple[list[str], list[int]]:
    """The chunk's first _DESCRIPTION_WORDS whitespace-free words and where each ends, or none
    when the first is neither "the" nor a possessive, which open every description (a clause may
    run long). Each word is walked to and cut out: no pattern call nor match object per word."""
    words: list[str] = []
    ends: list[int] = []
    at = skip_space(text, chunk.start, chunk.end)
    if at == chunk.end or text[at] not in _DESCRIPTION_INITIALS:
        return words, ends  # the first letter tells most chunks (names, clauses)
    while at < chunk.end and len(words) < _DESCRIPTION_WORDS:
        end = nonspace_end(text, at, chunk.end)
        word = text[at:end]
        if not words and word.lower() not in _DESCRIPTION_OPENERS:
            break
        words.append(word)
        ends.append(end)
        at = skip_space(text, end, chunk.end)
    return words, ends


def _described_subject(text: str, chunk: Span) -> Span | None:
    """A definite description opening a clause, before its verb: 'The Republican candidate
    appeared to ...' -> 'The Republican candidate', 'The Democratic National Convention released
    ...'. "The" and up to six capitalised words, role words and modifiers, closed by a word that
    reads as a verb (an auxiliary, a cue or report verb, an -ed form) or an -ly adverb before one;
    anything else (a preposition, a number, punctuation) leaves the chunk as it is. A possessive
    opens one too when the body is someone's: 'His office released a statement saying'."""
    words, ends = _opening_words(text, chunk)
    if len(words) < 3:
        return None
    opener = words[0].lower()
    if opener in _POSSESSIVES:
        if words[1].lower() in _OWNED_BODIES and _verb_like(words[2].lower()):
            return Span(chunk.start, ends[1])
        return None
    if opener != "the":
        return None
    for k in range(1, min(len(words), _DESCRIPTION_WORDS)):
        word = words[k]
        bare = word[:-2] if word.endswith(("’s", "'s")) else word
        if not bare.replace("-", "").isalpha():
            return None
        low = bare.lower()
        if word[:1].isupper():
            continue
        if k > 1 and (_verb_like(low) or _adverb(word)):
            if _adverb(words[k - 1]):
                return None  # "the newly elected mayor": an adverb goes with the word after it
            return _description_span(text, chunk, words[1:k], ends[k - 1])
        if low in _NOT_VERB or word != bare:
            return None  # "the head of ...", "the group's": no plain description before a verb
    return None


def _clause_subject(text: str, chunk: Span) -> Span | None:
    """The words before a clause's first verb when they make a speaker phrase: "Grayson's
    spokeswoman challenged the assertion that ..." -> "Grayson's spokeswoman"."""
    words = list(_NON_SPACE_RE.finditer(text, chunk.start, min(chunk.end, chunk.start + 120)))
    for k in range(1, min(len(words), 8)):
        word = words[k].group()
        if word[:1].islower() and (_verb_like(word) or _adverb(word)):
            subject = Span(chunk.start, words[k - 1].end())
            return subject if good_subject(text[subject.start : subject.end]) else None
    return None


def _description_span(text: str, chunk: Span, words: list[str], end: int) -> Span | None:
    """The description (``words``, ending at ``end``) when it can speak (a capitalised word in it,
    or a role, organisation or document noun as its head: not "the issue had come up") and no name
    follows it in the chunk ("The issue had come up after Mr. Trump, asked about it, ...": the
    name is the cue's subject)."""
    head = words[-1].lower()
    speaking = (
        any(w[:1].isupper() for w in words)
        or head in tables.titles()
        or head in tables.person_nouns()
        or head in tables.org_descriptions()
        or head in tables.document_nouns()
    )
    if not speaking or _has_name(text[end : chunk.end]):
        return None
    return Span(chunk.start, end)


_TITLE_MODIFIERS: Final = tables.word_set("title_modifiers.txt")


def _titled_name(text: str, chunk: Span, words: list[str] | None = None) -> Span | None:
    """A name with its title words opening a clause, before its verb: 'Band member Flea shared
    the news ...', 'Republican presidential hopeful Sen. Ted Cruz was also critical ...'. The
    capitalised words, lowercase title or role words and their modifiers ("presidential") from
    the chunk start, at least one a title or role; they must end in a person's name and be
    followed by a lowercase word that is no preposition or conjunction. ``words``: the chunk's
    words when the caller has them already."""
    phrase = text[chunk.start : chunk.end]
    if words is None:
        words = phrase.split()
    # the cheap test first, as without a lowercase title or role word (most chunks) nothing is
    # titled: only the words not capitalised are lower-cased (a split of the lower-cased chunk
    # costs more, then made once the test holds; lowering moves no white space)
    if not any(not is_upper(w[0]) and w.lower() in _PERSON_HEADS for w in words):
        return None
    lows = phrase.lower().split()
    roles = tables.titles()
    nouns = tables.person_nouns()
    begin, end = chunk.start, -1
    titled = False
    at = chunk.start  # where the word read last ends: only white space stands before the next
    for i, word in enumerate(words):
        at = text.find(word, at, chunk.end) + len(word)
        after = words[i + 1] if i + 1 < len(words) else None
        low = lows[i]
        if is_upper(word[:1]):
            if word.endswith(":") and not titled:
                # "London: Tory leader Michael Howard": a place line before the phrase
                begin, end = (text.find(after, at, chunk.end) if after is not None else at), -1
                continue
            end = at
            continue
        modifier = low in _TITLE_MODIFIERS or (low.isalpha() and low.endswith(_ADJ_ENDINGS))
        # "former TV network anchor Katie Couric": a noun modifying the role word right after it
        modifier = modifier or (
            not titled
            and after is not None
            and low.isalpha()
            and not _verb_like(low)
            and low not in _NOT_VERB
            and after in roles
        )
        if low in roles or low in nouns or modifier:
            end, titled = at, titled or not modifier
            continue
        if not titled or end < 0 or not word.isalpha() or low in _NOT_VERB:
            return None
        return Span(begin, end) if is_person_phrase(text[begin:end]) else None
    return None


def _verb_like(word: str) -> bool:
    """A lowercase word that can only be the verb after a subject: an auxiliary, a cue or report
    verb form, or a past form in -ed."""
    return word in _AUX or word in tables.report_forms() or (len(word) > 4 and word.endswith("ed"))


# closed-class words that cannot open a subject ("and", "in a tweet", "that its value rose")
_NON_SUBJECT_OPENERS: Final = tables.word_set("non_subject_openers.txt")


def _after_name(text: str, chunks: list[Span], k: int) -> bool:
    """Chunk k follows a name, past an age or a party tag ("Kristen Gillibrand (D-NY), a ...")."""
    before = k - 1
    while before > 0 and (
        _age(chunk := text[chunks[before].start : chunks[before].end]) or _party_tag(chunk)
    ):
        before -= 1
    return _has_name(text[chunks[before].start : chunks[before].end])


def _appositive_opener(first: str, chunk: str) -> bool:
    """The first word of an appositive title: an article ("a writer for"), a possessive
    ("Teresa's husband", "Pemex' executive vice president"), or lowercase title words and
    modifiers ("general secretary of Unison") not right before a name ("former president Bill
    Clinton" is a titled name)."""
    low = first.lower()
    if low in ("a", "an", "the") or (is_alpha(first[:1]) and first.endswith(_POSSESSIVE_ENDS)):
        return True
    titles = tables.titles()
    words = chunk.split()
    # up to two lowercase nouns may open a compound title ("research director for IHS")
    k = 0  # the first lowercase title among the first three words (a loop: no generator object)
    for i in range(min(3, len(words))):
        if words[i] in titles and is_lower(words[i][:1]):
            k = i
            break
    if not all(is_lower(w[:1]) for w in words[:k]):
        return False
    while k < len(words) and is_lower(words[k][:1]) and (words[k] in _TITLE_MODIFIERS or words[k] in titles):
        k += 1
    return k > 0 and not (k < len(words) and is_upper(words[k][:1]))


def _person_description(words: list[str]) -> bool:
    """'a woman in the audience at a Clinton campaign event': an article, a person noun or role
    right after it (an adjective may stand between), then where they were; the names in the
    where-phrase do not speak."""
    if not 4 <= len(words) <= MAX_DESCRIPTION_WORDS or words[0].lower() not in ("a", "an", "the", "one"):
        return False
    head = next((i for i in (1, 2) if words[i].lower() in _PERSON_HEADS), 0)
    return (
        head > 0
        and words[head + 1] in _PLACE_PREPOSITIONS
        and not any(_verb_like(w.lower()) for w in words[head + 1 :])
    )


def _bare_subject(words: list[str]) -> bool:
    """A chunk opening with a lowercase word is a speaker only as a determiner-led phrase or a
    short bare plural or role ("federal prosecutors", "officials"); not "and", "in a tweet",
    "let them", "reacted to the news"."""
    first = words[0]
    if len(words) == 1 and first.lower() in _DETERMINERS_SUBJ and first.lower() not in _LONE_DETERMINERS:
        return False  # "(That said, she noted": a determiner without its noun
    if len(words) == 1 and first.lower() in _NON_SUBJECT_OPENERS:
        return False  # "After saying ...", "Ever since X announced ...": a sentence word, no subject
    if not first[:1].islower() or first.lower() in _DETERMINERS_SUBJ:
        return True
    if len(words) > 3 or any(w.lower() in _NON_SUBJECT_OPENERS or not w.isalpha() for w in words):
        return False
    return _plural_or_role(words[-1].lower())


def _plural_or_role(word: str) -> bool:
    """A plural noun ("officials", not "Ross" or "census") or a role ("spokesman")."""
    plural = word.endswith("s") and not word.endswith(("ss", "us")) and len(word) > 3
    return plural or word in tables.titles()


def _bare_group(words: list[str]) -> bool:
    """A short lowercase plural or role that can speak ("officials", "independent analyses",
    "many European citizens"), not a verb phrase ("would perhaps", "it means") nor a clause."""
    if len(words) > 4 or not is_lower(words[0][:1]):
        return False  # the cheap tests first: most chunks are names
    low = [w.lower() for w in words]
    if not all(w.replace("-", "").isalpha() for w in low):
        return False  # "12,000 people said" is one number, not a chunk "000 people"
    if any(w in _AUX or w in _NON_SUBJECT_OPENERS or w.endswith("ing") or _verb_like(w) for w in low):
        return False  # "engaging in what analysts", "hours after Sanders", "one of the signatories"
    if any(w in tables.pronouns() or w in tables.report_forms() for w in low):
        return False
    return _plural_or_role(low[-1])


_NON_SPACE_RE: Final = re.compile(r"\S+")
_OBJECT_WORDS: Final = 13  # words an inverted subject may run ("said Deputy Under Secretary of ...")
_ALIAS_PARTICIPLES: Final = tables.word_set("alias_participles.txt")


def object_after_cue(text: str, start: int, end: int) -> Span | None:
    """The subject of an inverted attribution: '"...," said Sen. John Smith, a Republican.'"""
    span = _trim(text, start, end)
    taken_end = span.start
    first = ""
    alias = False  # after "known", "known only": an "as" brings the name they go by
    # the words are read lazily: at most 13 are taken, and the span may run to the paragraph's end;
    # each is walked to and cut out (what \S+ finds), with no match object made
    at = span.start
    for k in range(_OBJECT_WORDS):
        while at < span.end and space_at(text, at):
            at += 1
        if at == span.end:
            break
        tok_end = nonspace_end(text, at, span.end)
        tok = text[at:tok_end]
        if k == 0:
            first = tok
        if k > 0 and tok.startswith("("):
            break  # 'said Sen. Ben Sasse (R-Neb.), a member': a party tag or an aside ends the name
        bare = tok.rstrip(",.;:!?)")
        low = bare.lower()
        if k > 0 and low in _STOP_AFTER_CUE and not (alias and low == "as"):
            break
        alias = low in _ALIAS_PARTICIPLES or (alias and low == "only")
        taken_end = at + len(bare)
        if tok != bare and not (tok.endswith(".") and len(bare) <= 4 and bare[:1].isupper()):
            break
        at = tok_end
    if taken_end <= span.start:
        return None
    if first.lower().strip(",") in _NON_SUBJECT_OPENERS:
        return None  # '..., adding that its value rose': a clause, not an inverted subject
    return Span(span.start, taken_end)


def _name_after_title(text: str, obj: Span, end: int) -> Span | None:
    """An inverted speaker that is a title alone, its holder's name after a comma: 'said Sumitomo
    Bank Ltd chief economist, Masahiko Koido.' -> the name (a person's, ending the sentence or
    followed by a comma)."""
    words = text[obj.start : obj.end].split()
    if text[obj.end : obj.end + 1] != "," or not words or words[-1].lower() not in tables.titles():
        return None
    m = RUN_RE.match(text, obj.end + 2, end)
    if m is None or len(m.group().split()) > 4 or text[m.end() : m.end() + 1] not in (".", ","):
        return None
    return Span(m.start(), m.end()) if is_person_phrase(m.group()) else None


def _name_after_company(text: str, start: int, end: int) -> Span | None:
    """An inverted speaker named after a company and a lowercase title: 'said Salomon Brothers
    (Asia) Ltd analyst Carole Ryavec' -> Carole Ryavec. The company's name (capitalised words,
    commas, "and", a bracketed place) runs up to its legal form."""
    # at most 14 tokens, read as the tests go: most objects end at their second or third word
    found = _NON_SPACE_RE.finditer(text, start, min(end, start + 160))
    tokens: list[re.Match[str]] = []
    for tok in found:
        tokens.append(tok)
        bare = tok.group().strip(",.")
        if len(tokens) > 1 and bare.lower() in _COMPANY_SUFFIXES:
            break
        if not (is_upper(bare[:1]) or bare[:1] == "(" or bare in ("and", "&")) or len(tokens) == 14:
            return None
    else:
        return None
    i = len(tokens) - 1
    # the title and the name after the legal form: four tokens more at most
    while len(tokens) < min(14, i + 5) and (more := next(found, None)) is not None:
        tokens.append(more)
    k = i + 1
    while k < len(tokens) and k <= i + 3 and tokens[k].group()[:1].islower():
        k += 1
    if k == i + 1 or k >= len(tokens) or not any(t.group() in tables.titles() for t in tokens[i + 1 : k]):
        return None
    m = RUN_RE.match(text, tokens[k].start(), end)
    return Span(m.start(), m.end()) if m is not None and is_person_phrase(m.group()) else None


# what follows a cue when the content came before it: "..., X said on Monday in a statement."
ADVERBIAL_STARTS: Final = tables.word_set("adverbial_starts.txt")


def _has_object(text: str, cue: Span, end: int) -> bool:
    """'... delegates." Trump has also announced a kind of snarky solidarity': after a finished
    quoted sentence, a cue with an object of its own opens a new statement; "Trump said." and
    "Trump said on Monday." credit the quote."""
    words = text[cue.end : end].split(maxsplit=1)
    return bool(words) and words[0][:1].isalpha() and words[0].lower().strip(",.") not in ADVERBIAL_STARTS


def _name_then_appositive(text: str, phrase: Span) -> tuple[Span, Span] | None:
    """'Jim Chilton, senior vice president for space and launch at Boeing Defense, Space, and
    Security,' / 'Dylan Nelson, a postdoctoral fellow at ..., and co-author of the study,': a short
    name and a title after its comma; the title may hold commas and "and" of its own."""
    comma = text.find(",", phrase.start, phrase.end)
    if comma < 0:
        return None
    head = _trim(text, phrase.start, comma)
    name = text[head.start : head.end]
    if not 0 < len(name.split()) <= 4 or not name[:1].isupper() or "(" in name:
        return None  # "for Trump, and with polls showing ...", "Rep. Jim Jordan (R-Ohio)": not this shape
    if not _has_name(name) or not is_person_phrase(name):
        return None
    rest = _trim(text, comma + 1, phrase.end)
    words = text[rest.start : rest.end].split()
    next_comma = text.find(",", rest.start, rest.end)
    title = text[rest.start : next_comma if next_comma > 0 else rest.end]
    if not words or not _appositive_opener(words[0], title) or not _is_titleish(title):
        return None
    return head, rest


_TITLED_TAIL_WORDS: Final = 10
_TITLE_JOINERS: Final = frozenset(("of", "the", "and", "for", "on"))


def tail_attribution(text: str, start: int, end: int, *, sentence_closed: bool) -> Attribution | None:
    """Attribution right after a closing mark: ', X said' / ', said X' / ' -- X' / ', according to X'.

    ``sentence_closed`` (the quote ended with a period) only lets 'X said ...' through when the
    cue comes within the first words, so the next sentence's subject is not taken for the speaker.
    """
    if end <= start:
        return None
    # offsets into the text, not a copy of the stretch: this runs after every quote
    # the pattern only where a dash opens the stretch after white space (rare)
    opening = skip_space(text, start, end)
    dash = _DASH_RE.match(text, start, end) if text[opening : opening + 1] in _DASHES else None
    if (
        dash
        and dash.group().strip() in ("—", "–", "―", "--")
        and text[dash.end() : min(dash.end() + 1, end)].isupper()
    ):
        # '"..." ― Azucena Gonzalez': a signature, also after a finished sentence
        obj = object_after_cue(text, dash.end(), end)
        if obj:
            return Attribution(obj, None)
    if sentence_closed and text[start].isspace():
        first = _WORD_RE.search(text, start, end)
        if first and first.group()[0].isupper():
            early = cue_words(text, start, min(end, start + 90))
            before = text[start : early[0].start].split() if early else []
            # '." FTC Bureau of Consumer Protection Director William MacLeod said in a statement.':
            # a titled name, however long, and its cue with no object of its own
            titled = len(before) <= _TITLED_TAIL_WORDS and all(
                w[:1].isupper() or w in _TITLE_JOINERS for w in before
            )
            if not early or (len(before) > 4 and not titled) or _has_object(text, early[0], end):
                return None
            if text[early[0].end : early[0].end + 1] == ":":
                return None  # '“...” Gardener added: “...”': the colon introduces the next quotation
    lead = _skip_chars(text, start, end, " ,")
    # "ccord" first (see _last_according): most tails go on otherwise, and the pattern is a call
    m = _ACCORDING_RE.match(text, lead, end) if text[lead + 1 : lead + 6].lower() == "ccord" else None
    if m:
        obj = object_after_cue(text, m.end(), end)
        return Attribution(obj, Span(m.start(), m.end() - 1)) if obj else None
    # the cue may follow a long appositive ('Trump, the 2016 GOP frontrunner nationally and ...,
    # said'); the stretch ends at the sentence end anyway
    cues = cue_words(text, start, min(end, start + 320))
    if not cues:
        return None
    cue = cues[0]
    # an apostrophe left of a nested quotation's end ('...,''' he recalled) is no part of the speaker
    prefix = _trim(text, start, cue.start, _LEAD_TRIM + "'‘’")
    # a slice compared, not str.startswith with an offset (a method call in the compiled build)
    opens_that = text[prefix.start : prefix.start + 5] == "that "
    if prefix.end > prefix.start and opens_that and text[cue.start - 2] == ",":
        # '"It seems extremely unlikely" that Sanders can catch Clinton, said Steve Elmendorf': the
        # complement clause ends with a comma and the speaker follows the cue
        prefix = Span(cue.start, cue.start)
    if prefix.end <= prefix.start:
        if text[cue.start : cue.end].endswith("ing"):
            return None  # '“...,” promising the club will return': a participle has no inverted subject
        obj = object_after_cue(text, cue.end, end)
        if obj is None:
            return None
        named = _name_after_title(text, obj, end) or _name_after_company(text, obj.start, end)
        if named is not None:
            # 'said Sumitomo Bank chief economist, Masahiko Koido.', 'said Donaldson, Lufkin and
            # Jenrette Inc analyst William Marcus'
            title = obj if named.start >= obj.end else Span(obj.start, named.start - 1)
            return Attribution(named, cue, title)
        appositive = None
        rest = _trim(text, obj.end, end, _LEAD_TRIM + ".")
        if text[obj.end : obj.end + 1] == "," and rest.end > rest.start:
            comma = text.find(",", rest.start, rest.end)
            cut = comma if comma > 0 else rest.end
            if _is_titleish(text[rest.start : cut]):
                appositive = Span(rest.start, cut)
        # 'said McCarthy of Merrill Lynch': the name, not the firm it works for ('said Deputy Under
        # Secretary of Commerce Bruce Smarten' is one titled name)
        affiliated = _name_before_affiliation(text, obj)
        if affiliated is not None:
            holder = _HONORIFIC_RE.sub("", text[obj.start : affiliated.end])
            obj = obj if _is_titleish(holder) else affiliated
        return Attribution(obj, cue, appositive)
    phrase = text[prefix.start : prefix.end]
    # an abbreviation like "Gen." or "Ltd." is fine, a finished sentence is not
    if any(ch in phrase for ch in '"“”!?'):
        return None
    if text[cue.start : cue.end].lower() in _NAMING_VERBS and _QUOTED_NAME_RE.match(text, cue.end):
        return None  # '..., a website linked to a group called the “We The People Foundation.”'
    described = _name_then_appositive(text, prefix)
    if described is not None:
        return Attribution(described[0], cue, described[1])
    if "," in phrase and _COORDINATED_RE.search(phrase):
        return None  # '“rigged” in a tweet, and a few lawmakers have called': a new clause's subject
    if _coordinated_verb(phrase):
        return None  # '"simplify" the procedure for non-residents and would announce': a second verb
    if len(phrase.split()) > 16:
        # 'Trump, the 2016 GOP presidential frontrunner nationally and ..., said': a long appositive
        comma = text.find(",", prefix.start, prefix.end)
        head = _trim(text, prefix.start, comma) if comma > 0 else None
        if (
            head is None
            or len(text[head.start : head.end].split()) > 4
            or not _has_name(text[head.start : head.end])
        ):
            return None
        return Attribution(head, cue, Span(comma + 1, prefix.end))
    if "." in phrase and sentences.sentence_ends(text, prefix.start, prefix.end + 1):
        return None
    subj = subject_in(text, prefix.start, prefix.end)
    if subj is None:
        return _inverted_after_aside(text, cue, end)
    return Attribution(subj[0], cue, subj[1])


def _coordinated_verb(phrase: str) -> bool:
    """The cue is a second verb after "and"/"or"/"but" (and its auxiliaries): the words before
    are the object of the first verb, whose subject came before the quote."""
    words = phrase.lower().split()
    while words and words[-1] in _AUX:
        words.pop()
    return bool(words) and words[-1] in ("and", "or", "but")


def _inverted_after_aside(text: str, cue: Span, end: int) -> Attribution | None:
    """'“...,” after a weak January and February, said Ulric Weil': an aside with no subject of
    its own, then a comma and an inverted cue; the name after the cue speaks."""
    before = _back_over_chars(text, 0, cue.start, " \u00a0")
    if text[before - 1 : before] != "," or text[cue.start : cue.end].endswith("ing"):
        return None
    obj = object_after_cue(text, cue.end, end)
    return Attribution(obj, cue) if obj is not None and is_named(text[obj.start : obj.end]) else None


def _last_according(text: str, start: int, end: int) -> re.Match[str] | None:
    """The last 'according to' of text[start:end], in any case. The case-blind pattern opens with
    \\b, so it is tried at every character of the lead-in; its letters c, o, r and d have no
    case-blind equivalents but C, O, R and D, so a lead-in without "ccord" once lower-cased has
    none (most have none)."""
    if "ccord" not in text[start:end].lower():
        return None
    matches = list(_ACCORDING_RE.finditer(text, start, end))
    return matches[-1] if matches else None


_TITLE_CASE_CUES: Final = tables.word_set("title_case_cues.txt")


def causative_lead(text: str, start: int, end: int) -> tuple[Attribution, bool] | None:
    """'That record prompted Dave Leip’s Atlas of U.S. Presidential Elections, which examines
    bellwether states, to state, “...”': the object of a verb that makes someone speak (an
    infinitive cue right before the quote) is the speaker."""
    m = _TO_CUE_RE.search(text, max(start, end - 40), end)
    cues = tables.cue_verbs()
    if m is None or not (m.group(1) in cues or m.group(1) + "d" in cues):  # "say", "state" (stated)
        return None
    causes = list(_CAUSATIVE_RE.finditer(text, start, m.start()))
    if not causes:
        return None
    cause = causes[-1]
    stop = m.start()
    relative = _RELATIVE_RE.search(text, cause.end(), stop)
    if relative is not None:
        stop = relative.start()  # ", which examines bellwether states,": about the speaker
    speaker = _trim(text, cause.end(), stop)
    if speaker.end <= speaker.start or len(text[speaker.start : speaker.end].split()) > _CAUSED_SPEAKER_WORDS:
        return None
    return Attribution(speaker, Span(m.start(1), m.end(1))), True


_TO_CUE_RE: Final = re.compile(r"\s+to\s+([a-z]+)[\s,:]*$")
_CAUSATIVE_RE: Final = re.compile(
    r"\b(?:" + "|".join(sorted(tables.word_set("causative_verbs.txt"))) + r")\s+"
)
_RELATIVE_RE: Final = re.compile(r",\s+(?:which|who)\s")
_CAUSED_SPEAKER_WORDS: Final = 10


def title_case_lead(text: str, start: int, end: int) -> tuple[Attribution, bool] | None:
    """A lead-in written in Title Case, as digests and headlines are ('At A Goldman Summit,
    Hillary Clinton Said “'): with its capitalised cue verbs in lower case it reads like any
    other lead-in. None when the lead-in is not Title Case or has no such verb."""
    words = [w for w in text[start:end].split() if is_alpha(w[:1])]
    if len(words) < 4 or sum(1 for w in words if is_upper(w[:1])) < 0.8 * len(words):
        return None
    lead = text[start:end]
    lowered = _WORD_RE.sub(_lower_title_case_cue, lead)
    if lowered == lead:
        return None
    # the text copied once, the lead-in's cue verbs in lower case: same length, same offsets
    return lead_attribution(text[:start] + lowered + text[end:], start, end)


def _lower_title_case_cue(m: re.Match[str]) -> str:
    """A capitalised verb of saying ("Said") in lower case; any other word as it is."""
    word = m.group()
    if word[:1].isupper() and word[1:].islower() and word.lower() in _TITLE_CASE_CUES:
        return word.lower()
    return word


def lead_attribution(text: str, start: int, end: int) -> tuple[Attribution, bool] | None:
    """Attribution before an opening mark: 'X said: "' / 'X said that "' / 'According to X, "'.

    Returns the attribution and whether the quote follows it immediately (a full statement) or
    after more words (a partial quote inside reported speech).
    """
    if end <= start:
        return None
    m = _last_according(text, start, end)
    if m is not None:
        comma = text.find(",", m.end(), end)
        if comma > 0:
            obj = _trim(text, m.end(), comma)
            rest = text[comma + 1 : end].strip()
            if rest.endswith(",") and 0 < len(rest.split()) <= 4 and is_person_phrase(rest[:-1]):
                # 'According to his aunt, Jane Starner, "...': the name in apposition speaks
                return Attribution(_trim(text, comma + 1, end), Span(m.start(), m.end() - 1)), True
            return Attribution(obj, Span(m.start(), m.end() - 1)), not rest
    cues = cue_words(text, start, end)
    asked = _asked_clause_end(text, start, end)
    if asked > 0:
        # "Asked if Bank of Montreal were considering declaring ..., Reuber replied:": the question
        # clause holds no speaker, its cues least of all
        cues = [c for c in cues if c.start > asked]
        start = asked
    if not cues:
        return None
    inverted = _inverted_before_quote(text, start, cues[-1], end)
    if inverted is not None:
        return Attribution(inverted, cues[-1]), True
    # the first cue with a proper subject reports the sentence ("He stressed that Russia insists")
    chosen = None
    for cue in cues:
        if inside_dashes(text, start, cue, end):
            continue  # '—and Lordy, do we know how tempting that can be!— Cruz called them on it:'
        subj = subject_in(text, _after_what(text, start, cue.start), cue.start)
        if subj is None or _participle_after_clause(text, subj[0], cue, cues):
            continue  # "Twitter said in a statement, adding": a phrase with a verb is no subject
        if _passive(text, subj[0], cue) and text[cue.start : cue.end].lower() != "asked":
            continue  # "Mr. Trump was pressed on why he had said it was": a later cue may report
        if good_subject(text[subj[0].start : subj[0].end]) or _ed_surname(text, subj[0], cue):
            chosen = (cue, subj)
            break
    if chosen is None:
        cue = cues[-1]
        subj = subject_in(text, start, cue.start)
        if subj is not None and _participle_after_clause(text, subj[0], cue, cues):
            inner = next(c for c in cues if subj[0].start <= c.start < subj[0].end)
            subj = subject_in(text, start, inner.start)
        if subj is None:
            return None
        chosen = (cue, subj)
    cue, subj = chosen
    main = _main_clause_after(text, cues, cue) or _after_fronted_clause(text, start, cues, cue)
    if main is not None:
        cue, subj = main
    right_after = _right_after_cue(text[cue.end : end].strip())
    # the cue is "asked" wherever the pattern matches: that first, a pattern call costs more
    asked_cue = text[cue.end - 5 : cue.end] == "asked"
    if asked_cue and _PASSIVE_ASKED_RE.search(text, max(start, cue.start - 12), cue.end):
        # 'Trump was asked, “What’s ...?”': the quote is the question, put by someone else, who
        # may be named ('Rubio was asked by moderator Neil Cavuto: "...')
        agent = _AGENT_RE.match(text, cue.end, end)
        asker = object_after_cue(text, agent.end(), end) if agent else None
        if right_after or (asker is not None and text[asker.end : end].strip() in (":", ",")):
            if asker is None and (interview := _INTERVIEW_RE.search(text, start, cue.start)):
                # 'In an interview with The New York Times Magazine ..., Trump was asked, “...?”'
                asker = Span(interview.start(1), interview.end(1))
            return Attribution(asker, cue), True
    if _passive(text, subj[0], cue) and text[cue.start : cue.end].lower() not in ("quoted", "asked"):
        # 'Richard Scrushy is accused of "directing" a fraud': the words are the accusers', named
        # only as an agent ('was described by Senator Jane Ross as "..."')
        agent = _AGENT_RE.match(text, cue.end, end)
        by = object_after_cue(text, agent.end(), end) if agent else None
        return Attribution(by, cue), right_after
    return Attribution(subj[0], cue, subj[1]), right_after


def _after_what(text: str, start: int, cue: int) -> int:
    """Where the subject of a free relative before the cue starts ('led to what aide Kevin
    Phillips called “...”', 'in what the campaign called “...”'): after "what"; else ``start``."""
    k = text.rfind(" what ", start, cue)
    words = text[k + 6 : cue].split() if k >= 0 else []
    if not 0 < len(words) <= _WHAT_SUBJECT_WORDS or words[0].lower() in _GENERIC_PRONOUNS or words == ["one"]:
        return start  # "what we call “infrastructure”", "what you might call": nobody's words; "what
        # it calls" leaves the sentence's own subject ("Delta ... what it calls")
    return k + 6


_WHAT_SUBJECT_WORDS: Final = 5
_GENERIC_PRONOUNS: Final = frozenset(("we", "you", "it"))  # "what it calls": the subject before


def _asked_clause_end(text: str, start: int, end: int) -> int:
    """Where a lead-in's opening 'Asked if/whether/about ...,' clause ends (its comma); -1 when
    the lead-in opens otherwise."""
    lead = skip_space(text, start, min(end, len(text)))
    if text[lead : lead + 6] != "Asked ":
        return -1
    comma = text.find(", ", lead, end)
    if comma > 0:
        return comma + 1
    # no comma: the clause ends before the last subject pronoun ("Asked if he would welcome BNP
    # voters he told the BBC:")
    subjects = [m.start() for m in _CLAUSE_SUBJECT_RE.finditer(text, lead + 6, end)]
    return subjects[-1] if subjects else -1


# a subject pronoun not opening the question itself ("Asked if he would ...")
_CLAUSE_SUBJECT_RE: Final = re.compile(r"(?<!\bif )(?<!whether )(?<= )(?:he|she|they|we|I)(?= [a-z])")
PASSIVE_BE: Final = frozenset(("is", "are", "was", "were", "be", "been", "being"))


def _passive(text: str, subject: Span, cue: Span) -> bool:
    """A form of "be" (perhaps with an adverb) between the subject and a past-participle cue."""
    if not text[cue.start : cue.end].endswith("ed"):
        return False  # the cheap test first: most cues are "said", "told"
    between = text[subject.end : cue.start].lower().split()
    if not between:
        return False
    if between[-1] in PASSIVE_BE:
        return True
    return len(between) > 1 and between[-2] in PASSIVE_BE and _adverb(between[-1])  # "was widely quoted"


def _participle_after_clause(text: str, phrase: Span, cue: Span, cues: list[Span]) -> bool:
    """'Twitter said in a statement, adding that': the participle after a comma continues a clause
    whose own cue sits inside the phrase found as its subject."""
    return (
        text[cue.start : cue.end].endswith("ing")
        and text[phrase.end : cue.start].strip() == ","
        and any(phrase.start <= c.start < phrase.end for c in cues)
    )


def _main_clause_after(
    text: str, cues: list[Span], cue: Span
) -> tuple[Span, tuple[Span, Span | None]] | None:
    """The clause of the next cue reports the quote when that cue has its own subject right after
    a comma that closes this cue ('The Washington Post's Robert Costa reported, his wife whispered
    to him: "', a parenthetical source) or after a clause joiner ('The administration has not
    announced its support but Yeutter said yesterday, "', 'laughed when he urged voters, "')."""
    k = cues.index(cue)
    if k + 1 < len(cues) and text[cue.end : cue.end + 1] == ",":
        found = _subject_then_cue(text, cue.end + 1, cues[k + 1])
        if found is not None:
            return found
    for later in cues[k + 1 :]:
        # the pattern is tried at every space: only where one of its words or a semicolon is
        if not any(text.find(word, cue.end, later.start) >= 0 for word in _JOINER_WORDS):
            continue
        joiners = list(_CLAUSE_JOINER_RE.finditer(text, cue.end, later.start))
        if not joiners:
            continue
        joiner = joiners[-1]
        if text[joiner.start()] != "," and "that" in text[cue.end : joiner.start()].split():
            return None  # "One official said that while the actions called for ...": reported words
        return _subject_then_cue(text, joiner.end(), later)
    return None


def _after_fronted_clause(
    text: str, start: int, cues: list[Span], cue: Span
) -> tuple[Span, tuple[Span, Span | None]] | None:
    """A cue inside a fronted adverbial clause gives way to the main clause after its comma:
    'When a questioner said she raised money for him, Clinton joked “...”' is Clinton's."""
    # the first word, walked over rather than split off a copy of the whole lead-in
    opens = skip_space(text, start, cue.start)
    if opens == cue.start or text[opens:nonspace_end(text, opens, cue.start)].lower() not in _SUBORDINATORS:
        return None
    for later in cues[cues.index(cue) + 1 :]:
        comma = text.rfind(", ", cue.end, later.start)
        if comma > 0:
            return _subject_then_cue(text, comma + 1, later)
    return None


def _subject_then_cue(text: str, opens: int, cue: Span) -> tuple[Span, tuple[Span, Span | None]] | None:
    """The cue with its subject when the subject fills all of text[opens:cue.start]."""
    subj = subject_in(text, opens, cue.start)
    if subj is None or not _only_title(text[opens : subj[0].start]):
        return None
    if any(w not in _AUX for w in text[subj[0].end : cue.start].split()):
        return None  # "Karen Brady has called": only auxiliaries between the subject and its cue
    return (cue, subj) if good_subject(text[subj[0].start : subj[0].end]) else None


def _only_title(words: str) -> bool:
    """Nothing but a short title stands before the subject ("but managing director Karen Brady"):
    words that end in a title word or a capitalised one."""
    found = words.split()
    if not found:
        return True
    last = found[-1]
    return len(found) <= 5 and (last in tables.titles() or last[:1].isupper()) and all(
        w.replace("-", "").replace(".", "").isalpha() for w in found
    )


# what opens a new clause with its own subject: "..., but Yeutter said", "when he urged", "; she added"
_CLAUSE_JOINER_RE: Final = re.compile(r"(?:,?[ \u00a0](?:but|while|whereas|yet|when)|;)[ \u00a0]+")
# one of these is in every match of _CLAUSE_JOINER_RE
_JOINER_WORDS: Final[tuple[str, ...]] = ("but", "while", "whereas", "yet", "when", ";")


# the interviewer named in a lead-in: "In an interview with The New York Times Magazine"
_INTERVIEW_RE: Final = re.compile(
    r"\binterview with ((?:the |The )?[A-Z][\w.’'-]*(?:[ \u00a0]+[A-Z][\w.’'-]*)*)"
)
_PASSIVE_ASKED_RE: Final = re.compile(r"\b(?:was|were|is|are|been|being|be)\s+asked$", re.I)
_AGENT_RE: Final = re.compile(r"\s+by\s+")


def _inverted_before_quote(text: str, start: int, cue: Span, end: int) -> Span | None:
    """'But, said Solovey, "...': a cue set off by commas right before the quote, its subject
    after it; the words before the cue ("But") are no speaker."""
    # where the stretches before and after the cue end once right-stripped: offsets, not copies
    # of the lead-in (this runs for every lead-in with a cue)
    before = back_over_space(text, start, cue.start)
    after = back_over_space(text, cue.end, end)
    if before == start or text[before - 1] != "," or after == cue.end or text[after - 1] != ",":
        return None
    if text.find(",", cue.end, after - 1) >= 0:
        return None
    obj = _trim(text, cue.end, after - 1)
    words = text[obj.start : obj.end].split()
    if not 0 < len(words) <= 5 or not all(w[:1].isupper() for w in words):
        return None  # 'said that if Clinton wins,', 'telling Mic in an interview,': no inverted name
    return obj if is_named(text[obj.start : obj.end]) else None


def _ed_surname(text: str, subj: Span, cue: Span) -> bool:
    """'Boreing said', 'Reed said': a capitalised -ing/-ed word right before the cue is a surname
    (a participle never stands there), though the name scan leaves such words out."""
    word = text[subj.start : subj.end]
    return (
        word.isalpha()
        and word[:1].isupper()
        and word.endswith(("ing", "ed"))
        and text[subj.end : cue.start].isspace()
    )


def inside_dashes(text: str, start: int, cue: Span, end: int) -> bool:
    """The cue sits in an aside set off by a pair of em dashes: not the verb of the clause."""
    return text.count("—", start, cue.start) % 2 == 1 and text.find("—", cue.end, end) >= 0


def _right_after_cue(mid: str) -> bool:
    """The quote follows its cue at once ('said: "', 'told reporters, "'), not later in the clause."""
    if not mid or mid in (":", ",") or mid.lower() == "that":
        return True
    return mid[-1] in ":," and len(mid.split()) <= 5  # the last character first: mid may run long


def lead_across(text: str, start: int, inner: QuoteSpan, end: int) -> tuple[Attribution, bool] | None:
    """'Kerpen needled the CNN “reporter,” saying, “...': a cue between an earlier quotation
    (``inner``) and this one whose subject opened the clause before that quotation."""
    cues = cue_words(text, inner.close, end)
    if not cues:
        return None
    cue = cues[0]
    subj = subject_in(text, start, cue.start)
    if subj is None or subj[0].end > inner.open or not good_subject(text[subj[0].start : subj[0].end]):
        return None
    return Attribution(subj[0], cue, subj[1]), _right_after_cue(text[cue.end : end].strip())


def good_subject(phrase: str) -> bool:
    """A name, a pronoun, or a determiner-led description: the shapes a speaker phrase takes."""
    words = phrase.split()
    if not words:
        return False
    if len(words) == 1 and words[0].lower() in tables.pronouns():
        return True
    if _has_name(phrase):
        return True
    if _proper_noun_phrase(words):
        return True  # an organisation: "Breitbart News responded:"
    owner = words[0][:1].isupper() and words[0].endswith(_POSSESSIVE_ENDS)
    if owner and len(words) > 1 and words[1] in _PERSON_HEADS:
        return True  # "China's ambassador to Britain accused"
    first = words[0].lower()
    # an article, demonstrative or possessive needs its noun ("That said, she noted" has no
    # subject "That"); "another", "one", "some" stand alone ("another said")
    return first in _DETERMINERS_SUBJ and (len(words) >= 2 or first in _LONE_DETERMINERS) and len(words) <= 8


def _proper_noun_phrase(words: list[str]) -> bool:
    """'Breitbart News', 'The New York Times': every word capitalised, short, not a sentence opener."""
    if not 1 < len(words) <= 5 or words[0].lower() in _NAME_OPENER_STOPWORDS:
        return False
    return all(w[:1].isupper() or w in ("of", "for", "and") for w in words) and words[-1][:1].isupper()


_NAME_OPENER_STOPWORDS: Final = tables.name_stopwords() - {"the"}  # made once, not per phrase


# third-person only: "we"/"I" opening a sentence next to a quote are usually inside another quote
_SUBJECT_PRONOUNS: Final = frozenset(["he", "she", "they"])


def _used_as_name(text: str, word: str, pos: int) -> bool:
    """A lone capitalised word opening a sentence is a name only if the article also writes it
    capitalised in mid-sentence ("... said Trump", "with Trump")."""
    if word.lower().endswith(("ing", "ly", "ed")):
        return False
    # what the pattern [a-z,] WORD\b finds, by a plain search for " WORD" with its neighbours
    # checked by hand (the pattern would be tried at every lower-case letter of the article)
    needle = " " + word
    ends_in_word = is_word_char(word[-1])
    i = text.find(needle, 1)
    while i >= 0:
        after = i + len(needle)
        next_in_word = after < len(text) and is_word_char(text[after])
        if text[i - 1] in _LOWER_OR_COMMA and ends_in_word != next_in_word:
            return True
        i = text.find(needle, i + 1)
    return False


_LOWER_OR_COMMA: Final = frozenset("abcdefghijklmnopqrstuvwxyz,")


def _lone_surname(text: str, word: str) -> bool:
    """A lone word that reads as a place or a colour ("West", "King", "Hill") is a surname when
    the article writes it after a given name ("Cornel West", "Larry King")."""
    if " " in word or is_person_name([word]):
        return False  # a name in its own right goes through the general test
    given = tables.first_names()
    needle = " " + word
    i = text.find(needle, 1)
    while i >= 0:
        after = i + len(needle)
        if after == len(text) or not is_word_char(text[after]):
            prev = text.rfind(" ", 0, i) + 1
            if text[prev:i].lower() in given and text[prev].isupper():
                return True
        i = text.find(needle, i + 1)
    return False


_COLON_NAME_RE: Final = re.compile(r"([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})\s*:\s*$")


def _colon_end(text: str, start: int, end: int) -> int:
    """Where text[start:end] ends past its trailing white space, when a colon closes it ('More
    from Jones: '); -1 when it does not (the colon lead-ins below ask this before any pattern)."""
    stop = back_over_space(text, start, end)
    return stop if stop > start and text[stop - 1] == ":" else -1


def name_before_colon(text: str, start: int, end: int) -> Span | None:
    """'More from Jones: "...' / '- Michael P. McDonald: "...': the name right before the colon.
    The pattern, tried from every capital of the lead-in, needs the colon to close it (white
    space aside): a lead-in without one is ruled out first."""
    if _colon_end(text, start, end) < 0:
        return None
    m = _COLON_NAME_RE.search(text, start, end)
    if m is None or not _has_name(m.group(1)):
        return None
    return Span(m.start(1), m.end(1))


def document_source(text: str, start: int, end: int) -> Span | None:
    """'this new headline from the Washington Post, which hits liberals where they live: “...”':
    a document from a named source, in a lead-in that a colon closes, gives its source's words."""
    stop = _colon_end(text, start, end)
    if stop < 0 or " from " not in text[start:stop]:
        return None
    found = None
    for m in _FROM_SOURCE_RE.finditer(text, start, stop):
        if m.group(1).lower() in tables.document_nouns():
            found = m
    return Span(found.start(2), found.end(2)) if found is not None else None


_FROM_SOURCE_RE: Final = re.compile(r"\b([a-z]+) from (?:the )?([A-Z][\w.’'&-]*(?: [A-Z][\w.’'&-]*){0,5})")
_DASH_LABEL_RE: Final = re.compile(r"(?:^|\s[-–—―]+\s*)([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})\s*:\s*$")


def dash_label(text: str, start: int, end: int) -> Span | None:
    """'Pollsters agree - Carl Bialik: "...': a name after a dash, right before the colon, labels
    the quote whatever verb came earlier (digest and roundup style)."""
    stop = _colon_end(text, start, end)
    if stop < 0:
        return None
    m = _DASH_LABEL_RE.search(text, max(start, stop - 80), end)
    if m is None or not _has_name(m.group(1)):
        return None
    return Span(m.start(1), m.end(1))


def sentence_subject(text: str, start: int, end: int) -> Span | None:
    """The grammatical subject of a clause that introduces a quote without a cue verb.

    'But Trump quickly deflected with a non sequitur: "' -> Trump; 'Hoff's letter makes a
    case: "' -> Hoff's; 'But back on American soil, he returned to his lines: "' -> he.
    """
    chunks = _chunks(text, start, end)
    fronted = False
    for k, chunk in enumerate(chunks[:3]):
        c_text = text[chunk.start : chunk.end]
        first = _WORD_RE.match(c_text)
        if first is None:
            continue
        if k + 1 < len(chunks) and _fronted_clause(text, chunks[k - 1].end if k else start, chunk):
            fronted = True
            continue  # "As Blumenthal spoke, the NRA was going into overdrive, whipping ...": fronted
        if first.group() in _CAPITAL_PREPOSITIONS:
            continue  # "For African-Americans, on the other hand, '...'": an adverbial, no subject
        if fronted and c_text == c_text.title():
            continue  # "When Ms. Schifano moved to Jamaica Estates, Queens, ...": still the fronted clause
        if first.group().lower() in _SUBJECT_PRONOUNS:
            return Span(chunk.start, chunk.start + first.end())
        if first.group() in ("The", "the"):
            described = _described_subject(text, chunk)
            phrase = text[described.start : described.end] if described is not None else ""
            if described is not None and (_is_titleish(phrase) or _has_name(phrase[4:])):
                # 'The former secretary also criticised ... "' -> the secretary; 'the Trump monster
                # fired off tweets with 30 exclamation points: "' -> the Trump monster
                return described
        body = _named_body(text, chunk)
        if body is not None:
            return body  # 'a paper from the left-leaning Brookings Institution had this to say:'
        titled = _titled_name(text, chunk)
        if titled is not None:
            return titled  # 'Yahoo News and former TV network anchor Katie Couric has promoted ...'
        m = RUN_RE.match(c_text)
        if m and _lone_surname(text, m.group()):
            return Span(chunk.start, chunk.start + m.end())  # "West landed a sharp dig at": Cornel West
        if m and is_person_name(name := split_title(m.group().split())[1]):
            if len(name) == 1 and not _used_as_name(text, name[0], chunk.start):
                # "Double try scorer Martyn Williams was keen": a descriptor before the name
                described = _described_name(text, chunk, m.end())
                if described is not None:
                    return described
                continue  # "Filling in for Sanders, ..." / "Media shares blame": not a name
            if m.group().endswith(_POSSESSIVE_ENDS) and not _speaking_possession(c_text, m.end()):
                return None  # "Donald Trump's latest victories unleashed ...": the victories
            return Span(chunk.start, chunk.start + m.end())
        if m is None and c_text.startswith("the "):
            m = RUN_RE.match(c_text, 4)  # "..., the Illinois Board of Elections was conclusive:"
        if m and _organisation_subject(text, chunk.start, m):
            return Span(chunk.start, _org_name_end(text, chunk.start + m.end()))
    return None


_SUBORDINATORS: Final = tables.word_set("subordinators.txt")
_CAPITAL_PREPOSITIONS: Final = frozenset(w.capitalize() for w in _PREPOSITIONS)
_BODY_OPENERS: Final = frozenset(("a", "an", "the", "this", "one", "another"))
_BODY_LINKS: Final = frozenset(("from", "by", "of", "at", "the", "and"))
_BODY_WORDS: Final = 10  # words a body's description may run before its verb
_COPULAS: Final = frozenset(("is", "was", "are", "were", "has", "had", "have"))
_BODY_VERB_WORDS: Final = 4  # words from its verb to a cue ("had this to say") in a lead-in


def _named_body(text: str, chunk: Span) -> Span | None:
    """A text or a body with its author's or its own name, opening a clause before its verb:
    'A 2014 House Intelligence Committee report found', 'a paper from the left-leaning Brookings
    Institution had', 'the Australian Olympic team cited'. Its head noun is a document or an
    organisation word, a capitalised name is in it, and only names, modifiers and "from"/"by"
    phrases stand between the article and the verb; or a person's role after an article, named
    or not ('Another Tokyo trader was less bullish')."""
    space = text.find(" ", chunk.start, chunk.end)
    if space < 0 or text[chunk.start : space].lower() not in _BODY_OPENERS:
        return None  # the cheap test first: most chunks open otherwise
    # the words the loop below reads, no more: a chunk may run to the end of a long clause; each
    # is walked to and cut out (no pattern call nor match object per word), ``ends`` where it ends
    words: list[str] = []
    ends: list[int] = []
    at = skip_space(text, chunk.start, chunk.end)
    while at < chunk.end and len(words) <= _BODY_WORDS:
        end = nonspace_end(text, at, chunk.end)
        words.append(text[at:end])
        ends.append(end)
        at = skip_space(text, end, chunk.end)
    if len(words) < 3:
        return None
    head = named = person = False
    for k in range(1, min(len(words), _BODY_WORDS + 1)):
        word = words[k]
        low = word.lower()
        if k > 1 and low.isalpha() and word.islower() and _verb_like(low):
            if person and low not in _COPULAS and words[0].lower() != "the":
                return None  # "an aide to Chirac", "a conservative think tank": no verb yet
            return Span(chunk.start, ends[k - 1]) if head and named else None
        if word[:1].isupper():
            named = True
        elif low in tables.document_nouns() or low in tables.org_descriptions():
            head = True
        elif low in _PERSON_HEADS and words[0].lower() in _ROLE_ARTICLES:
            head = named = person = True  # "Another Tokyo trader was less bullish, "...": someone unnamed
        elif not (low in _BODY_LINKS or word[:1].isdigit() or "-" in word or low.endswith(_ADJ_ENDINGS)):
            return None
        if not word[-1:].isalnum():
            return None  # a comma or a stop ends the phrase before any verb
    return None


def subordinate_pronoun(text: str, start: int, end: int) -> Span | None:
    """The subject pronoun of a subordinate clause that runs on to the quote: 'The ADL has
    protested his use of tropes when he talks of Clinton meeting "...': the quoted words are
    the clause's, not the main clause's ("The ADL")."""
    lead = text[start:end]
    if " he " not in lead and " she " not in lead and " they " not in lead and " we " not in lead:
        return None  # the cheap test first: this runs for every lead-in without a cue
    found = None
    for m in _SUBORDINATE_PRONOUN_RE.finditer(text, start, end):
        found = m
    if found is None or found.group(1).lower() not in _SUBORDINATORS:
        return None
    if any(ch in text[found.end() : end] for ch in ",;:.!?"):
        return None  # the clause ended before the quote
    return Span(found.start(2), found.end(2))


# a subordinator, then a subject pronoun and a lowercase word (its verb)
_SUBORDINATE_PRONOUN_RE: Final = re.compile(r"\b([a-z]+)[ \u00a0]+(he|she|they|we)[ \u00a0]+[a-z]")


def _fronted_clause(text: str, after: int, chunk: Span) -> bool:
    """The chunk is an adverbial clause opened by a subordinator, perhaps among the connectives
    the chunking left out ("But as Blumenthal spoke")."""
    opener = text[after : chunk.start].split() + text[chunk.start : chunk.start + 12].split()[:1]
    return any(w.lower() in _SUBORDINATORS for w in opener)


_SPEAKING_POSSESSIONS: Final = tables.document_nouns() | _OWNED_BODIES | tables.word_set("quote_nouns.txt")
_POSSESSION_WORDS: Final = 5  # words between a possessive and its head noun read at most


def _described_name(text: str, chunk: Span, after: int) -> Span | None:
    """A capitalised descriptor, up to three lowercase nouns (no preposition or article), then a
    full name and its verb: 'Double try scorer Martyn Williams was keen' -> Martyn Williams."""
    words = text[chunk.start + after : chunk.end].split()
    k = 0
    while k < len(words) and k < 3 and words[k].isalpha() and words[k].islower():
        if words[k] in _FRONTING_PREPOSITIONS or words[k] in _DETERMINERS_SUBJ:
            return None  # "Shares of Rockwell International rose": an object, no descriptor
        k += 1
    if k == 0 or k + 2 >= len(words):
        return None
    start = text.find(words[k], chunk.start + after)
    m = RUN_RE.match(text, start, chunk.end)
    if m is None or len(m.group().split()) < 2 or not is_person_phrase(m.group()):
        return None
    verb = text[m.end() : m.end() + 30].split()[:1]
    if not verb or not verb[0].islower() or verb[0] in _NOT_VERB:
        return None
    return Span(m.start(), m.end())


def _speaking_possession(chunk: str, end: int) -> bool:
    """What a possessive name owns can speak for its owner ("Hoff's letter", "Clinton's
    campaign", "Rubio's catch phrase"); "Rubio's not going to" is no possessive at all."""
    words = chunk[end:].split(maxsplit=_POSSESSION_WORDS)[:_POSSESSION_WORDS]
    after = [w.lower().strip(",.:") for w in words]
    if not after:
        return False
    if after[0] == "not" or after[0].endswith("ing") or _verb_like(after[0]):
        return True
    for word in after:  # "Trump's absurd and factually inaccurate claim", not "Trump's attacks on ..."
        if word in _SPEAKING_POSSESSIONS:
            return True
        if word in _PREPOSITIONS:
            return False
    return False


_OF_RUN_RE: Final = re.compile(rf" of (?:the )?{RUN_RE.pattern}")


def _org_name_end(text: str, end: int) -> int:
    """The end of an organisation's name that goes on with 'of ...' ('Board of Elections')."""
    m = _OF_RUN_RE.match(text, end)
    return m.end() if m else end


# what makes a capitalised run an organisation's name (built once, not for every subject)
_ORG_WORDS: Final = tables.non_person_words() | frozenset(tables.org_descriptions())


def _organisation_subject(text: str, start: int, run: re.Match[str]) -> bool:
    """A run that names an organisation and heads its clause: an acronym ('CREW filed a request
    for "...') or capitalised words with an organisation word ('The New York Times reports:'),
    right before a word that reads as its verb (an -s or -ed form, an auxiliary, a cue); not 'A
    Texas voter', where the run modifies a noun."""
    tokens = run.group().split()
    if tokens[0].lower() in ("the", "a", "an"):
        tokens = tokens[1:]
    if not tokens:
        return False
    acronym = len(tokens) == 1 and tokens[0].isupper() and 2 <= len(tokens[0]) <= 6
    named_body = len(tokens) > 1 and any(t.lower() in _ORG_WORDS for t in tokens)
    name_end = _org_name_end(text, start + run.end())
    after = text[name_end : name_end + 30].split()[:1]
    if not (acronym or named_body) or not after:
        return False
    verb = after[0].rstrip(",.:;")
    if not verb.isalpha() or not verb.islower() or verb in _NOT_VERB:
        return False
    return _verb_like(verb) or (verb.endswith("s") and not verb.endswith("ss"))


def lost_closes(text: str, spans: list[QuoteSpan]) -> list[QuoteSpan]:
    """A quotation that runs to its paragraph's end (or to the next one's opening) for want of a
    closing mark ends where the writer dropped or mistyped it: at the comma before an attribution
    inside it ('"There wasn't a lot of education ... what papers to keep, said Kessel, whose
    organization ...'), or at a single closing mark after a sentence end."""
    out: list[QuoteSpan] = []
    for sp in spans:
        if sp.closed:
            out.append(sp)
            continue
        m = _LOST_CLOSE_RE.search(text, sp.start, sp.end)
        if m is not None and not sentences.sentence_ends(text, sp.start, m.start()):
            # one sentence up to the attribution: a later one ('... agenda. Dr Gibbons, who was a
            # GP, said NHS staff wanted ...') is narration the missing mark let in
            out.append(QuoteSpan(sp.open, m.start() + 1, sp.start, m.start() + 1, False))
            continue
        # a single closing mark typed for the double one ('“Let’s go. We can stop it.’ Schumer was
        # in the room'), where no single quotation opened inside
        typed = text.find("’ ", sp.start, sp.end) >= 0
        m = _SINGLE_CLOSE_RE.search(text, sp.start, sp.end) if typed else None
        if m is not None and "‘" not in text[sp.start : m.start()]:
            out.append(QuoteSpan(sp.open, m.end(), sp.start, m.start() + 1, True))
            continue
        out.append(sp)
    return out


_LOST_CLOSE_RE: Final = re.compile(r", (?:(?:said|says) [A-Z]|(?:[A-Z][\w.’'-]* ){1,3}(?:said|says)\b)")
_SINGLE_CLOSE_RE: Final = re.compile(r"[.!?]’(?= [A-Z])")


def transcript_turns(text: str, spans: list[QuoteSpan]) -> list[QuoteSpan]:
    """A quotation that opens with a speaker label and holds more turns after sentence ends
    ('“PARTICIPANT: ... Texas. MS. CLINTON: You are the smartest people. PARTICIPANT: ...”'),
    cut into one quotation per turn, each with its own label."""
    out: list[QuoteSpan] = []
    for sp in spans:
        if transcript_label(text, sp.start, sp.end) is None:  # tests two characters first
            out.append(sp)
            continue
        opened, start = sp.open, sp.start
        for m in _TURN_RE.finditer(text, sp.start, sp.end):
            cut = m.end()
            if transcript_label(text, cut, sp.end) is not None:
                out.append(QuoteSpan(opened, m.start() + 1, start, m.start() + 1, True))
                opened = start = cut
        out.append(QuoteSpan(opened, sp.close, start, sp.end, sp.closed) if start != sp.start else sp)
    return out


_TURN_RE: Final = re.compile(r"(?<![A-Z])[.?!] +(?=[A-Z][A-Z.'’ -]{1,40}:\s)")


def transcript_label(text: str, start: int, end: int) -> Span | None:
    """'WALLACE: ...' at the start of a quote: the label names the speaker. Its first two
    characters are tested before the pattern is tried: most quotes open with a lowercase
    letter in second place ("We", "It"). The capital is told by its code: a comparison of
    strings is a generic call in the compiled build."""
    if end - start < 3 or not (65 <= ord(text[start]) <= 90) or text[start + 1] not in _LABEL_SECOND:
        return None
    m = _LABEL_RE.match(text, start, end)
    if m and any(c.isalpha() for c in m.group(1)) and len(m.group(1).split()) <= 4:
        return Span(m.start(1), m.end(1))
    return None
