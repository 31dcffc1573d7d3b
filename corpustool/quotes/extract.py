"""Put marks, attribution and speakers together: one article in, a list of quote dicts out.

Order of evidence for a quote's speaker, most to least direct: a transcript label inside the
quote ("PENCE: ..."), the attribution right after it ("...," X said), the one right before it
(X said: "..."), a quote earlier in the same sentence, another attributed quote in the same
paragraph ("...," X said. "..."), the introduction at the end of the previous paragraph (a
colon, or the speaker of its last quote when this paragraph is only a quote).
"""

from __future__ import annotations

import re
from typing import Final

from corpustool.quotes import attribution as attr
from corpustool.quotes import sentences, tables
from corpustool.quotes.chars import is_alpha, is_upper, nonspace_end, space_at
from corpustool.quotes.marks import QuoteSpan, Ranges, Span, pair_quotes
from corpustool.quotes.name_runs import article_shape
from corpustool.quotes.reported import reported_speech, speech_events
from corpustool.quotes.speakers import (
    Cast,
    Speaker,
    described_gender,
    is_group_role,
    is_role_description,
    is_unnamed_person,
    nickname_name,
    resolve,
)

QUOTE_TYPES: Final = ("direct", "partial", "indirect")
DEFAULT_TYPES: tuple[str, ...] = ("direct", "partial")
QUOTE_KEYS: Final = (
    "text",
    "start",
    "end",
    "type",
    "speaker",
    "speaker_start",
    "speaker_end",
    "speaker_name",
    "speaker_title",
    "speaker_kind",
    "cue",
    "cue_start",
    "cue_end",
)
# Quoted stretches this short with nobody attributed are scare quotes or titles ("Shark Tank").
MIN_UNATTRIBUTED_WORDS: Final = 4
EVENT_WINDOW: Final = 800  # characters before a "he said" in which reported speakers are read
MIN_PARTIAL_WORDS: Final = 4


class _Quote:
    """One quotation while its speaker is worked out (a plain class: mypyc makes it a C struct)."""

    def __init__(self, span: QuoteSpan, para: int, lead_start: int, tail_end: int, chained: bool) -> None:
        self.span = span
        self.para = para
        self.lead_start = lead_start
        self.tail_end = tail_end
        self.chained = chained  # an earlier quote in the same sentence
        self.att: attr.Attribution | None = None
        self.label: attr.Span | None = None
        self.kind = "direct"
        self.inherited_from: int | None = None


def normalise_types(types) -> tuple[str, ...]:
    """Accept 'direct,partial', a list, or None; unknown names are ignored."""
    if types is None:
        return DEFAULT_TYPES
    if isinstance(types, str):
        types = types.split(",")
    return tuple(t.strip() for t in types if t and t.strip() in QUOTE_TYPES)


def extract_quotes(text: str, *, types=DEFAULT_TYPES) -> list[dict]:
    """Quotes of ``text`` with speakers, in text order. Never raises: odd input gives []."""
    if not isinstance(text, str) or not text.strip():
        return []
    wanted = normalise_types(types)
    try:
        return _extract(text, wanted)
    except Exception:  # pragma: no cover - a rule bug must not stop a corpus run; tests fuzz this
        return []


def _extract(text: str, wanted: tuple[str, ...]) -> list[dict]:
    paras = sentences.paragraphs(text)
    if not paras:
        return []
    para_starts = [s for s, _ in paras]
    spans = attr.transcript_turns(text, attr.lost_closes(text, pair_quotes(text)))
    # 'Marcia "Cia" Price': a nickname is part of a name, no quotation. The rules read it in
    # brackets, which a name may hold; the output quotes the text as it is
    nicknames = [(sp.open, sp.close) for sp in spans if nickname_name(text, sp.open, sp.close) is not None]
    source = text
    if nicknames:
        spans = [sp for sp in spans if (sp.open, sp.close) not in nicknames]
        text = _nicknames_in_brackets(text, nicknames)
    quotes = _locate(text, spans, paras, para_starts)
    if not quotes and "indirect" not in wanted:
        return []  # nothing quoted and no reported speech asked for: no need to read the cast
    article_shape(text)  # made now, not by the cast: the cue scans of the attribution read it too
    _attribute(text, quotes, paras)
    _inherit(text, quotes, paras)
    quoted = [(q.span.open, q.span.close) for q in quotes]
    cast = Cast(text, quoted + nicknames if nicknames else quoted)
    # who spoke before is only needed to resolve "he said" / "the senator said", or for
    # reported speech itself: skip the scan when neither occurs. Beliefs count ("Clinton wants
    # ...", "he believes ..."): whoever the article last reported on is who "he said" points to
    if "indirect" in wanted:
        events = speech_events(text, paras, quoted)
    else:
        # reported speakers matter only just before a "he said" / "the senator said" (quoted
        # speakers are marked everywhere anyway); reading the rest of the article is wasted, and
        # so is reading what they said
        near = _needing_antecedents(text, quotes)
        events = (
            speech_events(text, paras, quoted, near=near, window=EVENT_WINDOW, with_content=False)
            if near
            else []
        )
    _mark_speakers(text, cast, quotes, events)
    out: list[dict] = []
    for q in quotes:
        if q.kind == "scare" or q.kind not in wanted:
            continue
        out.append(_to_dict(source, q, quotes, cast))
    if "indirect" in wanted:
        covered = [(q.span.open, q.span.close) for q in quotes if q.kind in ("direct", "scare")]
        reported = [_reported_dict(source, item, cast) for item in reported_speech(text, events, covered)]
        if reported:
            # a clause of reported speech is given once, whole, with its quoted fragments inside
            inside = Ranges([(r["start"], r["end"]) for r in reported])
            out = [q for q in out if q["type"] != "partial" or not inside.covers(q["start"])]
            out.extend(reported)
        out.sort(key=lambda d: d["start"])
    return out


def _nicknames_in_brackets(text: str, nicknames: list[tuple[int, int]]) -> str:
    """The text with each nickname's quotation marks turned into brackets (same offsets)."""
    parts: list[str] = []
    at = 0
    for opened, closed in nicknames:
        parts += [text[at:opened], "(", text[opened + 1 : closed - 1], ")"]
        at = closed
    parts.append(text[at:])
    return "".join(parts)


def _locate(
    text: str, spans: list[QuoteSpan], paras: list[tuple[int, int]], para_starts: list[int]
) -> list[_Quote]:
    quotes: list[_Quote] = []
    for i, sp in enumerate(spans):
        p = sentences.paragraph_index(para_starts, sp.open)
        p_start, _ = paras[p]
        p_end_para = sentences.paragraph_index(para_starts, max(sp.open, sp.close - 1))
        p_end = paras[p_end_para][1]
        region = p_start
        chained = False
        if i > 0 and spans[i - 1].close > p_start:
            region = spans[i - 1].close
            chained = True
        ends = sentences.sentence_ends(text, region, sp.open)
        if ends:
            region = ends[-1]
            chained = False
        if i > 0 and spans[i - 1].close > p_start and spans[i - 1].close >= region:
            # the previous quote ended the sentence itself ('..."' closing with a period)
            prev_text = text[spans[i - 1].start : spans[i - 1].end].rstrip()
            between = text[spans[i - 1].close : sp.open].lstrip()
            # nothing between, or a new sentence ('...poorer ones." Likewise, a paper ...: "')
            if prev_text.endswith((".", "!", "?")) and (not between or between[0].isupper()):
                chained = False
        tail_limit = p_end
        if i + 1 < len(spans) and spans[i + 1].open < tail_limit:
            tail_limit = spans[i + 1].open
        tail_ends = sentences.sentence_ends(text, sp.close, tail_limit)
        tail_end = tail_ends[0] if tail_ends else tail_limit
        quotes.append(_Quote(sp, p_end_para, region, tail_end, chained))
        quotes[-1].para = p
    return quotes


def _attribute(text: str, quotes: list[_Quote], paras: list[tuple[int, int]]) -> None:
    for i, q in enumerate(quotes):
        sp = q.span
        prev = quotes[i - 1] if i > 0 else None
        if q.chained and prev is not None and _quoted_term(text, prev) and _inside_clause(text, prev.span):
            # 'Carson shared a syllabus for a class called “Perception” on his page, writing “...',
            # 'challenged the assertion that Grayson had ever "attacked" Clinton, and said he "...':
            # a quoted title or term inside a clause is part of it; the lead-in starts where it does
            q.lead_start, q.chained = prev.lead_start, prev.chained
        content = text[sp.start : sp.end]
        q.label = attr.transcript_label(text, sp.start, sp.end)
        if q.label:
            q.kind = "direct"
            continue
        ending = _last_but(content, "'’\"”)]")  # the quotation's last character before its closing marks
        closed_sentence = ending in (".", "!", "?")
        tail = attr.tail_attribution(text, sp.close, q.tail_end, sentence_closed=ending == ".")
        if tail is not None and ending in ("!", "?") and _new_sentence_pronoun(text, tail):
            tail = None  # '“... for the long run!” She replied to him that ...': a new sentence's subject
        # words before the opening mark, asked below again and again
        has_lead = not sentences.blank(text, q.lead_start, sp.open)
        lead = attr.lead_attribution(text, q.lead_start, sp.open) if has_lead else None
        if (
            lead is None
            and has_lead
            and _word_count(content, _MIN_STATEMENT_WORDS) >= _MIN_STATEMENT_WORDS
        ):
            # Title Case and causative lead-ins introduce statements, not terms ('New "B" Shares')
            lead = attr.title_case_lead(text, q.lead_start, sp.open) or attr.causative_lead(
                text, q.lead_start, sp.open
            )
        own_lead = lead is not None and lead[0].speaker is not None and lead[0].cue is not None
        if tail is not None and own_lead and _relayed(text, tail):
            tail = None  # 'Malaysia said damage will be "significant", AFP reported': Malaysia's words
        if tail is not None and _closes_aside(text, paras[q.para][0], sp, tail):
            tail = None  # '(Clinton ... was "grateful that everyone is safe"), Trump inflamed ...
        if lead is None and q.chained and prev is not None and (tail is None or closed_sentence):
            lead = _lead_across(text, prev, sp.open)
        label = attr.dash_label(text, q.lead_start, sp.open) if lead is not None else None
        if label is not None:
            lead = (attr.Attribution(label, None), True)  # 'Pollsters agree - Carl Bialik: "...'
        # words after the closing mark in the quote's sentence: none when the quote ended it
        tail_rest = not closed_sentence and _any_but(text, sp.close, q.tail_end, " \t\u00a0.,;:!?)]’'\"”")
        if tail is not None and closed_sentence and lead is not None and lead[1]:
            # 'Clinton responds, "...?" Mills then writes back': the lead-in is this quote's,
            # the words after a finished sentence belong to the next one
            tail = None
        if tail is not None:
            q.att = tail
            q.kind = "direct" if not has_lead or (lead is not None and lead[1]) else "partial"
        elif lead is not None:
            q.att = lead[0]
            q.kind = "direct" if lead[1] and not tail_rest else "partial"
        else:
            q.kind = "direct" if not has_lead and not tail_rest else "partial"
            long_enough = _word_count(content, MIN_PARTIAL_WORDS) >= MIN_PARTIAL_WORDS
            owner = _owner_before(text, q.lead_start, sp) if long_enough else None
            if owner is not None:
                q.att = attr.Attribution(owner, None)  # 'Obama's "if you like your plan ..." promise'
            elif long_enough and has_lead and not q.chained:
                # 'Trump quickly deflected: "..."' / 'Trump attacked "the hateful ideology ..."'
                # (a short quotation takes no speaker this way: it is not looked for)
                subj = (
                    attr.name_before_colon(text, q.lead_start, sp.open)
                    or attr.document_source(text, q.lead_start, sp.open)
                    or attr.subordinate_pronoun(text, q.lead_start, sp.open)
                    or attr.sentence_subject(text, q.lead_start, sp.open)
                )
                if subj is not None:
                    q.att = attr.Attribution(subj, None)
                    if text[q.lead_start : sp.open].rstrip().endswith(":") and not tail_rest:
                        q.kind = "direct"
            elif long_enough and q.chained and prev is not None and prev.att is None:
                subj = _coordinated_subject(text, prev, text[q.lead_start : sp.open])
                if subj is not None:
                    q.att = attr.Attribution(subj, None)
        spoken = lead is not None and lead[1] and _speech_cue(text, lead[0].cue)
        listed = (
            prev is not None
            and prev.kind == "scare"
            and _TITLE_JOINER_RE.fullmatch(text, prev.span.close, sp.open) is not None
        )
        if _is_mention(text, q, content, has_tail=tail is not None, spoken=spoken, listed=listed):
            q.kind, q.att = "scare", None
        elif q.kind == "partial" and _word_count(content, 3) <= 2 and q.att is not None and tail is None:
            # one or two quoted words count only when a speaker stands right before the cue
            who = q.att.speaker
            if who is None or not attr.good_subject(text[who.start : who.end]):
                q.kind, q.att = "scare", None


def _last_but(s: str, skipped: str) -> str:
    """``s.rstrip(skipped)[-1:]``, found without copying ``s`` (a quotation may be long)."""
    i = len(s)
    while i > 0 and s[i - 1] in skipped:
        i -= 1
    return s[i - 1] if i else ""


def _any_but(text: str, start: int, end: int, skipped: str) -> bool:
    """``bool(text[start:end].strip(skipped))``: a character not in ``skipped`` there, found
    without the slice (mostly the first or second character is one)."""
    return any(text[i] not in skipped for i in range(start, end))


_QUOTE_NOUNS: Final = tables.word_set("quote_nouns.txt")
_NOUN_AFTER_RE: Final = re.compile(r"[ \u00a0]+([a-z]+)\b")
_OWNER_RE: Final = re.compile(r"([A-Z][\w.’'-]*(?:[ \u00a0]+[A-Z][\w.’'-]*){0,3})[’']s?[ \u00a0]*$")
_NAME_RUN_RE: Final = re.compile(r"[A-Z][\w.’'-]*(?:[ \u00a0]+[A-Z][\w.’'-]*){0,5}")
_CREDIT_RE: Final = re.compile(r"[\s.!?]*(?:That|This|The) ([a-z]+) (?:from|by) ")


_CAPITAL_PRONOUNS: Final = frozenset(("He", "She", "They", "We"))


def _new_sentence_pronoun(text: str, tail: attr.Attribution) -> bool:
    """After a quote ending in "!" or "?" a capitalised he/she/they/we opens a new sentence
    ('“...!” She replied'), where a tail attribution is written in lower case ('“...!” she said');
    a name is capitalised either way, and "I" always."""
    who = tail.speaker
    return who is not None and text[who.start : who.end] in _CAPITAL_PRONOUNS


def _relayed(text: str, tail: attr.Attribution) -> bool:
    """The tail's cue passes on what someone else said ("AFP reported")."""
    return tail.cue is not None and text[tail.cue.start : tail.cue.end].lower() in _RELAY_CUES


_RELAY_CUES: Final = frozenset(("reported", "reports", "reporting"))


def _closes_aside(text: str, para_start: int, sp: QuoteSpan, tail: attr.Attribution) -> bool:
    """The quote sits in a parenthesis that closes before the tail's words: those belong to the
    sentence around the aside, not to the quote inside it."""
    words_at = -1  # where the tail's first words start (searched in place: no generator, no slices)
    for span in (tail.speaker, tail.cue):
        if span is not None and (words_at < 0 or span.start < words_at):
            words_at = span.start
    if words_at < 0 or text.find(")", sp.close, words_at) < 0:
        return False
    opened = text.rfind("(", para_start, sp.open)
    return opened >= 0 and text.find(")", opened, sp.open) < 0


def _owner_before(text: str, lead_start: int, sp: QuoteSpan) -> attr.Span | None:
    """A possessive name right before the quote whose closing mark a noun of speech follows owns
    it: 'Obama's "..." promise', 'Trump’s "..." line' (quote_nouns.txt)."""
    m = _NOUN_AFTER_RE.match(text, sp.close, sp.close + 30)
    if m is None or m.group(1) not in _QUOTE_NOUNS:
        return None
    owner = _OWNER_RE.search(text, max(lead_start, sp.open - 60), sp.open)
    if owner is None or not attr.is_named(owner.group(1)):
        return None
    return attr.Span(owner.start(1), owner.end(1))


def _credit_after(text: str, q: _Quote, paras: list[tuple[int, int]]) -> attr.Attribution | None:
    """The sentence after a quote that opens its paragraph credits it: '"..." That quote from
    Commissioner Thomas Krebs appeared on the front page' (a noun of quote_nouns.txt)."""
    para_end = paras[q.para][1]
    m = _CREDIT_RE.match(text, q.span.close, para_end)
    if m is None or m.group(1) not in _QUOTE_NOUNS:
        return None
    run = _NAME_RUN_RE.match(text, m.end(), para_end)
    if run is None or not attr.is_named(run.group()):
        return None
    return attr.Attribution(attr.Span(run.start(), run.end()), None)


_COORDINATED_VERB_RE: Final = re.compile(r"[\s,\"”’']*(?:and\s+)?[a-z]+\b")


def _coordinated_subject(text: str, prev: _Quote, between: str) -> attr.Span | None:
    """'Clinton supports “appropriate pay raises,” opposes “across-the-board pay freezes”': a verb
    coordinated with the clause of an earlier quote shares that clause's subject."""
    m = _COORDINATED_VERB_RE.match(between)
    if m is None or m.group().split()[-1] in tables.not_verbs():
        return None
    return attr.sentence_subject(text, prev.lead_start, prev.span.open)


def _lead_across(text: str, prev: _Quote, open_at: int) -> tuple[attr.Attribution, bool] | None:
    """The lead-in of a quote that follows an unattributed one in its sentence may hold only a cue
    (',” saying, “'): its subject opened the clause before the earlier quote."""
    if prev.att is not None or prev.label is not None:
        return None
    return attr.lead_across(text, prev.lead_start, prev.span, open_at)


def _word_count(text: str, most: int) -> int:
    """min(len(text.split()), most): a quotation may run for paragraphs, and the rules ask whether
    it has a few words, so the words are counted one by one up to ``most`` (no strings made;
    split would copy the first words and the rest of the quotation too)."""
    count = 0
    in_word = False
    for i in range(len(text)):
        if space_at(text, i):
            in_word = False
        elif not in_word:
            count += 1
            if count >= most:
                return most
            in_word = True
    return count


def _quoted_term(text: str, q: _Quote) -> bool:
    """A title or a few quoted words nobody is credited with: no statement of its own."""
    if q.kind == "scare":
        return True
    short = _word_count(text[q.span.start : q.span.end], MIN_PARTIAL_WORDS) < MIN_PARTIAL_WORDS
    return short and q.att is None and q.label is None


def _inside_clause(text: str, span: QuoteSpan) -> bool:
    """A quoted stretch the clause runs on after: no comma or stop closes it ('called “Perception”
    on his page'), unlike '“Midday with Charlie Sykes,” while discussing'."""
    closed = text[span.start : span.end].rstrip()[-1:] in ",.;:!?"
    return not closed and text[span.close : span.close + 1] == " "


_SMALL_WORDS: Final = tables.word_set("title_small_words.txt")


_BYLINE_RE: Final = re.compile(r"[\"”’']{0,2}(,?)\s+by\s+(?:the\s+)?[A-Z]")
_BYLINE_LEAD: Final = "\"”’',"  # what _BYLINE_RE takes before its "by", besides white space
_TITLE_LEAD_RE: Final = re.compile(r"(?:\b(?:on|of|in|with|from|at|by|to|for|read|reads)|[’']s)\s*$", re.I)
# what stands between two titles in a list: '“Parks and Recreation” and “Guardians of the Galaxy”'
_TITLE_JOINER_RE: Final = re.compile(
    r"[ \u00a0]*(?:,[ \u00a0]*(?:(?:and|or|&)[ \u00a0]+)?|(?:and|or|&)[ \u00a0]+)"
)
# a stage direction or a source note standing alone in marks: '"(CROSSTALK.)', '“[HuffPost.]'
_BRACKETED_RE: Final = re.compile(r"[(\[][^()\[\]]*[)\]][.,;:]?")


def _bracketed(content: str) -> bool:
    """_BRACKETED_RE matches all of ``content``; tried only when it opens with a bracket (a
    pattern call costs more than the test, and almost no quote does)."""
    return content[:1] in ("(", "[") and _BRACKETED_RE.fullmatch(content) is not None


def _title_lead(lead: str) -> bool:
    """The lead-in ends in a preposition or a possessive ("an episode of", "Trump's"): what
    _TITLE_LEAD_RE finds, searched from five characters before the trailing white space (its
    longest word, "reads") instead of from every character of a long lead-in; its \\b still
    sees the character before."""
    end = attr.back_over_space(lead, 0, len(lead))
    return _TITLE_LEAD_RE.search(lead, max(0, end - 5)) is not None


_NAMING_VERBS: Final = tables.word_set("naming_verbs.txt")
_WORK_NOUNS: Final = tables.word_set("work_nouns.txt")


def _speech_cue(text: str, cue: attr.Span | None) -> bool:
    """A verb of saying that reports speech, not one that names ('called', 'dubbed')."""
    return cue is not None and text[cue.start : cue.end].lower() not in _NAMING_VERBS


def _ends_in_ed(text: str, lo: int, end: int) -> bool:
    """text[lo:end].endswith(("ed", "ed ", "ed\u00a0")), read in place: no slice of the lead-in
    made for a test that almost every quote fails."""
    if end > lo and text[end - 1] in (" ", "\u00a0"):
        end -= 1
    return end - 2 >= lo and text[end - 2] == "e" and text[end - 1] == "d"


def _named_by_participle(text: str, q: _Quote) -> bool:
    """'HP is called “feather duvet lung”', 'an alternative case labeled “adequate certificate
    case”': a naming verb in the passive or after the noun it describes, right before the mark,
    gives the name of a thing; the active 'Trump called “...”' has its speaker before the verb."""
    lo, end = max(q.lead_start, q.span.open - 60), q.span.open
    if not _ends_in_ed(text, lo, end):
        return False  # the cheap test first: every naming participle ends in -ed
    words = text[lo:end].split()
    if len(words) < 2 or words[-1] not in _NAMING_VERBS or not words[-1].endswith("ed"):
        return False
    before = words[-2]
    if before in attr.PASSIVE_BE:
        return True
    if not (before.isalpha() and before.islower()) or before in tables.pronouns():
        return False  # "Rush Limbaugh, for one, called", "Trump called", "they called"
    # "in what the campaign called “hand-to-hand combat”": the object came first, the verb is active
    return not any(w.lower() in _WH_WORDS for w in words[-7:-2])


_WH_WORDS: Final = frozenset(("what", "which", "that", "whom"))
_MIN_STATEMENT_WORDS: Final = 3  # words of a quotation that the lead-ins above may introduce
_GENERIC_NAMING_RE: Final = re.compile(r"\bwhat (?:we|you)(?: [a-z]+)? call(?:ed)? *$", re.I)


def _by_follows(text: str, pos: int) -> bool:
    """The first word after ``pos``, past quote marks, a comma and white space, opens with "by":
    what _BYLINE_RE needs (a walk over a character or two, where the pattern call is tried
    after every quotation and almost never matches)."""
    n = len(text)
    while pos < n and (_byline_lead(ord(text[pos])) or space_at(text, pos)):
        pos += 1
    return pos + 1 < n and text[pos] == "b" and text[pos + 1] == "y"  # no slice made


def _byline_lead(c: int) -> bool:
    """``chr(c) in _BYLINE_LEAD``, told by the code (no one-character string made)."""
    return c == 0x22 or c == 0x201D or c == 0x2019 or c == 0x27 or c == 0x2C  # " ” ’ ' ,


def _is_mention(
    text: str, q: _Quote, content: str, *, has_tail: bool, spoken: bool = False, listed: bool = False
) -> bool:
    """Titles of shows, books and slogans ("Meet the Press", "Make America Great Again"), terms
    ("the phrase 'anchor baby'"), markup attribute values (tweet-id="..."), bracketed notes
    ("(CROSSTALK.)") and quotes with no letters are mentions, not statements. ``listed``: the
    quote follows a dropped title with only "and", "or" or a comma between them."""
    if q.span.open > 0 and text[q.span.open - 1] == "=":
        return True
    if not any(is_alpha(c) for c in content) or _bracketed(content.strip()):
        return True
    if content.rstrip().endswith(":") and _word_count(content, 3) <= 2 and _own_line(text, q.span):
        return True  # '"Related:"' on a line of its own: a page's section label
    byline = _BYLINE_RE.match(text, q.span.close) if _by_follows(text, q.span.close) else None
    if byline and (byline.group(1) or content.rstrip().endswith(",")):
        return True  # '"Met accused of whitewashing baby Jesus," by Post's Kathianne Boniello'
    lo = max(q.lead_start, q.span.open - 60)
    before, first = _words_back(text, lo, q.span.open, 2)  # the last two words, lower-cased
    last = before[-1] if before else ""
    if len(before) == 2 and before[0] == "such" and before[1] == "as":
        # 'a name such as "non-speculative hedging"': the noun before
        before, _ = _words_back(text, lo, first, 2)
    mention = tables.mention_words()
    bare = [w.strip(",:;") for w in before]
    if any(w in mention for w in bare) and not any(w in tables.cue_verbs() for w in bare):
        return True
    if _named_by_participle(text, q):
        return True
    # the last word first: the pattern, tried at every character, needs "call" or "called" there
    near = max(q.lead_start, q.span.open - 40)
    if last in ("call", "called") and _GENERIC_NAMING_RE.search(text, near, q.span.open):
        return True  # 'what we call "infrastructure"': a term, nobody's words
    if has_tail and not (
        listed or (bare and bare[-1] in _WORK_NOUNS) or _title_lead(text[q.lead_start : q.span.open])
    ):
        return False
    if spoken:
        return False  # 'Moore said, “Any.”': right after a verb of saying, words are speech
    words = content.rstrip(",.!?;:").split(None, 7)  # all of them when there are at most 7
    if not words or len(words) > 7 or content.rstrip().endswith(("!", "?")):
        return False
    big = [w for w in words if w.lower() not in _SMALL_WORDS]
    if not big:
        return False
    capital = sum(1 for w in big if is_upper(w[:1]) or w[:1].isdigit() or w[:1] == "@")
    if capital < len(big):
        return False
    lead = text[q.lead_start : q.span.open].strip()
    if not lead and not q.chained and content.rstrip().endswith((".", "!", "?")):
        return False  # '... said Rick Wilson. “That’s Jeb Bush and Marco Rubio.”': a sentence of its own
    # a lone capitalised word opening a sentence ("Really," she added) is speech, not a title
    return bool(lead) or len(big) >= 2


def _words_back(text: str, lo: int, end: int, most: int) -> tuple[list[str], int]:
    """The last ``most`` (or fewer) whitespace-free words of text[lo:end], lower-cased, in order,
    and where the first of them starts: text[lo:end].lower().rsplit(None, most)[-most:] read
    from the end, where lower-casing the whole stretch and the rsplit (an interpreted call in the
    compiled build) cost more than walking back over a few words."""
    words: list[str] = []
    k = end
    while len(words) < most:
        while k > lo and space_at(text, k - 1):
            k -= 1
        if k == lo:
            break
        word_end = k
        while k > lo and not space_at(text, k - 1):
            k -= 1
        words.append(text[k:word_end].lower())
    words.reverse()
    return words, k


def _own_line(text: str, span: QuoteSpan) -> bool:
    """Nothing but white space shares the quotation's line."""
    before = text.rfind("\n", 0, span.open) + 1
    after = text.find("\n", span.close)
    rest = text[span.close : after if after >= 0 else len(text)]
    return not text[before : span.open].strip() and not rest.strip()


def _inherit(text: str, quotes: list[_Quote], paras: list[tuple[int, int]]) -> None:
    """Fill speakers that the quote's own sentence does not give, then drop scare quotes."""
    by_para: dict[int, list[int]] = {}
    for j, o in enumerate(quotes):
        by_para.setdefault(o.para, []).append(j)
    for i, q in enumerate(quotes):
        if q.att is not None or q.label is not None:
            continue
        src = None
        prev = quotes[i - 1] if i > 0 else None
        # a quotation that runs on into this paragraph and ends where this one opens (a copy that
        # lost a paragraph break) goes on in the same voice
        ran_on = prev is not None and not prev.span.closed and prev.span.close == q.span.open
        if (q.chained or ran_on) and prev is not None and (prev.att or prev.label):
            src = i - 1
        if src is None:
            same = [j for j in by_para[q.para] if j != i and (quotes[j].att or quotes[j].label)]
            before = [j for j in same if j < i]
            after = [j for j in same if j > i]
            if before:
                src = before[-1]
            elif after and q.kind == "direct" and _narration_between(quotes, i, after[0]) <= _NEAR_NARRATION:
                src = after[0]
        named = _named_in_between(text, quotes[src], q) if src is not None and src < i else None
        if named is not None:
            q.att = named  # '"...," he said. Martyn Williams was keen not to ... "..."': Williams
            continue
        if src is None and q.kind == "direct":
            # the lead-in starts after a quotation running on from the paragraph before
            para_start = paras[q.para][0] if prev is None else max(paras[q.para][0], prev.span.close)
            lead_in = text[para_start : q.span.open].strip()
            if lead_in and by_para[q.para][0] == i:
                # 'Dianne Bystrom agreed. "..."': the sentence before introduces the speaker
                found = _intro_attribution(text, para_start, q.span.open)
                if found is not None:
                    q.att = found
                    continue
            found = _dash_signature(text, q, paras) or _credit_after(text, q, paras)
            if found is not None:
                q.att = found
                continue
        if src is None and q.kind == "direct" and q.para > 0:
            prev_start, prev_end = paras[q.para - 1]
            prev_quotes = [j for j in by_para.get(q.para - 1, []) if quotes[j].att or quotes[j].label]
            para_lead = text[paras[q.para][0] : q.span.open].strip()
            if not para_lead:
                intro = text[prev_start:prev_end].rstrip()
                if intro.endswith(":") and not (
                    prev_quotes and quotes[prev_quotes[-1]].span.close >= prev_end - 2
                ):
                    found = _intro_attribution(text, prev_start, prev_end)
                    if found is not None:
                        q.att = found
                        continue
                if prev_quotes:
                    src = prev_quotes[-1]
                elif q.para - 1 > 0:  # a headline introduces nobody
                    found = _intro_attribution(text, prev_start, prev_end)
                    if found is not None:
                        q.att = found
                        continue
                    if _stage_direction(text[prev_start:prev_end]):
                        # '"Well, thank you so much -." / Pause. / "Well, you do that!"': the call goes on
                        earlier = [j for j in by_para.get(q.para - 2, []) if quotes[j].att or quotes[j].label]
                        src = earlier[-1] if earlier else None
        if src is not None and q.kind == "partial" and _word_count(text[q.span.start : q.span.end], 3) < 3:
            src = None  # a word or two borrowed from a neighbour's attribution is a scare quote
        if src is not None:
            q.inherited_from = src
            q.att = quotes[src].att
            q.label = quotes[src].label
            continue
        least = MIN_PARTIAL_WORDS if q.kind == "partial" else MIN_UNATTRIBUTED_WORDS
        if _word_count(text[q.span.start : q.span.end], least) < least:
            q.kind = "scare"


def _stage_direction(paragraph: str) -> bool:
    """A paragraph of a word or three naming nobody ("Pause.", "A long silence."): a beat in a
    conversation, not a new speaker's introduction."""
    words = paragraph.split()
    if not 0 < len(words) <= 3 or not paragraph.rstrip().endswith("."):
        return False
    return all(w.islower() for w in words[1:]) and not any(w.lower().strip(".") in _PRONOUNS for w in words)


_PRONOUNS: Final = frozenset(("he", "she", "they", "i", "we", "it"))


# a later quote lends its speaker to an unattributed one before it only across this much narration
# (text outside quotes): '"We will win. "And soon," Smith said' but not across sentences about others
_NEAR_NARRATION: Final = 120


def _narration_between(quotes: list[_Quote], i: int, j: int) -> int:
    """Characters outside quotation marks between quote i and the later quote j."""
    return sum(quotes[k + 1].span.open - quotes[k].span.close for k in range(i, j))


def _needing_antecedents(text: str, quotes: list[_Quote]) -> list[int]:
    """Offsets of the speaker phrases that need an antecedent ("he", "the senator"), in order."""
    out = []
    for q in quotes:
        if q.att is not None and q.att.speaker is not None:
            first = _first_word(text, q.att.speaker.start, q.att.speaker.end)
            if first.lower() in ("he", "she", "the", "this", "that"):
                out.append(q.att.speaker.start)
    return sorted(out)


def _first_word(text: str, start: int, end: int) -> str:
    """text[start:end].split()[0], or "" when there is none: the phrase is not copied and split."""
    while start < end and space_at(text, start):
        start += 1
    return text[start : nonspace_end(text, start, end)]


def _mark_speakers(text: str, cast: Cast, quotes: list[_Quote], events) -> None:
    """Named speakers of every attribution, so later pronouns can point back to them."""
    cast.mark_unnamed_subjects()
    spans = [q.att.speaker for q in quotes if q.att is not None and q.att.speaker is not None]
    spans += [ev.speaker for ev in events if ev.speaker is not None]
    # one speaker per offset, the shortest, in text order: what a sort by (start, end) keeping the
    # first at each start gives, without a sort key called (and a tuple made) for every span
    shortest: dict[int, Span] = {}
    for sp in spans:
        known = shortest.get(sp.start)
        if known is None or sp.end < known.end:
            shortest[sp.start] = sp
    for start in sorted(shortest):
        sp = shortest[start]
        phrase = text[sp.start : sp.end]
        if phrase.lower() in ("he", "she", "i", "we", "they", "it"):
            continue
        if is_unnamed_person(phrase):
            cast.mark_speaker(sp.start, None, described_gender(phrase))
            continue
        who = resolve(cast, phrase, sp.start, sp.start)
        if who.name and who.name in cast.people:
            cast.mark_speaker(sp.start, cast.people[who.name])
        elif who.name is None and (is_group_role(phrase) or is_role_description(phrase)):
            # "the ministry official", "the prime minister", unnamed: a later "he" is them
            cast.mark_speaker(sp.start, None, described_gender(phrase))


def _named_in_between(text: str, earlier: _Quote, q: _Quote) -> attr.Attribution | None:
    """A whole sentence of narration between an earlier quotation and this one whose subject is
    a named person introduces this one's speaker: 'Double try scorer Martyn Williams was keen not
    to talk about a Grand Slam. "..."' is Williams speaking, not the speaker of the quote before."""
    if q.kind != "direct":
        return None
    start = earlier.span.close
    spans = (earlier.att.speaker, earlier.att.cue) if earlier.att is not None else ()
    own = [span.end for span in spans if span is not None and start <= span.start < q.span.open]
    if own:
        # '"...," said Robert McDonough, a senior executive at ... United Technologies.': the
        # earlier quotation's own attribution sentence is no narration
        ends = sentences.sentence_ends(text, max(own), q.span.open)
        if not ends:
            return None
        start = ends[0]
    if not sentences.sentence_ends(text, start + 1, q.span.open):
        return None
    found = _intro_attribution(text, start, q.span.open)
    if found is None or found.speaker is None:
        return None
    return found if attr.is_person_phrase(text[found.speaker.start : found.speaker.end]) else None


def _intro_attribution(text: str, start: int, end: int) -> attr.Attribution | None:
    """Speaker introduced right before a quote: the last sentence's 'X said' or, failing a cue,
    its subject ('Dianne Bystrom agreed.', 'Cruz continued:')."""
    stop = attr.back_over_space(text, start, end)
    ends = [e for e in sentences.sentence_ends(text, start, stop + 1) if e < stop]
    last_start = ends[-1] if ends else start
    cues = [c for c in attr.cue_words(text, last_start, end) if not attr.inside_dashes(text, start, c, end)]
    if cues:
        cue = cues[0]
        subj = attr.subject_in(text, last_start, cue.start)
        if subj is not None and attr.good_subject(text[subj[0].start : subj[0].end]):
            return attr.Attribution(subj[0], cue, subj[1])
    if text[last_start:stop].lstrip()[:1] in "\"“”„«'‘":
        return None  # the sentence before is itself a quotation, not an introduction
    who = attr.sentence_subject(text, last_start, stop)
    return attr.Attribution(who, None) if who is not None else None


_SIGNATURE_RE: Final = re.compile(r"\s*[-—–]+\s*(?=[A-Z])")
_CLOSING_MARKS: Final = "\"”"
_QUOTE_MARKS: Final = "\"“”„«»"
MAX_SIGNATURE_WORDS: Final = 12  # a name and an affiliation, not a sentence


def _dash_signature(text: str, q: _Quote, paras: list[tuple[int, int]]) -> attr.Attribution | None:
    """A quote followed by a line '-President Obama, tweeting after ...' or '— Michelle Marks', or
    a pull quote signed inside its marks: '"We are going to ... stimulus.' / 'Josh Bivens,
    Economic Policy Institute."' (the quote's closing mark ends the signature line)."""
    if q.para + 1 >= len(paras) or text[q.span.close : paras[q.para][1]].strip(" .\"”'’)"):
        return None
    n_start, n_end = paras[q.para + 1]
    m = _SIGNATURE_RE.match(text, n_start, n_end)
    if m is not None:
        start = m.end()
    elif not q.span.closed and _signs_pull_quote(text[n_start:n_end]):
        start = n_start
    else:
        return None
    obj = attr.object_after_cue(text, start, n_end)
    # a signature names someone; '– An immigrant himself –' is a subheading
    if obj is None or not attr.is_named(text[obj.start : obj.end]):
        return None
    return attr.Attribution(obj, None)


def _signs_pull_quote(line: str) -> bool:
    """A short line that closes the quotation left open on the line before, and opens none:
    'Dean Baker, Center for Economic and Policy Research."'."""
    line = line.rstrip()
    return (
        line[-1:] in _CLOSING_MARKS
        and line[:1].isupper()
        and not any(c in line[:-1] for c in _QUOTE_MARKS)
        and len(line.split()) <= MAX_SIGNATURE_WORDS
    )


def _to_dict(text: str, q: _Quote, quotes: list[_Quote], cast: Cast) -> dict:
    sp = q.span
    start = sp.start
    speaker = speaker_name = speaker_title = speaker_kind = cue = None
    s_start = s_end = c_start = c_end = None
    label = q.label
    if label is not None:
        s_start, s_end = label.start, label.end
        speaker = text[label.start : label.end]
        person = cast.lookup(speaker.split()[-1], label.start)
        speaker_name = person.name if person else speaker.title()
        speaker_title = cast.ensure_title(person).title if person else None
        speaker_kind = "person"  # a transcript's speaker label
        if q.inherited_from is None:
            start = attr._trim(text, label.end, sp.end, " :\t\u00a0").start
    elif q.att is not None:
        said_by = q.att.speaker
        if said_by is not None:
            s_start, s_end = said_by.start, said_by.end
            speaker = text[said_by.start : said_by.end]
            who = resolve(cast, speaker, said_by.start, sp.open)
            if q.att.appositive is not None and who.name:
                a = q.att.appositive
                person = cast.people.get(who.name)
                if person is not None:
                    cast.ensure_title(person)
                    cast.note_title(person, text[a.start : a.end])
                    who = Speaker(who.name, person.title, who.kind)
            speaker_name, speaker_title, speaker_kind = who.name, who.title, who.kind
        cue_span = q.att.cue
        if cue_span is not None:
            c_start, c_end = cue_span.start, cue_span.end
            cue = text[cue_span.start : cue_span.end]
    return {
        "text": text[start : sp.end],
        "start": start,
        "end": sp.end,
        "type": q.kind,
        "speaker": speaker,
        "speaker_start": s_start,
        "speaker_end": s_end,
        "speaker_name": speaker_name,
        "speaker_title": speaker_title,
        "speaker_kind": speaker_kind,
        "cue": cue,
        "cue_start": c_start,
        "cue_end": c_end,
    }


def _reported_dict(text: str, item, cast: Cast) -> dict:
    content, speaker, cue = item.content, item.speaker, item.cue
    speaker_name = speaker_title = speaker_kind = None
    if speaker is not None:
        who = resolve(cast, text[speaker.start : speaker.end], speaker.start, content.start)
        speaker_name, speaker_title, speaker_kind = who.name, who.title, who.kind
    return {
        "text": text[content.start : content.end],
        "start": content.start,
        "end": content.end,
        "type": "indirect",
        "speaker": text[speaker.start : speaker.end] if speaker else None,
        "speaker_start": speaker.start if speaker else None,
        "speaker_end": speaker.end if speaker else None,
        "speaker_name": speaker_name,
        "speaker_title": speaker_title,
        "speaker_kind": speaker_kind,
        "cue": text[cue.start : cue.end] if cue else None,
        "cue_start": cue.start if cue else None,
        "cue_end": cue.end if cue else None,
    }
