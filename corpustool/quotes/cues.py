"""Cue verbs of one article: where "said", "told", "believes" ... occur as verbs.

Attribution asks for speech cues (cue_verbs.txt) in many small stretches around quotes, reported
speech for speech and belief cues (plus report_verbs.txt) in whole paragraphs; both ask about
the same lines. Each line is read once, on first use, with the wider pattern: a speech cue is a
match of it that is itself a speech form. That is exact because every belief verb is one plain
word (no speech form can start inside one or be cut from one); ``_one_scan_is_exact`` checks it
when the lists load and the speech cues get their own scan if a list ever breaks that.
"""

from __future__ import annotations

from typing import Final

from corpustool.quotes import tables
from corpustool.quotes.article_cache import ArticleIndex, LatestArticle
from corpustool.quotes.chars import is_alpha, letter_at, letter_pairs
from corpustool.quotes.form_scan import form_scan
from corpustool.quotes.marks import Span

_NOUN_DETERMINERS: Final = tables.word_set("noun_determiners.txt")
# the first and last letters of each determiner (all lower-case ASCII words)
_DETERMINER_ENDS: Final = letter_pairs(w[0] + w[-1] for w in _NOUN_DETERMINERS)
_PRONOUN_CONTRACTIONS: Final = tables.word_set("pronoun_contractions.txt")
_LONGEST_DETERMINER: Final = max(len(w) for w in _NOUN_DETERMINERS)
_COMPOUND_HEADS: Final = tables.word_set("cue_compound_heads.txt")
# every head has two letters or more, all lower-case ASCII: a word that is one opens with these
_COMPOUND_OPENINGS: Final = frozenset(w[:2] for w in _COMPOUND_HEADS)
_COMPOUND_OPENING_AT: Final = letter_pairs(_COMPOUND_OPENINGS)


def noun_use(text: str, cue_start: int) -> bool:
    """A determiner or possessive right before a cue form makes it a noun ("Trump's claim", "a
    tweet", "his answer"): no verb of saying there, so no speaker before it."""
    j = cue_start - 1
    if j < 1 or text[j] != " ":
        return False
    end = j
    while j > 0 and _in_word(text, j - 1):
        j -= 1
    n = end - j
    if n < 1 or n > 24:
        return False
    # "’s" or "'s" (what the word's lower-case form ends with, as lower-casing keeps these)
    possessive = n > 2 and text[end - 1] in "sS" and text[end - 2] in "’'"
    if n > _LONGEST_DETERMINER and not possessive:
        return False  # "Trump said", "spokesman said": not cut out nor lower-cased
    if not possessive:
        # nor is a word of ASCII letters whose first and last are no determiner's ("he", "to",
        # "Trump"); any other character is lower-cased as a string below
        first, last = letter_at(text, j), letter_at(text, end - 1)
        if first >= 0 and last >= 0 and not _DETERMINER_ENDS[first * 26 + last]:
            return False
    word = text[j:end].lower()
    if word in _NOUN_DETERMINERS:
        return True
    if not possessive or word.replace("’", "'") in _PRONOUN_CONTRACTIONS:
        return False
    # a form that is only ever a verb makes the possessive a name: "Moody's said", "McDonald's
    # told" ("Trump's alleged ties" keeps its participle a modifier)
    return _word_from(text, cue_start) not in _VERB_ONLY_FORMS


_VERB_ONLY_FORMS: Final = frozenset(("said", "says", "told", "tells", "wrote", "writes"))


def _in_word(text: str, i: int) -> bool:
    """``text[i]`` is alphanumeric or an apostrophe or hyphen (the word before a cue, "Trump’s"
    whole): an ASCII character told by its code, without the one-character string."""
    c = ord(text[i])
    if c < 128:
        return 48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122 or c == 39 or c == 45
    return c == 0x2019 or text[i].isalnum()


def compound_use(text: str, cue_end: int) -> bool:
    """The cue form starts a compound noun: a hyphen right after it ("tell-all", "say-so") or a
    head noun from cue_compound_heads.txt ("think tank")."""
    if cue_end >= len(text):
        return False
    after = ord(text[cue_end])
    if after == 45:  # "-"
        return True
    if after != 32:  # " "
        return False
    # the heads open with few pairs of letters: the two after the space rule out most words unread
    # (two ASCII letters told by their codes; any other character is lower-cased as a string)
    if cue_end + 2 >= len(text):
        return False  # fewer than two characters follow the space
    first, second = letter_at(text, cue_end + 1), letter_at(text, cue_end + 2)
    if first >= 0 and second >= 0:
        if not _COMPOUND_OPENING_AT[first * 26 + second]:
            return False
    elif text[cue_end + 1 : cue_end + 3].lower() not in _COMPOUND_OPENINGS:
        return False
    return _word_from(text, cue_end + 1) in _COMPOUND_HEADS


def _word_from(text: str, start: int) -> str:
    """The run of letters from ``start``, lower-cased: the word a cue form opens or precedes."""
    k = start
    while k < len(text) and is_alpha(text[k]):
        k += 1
    return text[start:k].lower()


def _infinitive(text: str, cue_start: int) -> bool:
    """'to' right before the cue is the word 'to', not the end of 'into' or 'Toronto'."""
    k = cue_start - 3
    # "to " told by its codes (a slice would be cut out at every cue)
    if k < 0 or ord(text[k]) != 116 or ord(text[k + 1]) != 111 or ord(text[k + 2]) != 32:
        return False
    return k == 0 or not (text[k - 1].isalnum() or text[k - 1] in "’'")


_SPEECH_FORMS: Final = tables.cue_verbs()
_REPORT_SCAN: Final = form_scan(tables.report_forms())
_CUE_SCAN: Final = form_scan(_SPEECH_FORMS)
_ONE_SCAN_IS_EXACT: Final = all(w.isalpha() for w in tables.report_verbs() - _SPEECH_FORMS)


def _one_scan_is_exact() -> bool:
    """Every belief-only form is a plain word: the wide scan then finds each speech cue as is
    (checked once, at import; a function so that tests can turn it off)."""
    return _ONE_SCAN_IS_EXACT


class _Line:
    """A line of an article, text[start:end], and its cues: speech verbs (not nouns nor
    infinitives), and speech and belief verbs (not nouns)."""

    __slots__ = ("end", "report", "speech", "start")

    def __init__(self, start: int, end: int, speech: list[Span], report: list[Span]) -> None:
        self.start = start
        self.end = end
        self.speech = speech
        self.report = report


class _ArticleCues(ArticleIndex):
    """Cue forms of one article, found line by line on first use and kept (about 40% of the
    lines are ever asked about). No cue form spans a line break, so a line read alone gives
    what a scan of the whole text would."""

    __slots__ = ("last", "lines")

    def __init__(self, text: str) -> None:
        super().__init__(text)
        # each line read, by the offset where it starts. The lines are found as they are asked
        # for, with a search for the line breaks around the stretch: listing every line start of
        # the article up front cost more than these searches and the int keys they box and hash
        self.lines: dict[int, _Line] = {}
        # the line asked about last: most asks fall in the line of the ask before (stretches around
        # one quotation), which is then neither searched for nor looked up. One object, read once
        # an ask, so that threads sharing the index never mix two lines
        self.last = _Line(-1, -2, [], [])

    def _line_at(self, line: int) -> _Line:
        """The line that starts at ``line``, read if it is new; it becomes the last asked about."""
        got = self.lines.get(line)
        if got is None:
            text = self.text
            line_end = text.find("\n", line)
            if line_end < 0:
                line_end = len(text)
            verbs, report = self._read(line, line_end)
            got = self.lines[line] = _Line(line, line_end, verbs, report)
        self.last = got
        return got

    def _read(self, line: int, line_end: int) -> tuple[list[Span], list[Span]]:
        """Both kinds of cue in text[line:line_end], a line: (speech, report)."""
        text = self.text
        report: list[Span] = []
        found: list[Span] = []  # the speech cues among them
        for s, form in _REPORT_SCAN.matches(text, line, line_end):
            e = s + len(form)
            if noun_use(text, s) or compound_use(text, e):
                continue  # "his claim", "think tank"
            cue = Span(s, e)
            report.append(cue)
            if form in _SPEECH_FORMS:
                found.append(cue)
        if not _one_scan_is_exact():
            found = [
                Span(s, e)
                for s, e in _CUE_SCAN.spans(text, line, line_end)
                if not noun_use(text, s) and not compound_use(text, e)
            ]
        # "asked by X to respond": an infinitive is not a finite verb of saying
        verbs = [c for c in found if not _infinitive(text, c.start)]
        return verbs, report

    def within(self, start: int, end: int, *, speech: bool) -> list[Span]:
        text = self.text
        out: list[Span] = []
        # the line that holds ``start``, then each line that starts before ``end``
        at = max(start, 0)
        cur = self.last
        if not cur.start <= at <= cur.end:
            cur = self._line_at(text.rfind("\n", 0, at) + 1)
        while True:
            for c in cur.speech if speech else cur.report:
                # a loop, not extend(generator): the compiled build runs it natively
                if c.start >= start and c.end <= end:
                    out.append(c)
            if cur.end == len(text) or cur.end + 1 > end - 1:
                return out
            cur = self._line_at(cur.end + 1)


_ARTICLES: Final = LatestArticle(_ArticleCues)


def cue_words(text: str, start: int, end: int) -> list[Span]:
    """Every speech-cue form used as a verb in text[start:end], in order."""
    return _ARTICLES.get(text).within(start, end, speech=True)


def report_cues(text: str, start: int, end: int) -> list[Span]:
    """Every speech or belief verb form in text[start:end] not used as a noun, in order."""
    return _ARTICLES.get(text).within(start, end, speech=False)
