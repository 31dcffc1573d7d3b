"""Reported (indirect) speech: 'Patrushev said Russia is seriously concerned about ...'.

Three shapes, sentence by sentence, outside quotation marks:
  X said (that) CONTENT.            subject opens the sentence, content follows the cue
  CONTENT, X said.                  cue closes the sentence
  According to X, CONTENT. / CONTENT, according to X.
The same scan also tells the speaker module who has been speaking, so "he said" later on
resolves to the latest named speaker.
"""

from __future__ import annotations

import re
from typing import Final

from corpustool.quotes import sentences, tables
from corpustool.quotes.attribution import (
    ADVERBIAL_STARTS,
    Span,
    back_over_space,
    good_subject,
    is_person_phrase,
    object_after_cue,
    sentence_subject,
    skip_space,
    subject_in,
)
from corpustool.quotes.chars import is_word_char, letter_at, letter_pairs, nonspace_end
from corpustool.quotes.cues import report_cues
from corpustool.quotes.marks import Ranges, bisect_left, span_order

_THAT_RE: Final = re.compile(r"\s*(?:,\s*)?that\b\s*")
_OBJECT_CUES: Final = tables.word_set("object_cues.txt")
_TRANSITIVE_CUES: Final = tables.word_set("transitive_cues.txt")
_ACCORDING_LEAD_RE: Final = re.compile(r"\s*[Aa]ccording to\s+([^,]{2,80}),\s*")
_TO_LEAD_RE: Final = re.compile(r"\s*(?=To )..\s+([^,]{2,60}),\s*")
_ACCORDING_TAIL_RE: Final = re.compile(r",\s*according to\s+([^,.]{2,80})[.!?]?\s*$")
_OPENING_MARKS: Final = "\"“„«'‘"
_MIN_WORDS: Final = 3
_MAX_CUES: Final = 16  # cues read per sentence
_SHORT_TAIL: Final = 8  # words at most after the cue that closes "CONTENT, X said (in a statement)."
_ADVERBIAL_SPAN: Final = 40  # how far after a cue an adverbial may push its "that"
_ADDING_RE: Final = re.compile(r",\s*(?:adding|noting|saying|arguing|insisting|warning)\b")
# the first and last letters of each adverbial start (all lower-case ASCII words)
_ADVERBIAL_ENDS: Final = letter_pairs(w[0] + w[-1] for w in ADVERBIAL_STARTS)


class Report:
    """One reported-speech event: what was said, by whom, with which cue."""

    __slots__ = ("content", "cue", "speaker")

    def __init__(self, content: Span, speaker: Span | None, cue: Span | None) -> None:
        self.content = content
        self.speaker = speaker
        self.cue = cue


def _sentence_bounds(text: str, start: int, end: int, quotes: Ranges) -> list[int]:
    """Where the sentences of text[start:end] start, then where the last one ends (a sentence end
    inside a quotation does not count)."""
    bounds = [start]
    for b in sentences.sentence_ends(text, start, end):
        if not quotes.covers(b, strict=True):
            bounds.append(b)
    if bounds[-1] < end:
        bounds.append(end)
    return bounds


def _clean(text: str, start: int, end: int) -> Span:
    """text[start:end] without the spaces and commas before it nor the spaces, stops and closing
    marks after it; the characters told by their codes (in the compiled build a comparison with
    each, where a one-character string and a search of a list of marks cost more)."""
    while start < end and ord(text[start]) in (32, 9, 0xA0, 44):  # " \t\u00a0,"
        start += 1
    # " \t\u00a0.,;:!?" then the closing marks \"”’'
    while end > start and ord(text[end - 1]) in (32, 9, 0xA0, 46, 44, 59, 58, 33, 63, 34, 0x201D, 0x2019, 39):
        end -= 1
    return Span(start, end)


def _words(text: str, span: Span) -> int:
    return len(text[span.start : span.end].split())


def speech_events(
    text: str,
    paras: list[tuple[int, int]],
    quoted: list[tuple[int, int]],
    *,
    near: list[int] | None = None,
    window: int = 0,
    with_content: bool = True,
) -> list[Report]:
    """Every reported-speech event (content may be empty when the cue introduces a quotation).

    Speech verbs and belief/stance verbs both count. ``near`` (sorted offsets) reads only the
    paragraphs at most ``window`` characters before one of them: enough to know who spoke
    before each "he said" that needs resolving. Without ``with_content`` an event's content is
    left empty wherever the speaker and cue do not depend on it (who spoke, not what), and the
    "..., adding that" events, whose speaker is the event's before, are not made.
    """
    out: list[Report] = []
    if near is not None:
        paras = _near_paragraphs(paras, near, window)
    if not paras:
        return out
    cues: list[Span] = []
    according: list[int] = []  # where the "according to" cues start, in order
    for p_start, p_end in paras:  # only the paragraphs read, not the whole article
        # the verbs come in text order, and paragraphs follow each other: only a paragraph with
        # an "according to" or a "To" needs a sort
        found = report_cues(text, p_start, p_end)
        phrases = according_cues(text, p_start, p_end)
        to = to_cues(text, p_start, p_end)
        if phrases or to:
            for c in phrases:
                according.append(c.start)
            found = sorted(found + phrases + to, key=span_order)
        cues.extend(found)
    if not cues:
        return out
    quotes = Ranges(quoted)
    hits = [c.start for c in cues]
    if near is None:
        head = _headline(text, paras[0])
        if head is not None:
            out.append(head)
    # paragraphs, their sentences and the cues all come in text order: one walk over the cues,
    # ``k`` the first not yet passed
    k = 0
    for p_start, p_end in paras:
        while k < len(hits) and hits[k] < p_start:
            k += 1
        if k == len(hits) or hits[k] >= p_end:
            continue  # no cue in this paragraph: nothing is reported here
        bounds = _sentence_bounds(text, p_start, p_end, quotes)
        for i in range(1, len(bounds)):
            start, end = bounds[i - 1], bounds[i]
            while k < len(hits) and hits[k] < start:
                k += 1  # the cues of the sentence before past its first _MAX_CUES
            if k == len(hits) or hits[k] >= end:
                continue  # a sentence with no cue gets no Span made
            # a real sentence has a few cues; a scraped run of thousands ("To To To ...") would
            # have each one read the whole sentence before it
            mine: list[Span] = []
            while k < len(hits) and hits[k] < end and len(mine) < _MAX_CUES:
                if not _inside(hits[k], quotes):
                    mine.append(cues[k])
                k += 1
            says_according = bool(according) and _holds(according, start, end)
            _one_sentence(text, Span(start, end), quotes, mine, says_according, with_content, out)
    return out


def according_cues(text: str, start: int, end: int) -> list[Span]:
    """'according to' / 'According to' as whole words inside text[start:end].

    A plain search for the rare 'ccording to', with the letters around it checked by hand, finds
    what the pattern [Aa]ccording to\\b with no word character before it does, without stopping at
    every a of the paragraph as the pattern must."""
    out: list[Span] = []
    i = text.find("ccording to", start + 1, end)
    while i >= 0:
        a, after = i - 1, i + 11
        if (
            text[a] in "Aa"
            and (a == 0 or not is_word_char(text[a - 1]))
            and (after == end or not is_word_char(text[after]))
        ):
            out.append(Span(a, after))
        i = text.find("ccording to", after, end)
    return out


def to_cues(text: str, start: int, end: int) -> list[Span]:
    """'To' opening a phrase before a capitalised name ("To Florida consultant Wilson, ..."): the
    word 'To', no letter or apostrophe before it, then a space and a capital A-Z.

    Found by a plain search for the capital T alone, with "o " after it told by their codes: a
    search for 'To ', whose last character is a space, is slowed by every space of the paragraph,
    where one for a single character runs at memory-search speed (less than one T a paragraph)."""
    out: list[Span] = []
    i = text.find("T", start, end)
    while i >= 0:
        nxt = i + 1
        if i + 3 < end and ord(text[i + 1]) == 111 and ord(text[i + 2]) == 32 and "A" <= text[i + 3] <= "Z":
            before = text[i - 1] if i > 0 else " "
            if not (is_word_char(before) or before in "’'"):
                out.append(Span(i, i + 2))
                nxt = i + 4  # the capital is taken: "To To Trump" holds one such phrase, not two
        i = text.find("T", nxt, end)
    return out


def _near_paragraphs(paras: list[tuple[int, int]], near: list[int], window: int) -> list[tuple[int, int]]:
    """The paragraphs that hold, or end at most ``window`` characters before, one of ``near``
    (both in text order: one walk, ``j`` the first offset not before the paragraph)."""
    out = []
    j = 0
    for p in paras:
        while j < len(near) and near[j] < p[0]:
            j += 1
        if j == len(near):
            break
        if near[j] <= p[1] + window:
            out.append(p)
    return out


def _inside(pos: int, quotes: Ranges) -> bool:
    return quotes.covers(pos)


def _holds(offsets: list[int], start: int, end: int) -> bool:
    """One of the sorted ``offsets`` lies in [start, end)."""
    k = bisect_left(offsets, start)
    return k < len(offsets) and offsets[k] < end


def _one_sentence(
    text: str,
    sent: Span,
    quotes: Ranges,
    cues: list[Span],
    according: bool,
    with_content: bool,
    out: list[Report],
) -> None:
    """The reported-speech event of one sentence, and the "..., adding that ..." one after it, added
    to ``out``; ``according``: an "according to" cue stands in it (quoted or not). Events nested in
    it ("Trump said Republicans fear that ...") are not read: they cost more precision than they
    add recall."""
    rep = _first_event(text, sent, quotes, cues, according, with_content)
    if rep is None:
        return
    out.append(rep)
    if not with_content:
        return
    adding = _ADDING_RE.search(text, rep.content.end, sent.end)
    if adding and adding.start() - rep.content.end <= 3:
        cue = Span(adding.end() - len(adding.group().split()[-1]), adding.end())
        that = _THAT_RE.match(text, cue.end, sent.end)
        content = _clean(text, that.end() if that else cue.end, sent.end)
        if _words(text, content) >= _MIN_WORDS:
            out.append(Report(content, rep.speaker, cue))


def _first_event(
    text: str, sent: Span, quotes: Ranges, cues: list[Span], according: bool, with_content: bool
) -> Report | None:
    # the three sentence patterns are tried only where their words stand, and in place (no copy of
    # the sentence): an "according to" match is one of the cues that ``according`` tells of, and
    # most sentences do not open with "To "
    m = _ACCORDING_LEAD_RE.match(text, sent.start, sent.end) if according else None
    if m:
        who = Span(m.start(1), m.end(1))
        content = _clean(text, m.end(), sent.end)
        cue = Span(text.find("ccording", m.start(), sent.end) - 1, who.start - 1)
        return Report(content, who, cue)
    m = _TO_LEAD_RE.match(text, sent.start, sent.end) if _opens_with_to(text, sent.start, sent.end) else None
    if m and is_person_phrase(text[m.start(1) : m.end(1)]):
        # "To Florida consultant Wilson, the party line is just plain silly": Wilson's view
        who = Span(m.start(1), m.end(1))
        content = _clean(text, m.end(), sent.end)
        if _words(text, content) >= _MIN_WORDS and not _inside(content.start, quotes):
            return Report(content, who, Span(m.start(), m.start() + 2))
    m = _ACCORDING_TAIL_RE.search(text, sent.start, sent.end) if according else None
    if m:
        who = _clean(text, m.start(1), m.end(1))
        content = _clean(text, sent.start, m.start())
        return Report(content, who, Span(text.find("according", m.start(), sent.end), who.start - 1))
    for cue in cues:
        # "This can make people feel empowered, adds psychologist Mary Alvord.": the inverted
        # cue closing the sentence attributes all of it, whatever verbs come before
        inverted = _inverted(text, sent, cue, quotes, with_content)
        if inverted is not None:
            return inverted
    for cue in cues:
        tail = _clean(text, cue.end, sent.end)
        first = skip_space(text, tail.start, tail.end)  # where the words after the cue start
        adverbial = first == tail.end or _adverbial(text, first, nonspace_end(text, first, tail.end))
        # the rules ask whether fewer than _MIN_WORDS or more than _SHORT_TAIL words follow only
        # after an adverbial or for the content (no more is split); elsewhere the count stays 0
        words_after = 0
        if first < tail.end and (adverbial or with_content):
            words_after = len(text[first : tail.end].split(None, _SHORT_TAIL))
        # "X said on MSNBC that ...", "X said in an interview Tuesday that ...": the adverbial
        # stands between the cue and its clause
        reach = min(sent.end, cue.end + _ADVERBIAL_SPAN)
        that_near = text.find(" that ", cue.end, reach) if adverbial else -1
        if adverbial and words_after > _SHORT_TAIL and that_near < 0:
            # a long clause after an adverbial, and no "that" in reach: neither shape below fits
            # whoever the subject is, so it is not looked for (a subject_in call saved)
            continue
        subj = subject_in(text, sent.start, cue.start)
        if subj is None or not _plausible_subject(text[subj[0].start : subj[0].end]):
            if not text[sent.start : cue.start].rstrip().endswith((" and", ",and")):
                continue
            # "Ms. Conway dismissed the idea ... and said that ...": the sentence's subject
            clause_subject = sentence_subject(text, sent.start, cue.start)
            if clause_subject is None:
                continue
            subj = (clause_subject, None)
        speaker = subj[0]
        if _inside(speaker.end - 1, quotes):
            continue  # '"There's no question I'm getting scrutiny," the candidate told ...': quoted words
        # only for a subject opening its clause: "pointing out that the paper's Robert Costa had
        # reported in June that ..." is part of someone else's sentence
        late_that = -1
        if adverbial:
            before = text[sent.start : speaker.start].rstrip()
            if not before or before.endswith(","):
                late_that = that_near
        if not with_content and (not adverbial or words_after <= _SHORT_TAIL or late_that > 0):
            return Report(Span(cue.end, cue.end), speaker, cue)  # one of the two shapes below
        if words_after >= _MIN_WORDS and (not adverbial or late_that > 0):
            # X said (that) CONTENT -- also after a fronted phrase ("In an interview, X said ...")
            start = cue.end
            word = text[cue.start : cue.end].lower()
            m = _THAT_RE.match(text, start, sent.end)
            if m:
                start = m.end()
            elif word in _OBJECT_CUES or late_that > 0:
                that = late_that if late_that > 0 else text.find(" that ", start, min(sent.end, start + 80))
                start = that + 6 if that > 0 else start
            end = sent.end
            adding = _ADDING_RE.search(text, start, sent.end)
            if adding:
                end = adding.start()  # "..., she said, adding that ...": the addition is its own event
            content = _clean(text, start, end)
            if content.end > content.start and text[content.start] in _OPENING_MARKS:
                return Report(Span(content.start, content.start), speaker, cue)
            if _words(text, content) >= _MIN_WORDS and not _inside(content.start, quotes):
                return Report(content, speaker, cue)
            return Report(Span(cue.end, cue.end), speaker, cue)
        if words_after <= _SHORT_TAIL:
            # CONTENT, X said.
            cut = text.rfind(",", sent.start, speaker.start)
            content = _clean(text, sent.start, cut if cut > sent.start else speaker.start)
            if _words(text, content) >= _MIN_WORDS and not _inside(content.start, quotes):
                return Report(content, speaker, cue)
            return Report(Span(cue.end, cue.end), speaker, cue)
    return None


def _adverbial(text: str, start: int, end: int) -> bool:
    """The word text[start:end], lower-cased and without its commas, is one of ADVERBIAL_STARTS.
    One with ASCII letters at both ends is ruled out by those two, read in place ("the", "he",
    "Trump": most words after a cue); any other is cut out and lower-cased."""
    first, last = letter_at(text, start), letter_at(text, end - 1)
    if first >= 0 and last >= 0 and not _ADVERBIAL_ENDS[first * 26 + last]:
        return False
    return text[start:end].lower().strip(",") in ADVERBIAL_STARTS


def _opens_with_to(text: str, start: int, end: int) -> bool:
    """text[start:end] opens with "To " after white space: what _TO_LEAD_RE needs before anything
    else (read in place, where a slice would copy)."""
    i = skip_space(text, start, end)
    return i + 3 <= end and text[i] == "T" and text[i + 1] == "o" and text[i + 2] == " "


_HEAD_COLON_RE: Final = re.compile(r"([A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}): (?=[A-Z‘“\"'])")
_HEAD_SAYS_RE: Final = re.compile(
    r"([A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}) (Says|Say|Said|Tells|Told|Warns|Claims|Insists|Admits"
    r"|Thinks|Believes|Wants|Calls|Urges|Predicts|Vows|Denies|Suggests) "
)


def _plausible_subject(phrase: str) -> bool:
    """A name, pronoun or description, or a short bare noun phrase ("Officials", "Critics")."""
    if good_subject(phrase):
        return True
    return len(phrase.split()) <= 5 and phrase[:1].isalnum() and not any(c in phrase for c in "\"“”'’")


def _headline(text: str, para: tuple[int, int]) -> Report | None:
    """Headline attributions: 'Pence: Flowers Won't Be at Debate', 'County Says Trump Should Win'."""
    start, end = para
    if len(text[start:end].split()) > 25:
        return None
    m = _HEAD_COLON_RE.match(text, start, end)
    if m:
        return Report(_clean(text, m.end(), end), Span(m.start(1), m.end(1)), Span(m.end(1), m.end(1) + 1))
    m = _HEAD_SAYS_RE.match(text, start, end)
    if m:
        return Report(_clean(text, m.end(), end), Span(m.start(1), m.end(1)), Span(m.start(2), m.end(2)))
    return None


def _inverted(text: str, sent: Span, cue: Span, quotes: Ranges, with_content: bool) -> Report | None:
    """'CONTENT, said James Henson, director of the project.' (also the '"...," said X' of a quote)."""
    # where the words before the cue end, and before that their closing marks: read in place,
    # as most cues have no comma before them and the stretch need not be copied to say so
    stop = back_over_space(text, sent.start, cue.start)
    bare = stop
    while bare > sent.start and text[bare - 1] in "\"”’'":
        bare -= 1
    closing_quote = bare < stop
    if bare == sent.start or text[bare - 1] != "," or _inside(cue.start, quotes):
        return None
    if text[cue.start : cue.end].lower() in _TRANSITIVE_CUES:
        return None  # ", for the Liberal Democrats, accused Mr Brown of": an object, not a speaker
    obj = object_after_cue(text, cue.end, sent.end)
    if obj is None or text[obj.start - 1] in _OPENING_MARKS:
        return None  # '..., said, "Let me tell you, ...': a quotation, not an inverted subject
    after = text[obj.end : obj.end + 1]
    cut = text.find(" of ", obj.start, obj.end)
    named = cut > 0 and text[obj.start : obj.start + 4].lower() != "the "  # not "the Workers of America"
    if named and is_person_phrase(text[obj.start : cut]):
        obj = Span(obj.start, cut)  # "..., said Ben Williams of Paris brokerage house Fauchier-Magnan."
    phrase = text[obj.start : obj.end]
    words = phrase.split()
    if len(words) > 6 or (after and after not in ",.;"):
        return None  # "..., called the AIPAC speech a ..." is a clause, not an inverted speaker
    opener = words[0].lower()
    # "..., adds psychologist Mary Alvord.": a lowercase title may open the inverted subject
    opens_subject = phrase[:1].isupper() or opener in ("the", "a", "an") or opener in tables.titles()
    if not (good_subject(phrase) and opens_subject):
        return None
    if closing_quote or not with_content:
        return Report(Span(cue.end, cue.end), obj, cue)  # the quotation is the content, or none is asked
    content = _clean(text, sent.start, stop - 1)
    if _words(text, content) >= _MIN_WORDS and not _inside(content.start, quotes):
        return Report(content, obj, cue)
    return Report(Span(cue.end, cue.end), obj, cue)


def reported_speech(text: str, events: list[Report], covered: list[tuple[int, int]]) -> list[Report]:
    """Events whose content is real reported speech (not the lead-in of a quotation)."""
    out = []
    for ev in events:
        c = ev.content
        if c.end - c.start <= 0:
            continue
        inside = sum(max(0, min(c.end, e) - max(c.start, s)) for s, e in covered)
        if inside >= 0.8 * (c.end - c.start):
            continue
        out.append(ev)
    return out
