"""Who is who in one article: person names, their titles and genders, and how a speaker phrase
("he", "Patrushev", "the Russian leader") resolves to a full name.

The rules are the ones an editor applies: the first full mention of a person defines the name
("Nikolai Patrushev"), later surnames and honorifics point back to it, a pronoun means the most
recent person of the right gender, a description ("the permanent representative") means the
person whose title says so. When nothing fits, the name stays unknown rather than guessed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from operator import itemgetter
from typing import TYPE_CHECKING, Final, TypeVar

from rapidfuzz.distance import Levenshtein

from corpustool.quotes import tables
from corpustool.quotes.chars import is_lower, is_upper, is_word_char
from corpustool.quotes.marks import Ranges, bisect_left
from corpustool.quotes.name_runs import PARTICLES, RUN_RE, article_shape, end_of_run, next_run, run_spans

if TYPE_CHECKING:
    from mypy_extensions import i64

ANTECEDENT_WINDOW: Final = 2500  # characters back that he/she and descriptions look for a person
_SENTENCE_BOUNDS: Final = frozenset('.!?\n"“”')  # what ends a sentence, for the statement-issuer search
# what closes the words before a name (its title), a clause (for a subject), a sentence
_TITLE_BOUNDS: Final = frozenset(',;:.()[]\n"“”—–')
_CLAUSE_BOUNDS: Final = frozenset('\n!?:;,"”(—')
_CLAUSE_OR_SENTENCE_BOUNDS: Final = _CLAUSE_BOUNDS | {"."}
_SENTENCE_ENDS: Final = frozenset(".!?\n")
_SUBJECT_WORDS: Final = 6  # words a subject with its time phrase takes: "The Trump campaign on Tuesday"
# "according to X", "according to a post from X": X is the source of what is said, in focus as a subject is
_ACCORDING_SOURCE_RE: Final = re.compile(r"\baccording to (?:(?:a|an|the) [a-z]+ (?:from|by|of) )?$", re.I)

_MAX_RUN_TOKENS: Final = 16
_POSSESSIVE_ENDS: Final[tuple[str, ...]] = ("'s", "’s", "'", "’")


def _drop_possessive(word: str) -> str:
    """``word`` without the ’s, 's, ’ or ' that closes it: what the pattern [’']s?$ removes (also
    before a final newline), by character tests instead of a regex call; names are cleaned so
    thousands of times an article (and str.endswith with bounds is an interpreted call in the
    compiled build, a character test native)."""
    k = len(word) - 1 if word.endswith("\n") else len(word)
    if k == 0:
        return word
    if word[k - 1] in "’'":
        cut = 1
    elif k > 1 and word[k - 1] == "s" and word[k - 2] in "’'":
        cut = 2
    else:
        return word
    return word[: k - cut] + word[k:]
# Suffix tuples are typed tuple[str, ...]: mypyc keeps a fixed-size Final tuple unboxed and builds
# a new tuple object from it at every use.
# "Forum’s", "Corps’"; not a closing quote mark
_OWNER_ENDINGS: Final[tuple[str, ...]] = ("’s", "'s", "s’", "s'")
_PARTICIPLE_ENDINGS: Final[tuple[str, ...]] = ("ing", "ed")
_WORD_RE: Final = re.compile(r"[\w’'\-.]+")
_SPACE_TOKEN_RE: Final = re.compile(r"[^ \u00a0]+")
_ABBREVIATIONS: Final = tables.word_set("abbreviations.txt")
_Pending = tuple[int, int, tuple[str, ...], tuple[str, ...]]  # name start, run end, title, name
# the sort key of mentions, their start: a C function, where a lambda is an interpreted call per
# item in the compiled build (and gives Cast._scan a closure to build)
_START: Final = itemgetter(0)
_CONTRACTED: Final = re.compile(r"[’'](?:m|ll|ve|re|d|t)$", re.I)
_CLAUSE_STOP: Final = set(',;:.()[]\n"“”—')
# words that show a mention is not the clause's subject ("met with X", "said X", "by X")
_NOT_SUBJECT: Final = tables.word_set("not_subject_words.txt")
_MODIFIERS: Final = tables.word_set("title_modifiers.txt")
_CONNECTIVES: Final = tables.word_set("connectives.txt")
_FOCUS_OPENERS: Final = tables.word_set("focus_openers.txt")
_ADJ_ENDINGS: Final[tuple[str, ...]] = ("al", "ic", "an", "ive", "ary", "ese", "ish")
_COMPOUND_MODIFIERS: Final = tables.word_set("compound_modifiers.txt")
_TITLE_STOP: Final = tables.word_set("title_stops.txt")
_DETERMINERS: Final = tables.word_set("name_determiners.txt")
_PLACE_SURNAMES: Final = tables.word_set("place_surnames.txt")
_TITLE_CASE_CUES: Final = tables.word_set("title_case_cues.txt")
_PLACE_PREPOSITIONS: Final = tables.word_set("place_prepositions.txt")
_TITLES: Final = tables.titles()
_FIRST_NAMES: Final = tables.first_names()
_COMPANY_SUFFIXES: Final = tables.word_set("company_suffixes.txt")
_TICKER_RE: Final = re.compile(r"<[A-Z.]{1,6}>")  # a stock ticker after a company's name: "<JPM>"
_NAME_STOPWORDS: Final = tables.name_stopwords()
# a capitalised run right before a document noun ("the Tower Commission report")
_OWNER_RUN_RE: Final = re.compile(r"(?:the|a|an|The|A|An) ((?:[A-Z][\w.&’'-]*[ \u00a0]+){1,5})$")
_PLURAL_VERB_RE: Final = re.compile(r"[ \u00a0]+(?:were|are|have)\b")
_WIRE_CREDIT_RE: Final = re.compile(r"\s*\([A-Z][\w .&-]{1,30}\)\s*")  # "(AFP) ", "(Reuters) "
_ORG_JOINS: Final = frozenset((" of ", " of the "))  # what joins the parts of one organisation's name
# the sentence words stripped before an organisation's name ("But the Royal Bank"), not "United"
_ORG_OPENERS: Final = (_CONNECTIVES | _DETERMINERS | {"a", "an"}) & _NAME_STOPWORDS
_NON_PERSON: Final = tables.non_person_words()
_PERSON_NOUNS: Final = tables.person_nouns()
_DEMONYMS: Final = tables.word_set("demonyms.txt")
# what a place name follows; a run read after one needs other evidence to be a person
_PLACE_LEADS: Final[tuple[str, ...]] = (
    " in ", " near ", "port of ", "city of ", "town of ", "village of ", "province of ", "capital of "
)
_GROUP_ROLES: Final = tables.group_roles()
_PRONOUNS: Final = tables.pronouns()
# sentence words and organisation/place words: neither opens a person's name
_TITLE_STOPWORDS: Final = _NAME_STOPWORDS | _NON_PERSON
# he/his/him/her/she as whole words (no word character before the first letter): what
# [HhSs](?<!\w.)(?:(?<=[Hh])(?:e|is|im|er)|(?<=[Ss])he)\b finds, by two patterns that each open
# with one plain letter, which the engine finds in a tight loop (a class of first letters costs a
# call per character). Every form but He/His/Him/Her holds an "h": it opens he/his/him/her and
# follows the s of she/She.
_PRONOUN_H_RE: Final = re.compile(r"h(?:(?<!\w.)(?:e|is|im|er)|(?<=[Ss]h)(?<!\w..)e)\b")
_PRONOUN_CAPITAL_RE: Final = re.compile(r"H(?<!\w.)(?:e|is|im|er)\b")


def next_pronoun(text: str, pos: int, stop: int) -> tuple[int, int, str] | None:
    """(start, end, gender "m" or "f") of the first he/his/him/her/she in text[pos:stop]."""
    # each match's start read once: a match method is an interpreted call in the compiled build
    low = _PRONOUN_H_RE.search(text, pos, stop)
    before = stop if low is None else low.start()
    if low is not None and before == pos and pos > 0 and text[pos - 1] in "Ss":
        low = _PRONOUN_H_RE.search(text, pos + 1, stop)  # a "she" that starts before ``pos``
        before = stop if low is None else low.start()
    # the pattern only where an H stands: a plain search, where most stretches have none
    capital = _PRONOUN_CAPITAL_RE.search(text, pos, before) if text.find("H", pos, before) >= 0 else None
    if capital is not None:
        start, end = capital.start(), capital.end()
    elif low is not None:
        start, end = before, low.end()
        if start > 0 and text[start - 1] in "Ss":
            return start - 1, end, "f"
    else:
        return None
    return start, end, "m" if end - start == 2 or text[start + 1] == "i" else "f"


class Person:
    """A person named in the article, keyed by the fullest form of the name seen. A plain class,
    not a dataclass: mypyc compiles its __init__ too (a dataclass one stays interpreted). People
    are compared by identity."""

    def __init__(self, name: str, tokens: tuple[str, ...], evidence: int = 0) -> None:
        self.name = name
        self.tokens = tokens
        self.gender: str | None = None
        self.gender_from_name = False  # guessed from the given name only ("Terry"): a title overrides it
        self.title: str | None = None
        self.title_words: set[str] = set()
        self.positions: list[int] = []
        self.votes: dict[str, int] = {}  # he/she seen right after a mention (gender unknown only)
        # mentions whose surrounding words may hold a title, read only when the person is needed
        self.title_spots: list[tuple[int, int, tuple[str, ...]]] = []
        self.learned: set[tuple[str, ...]] = set()  # title words already read
        self.evidence = evidence  # reasons to believe this run is a person (given name, title, surname use)


def _has_title(person: Person) -> bool:
    """Read the title afresh: a check written inline stays narrowed across the calls that set it,
    and mypyc-compiled code then rejects the new value."""
    return person.title is not None


# Memos of the name rules below, per word, run or title (they recur across articles). Plain dicts,
# not lru_cache: in the compiled build an lru_cache wrapper is an interpreted call, a dict native.
_K = TypeVar("_K")
_V = TypeVar("_V")
MEMO_SIZE: Final = 1 << 16  # entries per memo: bounds memory on endless streams
_Split = tuple[tuple[str, ...], tuple[str, ...]]  # (title tokens, name tokens)
_TitleFacts = tuple[str | None, int, frozenset[str], str | None, bool]
_NORMS: Final[dict[str, str]] = {}
_GIVEN_NAMES: Final[dict[str, bool]] = {}  # token -> _norm(token) in _FIRST_NAMES
_PHRASE_WORDS: Final[dict[str, tuple[tuple[str, ...], tuple[str, ...]]]] = {}  # see _phrase_words
# per run: its split, or _NO_NAME (no name words) when it names nobody, so that one dict.get
# tells a run never seen (None) from one that is no name: "in" and then [] hashed and compared twice
_NO_NAME: Final[_Split] = ((), ())
_RUN_NAMES: Final[dict[str, _Split | None]] = {}
# the scan's split of a run and where its name starts in the run (_NO_SCAN: no name)
_Scanned = tuple[tuple[str, ...], tuple[str, ...], int]
_NO_SCAN: Final[_Scanned] = ((), (), -1)
_LONE_PLACE_AT: Final = -2
_LONE_PLACE: Final[_Scanned] = ((), (), _LONE_PLACE_AT)  # no name, but a surname's word ("West")
_SCANNED_NAMES: Final[dict[str, _Scanned | None]] = {}
_SENTENCE_PARTS: Final[dict[str, tuple[tuple[int, str], ...]]] = {}
_SPLITS: Final[dict[tuple[str, ...], _Split]] = {}
_PERSON_NAMES: Final[dict[tuple[str, ...], bool]] = {}
_NAME_KEYS: Final[dict[tuple[str, ...], tuple[tuple[str, ...], str]]] = {}
_TITLE_FACTS: Final[dict[tuple[str, ...], _TitleFacts]] = {}
_NO_TITLE_FACTS: Final[_TitleFacts] = (None, 0, frozenset(), None, False)  # what no title tells
_KINDS: Final[dict[str, dict[str, str]]] = {}  # default -> name -> kind (see speaker_kind)
_PHRASE_RUNS: Final[dict[str, tuple[tuple[int, int], ...]]] = {}


def _remember(memo: dict[_K, _V], key: _K, value: _V) -> _V:
    """Keep ``value`` for ``key``; a full memo drops its oldest entry first."""
    if len(memo) >= MEMO_SIZE:
        del memo[next(iter(memo))]
    memo[key] = value
    return value


def _is_given_name(token: str) -> bool:
    """``_norm(token) in _FIRST_NAMES``, memoised per token: one dict look-up, where the test
    takes two (every resolved person is asked again whether they are a company)."""
    found = _GIVEN_NAMES.get(token)
    if found is None:
        found = _remember(_GIVEN_NAMES, token, _norm(token) in _FIRST_NAMES)
    return found


def _norm(token: str) -> str:
    """Lower-case a name word without its possessive and periods (memoised: words repeat)."""
    found = _NORMS.get(token)
    if found is None:
        found = _remember(_NORMS, token, _drop_possessive(token).strip(".").lower())
    return found


def split_title(tokens: list[str]) -> tuple[list[str], list[str]]:
    """Split a capitalised run into (title tokens, name tokens); cached, runs repeat a lot."""
    title, name = _split_title(tuple(tokens))
    return list(title), list(name)


def is_person_name(name: list[str]) -> bool:
    """A name is a run without organisation/place words and not a lone acronym."""
    return _is_person_name(tuple(name))


def _run_name(run: str) -> _Split | None:
    """(title, name) of a capitalised run when it names a person, else None (memoised per run)."""
    found = _RUN_NAMES.get(run)
    if found is None:
        title, name = _split_title(tuple(run.split()))
        found = (title, name) if _is_person_name(name) else _NO_NAME
        _remember(_RUN_NAMES, run, found)
    return found if found[1] else None


def _phrase_runs(phrase: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each capitalised run of a speaker phrase, memoised per phrase: resolve reads
    the same phrases again and again ("Trump", "Clinton spokesman Brian Fallon"), and match
    objects and their methods are interpreted calls in the compiled build."""
    found = _PHRASE_RUNS.get(phrase)
    if found is None:
        found = _remember(_PHRASE_RUNS, phrase, tuple(m.span() for m in RUN_RE.finditer(phrase)))
    return found


def _sentence_parts(run: str) -> tuple[tuple[int, str], ...]:
    """``_cut_sentences`` memoised per run."""
    found = _SENTENCE_PARTS.get(run)
    if found is None:
        found = _remember(_SENTENCE_PARTS, run, _cut_sentences(run))
    return found


def _cut_sentences(run: str) -> tuple[tuple[int, str], ...]:
    """A capitalised run cut where a word ending in a period closes a sentence ("than Jeb Bush.
    Trump said" holds Jeb Bush, then Trump); initials, abbreviations and titles ("J.", "U.S.",
    "Sen.", "Capt.") keep it whole. Parts are (offset in the run, text)."""
    parts: list[tuple[int, str]] = []
    start = 0
    for tok in _SPACE_TOKEN_RE.finditer(run):
        word = tok.group()
        core = word[:-1].lower()
        if word[-1] != "." or tok.end() == len(run) or len(core) <= 2 or "." in core:
            continue
        if core in _ABBREVIATIONS or core in _TITLES or core + "." in _TITLES:
            continue
        parts.append((start, run[start : tok.end() - 1]))
        start = tok.end() + len(run[tok.end() :]) - len(run[tok.end() :].lstrip())
    parts.append((start, run[start:]))
    return tuple(parts)


def _scanned_name(run: str) -> _Scanned:
    """``_run_name`` for the article scan, which first drops lone sentence words ("The", "But",
    "He" open sentences; they are never names) and one- or two-letter runs (memoised per run),
    with where the name starts in the run: the last place its first word stands (str.rfind),
    found once per run, not searched again in the article at every mention. A run that names
    nobody has no name words, and at -1, or _LONE_PLACE_AT when it is one word that is also a
    surname ("West"): told once per run, not at every mention."""
    found = _SCANNED_NAMES.get(run)
    if found is None:
        lone_word = " " not in run
        split = None if lone_word and (run.lower() in _NAME_STOPWORDS or len(run) <= 2) else _run_name(run)
        if split is not None:
            found = (split[0], split[1], run.rfind(split[1][0]))
        elif lone_word and _norm(run) in _PLACE_SURNAMES:
            found = _LONE_PLACE
        else:
            found = _NO_SCAN
        _remember(_SCANNED_NAMES, run, found)
    return found


def _split_title(tokens: tuple[str, ...]) -> _Split:
    """``_read_title`` memoised per run."""
    found = _SPLITS.get(tokens)
    if found is None:
        found = _remember(_SPLITS, tokens, _read_title(tokens))
    return found


def _read_title(tokens: tuple[str, ...]) -> _Split:
    """Split a capitalised run into (title tokens, name tokens).

    "Russian Security Council Secretary Nikolai Patrushev" -> title up to the last title word.
    Leading sentence words and organisation words ("But", "NATO") are dropped from the name.
    A run longer than any title and name is a headline or a scraped menu: all of it is title, so
    a run of thousands of capitalised words is not split again for every cue after it.
    """
    if len(tokens) > _MAX_RUN_TOKENS:
        return tokens, ()
    titles = _TITLES
    stop = _TITLE_STOPWORDS
    lows = [tok.lower() for tok in tokens]
    marks = [i for i, low in enumerate(lows) if low in titles or low.rstrip(".") in titles]
    # a title word ending the run is a surname after all ("Peter T. King", "John Major", "For
    # Major"), unless a word other than a given name or an initial comes before it ("U.S.
    # Official", "Lloyds Treasurer": titles)
    while (
        marks
        and marks[-1] == len(tokens) - 1
        and len(tokens) - (marks[-2] if len(marks) > 1 else -1) > 2
        and not tokens[-1].isupper()  # "Hewlett-Packard CEO": an acronym title is nobody's surname
        and _surname_title(tokens[(marks[-2] if len(marks) > 1 else -1) + 1 : -1], stop)
    ):
        marks.pop()
    last_title = marks[-1] if marks else -1
    title, name = _strip_name_start(tokens, last_title + 1, stop)
    # "American Action Forum’s Douglas Holtz-Eakin": a full name follows its possessor; so does a
    # surname ("the Clinton Campaign’s Mook", "Sanders’ Weaver": Mook, not a person "Campaign Mook")
    owners = [i for i in range(last_title + 1, len(tokens) - 1) if tokens[i].endswith(_OWNER_ENDINGS)]
    if owners:
        owned = _strip_name_start(tokens, owners[-1] + 1, stop)
        if owned[1]:
            title, name = owned
    while title and title[0].lower() in _CONNECTIVES:
        title.pop(0)  # "When Afghan President Ashraf Ghani", "But Mr Blair": a sentence word, no title
    if len(name) > 2 and name[0].lower() in _DEMONYMS and _is_person_name(tuple(name[1:])):
        title, name = [*title, name[0]], name[1:]  # "Argentine David Nalbandian": a modifier
    if len(name) > 2 and name[-1][1:].islower() and name[-1].lower() in _TITLE_CASE_CUES:
        name.pop()  # "Hillary Clinton Joked": a Title Case line's verb of saying, not a surname
    if name:
        name[-1] = _drop_possessive(name[-1]) or name[-1]
    return tuple(title), tuple(name)


def _surname_title(before: tuple[str, ...], stop: frozenset[str]) -> bool:
    """Whether the words before a title word that ends a run make it a surname: sentence words
    only, or a given name or an initial among them."""
    words = [t for t in before if t.lower() not in stop]
    return not words or any(_is_initial(t) or t.lower() in _FIRST_NAMES for t in words)


def _strip_name_start(tokens: tuple[str, ...], cut: int, stop: frozenset[str]) -> tuple[list[str], list[str]]:
    """Title words up to ``cut``, then sentence words, acronyms, participles and hyphenated
    words with a lowercase end that open the name ("But", "NATO", "Struggling", "Scrum-half")
    move to the title too."""
    title = list(tokens[:cut])
    name = list(tokens[cut:])
    while name and (
        _norm(name[0]) in stop
        or (name[0].isupper() and len(name[0]) <= 5 and len(name) > 1 and not _is_initial(name[0]))
        or (len(name) > 1 and _sentence_verb(name[0]))
        or (len(name) > 1 and _after_hyphen(name[0]) in _COMPOUND_MODIFIERS)
        or (len(name) > 2 and "-" in name[0] and is_lower(_after_hyphen(name[0])[:1]))
        or (len(name) > 2 and _noun_before_given_name(name))
    ):
        title.append(name.pop(0))
    return title, name


def _last_of(text: str, chars: frozenset[str], lo: int, hi: int) -> int:
    """max(text.rfind(c, lo, hi) for c in chars): where the last of ``chars`` stands in
    text[lo:hi], or -1. Walked back from ``hi``, where an rfind per character reads the whole
    stretch once for each (the one wanted is usually a few words back). A set, not a string:
    a set lookup per character costs a third of a substring test. Letters and spaces, most of
    the walk and in none of the sets the callers pass, are passed over by their code, without
    the one-character string and the lookup."""
    i: i64 = min(hi, len(text)) - 1
    while i >= lo:
        c = ord(text[i])
        if not (97 <= c <= 122 or 65 <= c <= 90 or c == 32) and text[i] in chars:
            return i
        i -= 1
    return -1


def _after_hyphen(word: str) -> str:
    """What follows the last hyphen of ``word`` (all of it without one): word.rsplit("-", 1)[-1]
    by a native rfind, where rsplit is an interpreted call in the compiled build."""
    return word[word.rfind("-") + 1 :]


def _ends_before(text: str, pos: int, suffix: str) -> bool:
    """text[:pos] ends with ``suffix``: str.endswith with bounds is an interpreted call in the
    compiled build, a short slice and a comparison are native."""
    return text[max(0, pos - len(suffix)) : pos] == suffix


def _after_place_lead(text: str, start: int) -> bool:
    """text[:start] ends with one of _PLACE_LEADS ("in Far Hills"). Each ends in "n ", "r " or
    "f ": two native character tests spare most names the slice and str.endswith (an
    interpreted call in the compiled build)."""
    if start < 4 or text[start - 1] != " ":
        return False
    c = ord(text[start - 2])
    if c != 110 and c != 114 and c != 102:  # n, r, f
        return False
    return text[max(0, start - 16) : start].endswith(_PLACE_LEADS)


def _office_before(text: str, run_start: int) -> bool:
    """A title word and "of" (or "of the") right before a capitalised run: "Secretary of |
    Commerce ...", "Chancellor of the | Exchequer ..." (plain string tests: a regex searched
    backwards from every run cost more than the rest of the name scan)."""
    for joint in (" of the ", " of "):
        if _ends_before(text, run_start, joint):
            end = run_start - len(joint)
            return _norm(text[text.rfind(" ", 0, end) + 1 : end]) in _TITLES
    if _ends_before(text, run_start, " and "):
        # "Director of the Office of Management and | Budget James Miller": the office goes on
        before = text[max(0, run_start - 60) : run_start - 5].split()
        return len(before) >= 2 and before[-1][:1].isupper() and "of" in before
    return False


def _office_split(split: _Split) -> _Split:
    """'Secretary of | Commerce Bruce Smart', 'Minister of | Foreign Affairs Sergei Lavrov': the
    run after a title's "of" opens with the office, which joins the title up to a given name."""
    title, name = list(split[0]), list(split[1])
    k = 0
    while len(name) - k > 2 and _norm(name[k]) not in _FIRST_NAMES:
        k += 1
    if k == 0 or _norm(name[k]) not in _FIRST_NAMES:
        return split  # "chairman of the Congressional Black Caucus PAC": no given name, no person
    return tuple(title + name[:k]), tuple(name[k:])


def _noun_before_given_name(name: list[str]) -> bool:
    """'Celebrities Julianne Moore', 'Elections Susan Bucher': a plural noun before a given name
    opens the run without being part of the name (a given name missing from the list, as in
    'Michaela Angela Davis', is no plural)."""
    first = name[0].lower()
    plural = first.isalpha() and first.endswith("s") and not first.endswith(("ss", "us", "is"))
    return plural and first not in _FIRST_NAMES and _norm(name[1]) in _FIRST_NAMES


def _sentence_verb(token: str) -> bool:
    """A participle opening a sentence before a name ("Struggling Donald Trump", "Stated Stone"):
    long -ing/-ed words that are not given names."""
    low = token.lower()
    return len(low) >= 5 and low.endswith(_PARTICIPLE_ENDINGS) and low not in _FIRST_NAMES


def _is_person_name(name: tuple[str, ...]) -> bool:
    """``_reads_as_person`` memoised per name."""
    found = _PERSON_NAMES.get(name)
    if found is None:
        found = _remember(_PERSON_NAMES, name, _reads_as_person(name))
    return found


def _reads_as_person(name: tuple[str, ...]) -> bool:
    if not name or len(name) > 4:
        return False  # "Obama Says African-American Museum Will Tell": a headline, not a name
    poison = _NON_PERSON
    stop = _NAME_STOPWORDS
    # a middle initial is no stopword ("Roberta A. Kaplan"); a contraction ("I’m", "Don’t") no name
    bad = [
        k
        for k, t in enumerate(name)
        if _norm(t) in poison or _norm(t) in stop or (("’" in t or "'" in t) and _CONTRACTED.search(t))
    ]
    if any(not (k and _is_initial(name[k])) and not _place_surname(name, k) for k in bad):
        return False
    if len(name) == 1 and (name[0].isupper() or len(name[0].strip(".")) <= 2):
        return False
    if len(name) == 1 and name[0].lower() in _DEMONYMS:
        return False  # "the French coach said": a coach, not a person called French
    low = name[0].lower()
    if len(name) == 1 and low.endswith(_PARTICIPLE_ENDINGS) and low not in _FIRST_NAMES:
        return False  # "Based on ...", "Speaking to ...": participles opening a sentence
    return all(len(t.strip(".")) > 0 for t in name)


def _owned(title: tuple[str, ...]) -> bool:
    """The title words hold an owner's possessive: the name after it is one of the owner's people
    ("the Clinton campaign's Mook", "GM's Stempel", "Sweden's AB Volvo"). A tuple, not a
    Sequence: the compiled build walks a tuple natively, a Sequence through an iterator."""
    return any(_owner_ending(t) for t in title)


def _owner_ending(word: str) -> bool:
    """``word.endswith(_OWNER_ENDINGS)`` told by the codes of its last two characters ('s, ’s,
    s', s’): str.endswith is an interpreted call in the compiled build, the codes native."""
    n = len(word)
    if n < 2:
        return False
    before, last = ord(word[n - 2]), ord(word[n - 1])
    return (last == 115 and before in (39, 8217)) or (before == 115 and last in (39, 8217))


def _surname_of(person: Person, name: Sequence[str]) -> bool:
    """``name`` ends in ``person``'s surname (not in a middle or given name that also matched)."""
    return _norm(person.tokens[-1]) == _norm(name[-1])


def _place_surname(name: tuple[str, ...], k: int) -> bool:
    """The last word of a name is a surname that is also a place or colour word, after a known
    given name ("Cornel West", "Jeremy Paris", "Mary Jo White"; not "Rose Bowl", "Wayne State")."""
    return (
        k > 0
        and k == len(name) - 1
        and _norm(name[k]) in _PLACE_SURNAMES
        and _norm(name[0]) in _FIRST_NAMES
    )


def _is_initial(token: str) -> bool:
    return len(token) == 2 and token[1] == "." and token[0].isupper()


def _particle_lowered(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """The name with a capitalised opening particle in lower case ("Du Plessis" -> "du Plessis")."""
    if len(tokens) > 1 and tokens[0].lower() in PARTICLES:
        return (tokens[0].lower(), *tokens[1:])
    return tokens


def _name_key(name: tuple[str, ...]) -> tuple[tuple[str, ...], str]:
    """Name words without possessives, and the name they spell (memoised: names recur)."""
    found = _NAME_KEYS.get(name)
    if found is None:
        tokens = tuple(_drop_possessive(t) or t for t in name)
        found = _remember(_NAME_KEYS, name, (tokens, " ".join(tokens)))
    return found


def _title_facts(title: tuple[str, ...]) -> _TitleFacts:
    """``_read_title_facts`` memoised per title."""
    found = _TITLE_FACTS.get(title)
    if found is None:
        found = _remember(_TITLE_FACTS, title, _read_title_facts(title))
    return found


def _read_title_facts(title: tuple[str, ...]) -> _TitleFacts:
    """What a run of title words tells about a person:
    the gender of the first gendered title word, how many words are titles (evidence of a
    person), the words themselves, the title to keep, if any ("Russian Security Council
    Secretary"; determiners dropped, honorifics alone are not titles), and whether it ends in
    an honorific or a title word, which makes a person of a surname after it ("Judge Berman")."""
    titles = _TITLES
    gender = None
    evidence = 0
    for t in title:
        low = t.lower()
        g = titles.get(low, titles.get(low.rstrip("."), None))
        if g and gender is None:
            gender = g
        if low in titles or low.rstrip(".") in titles:
            evidence += 1
    words = list(title)
    while words and (_norm(words[0]) in _DETERMINERS or words[0] in "[]()"):
        words.pop(0)
    full = None
    if (
        words
        and any(t.lower().rstrip(".") in titles for t in words)
        and not all(_honorific([t]) for t in words)
    ):
        full = " ".join(words)
    titled = bool(title) and (_honorific(title) or _norm(title[-1]) in _TITLES)
    return gender, evidence, frozenset(t.lower().rstrip(".") for t in title), full, titled


class Cast:
    """The people of one article, built once from every capitalised run."""

    def __init__(self, text: str, quoted: list[tuple[int, int]] | None = None) -> None:
        self.text = text
        self.people: dict[str, Person] = {}
        self.by_token: dict[str, list[Person]] = {}
        self.mentions: list[tuple[int, int, Person]] = []  # (start, end, person), sorted
        self._starts: list[int] = []
        self.quoted = Ranges(quoted or [])
        self.run_start: dict[int, int] = {}  # name start -> start of its capitalised run, if later
        self.marks: list[tuple[int, Person | None]] = []  # speakers of attributions (None: unnamed)
        self.unnamed_genders: dict[int, str] = {}  # unnamed speaker's position -> "m"/"f"
        self.indefinite_starts: list[int] = []  # sentences opened by "One", "A", "An", "Another"
        self._as_name: dict[str, bool] = {}
        self._lower: str | None = None  # see _lowered
        self._lower_read = False
        self.headline_end = _headline_end(text)
        self._companies: dict[str, bool] = {}  # see is_company
        # answers that depend on the article alone, not on the speakers marked so far, kept:
        # resolve asks them again for the same phrase (for the attribution, then for the output)
        self._organisations: dict[tuple[str, int, int], str | None] = {}
        self._noun_people: dict[tuple[str, int], Person | None] = {}
        self._owners: dict[tuple[str, int], Person | None] = {}
        self._subjects: dict[tuple[int, int], bool] = {}
        self.gendered: set[int] = set()  # starts of surnames after a gendered honorific
        self._scan()
        self._learn_genders()

    def written_as_name(self, word: str) -> bool:
        """A lone capitalised word is a name only if the article also capitalises it in mid-sentence
        ("... said Delattre", "with Obama"); "Audiences", "Nevertheless", "Create" open sentences."""
        key = _drop_possessive(word) or word
        found = self._as_name.get(key)
        if found is None:
            text, n, found = self.text, len(key), False
            i = text.find(" " + key, 1)
            while i > 0 and not found:
                after = text[i + 1 + n : i + 2 + n]
                found = text[i - 1] in _MID_SENTENCE and not is_word_char(after)
                i = text.find(" " + key, i + 1)
            self._as_name[key] = found
        return found

    def _after_place_word(self, pos: int) -> bool:
        """The word before ``pos`` makes a place of what follows ("in Paris", "to Washington")."""
        before = self.text[max(0, pos - 8) : pos].split()
        return bool(before) and before[-1] in _PLACE_PREPOSITIONS

    def mark_speaker(self, pos: int, person: Person | None, gender: str | None = None) -> None:
        """Remember who speaks at ``pos``: a named person, or None for "a source", "an aide"
        (``gender``: what the description tells of the unnamed person, "an ICE spokeswoman")."""
        if person is not None:
            person.evidence += 2
        elif gender is not None:
            self.unnamed_genders[pos] = gender
        # kept in order (after marks at the same position): an antecedent search may run while
        # the marks are still being made. The place is walked back to from the end, where marks
        # mostly go: bisect with a key function calls the key through the interpreter
        i = len(self.marks)
        while i > 0 and self.marks[i - 1][0] > pos:
            i -= 1
        self.marks.insert(i, (pos, person))

    def _inside_quote(self, pos: int) -> bool:
        return self.quoted.covers(pos)

    def _learn_genders(self) -> None:
        """Vote a gender from the first he/she after each mention (before the next mention) of a
        person whose name and titles leave the gender unknown: only their votes are counted, and
        four mentions in five are of someone with a known given name or a gendered title."""
        text = self.text
        for k, (_start, end, person) in enumerate(self.mentions):
            if person.gender is not None:
                continue
            limit = self.mentions[k + 1][0] if k + 1 < len(self.mentions) else len(text)
            stop = min(limit, end + 160)
            # each mention's own window, read up to its first pronoun outside quotations: about
            # half the article in all, where one scan of the whole would read all of it
            found = next_pronoun(text, end, stop)
            while found is not None and self.quoted.covers(found[0]):
                found = next_pronoun(text, found[1], stop)
            if found is not None:
                g = found[2]
                person.votes[g] = person.votes.get(g, 0) + 1
        for person in self.people.values():
            if person.gender is None and person.votes:
                nm, nf = person.votes.get("m", 0), person.votes.get("f", 0)
                if nm != nf:
                    person.gender = "m" if nm > nf else "f"

    # -- building -------------------------------------------------------------------------
    def _scan(self) -> None:
        text = self.text
        firsts = _FIRST_NAMES
        pending: list[_Pending] = []
        # the capitalised runs, walked off the article's shape (positions stay machine integers)
        shaped = article_shape(text)
        size = len(shaped)
        at = next_run(shaped, 0, size)
        while at < size:
            end = end_of_run(shaped, at, size)
            run = text[at:end]
            if _indefinite_run(run) and (at == 0 or text[at - 1] == "\n" or text[at - 2 : at] == ". "):
                self.indefinite_starts.append(at)  # "One woman adopted from Iran ...": read later
            elif (at == 0 or text[at - 1] == "\n") and run.startswith("By "):
                pass  # a byline ("By Paul Baker, Staff Writer") names the writer, who quotes nobody
            elif ". " in run:
                # a run crossing a sentence end ("than Jeb Bush. Trump said") is read sentence by sentence
                for off, part in _sentence_parts(run):
                    self._queue_name(at + off, part, pending)
            else:
                self._queue_name(at, run, pending)
            at = next_run(shaped, end, size)
        for opened, closed in self.quoted.ranges:
            named = nickname_name(text, opened, closed)
            if named is not None:
                # 'Juan “Chico” Manriquez': the given name and the surname around the nickname
                given, surname = text[named[0] : opened - 1], text[closed + 1 : named[1]]
                pending.append((named[0], named[1], (), (given, surname)))
        # Multi-word names first: they define people; single words then attach to them.
        defined: dict[int, Person] = {}
        for start, end, title, name in pending:
            headline_verb = len(name) == 2 and _norm(name[1]) in tables.report_forms()  # "Obama Sees"
            if len(name) < 2 or ((len(name) > 2 or headline_verb) and self._headline_only(start, name)):
                continue
            person = self._add(name, title, start, firsts)
            if person is not None:
                if not title and _after_place_lead(text, start):
                    person.evidence -= 1  # "the port of Bandar Abbas", "in Far Hills": a place
                defined[start] = person
                if person.title is None and len(person.title_spots) < 3:
                    run_start = start - len(" ".join(title)) - 1 if title else start
                    person.title_spots.append((max(0, run_start), end, title))
        merged = self._merge_middle_names()
        if merged:
            defined = {pos: merged.get(p, p) for pos, p in defined.items()}
        for start, end, title, name in pending:
            person = defined.get(start)
            if person is None:
                # a surname right after an honorific or a title is a person ("Judge Berman")
                facts = _title_facts(title) if title else _NO_TITLE_FACTS
                titled, gender = facts[4], facts[0]
                if gender is not None:
                    self.gendered.add(start)  # "Mrs. Clinton": no namesake of another gender
                if not title and self._given_name_subject(name, start, end, firsts):
                    person = self._given_name_person(name[0], firsts)
                else:
                    person = self.lookup(name[-1], start, create=titled, gender=gender)
                    if person is not None and not person.positions:
                        person.positions.append(start)  # "Judge Berman": "the judge" may point back
                if person is not None and (_norm(name[-1]) in _PLACE_SURNAMES or _owned(title)) \
                        and not _surname_of(person, name):
                    # "White" is Mary Jo White's surname, "GM's Stempel" Robert Stempel's: no other person's
                    person = None
                if person is not None and len(person.tokens) > 1:
                    person.evidence += 1  # a surname used alone: a person, not a place
                if person is not None and title:
                    self._learn(person, title)
            if person is not None:
                self.mentions.append((start, end, person))
        self.mentions.sort(key=_START)
        self._starts = [s for s, _, _ in self.mentions]

    def _queue_name(self, run_start: int, part: str, pending: list[_Pending]) -> None:
        """Queue the name a capitalised run (or its part in one sentence) at ``run_start`` holds."""
        text = self.text
        scanned = _scanned_name(part)
        if scanned[1]:
            title, name, at = scanned  # at: where the name starts in the part (-1: to be found)
        else:
            split = self._aged_name(run_start, part)
            if split is None:
                if scanned[2] != _LONE_PLACE_AT or self._after_place_word(run_start):
                    return
                split = ((), (part,))  # "West said": the surname of a "Cornel West", if one is named
            title, name = split
            at = -1
        end = run_start + len(part)
        if (run_start == 0 or text[run_start - 1] == "\n") and _DATELINE_AFTER_RE.match(text, end):
            return  # "Hong Kong (AFP) – Asian stocks ...": a wire dateline's place
        if len(name) == 1:
            # the "e" of " of the " read first: one native character test spares most runs the slice
            if run_start >= 8 and text[run_start - 2] == "e" and _ends_before(text, run_start, " of the ") \
                    and _office_before(text, run_start):
                return  # "Leader of the Commons", "Chancellor of the Exchequer": an office
        elif len(name) > 2 and _office_before(text, run_start):
            title, name = _office_split((title, name))
            at = -1
        if not title and name[0] in _QUESTION_VERBS and _opens_question(text, run_start):
            # "Will Sanders come down ...?": the auxiliary opening a question is no given name
            cut = len(name[0]) + 1
            scanned = _scanned_name(part[cut:])
            if not scanned[1]:
                return
            title, name, at = scanned
            at += cut  # the last place of the name's first word in the part is in this tail
        start = run_start + at if at >= 0 else text.rfind(name[0], run_start, end)
        if start != run_start:
            self.run_start[start] = run_start  # (a name that opens its run is not kept)
        pending.append((start, end, title, name))

    def _aged_name(self, run_start: int, part: str) -> _Split | None:
        """A name followed by an age ("Yin Myint May, 60, a doctor") is a person's, even when it
        ends in a month or place word that no known given name vouches for."""
        text, end = self.text, run_start + len(part)
        if end >= len(text) or text[end] != "," or not _AGE_AFTER_RE.match(text, end):
            return None  # the comma first: most runs the scan cannot read are followed by none
        title, name = _split_title(tuple(part.split()))
        if len(name) < 2 or _norm(name[-1]) not in _PLACE_SURNAMES or not _is_person_name(name[:-1]):
            return None
        return title, name

    def _headline_only(self, start: int, name: tuple[str, ...]) -> bool:
        """A run of three or more capitalised words in a Title Case headline that the story never
        writes again ("Novartis Hits Acquisition Trail", "Licht Sees Rise"): headline words, not a
        name; names the story uses recur in it ("Hillary Rodham Clinton")."""
        return start < self.headline_end and self.text.find(" ".join(name), self.headline_end) < 0

    def _given_name_subject(
        self, name: tuple[str, ...], start: int, end: int, firsts: dict[str, str]
    ) -> bool:
        """A lone known given name that no fuller name of the article holds, written as a name
        mid-sentence and followed by a verb ("the base chief, known only as Bob ... Bob agreed to
        talk"): a person the article names by that word alone, so a later he/she can mean them;
        not a place ("flew to Jordan") nor a word before a noun ("Christian voters")."""
        key = _norm(name[0])
        if len(name) != 1 or key not in firsts or key in self.by_token or self._after_place_word(start):
            return False
        m = _AFTER_NAME_RE.match(self.text, end, end + 40)
        if m is None or m.group().startswith(","):
            return False
        verb = m.group(1)
        said = verb in tables.cue_verbs() or verb in tables.report_verbs()
        return (said or (verb.endswith("ed") and verb not in _NOT_VERB)) and self.written_as_name(name[0])

    def _given_name_person(self, word: str, firsts: dict[str, str]) -> Person:
        """The person a lone given name means (see _given_name_subject), of that name's gender."""
        clean = _drop_possessive(word) or word
        person = Person(clean, (clean,), evidence=1)
        person.gender, person.gender_from_name = firsts[_norm(word)], True
        self.people[clean] = person
        self.by_token[_norm(word)] = [person]
        return person

    def _add(
        self, name: tuple[str, ...], title: tuple[str, ...], pos: int, firsts: dict[str, str]
    ) -> Person | None:
        key_tokens, key = _name_key(name)
        # "Fogh Rasmussen" is the same person as an earlier/later "Anders Fogh Rasmussen".
        person = self.people.get(key)
        cands = self.by_token.get(key_tokens[-1].lower()) if person is None else None
        if cands:
            # "Du Plessis" opening a sentence is the "Barend du Plessis" of the article
            wanted = _particle_lowered(key_tokens)  # read only when someone shares the last word
            for p in cands:
                tail = p.tokens[-len(key_tokens) :]
                if tail in (key_tokens, wanted) or key_tokens[-len(p.tokens) :] == p.tokens:
                    person = p
                    break
        if person is None:
            # a two- or three-word capitalised run free of place/organisation words reads as a name
            person = Person(key, key_tokens, evidence=1)
            self.people[person.name] = person
            for t in key_tokens:
                # get, not setdefault: the compiled setdefault raises and clears a KeyError per new word
                low = t.lower()
                people = self.by_token.get(low)
                if people is None:
                    self.by_token[low] = [person]
                else:
                    people.append(person)
        elif len(key_tokens) > len(person.tokens) and not self._inside_quote(pos):
            # a longer form inside a quotation is someone's wording ("The Inside Story of the Real
            # Donald Trump"), not the article's name for the person
            person.name, person.tokens = key, key_tokens
            self.people[person.name] = person
            for t in key_tokens:
                if person not in self.by_token.setdefault(t.lower(), []):
                    self.by_token[t.lower()].append(person)
        if person.gender is None and len(key_tokens) > 1 and key_tokens[0].lower() in firsts:
            person.gender = firsts[key_tokens[0].lower()]
            person.gender_from_name = True
            person.evidence += 2
        if title and title not in person.learned:
            person.learned.add(title)
            self._learn(person, title)
        if pos not in person.positions:
            person.positions.append(pos)
        return person

    def _merge_middle_names(self) -> dict[Person, Person]:
        """Middle initials and middle names: "Loretta E. Lynch" and "Loretta Lynch", "Hillary Rodham
        Clinton" and "Hillary Clinton" are one person. A two-word name joins the one longer name of
        the article that adds middle words between the same given name and surname; two such longer
        names ("George W. Bush", "George H.W. Bush") leave it apart, as do names shared by famous
        relatives (namesakes.txt). Returns each absorbed person's new self."""
        longer: dict[tuple[str, str], list[Person]] = {}
        for p in self.people.values():
            if 3 <= len(p.tokens) <= 4:
                longer.setdefault((p.tokens[0], p.tokens[-1]), []).append(p)
        merged: dict[Person, Person] = {}
        if not longer:
            return merged
        namesakes = tables.namesakes()
        for short in list(self.people.values()):
            if len(short.tokens) != 2 or short in merged:
                continue
            pair = (short.tokens[0], short.tokens[-1])
            full = longer.get(pair)
            if full is None or len(full) != 1 or " ".join(pair).lower() in namesakes:
                continue
            long_ = full[0]
            if all(self._inside_quote(q) for q in long_.positions):
                long_, short = short, long_  # a fuller form only inside quotations is someone's wording
            self._absorb(long_, short)
            merged[short] = long_
        return merged

    def _absorb(self, person: Person, other: Person) -> None:
        """Fold ``other`` into ``person``: one name, with both mentions' evidence and titles."""
        for key, p in self.people.items():
            if p is other:
                self.people[key] = person
        for t in other.tokens:
            people = self.by_token[t.lower()]
            people[:] = [p for p in people if p is not other]
            if person not in people:
                people.append(person)
        person.positions = sorted(set(person.positions) | set(other.positions))
        person.title_spots += other.title_spots[: max(0, 3 - len(person.title_spots))]
        person.learned |= other.learned
        person.title_words |= other.title_words
        person.title = person.title or other.title
        if person.gender is None or (person.gender_from_name and not other.gender_from_name and other.gender):
            person.gender, person.gender_from_name = other.gender, other.gender_from_name
        person.evidence = max(person.evidence, other.evidence)

    def _learn(self, person: Person, title: Sequence[str]) -> None:
        gender, evidence, words, full, _titled = _title_facts(tuple(title))
        # a marked feminine title beats a given-name guess ("9/11 widow Terry Strada"); "spokesman"
        # and "chairman" are said of women too, so masculine titles never override one
        if gender and (person.gender is None or (person.gender_from_name and gender == "f")):
            person.gender, person.gender_from_name = gender, False
        person.evidence += evidence
        person.title_words |= words
        if full is not None and person.title is None:
            person.title = full

    def ensure_title(self, person: Person) -> Person:
        """Read the words around the first mentions for a title (deferred: most people never speak)."""
        if not person.title_spots:
            return person  # read already, or nothing to read
        spots, person.title_spots = person.title_spots, []
        for run_start, end, title in spots:
            if _has_title(person):
                break
            before = self._title_before(run_start)
            if before:
                self._learn(person, [*before, *title])
            if not _has_title(person):
                self._title_after(person, end)
        return person

    def _title_before(self, pos: int) -> list[str]:
        """Lower-case title words right before a name: 'Russian permanent representative to'."""
        text = self.text
        lo = max(0, pos - 80)
        seg = text[lo:pos]
        cut = _last_of(seg, _TITLE_BOUNDS, 0, len(seg))
        dash = seg.rfind(" - ")  # "MANCHESTER, Jan 1 - Former Southampton manager": a dateline ends
        cut = max(cut, dash + 1 if dash >= 0 else -1)
        words = seg[cut + 1 :].split()
        kept: list[str] = []
        for w in reversed(words):
            if w.lower() in _TITLE_STOP or len(kept) >= 7:
                break
            kept.insert(0, w)
        titles = _TITLES
        while kept and (kept[0].lower() in _DETERMINERS or (kept[0].islower() and kept[0] not in titles)):
            kept.pop(0)
        return kept if any(w.lower().rstrip(".") in titles for w in kept) else []

    def _title_after(self, person: Person, end: int) -> None:
        """Appositive after a name: 'Stanislaw Koziej, the head of the Polish ... Bureau,'."""
        text = self.text
        if text[end : end + 2] != ", ":
            return
        stop = len(text)
        for c in ',;.\n("“':
            k = text.find(c, end + 2, end + 120)
            if 0 <= k < stop:
                stop = k
        if stop == len(text):
            return
        words = text[end + 2 : stop].split()
        if not words or len(words) > 12:
            return
        if words[0].lower() not in _DETERMINERS and not words[0][:1].isupper():
            return
        if any(w.lower().rstrip(".") in _TITLES for w in words):
            self.note_title(person, " ".join(words))

    def note_title(self, person: Person, phrase: str) -> None:
        """Learn a title from an appositive or a description next to a mention."""
        words = _WORD_RE.findall(phrase)
        if not words:
            return
        while words and words[0].lower() in _DETERMINERS:
            words.pop(0)
        if words:
            self._learn(person, words)

    # -- lookup ---------------------------------------------------------------------------
    def lookup(
        self, token: str, pos: int, *, create: bool = False, gender: str | None = None
    ) -> Person | None:
        """The person a single name word (surname or given name) refers to near ``pos``; ``gender``
        comes from an honorific ("Mrs. Clinton" is not Bill Clinton)."""
        key = _norm(token)
        cands = self.by_token.get(key)  # no default: a new empty list per call for nothing
        if not cands:
            if not create:
                return None
            clean = _drop_possessive(token) or token
            person = Person(clean, (clean,))
            self.people[clean] = person
            self.by_token.setdefault(key, []).append(person)
            return person
        if gender is not None and len(cands) > 1:
            cands = [p for p in cands if p.gender in (None, gender)] or cands
        if len(cands) == 1:
            return cands[0]
        return _principal(cands, key, self.headline_end, pos)

    def misspelt(self, token: str) -> Person | None:
        """The one person whose surname a lone word misspells by a letter ("Bornsten" for Harold
        Bornstein): a long word, the same first letter, no plural ("Clintons")."""
        word = _drop_possessive(token) or token
        if len(word) < _MISSPELT_MIN or not word[:1].isupper():
            return None
        found: list[Person] = []
        for person in self.people.values():
            surname = person.tokens[-1]
            if len(person.tokens) < 2 or surname[0] != word[0] or word in (surname + "s", surname + "es"):
                continue
            if Levenshtein.distance(word, surname, score_cutoff=1) <= 1 and person not in found:
                found.append(person)
        return found[0] if len(found) == 1 else None

    def recent(self, pos: int, gender: str | None, *, window: int = ANTECEDENT_WINDOW) -> Person | None:
        """Antecedent of he/she at ``pos``: the latest named speaker or sentence-subject person.

        Names inside quotations and runs with no sign of being a person ("Little Rock") are
        skipped, as is anyone whose known gender clashes with the pronoun.
        """
        best_pos, best = -1, None
        unnamed = False  # the latest speaker of all is someone unnamed
        skipped = False
        for mpos, marked in reversed(self.marks):
            if mpos >= pos or pos - mpos > window:
                continue
            if marked is None:
                if gender in ("m", "f") and self.unnamed_genders.get(mpos, gender) != gender:
                    skipped = True
                    continue  # "according to an ICE spokeswoman. ... He announced": not her
                # "a source ... said. '...,' he told Itar-Tass": he is the unnamed source
                best_pos, unnamed = mpos, not skipped
                break
            skipped = True
            if self._fits(marked, gender):
                best_pos, best = mpos, marked
                break
        fallback: Person | None = None  # the latest person in any position, if no subject is found
        i = bisect_left(self._starts, pos)
        while i > 0:
            i -= 1
            start, end, mentioned = self.mentions[i]
            if start <= best_pos or pos - start > window:
                break
            person: Person | None = mentioned
            if not self._fits(mentioned, gender) and start not in self.gendered:
                # "Clinton ... she said": the surname may mean the other Clinton ("Mrs. Clinton" may not)
                person = self._namesake(mentioned, self.text[start:end], gender)
            elif not self._fits(mentioned, gender):
                person = None
            if person is None or person.evidence < 1 or self._inside_quote(start):
                continue
            if not self._subject_position(start, end):
                if fallback is None:
                    fallback = person
                continue
            if gender in ("m", "f") and _PLURAL_VERB_RE.match(self.text, end):
                continue  # "but Villa were not interested": a team or a company, no "he"
            return self._described_subject(start, pos, gender) or person
        # a name met after an unnamed speaker in no subject position ("Another Muslim ... said he
        # heard Mateen talk of ...") leaves the unnamed speaker in focus
        return self._described_subject(max(best_pos, pos - window), pos, gender) or (
            best if best is not None or unnamed else fallback
        )

    def _fits(self, person: Person, gender: str | None) -> bool:
        """Whether ``person`` can be what a pronoun of ``gender`` means (any gender but "m" or "f"
        fits anyone). A method, not a closure in ``recent``: the compiled build calls it natively."""
        if gender not in ("m", "f"):
            return True
        # he/she never means a company the article names with its legal form ("Dome Petroleum")
        return person.gender in (None, gender) and not self.is_company(person)

    def _described_subject(self, lo: int, pos: int, gender: str | None) -> Person | None:
        """A definite description opening the latest sentence between the antecedent found at
        ``lo`` and ``pos`` takes over as the subject in focus when it means a person the article
        named ("The retired neurosurgeon has given no details ... He added" -> Ben Carson after
        "retired neurosurgeon Ben Carson"); one naming nobody, or someone the pronoun does not
        fit, changes nothing."""
        text = self.text
        heads = _DESCRIPTION_HEADS
        i = text.rfind("The ", lo + 1, pos)
        while i > lo:
            before = text[max(0, i - 3) : i].rstrip(" \u00a0")
            closed = before[-2:-1] in (".", "!", "?")  # 'said.” The senator'
            opens = not before or before[-1] in ".!?\n" or (before[-1] in '"”’' and closed)
            if opens and not self._inside_quote(i):
                words = text[i + 4 : i + 80].split(None, 5)[:5]
                for k, w in enumerate(words[:-1]):
                    if not w.isalpha() or not w.islower():
                        break
                    if w in heads and words[k + 1].islower() and words[k + 1] not in _POSTMODIFIERS:
                        person = self.by_description(["the", *words[: k + 1]], i) or self.by_person_noun(w, i)
                        return person if person is not None and self._fits(person, gender) else None
            i = text.rfind("The ", lo + 1, i)
        return None

    def by_person_noun(self, noun: str, pos: int) -> Person | None:
        """'the neurosurgeon' -> the latest person introduced with that noun before ``pos``: right
        before the name ('retired neurosurgeon Ben Carson') or in an appositive after it ('Ben
        Carson, a retired neurosurgeon,'); None when nobody was."""
        if noun not in _PERSON_NOUNS:
            return None
        key = (noun, pos)
        if key not in self._noun_people:
            self._noun_people[key] = self._introduced_by(noun, pos)
        return self._noun_people[key]

    def _introduced_by(self, noun: str, pos: int) -> Person | None:
        """``by_person_noun`` before the memo."""
        text, starts, best = self.text, self._starts, None
        last = 0
        for m in _person_noun_re(noun).finditer(text, 0, pos):
            if m.group().startswith(","):
                k = bisect_left(starts, m.start()) - 1
                found = k >= 0 and self.mentions[k][1] == m.start()
            else:
                k = bisect_left(starts, m.end())
                found = k < len(starts) and starts[k] == m.end()
            if found and not self._inside_quote(m.start()):
                best = self.mentions[k][2]
                last = m.end()
        if best is not None and _indefinite_noun_re(noun).search(text, last, pos):
            return None  # "One woman adopted from Iran ... said the woman": someone new, unnamed
        return best

    def mark_unnamed_subjects(self) -> None:
        """Mark every sentence opened by an indefinite description of a person ("One woman adopted
        from Iran did not learn ...", "A man who asked not to be named"): someone new the article
        does not name, whom a later "she" or "he" means rather than a person named before."""
        for start in self.indefinite_starts:
            m = _UNNAMED_SUBJECT_RE.match(self.text, start)
            noun = m.group(1).lower() if m else ""
            if noun in _PERSON_NOUNS and not self._inside_quote(start):
                self.mark_speaker(start, None, _GENDERED_NOUNS.get(noun))

    def _namesake(self, person: Person, mention: str, gender: str | None) -> Person | None:
        """The one other person a bare surname mention can mean who fits a pronoun of ``gender``, if any."""
        words = mention.split()
        if len(words) != 1:
            return None
        named = self.by_token.get(_norm(words[0]), [])
        others = [p for p in named if p is not person and self._fits(p, gender)]
        others = [p for p in others if p.gender is not None and p.tokens[-1].lower() == _norm(words[0])]
        return others[0] if len(others) == 1 else None

    def _subject_position(self, start: int, end: int) -> bool:
        """``_heads_clause`` memoised per mention."""
        key = (start, end)
        if key not in self._subjects:
            self._subjects[key] = self._heads_clause(start, end)
        return self._subjects[key]

    def _heads_clause(self, start: int, end: int) -> bool:
        """A mention that heads its sentence or clause: only a short run of titles and modifiers
        ("Democratic presidential front-runner") stands between it and the clause start. A name
        on a list ("X, Y and Z") stands where the first name does."""
        text = self.text
        j = self.run_start.get(start, start)
        lo = max(0, j - 90)
        seg = text[lo:j]
        # the pattern tries every position of the segment; "ccord" (letters with no other case
        # forms) shows first whether "according" can be in it at all
        if "ccord" in seg.lower() and _ACCORDING_SOURCE_RE.search(seg):
            return True  # "according to a post from Arianna Huffington": the source speaks, like a subject
        if seg.endswith((" and ", " but ")):
            joined = self._mention_ending(j - 5) if seg.endswith(" and ") else None
            if joined is not None:
                return self._subject_position(*joined)  # "Gabriel Batistuta and Christophe Dugarry"
            m = _AFTER_NAME_RE.match(self.text, end, end + 40)
            if m is not None and not m.group().startswith(",") and m.group(1) in tables.cue_verbs():
                return True  # "Lloyds is reviewing the situation and Moore denied": a new clause
        cut = _last_of(seg, _CLAUSE_BOUNDS, 0, len(seg))
        dot = seg.rfind(".")
        while dot > cut and dot > 0 and (seg[dot - 1].isupper() or seg[dot + 1 : dot + 2] == ")"):
            # "scholar A.E. Dick Howard", "Maricopa County (Ariz.) Sheriff": no sentence end
            dot = seg.rfind(".", 0, dot)
        cut = max(cut, dot)
        if cut > 0 and seg[cut] in '"”' and seg[cut - 1] not in ",.!?—-":
            return False  # 'called it “much better” than No Child Left Behind': mid-sentence
        if cut >= 0 and seg[cut] == ",":
            head = seg[: cut].split()
            if head and head[-1].lower() in _PREPOSITIONS:
                return False  # "drew close to, or even ahead of, front-runner Donald Trump": an object
            k = _last_of(seg, _CLAUSE_OR_SENTENCE_BOUNDS, 0, cut)
            clause = seg[k + 1 : cut].split()
            appositive = head and len(clause) >= 3 and _norm(head[-1]) in _APPOSITIVE_HEADS
            if appositive and not self._verb_follows(end):
                # "Clinton accused her rival, Carla Mendes, of ...", "investigating his wife,
                # Democratic presidential nominee Hillary Clinton, over ...": an appositive to an object;
                # "The president, Barack Obama, said" (the clause is the subject) still counts, and so
                # does a name a verb follows ("In his view of the magnate, Calderon intimated ...")
                return False
            listed = self._mention_ending(lo + cut) if not seg[cut + 1 :].strip() else None
            if listed is not None and self.text[end : end + 5].startswith((",", " and ")):
                # "alongside the likes of Frank Lebeouf, Titi Camara and Christophe Dugarry": an item
                # of a list of names stands where the name before it does
                return self._subject_position(*listed)
        prefix = seg[cut + 1 :] if cut >= 0 else (seg if lo == 0 else None)
        if prefix is None:
            return False
        words = prefix.split()
        if words and words[-1] in ("is", "was") and self._inverted_clause(j):
            return True  # "Across town, ..., is Wayne Borders, a canvasser": the subject, after its verb
        if len(words) > 6:
            return False
        titles = _TITLES
        while words and (words[0].lower() in _CONNECTIVES or words[0].lower() in _FOCUS_OPENERS):
            words.pop(0)  # "And even Obama tried ...", "Then there's Axelrod.": words before the subject
        for w in words:
            low = w.lower().strip("’'")
            if w[:1].isupper() and low not in _NOT_SUBJECT:
                continue
            if low in titles or low in _PERSON_NOUNS or low in _MODIFIERS:
                continue  # "Ninth seed David Nalbandian had never come back"
            if "-" in low or low.endswith(_ADJ_ENDINGS):
                continue
            return False
        return True

    def _inverted_clause(self, pos: int) -> bool:
        """The sentence before ``pos`` opens with a fronted place phrase or participle and has no
        other verb before "is"/"was" ("Across town ... is", "Joining him on stage was")."""
        text = self.text
        lo = max(0, pos - 200)
        start = _last_of(text, _SENTENCE_ENDS, lo, pos) + 1
        words = text[start:pos].split()
        if len(words) < 3:
            return False
        first = words[0].strip("\"“”").lower()
        return first in _OBJECT_AFTER or (first.endswith("ing") and first not in _FIRST_NAMES)

    def _mention_ending(self, end: int) -> tuple[int, int] | None:
        """The mention that ends at offset ``end``, if any."""
        i = bisect_left(self._starts, end) - 1
        while i >= 0 and self.mentions[i][1] > end:
            i -= 1
        if i < 0 or self.mentions[i][1] != end:
            return None
        return self.mentions[i][0], end

    def _verb_follows(self, end: int) -> bool:
        """The words after a mention continue it as a subject: a lowercase word right after it
        ("Calderon intimated"), or after its closing appositive comma ("Erlan Idrissov, plays
        down"), that is not a preposition, conjunction or relative pronoun ("Carla Mendes, of")."""
        m = _AFTER_NAME_RE.match(self.text, end, end + 40)
        return m is not None and m.group(1) not in _NOT_VERB

    def document_owner(self, noun: str, pos: int) -> Person | None:
        """'the commentary' -> the person of an earlier 'a commentary of ... Alexander Lukashevich'."""
        if not noun.isalpha() or noun in _TITLES:
            return None
        key = (noun, pos)
        if key not in self._owners:
            self._owners[key] = self._owner_named(noun, pos)
        return self._owners[key]

    def _owner_named(self, noun: str, pos: int) -> Person | None:
        """``document_owner`` before the memo."""
        owner = self._owner_span(noun, pos)
        if owner is None:
            return None
        best = None
        for start, _end, person in self.mentions:
            if owner[0] <= start < owner[1]:
                best = person
        return best

    def _owner_span(self, noun: str, pos: int) -> tuple[int, int] | None:
        """Where X is in the latest '<noun> of|by|from X' before ``pos``, the noun a whole word in
        any case ("an open letter from Lee Scott ... An Open Letter from Sidney Taurel ... the
        letter added": Taurel's). An ASCII noun is looked for as it is in the lower-cased
        article, by str.rfind (no pattern to compile per noun) and the tail after it."""
        lower = self._lowered()
        if lower is not None and noun.isascii():
            i = lower.rfind(noun, 0, pos)
            while i >= 0:
                before = lower[i - 1] if i else " "
                if not is_word_char(before):  # no word character before it
                    m = _OWNER_TAIL_RE.match(lower, i + len(noun), pos)
                    if m is not None:
                        return m.span(1)
                i = lower.rfind(noun, 0, i)
            return None
        # the first letter before the look-behind (no word character before it, what \b says
        # here) lets the engine skip straight to that letter
        owner_re = re.compile(rf"{noun[0]}(?<!\w.){noun[1:]}{_OWNER_TAIL_RE.pattern}", re.I)
        spans = [m.span(1) for m in owner_re.finditer(self.text, 0, pos)]
        return spans[-1] if spans else None

    def _lowered(self) -> str | None:
        """The article lower-cased (made on first use), or None when a case-blind pattern would read
        it otherwise: 'İ' lower-cases to two characters, and a case-blind 'i' or 's' also takes
        the dotless 'ı' and the long 'ſ'."""
        if self._lower_read:
            return self._lower
        self._lower_read = True
        lower = self.text.lower()
        if len(lower) == len(self.text) and "ı" not in lower and "ſ" not in lower:
            self._lower = lower
        return self._lower

    def organisation(self, words: list[str], pos: int, *, window: int = 2500) -> str | None:
        """'the company' / 'the newspaper' -> the latest organisation of that kind named before ``pos``
        outside quotations ("Royal Bank of Scotland Group", "the Daily News"); None when none is."""
        kinds = tables.org_descriptions()
        heads = [w for w in words if w in kinds]
        if not heads:
            return None
        key = (heads[-1], pos, window)
        if key not in self._organisations:
            self._organisations[key] = self._latest_organisation(heads[-1], pos, window)
        return self._organisations[key]

    def _latest_organisation(self, kind: str, pos: int, window: int) -> str | None:
        """``organisation`` for the description's head word ``kind``, before the memo."""
        marks = tables.org_descriptions()[kind]
        lo = max(0, pos - window)
        best = None
        text = self.text
        joined_from, joined_to = -1, -1  # the run before, when "of" joins it to the next one
        appositive_re = _KIND_APPOSITIVES[kind]
        for at, end in run_spans(text, lo, pos):
            tokens = text[at:end].split()
            gap = text[joined_to:at] if joined_to >= 0 else ""
            # whether the run before holds an organisation's word is read only when "of" follows it
            if gap == " & " or (gap in _ORG_JOINS and _holds_org_word(text[joined_from:joined_to])):
                # "Royal Bank of Scotland Group", "Bank of America", "Akin Gump Strauss Hauer &
                # Feld": one name across its "of" or "&" (not "Members of the United Auto Workers")
                tokens = text[joined_from:at].split() + tokens
            else:
                joined_from = at
            joined_to = end
            named = any(_norm(t) in marks for t in tokens)
            if not (named or self._kind_named(at, end, kind, marks, appositive_re)):
                continue
            if self._inside_quote(at):
                continue
            if len(tokens) > 4 and at < self.headline_end:
                continue  # "British Bank Abruptly Drops Russian Network RT's Accounts": a headline
            while tokens and _norm(tokens[0]) in _ORG_OPENERS:
                tokens.pop(0)
            if tokens:
                tokens[-1] = _drop_possessive(tokens[-1]) or tokens[-1]
                best = " ".join(tokens)
        return best

    def _kind_named(
        self, start: int, end: int, kind: str, marks: frozenset[str], appositive: re.Pattern[str]
    ) -> bool:
        """The run text[start:end] is said to be an organisation of the kind: by an appositive
        after it ("Akin Gump Strauss Hauer, an international law firm") or the word right before
        it ("Spanish daily ABC", "newspaper Marca")."""
        text = self.text
        if text[end : end + 1] == "," and appositive.match(text, end) is not None:
            return True
        lo = max(0, start - 20)
        space = text.rfind(" ", lo, start - 1)
        before = text[max(lo, space + 1) : start].rstrip()
        return before == kind or before in marks

    def company_named(self, word: str, pos: int, *, window: int = 3000) -> str | None:
        """The company an earlier run opening with ``word`` names with its legal form ("Meston
        Lake Resources Inc" for a later "Meston said"), the latest before ``pos``."""
        text = self.text
        i = text.rfind(word, max(0, pos - window), pos)
        while i >= 0:
            m = RUN_RE.match(text, i)
            if m is not None and (i == 0 or not text[i - 1].isalnum()):
                tokens = m.group().split()
                if len(tokens) > 1 and _norm(tokens[-1].strip(",.>")) in _COMPANY_SUFFIXES:
                    return " ".join(tokens)
            i = text.rfind(word, max(0, pos - window), i)
        return None

    def is_company(self, person: Person) -> bool:
        """A cast member with no known given name whom the article writes with a legal form or a
        stock ticker after the name, up to three capitalised words on: "Digital Equipment Corp",
        "J.P. Morgan and Co <JPM>" (the scan memoised per word)."""
        if _is_given_name(person.tokens[0]):
            return False
        word = person.tokens[-1]
        found = self._companies.get(word)
        if found is None:
            found = False
            text = self.text
            i = text.find(word)
            while i >= 0 and not found:
                for w in text[i + len(word) : i + len(word) + 60].split()[:4]:
                    bare = w.strip(",.")
                    legal = _norm(bare) in _COMPANY_SUFFIXES and (bare[:1].isupper() or bare == "plc")
                    if legal or (bare[:1] == "<" and _TICKER_RE.fullmatch(bare)):
                        found = True  # "Ltd", "Ltd’s", "plc", "<DMP>"; not the OCR "sa id"
                        break
                    if not (bare[:1].isupper() or bare in ("and", "&")):
                        break
                i = text.find(word, i + len(word))
            self._companies[word] = found
        return found

    def document_source(self, noun: str, pos: int, quote: int, *, window: int = 1500) -> str | None:
        """'the statement said' -> who issued the latest statement before ``pos``: the possessor
        ("Fox News' statement") or the subject of the sentence that mentions it ("Fox News
        released a statement"); a person's full name when the run is a known person. A statement
        no such sentence introduces continues the speech act just before it: 'Fox News confirmed
        that ... . According to the statement, ...', 'The Trump campaign responded that ... .
        "...," the statement said' (``quote``: where the quotation opens)."""
        lo = max(0, pos - window)
        # the noun's boundary checked by a look-behind after it: the engine then skips to the noun
        word = rf"{re.escape(noun)}(?<!\w.{{{len(noun)}}})s?\b"
        hits = [
            lo + hit.start()
            for hit in re.finditer(word, self.text[lo:pos])
            if not self._inside_quote(lo + hit.start())  # "her tumblr statements" is someone's speech
        ]
        for at in reversed(hits[-3:]):  # "According to the statement, ...": look further back
            found = self._compound_owner(at) or self._issuer(at)
            if found is not None:
                return found
        for at in [*reversed(hits[-3:]), min(pos, quote)]:
            found = self._previous_speaker(at)
            if found is not None:
                return found
        return None

    def _compound_owner(self, at: int) -> str | None:
        """The name a document noun at ``at`` is compounded with: "the Tower Commission report"
        is the Tower Commission's, "a White House statement" the White House's."""
        m = _OWNER_RUN_RE.search(self.text, max(0, at - 80), at)
        if m is None:
            return None
        tokens = m.group(1).split()
        while tokens and _norm(tokens[0]) in _ORG_OPENERS:
            tokens.pop(0)
        lone = len(tokens) == 1 and not tokens[0].isupper() and _norm(tokens[0]) not in _NON_PERSON
        if not tokens or lone:
            return None  # "a Clinton statement" is a person's, resolved elsewhere; "New report": a headline
        return " ".join(tokens)

    def _previous_speaker(self, at: int) -> str | None:
        """The named subject of the narrative sentence before the one holding ``at`` (a quotation
        right before it is skipped: '"...," the statement said' follows the sentence before the
        quote), when a cue verb follows it within a few words ("Fox News confirmed", "The Trump
        campaign on Tuesday responded"); None for any other sentence."""
        for _ in range(2):
            end = self._sentence_start(at) - 1  # the sentence end or mark before ``at`` (-1: none)
            while end > 0 and (self.text[end - 1] in _SENTENCE_BOUNDS or self.text[end - 1].isspace()):
                end -= 1
            quote = self.quoted.start_of(end - 1) if end > 0 else None
            if quote is None:
                break
            at = quote
        start = self._sentence_start(end)
        if end <= start or self._inside_quote(start) or self._inside_quote(end - 1):
            return None
        cues = tables.cue_verbs()
        for k, word in enumerate(self.text[start:end].split()[: _SUBJECT_WORDS + 1]):
            if word in cues:
                verb = self.text.find(" " + word, start) + 1
                return self._issuer(verb) if k > 0 else None
        return None

    def _sentence_start(self, at: int) -> int:
        """Where the sentence holding offset ``at`` starts: after the last sentence end or quote
        mark before it (0 at the text's start)."""
        start = _last_of(self.text, _SENTENCE_BOUNDS, 0, at) + 1
        credit = _WIRE_CREDIT_RE.match(self.text, start, at)
        return credit.end() if credit else start  # "(AFP) The use of tariffs ...": no subject

    def _issuer(self, at: int) -> str | None:
        """Possessor or named subject of the sentence up to offset ``at``. A subject opens its
        sentence: a name after a preposition or past the first few words ("The compromise of the
        FDIC computers ...") is an object, and a capitalised common noun ("Hackers also accessed")
        is no name; then the sentence names no issuer."""
        start = self._sentence_start(at)
        prefix = self.text[start:at]
        possessor = _POSSESSOR_RE.search(prefix)
        run = None
        if possessor is not None:
            run, run_pos = possessor.group(1), start + possessor.start(1)
        else:
            stop = _NAME_STOPWORDS
            for m in RUN_RE.finditer(self.text, start, at):
                tokens = m.group().split()
                if any(_norm(t) not in stop for t in tokens):
                    if self._opens_as_subject(start, m.start(), m.group()):
                        while _norm(tokens[0]) in _ORG_OPENERS or _norm(tokens[0]) in _OBJECT_AFTER:
                            tokens.pop(0)  # "The White House", "In Ohio": "White" stays, "The" goes
                        run, run_pos = " ".join(tokens), m.start()
                    break
        if run is None:
            return None
        split = _run_name(run)
        if split is not None:
            person = self.lookup(split[1][-1], run_pos)
            if person is not None:
                return person.name
        return _drop_possessive(run) or run

    def _opens_as_subject(self, start: int, at: int, run: str) -> bool:
        """Whether the name run at ``at`` can be the subject of the sentence opening at ``start``:
        within its first words, after no preposition, and no lone sentence-opening capital the
        article never writes as a name ("Hackers also accessed")."""
        before = self.text[start:at].lower().split()
        content = [w for w in before if w not in _DETERMINERS]
        if len(before) > _SUBJECT_WORDS or (content and content[-1] in _OBJECT_AFTER):
            return False
        return bool(before) or len(run.split()) > 1 or self.written_as_name(run.split()[0])

    def by_age(self, age: str, pos: int) -> Person | None:
        """'the 46-year-old' -> the latest person given that age before ``pos``: 'Melania Trump, 46,'
        or '46-year-old Melania Trump'; None when the article gives nobody that age."""
        best = None
        for m in re.finditer(rf"{age}(?<![\w-].{{{len(age)}}})(?:,|-year-old)", self.text[:pos]):
            i = bisect_left(self._starts, m.start())
            if m.group().endswith(","):
                # the mention that ends right before ", 46,"
                if i > 0 and 0 <= m.start() - self.mentions[i - 1][1] <= 2:
                    best = self.mentions[i - 1][2]
            elif i < len(self.mentions) and self.mentions[i][0] - m.end() <= 40:
                best = self.mentions[i][2]
        return best

    def by_description(self, words: list[str], pos: int) -> Person | None:
        """Person whose title matches a description such as "the Russian leader"."""
        groups = tables.role_groups()
        titles = _TITLES
        heads = [w for w in words if w in titles or w in groups]
        if not heads:
            return None
        head = heads[-1]
        group = [*groups.get(head, ()), head] if head in groups else [head]
        modifiers = {w for w in words if w not in titles and w not in _DETERMINERS and w not in groups}
        best: tuple[int, int, bool, int, Person] | None = None
        for person in self.people.values():
            self.ensure_title(person)
            ranks = [group.index(w) for w in person.title_words if w in group]
            if not ranks or ("vice" in person.title_words and "vice" not in words):
                continue  # a vice president is not "the president"
            before = [q for q in person.positions if q < pos and not self._inside_quote(q)]
            if not before:
                continue
            spoke = any(mk[1] is person and mk[0] < pos for mk in self.marks)
            score = (-min(ranks), len(modifiers & person.title_words), spoke, max(before))
            if best is None or score > best[:4]:
                best = (*score, person)
        return best[4] if best else None


# a capitalised word after one of these is not opening a sentence ("with Obama", '," Cruz said')
_MID_SENTENCE: Final = frozenset("abcdefghijklmnopqrstuvwxyz,;(”\"’")
_POST_MODIFIER_RE: Final = re.compile(r"\s+(?:of|from|at)\s")
# what follows a document noun whose owner is named: "(the commentary) of ... Alexander Lukashevich"
_OWNER_TAIL_RE: Final = re.compile(r"\s+(?:of|by|from)\s+([^,.;\n]{2,90})")
_AFTER_NAME_RE: Final = re.compile(r",? ([a-z]+)\b")
_AGE_AFTER_RE: Final = re.compile(r", \d{1,3},")
# a capitalised run and its possessive a few words before a document noun ("Fox News' statement")
_POSSESSOR_RE: Final = re.compile(r"([A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)*)[’']s?\s+(?:\w+\s+){0,2}$")
_MISSPELT_MIN: Final = 6  # letters a surname needs before one wrong letter can be read as a slip
# what follows the place of a wire dateline: "Hong Kong (AFP) – ", "LONDON, Oct 3 - "
_DATELINE_AFTER_RE: Final = re.compile(
    r"(?:,? [A-Z][a-z]{2,8}\.? \d{1,2}(?: \([A-Z][\w ]{1,20}\))?| \([A-Z][\w ]{1,20}\)) ?(?:-{1,2}|–|—) "
)
# lowercase words after a name that do not make it a subject
_NOT_VERB: Final = tables.not_verbs()

_KIN_NOUNS: Final = tables.word_set("kin_nouns.txt")
_OWNED_BODIES: Final = tables.word_set("owned_bodies.txt")
_OF_RE: Final = re.compile(r" (?:of|for|at|to) ")


# lowercase nouns that an appositive name follows: 'his wife, Jane,', 'the senator, X,'
_APPOSITIVE_HEADS: Final = _KIN_NOUNS | _PERSON_NOUNS | frozenset(_TITLES)


_HONORIFICS: Final = frozenset({"mr", "mrs", "ms", "miss", "dr", "sen", "rep", "gov", "gen"})


def _honorific(title: Sequence[str]) -> bool:
    return any(t.lower().rstrip(".") in _HONORIFICS for t in title)


_PLURAL_RE: Final = re.compile(r"(?:ans|ers|ists|ats|als|ites|ies|ics|ors)$")


def _creatable(name: Sequence[str]) -> bool:
    """A lone capitalised word becomes a new person unless it reads as a group ("Democrats")."""
    # every ending closes with an s (the pattern's $ also allows a final newline): the pattern call
    # only for words with one at their end
    return len(name) > 1 or "s" not in name[-1][-2:] or not _PLURAL_RE.search(name[-1])


# capitalised as they open a sentence: a name run's first word is compared as written
_QUESTION_VERBS: Final = frozenset(w.capitalize() for w in tables.word_set("question_verbs.txt"))


def _opens_question(text: str, pos: int) -> bool:
    """``pos`` starts a sentence that ends in a question mark."""
    before = text[max(0, pos - 3) : pos].rstrip()
    if before and before[-1] not in ".?!\n\"“”":
        return False
    stop = text.find("?", pos, pos + 300)
    return stop > 0 and not any(c in text[pos:stop] for c in ".!\n")


def _headline_end(text: str) -> int:
    """Where the Title Case lines opening the text end (0 if it opens otherwise): a headline, and
    the site banner above it ("The Kingston Argus | Business"). A capitalised run found there alone
    ("Game Over. Will Sanders Come Down?") is no reliable name."""
    end = start = 0
    for _ in range(2):
        stop = text.find("\n", start, start + 300)
        words = [w for w in text[start:stop].split() if len(w) > 3] if stop > 0 else []
        if len(words) < 3 or sum(1 for w in words if is_upper(w[:1])) < 0.75 * len(words):
            break
        end = start = stop
        while text[start : start + 1] == "\n":
            start += 1
    return end


def _principal(cands: list[Person], key: str, body: int, pos: int) -> Person:
    """max(cands, key=<_namesake_rank>): the first of the best-ranked. A loop, not max with a
    lambda: a function holding a lambda builds its closure on every call in the compiled build,
    and Cast.lookup runs for every name word resolved."""
    best = cands[0]
    best_rank = _namesake_rank(best, key, body, pos)
    for k in range(1, len(cands)):
        rank = _namesake_rank(cands[k], key, body, pos)
        if _ranks_above(rank, best_rank):
            best, best_rank = cands[k], rank
    return best


def _ranks_above(a: tuple[int, int, int], b: tuple[int, int, int]) -> bool:
    """``a > b`` for two ranks, compared natively: a tuple comparison boxes both ranks into new
    tuples in the compiled build."""
    if a[0] != b[0]:
        return a[0] > b[0]
    if a[1] != b[1]:
        return a[1] > b[1]
    return a[2] > b[2]


def _namesake_rank(person: Person, key: str, body: int, pos: int) -> tuple[int, int, int]:
    """Surname matches beat given-name matches. Of several people sharing a surname, a bare
    surname means the principal: the first introduced of those the article names as persons (a
    known given name or a title; named in the body, not only in a Title Case headline) -
    relatives and namesakes keep their given names ("his wife, Heidi Cruz"). Given-name matches
    prefer the most recently mentioned."""
    # the first and the latest mention up to ``pos`` (-1: none) and the latest of all, by one
    # loop: min and max are interpreted calls in the compiled build
    first, latest, last = -1, -1, -1
    for q in person.positions:
        if q > last:
            last = q
        if q <= pos:
            if first < 0 or q < first:
                first = q
            if q > latest:
                latest = q
    surname = person.tokens[-1].lower() == key
    if surname and latest >= 0 and last >= body:
        return (2, person.evidence >= 3, -first)
    return (surname, 0, latest)


class Speaker:
    """The outcome of resolving a speaker phrase: the name, the title the article gives, and
    whether the name is a person's or an organisation's (``kind``; None without a name)."""

    __slots__ = ("kind", "name", "title")

    def __init__(self, name: str | None, title: str | None, kind: str | None = None) -> None:
        self.name = name
        self.title = title
        self.kind = kind if name is not None else None


def _holds_org_word(run: str) -> bool:
    """A run holds an organisation's word ("Bank", "Members"): it can join the run after its "of"."""
    return any(_norm(t) in _ORG_HEADS or _norm(t) in _NON_PERSON for t in run.split())


def _person_speaker(cast: Cast, person: Person) -> Speaker:
    """A resolved cast member, with the title the article gives them; one the article also names
    with a legal form or a ticker ("Rockwell International Corp", "Morgan <JPM>") is a company."""
    kind = speaker_kind(person.name, "person")
    if kind == "person" and cast.is_company(person):
        kind = "organisation"
    return Speaker(person.name, cast.ensure_title(person).title, kind)


_INITIALS_RE: Final = re.compile(r"[A-Z](?:\.(?:[A-Z]\.?)*)?")  # "J", "J.", "J.M", "J.P."


def _organisation_speaker(name: str | None) -> Speaker:
    return Speaker(name, None, speaker_kind(name, "organisation") if name else None)


def speaker_kind(name: str, default: str) -> str:
    """``_speaker_kind`` memoised (the same names resolve again and again): a memo of names per
    default, where a (name, default) key would be built, hashed and compared at every call."""
    memo = _KINDS.get(default)
    if memo is None:
        memo = _KINDS[default] = {}
    found = memo.get(name)
    if found is None:
        found = _remember(memo, name, _speaker_kind(name, default))
    return found


def _speaker_kind(name: str, default: str) -> str:
    """"person" or "organisation" for a resolved name. A known given name, a title or initials
    first make it a person's ("Chris Rock", "Mr Fox", "J.M. Berger"); an acronym ("USDA"), a
    legal form at the end ("Exxon Corp") or an organisation or place word in it ("Q Magazine")
    an organisation's; else the resolver's ``default``."""
    tokens = name.split()
    first = tokens[0].lower().rstrip(".")
    # the pattern only for a word that may be initials: one letter, or a letter and a period
    initials = (
        (len(tokens[0]) == 1 or tokens[0][1] == ".")
        and _INITIALS_RE.fullmatch(tokens[0]) is not None
        and first not in _ABBREVIATIONS  # not "U.S."
    )
    if first in _FIRST_NAMES or first in _TITLES or initials:
        return "person"
    if len(tokens) == 1 and tokens[0].isupper() and tokens[0].isalpha() and len(tokens[0]) >= 2:
        return "organisation"
    last = tokens[-1].strip(".,").lower()
    if last in _COMPANY_SUFFIXES or any(_norm(t) in _NON_PERSON for t in tokens):
        return "organisation"
    return default


def _phrase_words(phrase: str) -> tuple[list[str], list[str]]:
    """A speaker phrase's words and their lower-cased, unpunctuated forms, memoised per phrase
    (the same few phrases, "he", "the spokesman", come back in every article): fresh lists, as
    resolve's helpers take lists."""
    found = _PHRASE_WORDS.get(phrase)
    if found is None:
        split = phrase.split()
        low = tuple([w.lower().strip(",.;:") for w in split])
        found = _remember(_PHRASE_WORDS, phrase, (tuple(split), low))
    return list(found[0]), list(found[1])


def resolve(cast: Cast, phrase: str, phrase_start: int, pos: int) -> Speaker:
    """Resolve the speaker phrase found at ``phrase_start`` (quote at ``pos``) to a full name."""
    words, low = _phrase_words(phrase)
    if not words:
        return Speaker(None, None)
    if low[0] in ("a", "an", "one", "another", "some", "several", "many"):
        # "one Democrat familiar with ...": someone left unnamed; "a smiling Clinton": a known person
        described = _described_person(cast, words, phrase_start) if low[0] in ("a", "an") else None
        if described is None:
            return Speaker(None, None)
        return _person_speaker(cast, described)
    pron = _PRONOUNS
    if len(low) == 2 and low[0] in ("his", "her") and low[1] in _OWNED_BODIES:
        # "her campaign said": the campaign of the woman in focus, when she is known to be a woman
        gender = pron[low[0]][0]
        owner = cast.recent(phrase_start, gender)
        known = owner is not None and owner.gender == gender
        return _organisation_speaker(f"{owner.name}’s {low[1]}" if owner is not None and known else None)
    if len(low) == 1 and low[0] in pron:
        gender, number = pron[low[0]]
        if number != "sg" or gender == "x":
            return Speaker(None, None)
        person = cast.recent(phrase_start, gender)
        if person is None:
            return Speaker(None, None)
        if person.gender is None and gender in ("m", "f"):
            person.gender = gender  # "she said" meant Ada Fisher: a later "he" means someone else
        return _person_speaker(cast, person)
    headed = is_upper(words[-1][:1]) and any(_norm(w) in _ORG_HEADS for w in words)  # the cheap test first
    organisation = _organisation_name(words, longest=7) if headed else None
    if organisation is not None and _headed_by_organisation(organisation, words):
        # "The Interministerial Committee for Economic Planning", "Association of Flight
        # Attendants": an organisation's own name, headed by an organisation word
        return _organisation_speaker(organisation)
    # a name inside the phrase: the last one is the head ("Cruz spokeswoman Catherine Frazier")
    found: Person | None = None
    name_end = -1
    last: tuple[tuple[str, ...], tuple[str, ...], int, int] | None = None
    for run_start, run_end in _phrase_runs(phrase):
        split = _run_name(phrase[run_start:run_end])
        if split is not None:
            # the pattern tried only where white space follows the name: pattern calls are
            # interpreted calls in the compiled build
            last = (*split, phrase_start + run_start, run_end)
            lone = run_start == 0 and _norm(split[1][0]) not in _TITLES
            surname = lone and cast.lookup(split[1][0], phrase_start) is not None
            known = len(split[1]) > 1 or surname
            if known and phrase[run_end : run_end + 1].isspace() and _POST_MODIFIER_RE.match(phrase, run_end):
                # "Stephen Vladeck of the University of Texas School of Law", "Edelman of Drexel"
                # (a surname of the article's Jeff Edelman): the name is the head
                break
    if last is not None and low[0] in ("the", "a", "an") and _modifier_name(phrase, last[3]):
        last = None  # "The former Scotland international", "the Daiwa officer": a name before a noun
    if last is not None:
        title, name, abs_start, name_end = last
        found = cast.people.get(_name_key(name)[1]) if len(name) >= 2 else None
        # a lone word after an owner ("People's Daily", "NASA's Galileo") is a person only when
        # the article names one so: "GM's Stempel" is the Robert Stempel or "Stempel" met elsewhere
        alone = len(name) == 1 and not _owned(title) and cast.written_as_name(name[0])
        create = _creatable(name) and (len(name) > 1 or alone)
        if found is None:
            honorific = _title_facts(title)[0] if title else None
            found = cast.lookup(name[-1], abs_start, create=False, gender=honorific)
            if found is None and len(name) == 1:
                found = cast.misspelt(name[0])  # "Bornsten's earlier missive": Harold Bornstein's
            if found is None and create:
                found = cast.lookup(name[-1], abs_start, create=True, gender=honorific)
            if found is not None and _owned(title) and not _surname_of(found, name):
                found = None  # "Sweden's AB Volvo" is not a "Volvo Flygmotor" named elsewhere
        if found is not None and title:
            cast._learn(found, title)
    elif len(words) <= 2 and is_upper(words[-1][:1]):
        # "Husted said", "Mr. Reed": a surname that reads as a participle, of a person named in full
        word = _drop_possessive(words[-1].strip(",.;:"))
        found = cast.lookup(word, phrase_start) if _creatable([word]) and not word.isupper() else None
        if found is not None and (len(found.tokens) < 2 or found.tokens[-1] != word):
            found = None
        name_end = len(phrase)
    if found is not None:
        rest = phrase[name_end:].strip(" ,")
        if rest and phrase.endswith(_POSSESSIVE_ENDS, 0, name_end):
            # "Mr Blair's spokesman", "Mrs. Obama's chief of staff": the owner's man, not the owner;
            # "Ryan's campaign" is named after its owner, "Axelrod's memoir" speaks for its author
            head = _OF_RE.split(rest, 1)[0].split()[-1].lower().strip(",.;:")
            if head in tables.document_nouns():
                return _person_speaker(cast, found)
            return _organisation_speaker(f"{found.name}’s {head}" if head in _OWNED_BODIES else None)
        if rest and any(w.lower().strip(",.") in _TITLES for w in rest.split()):
            cast.note_title(found, rest)
        return _person_speaker(cast, found)
    if low[0] in {"the", "this", "that"}:
        person = cast.by_description(low, pos)
        if person is not None and _other_affiliation(cast, person, words):
            person = None
        person = person or cast.by_person_noun(low[-1].strip(",.;:"), phrase_start)
        if person is None and len(low) <= 3:
            person = cast.document_owner(low[-1], phrase_start)
        age = _age_in(low[1:])
        if person is None and age is not None:
            person = cast.by_age(age.group(1), phrase_start)  # "the 46-year-old said"
        role = _role_word(low) if person is None and len(low) <= 5 else None
        if role is not None:
            # "the candidate said": a definite role refers to the person in focus
            person = cast.recent(phrase_start, _GENDERED_NOUNS.get(role))
            if person is not None and _other_office(cast.ensure_title(person), role):
                person = None  # "the prime minister said" is not Home Secretary Charles Clarke
        if person is not None:
            return _person_speaker(cast, person)
        if len(low) <= 4:
            org = cast.organisation(low, phrase_start)
            head = low[-1].strip(",.;:")
            if org is None and head in tables.document_nouns() and is_lower(words[-1][:1]):  # not "The Post"
                org = cast.document_source(head, phrase_start, pos)  # "the statement read"
                named = [w for w in words[1:-1] if is_upper(w[:1])]
                if org is None and named:
                    org = _drop_possessive(" ".join(named)) or None  # "the FTC study said": the FTC's
            if org is not None:
                return _organisation_speaker(org)
    owned = len(words) == 2 and is_upper(words[0][:1]) and words[0].endswith(_POSSESSIVE_ENDS)
    if owned and _norm(words[1]) in tables.document_nouns():
        return _organisation_speaker(_drop_possessive(words[0]))  # "Marca's headline says:"
    if len(words) == 1 and is_upper(words[0][:1]):
        company = cast.company_named(_drop_possessive(words[0]) or words[0], phrase_start)
        if company is not None:
            return _organisation_speaker(company)  # "Meston said" after "Meston Lake Resources Inc"
    scanned = cast.people.get(_name_key(tuple(words))[1]) if 1 < len(words) <= 4 else None
    if scanned is not None:
        return _person_speaker(cast, scanned)  # "Yin Myint May, 60,": a person only the scan could tell
    return _organisation_speaker(_organisation_name(words))


def _other_affiliation(cast: Cast, person: Person, words: list[str]) -> bool:
    """The description's capitalised or organisation words name an affiliation ("the Bank of
    Japan official", "the ministry official"), the person's title names a body or place, and the
    two share none: no U.S. Treasury Secretary. A title with none ("Sen.") fits any."""
    affiliation = {_norm(w) for w in words[1:-1] if w[:1].isupper() or _norm(w) in _NON_PERSON}
    affiliation -= _NAME_STOPWORDS
    if not affiliation:
        return False
    title = cast.ensure_title(person).title or ""
    own = {_norm(w) for w in title.split() if w[:1].isupper() and _norm(w) not in _TITLES}
    return bool(own) and not own & affiliation


def _modifier_name(phrase: str, end: int) -> bool:
    """The name run ending at ``end`` in a phrase opened by an article modifies the person noun
    or title that ends the phrase ("the former Scotland international", "the Daiwa officer"): the
    phrase describes someone else. A possessive ("the Clintons' lawyer") is read elsewhere."""
    rest = phrase[end:].split()
    if not rest or not rest[0][:1].islower() or phrase[:end].endswith(_POSSESSIVE_ENDS):
        return False
    return rest[-1].lower().strip(",.;:") in _DESCRIPTION_HEADS


def _described_person(cast: Cast, words: list[str], pos: int) -> Person | None:
    """'a smiling Clinton', 'an emotional Obama': lowercase modifiers before the surname of a
    person the article has named."""
    last = words[-1].strip(",.;:")
    if not 3 <= len(words) <= 4 or not last[:1].isupper():
        return None
    if not all(w.isalpha() and w.islower() and w not in _NOT_VERB for w in words[1:-1]):
        return None  # "a supporter of Clinton", "a week after Obama"
    person = cast.lookup(last, pos)
    return person if person is not None and len(person.tokens) > 1 else None


_ORG_JOINERS: Final = frozenset(("of", "for", "and", "on"))  # lowercase words inside a name
_ORG_TAIL_RE: Final = re.compile(" (?:" + "|".join(sorted(_ORG_JOINERS)) + ") ")
# the words organisation names end in (org_descriptions.tsv): "Committee", "Association", "Corp"
_ORG_HEADS: Final = frozenset(w for words in tables.org_descriptions().values() for w in words)


def _headed_by_organisation(name: str, words: list[str]) -> bool:
    """The name's head (its last word before of/for/on/and) is an organisation word, and no
    possessive hands it to someone ("Bank of Tokyo's Kimura" is Kimura)."""
    if any(w.endswith(_POSSESSIVE_ENDS) for w in words[:-1]):
        return False
    return _norm(_ORG_TAIL_RE.split(name, 1)[0].split()[-1]) in _ORG_HEADS


def _organisation_name(words: list[str], *, longest: int = 5) -> str | None:
    """'the White House', 'Fox News', 'The New York Times': an organisation speaks under its own
    name (leading "the" dropped); anything else unresolved stays None."""
    if words[0].lower() == "the":
        words = words[1:]
    words = [w.strip(",.;:") for w in words]
    if not words or len(words) > longest or not all(w[:1].isupper() or w in _ORG_JOINERS for w in words):
        return None
    non_person = _NON_PERSON
    acronym = words[0].isupper() and 2 <= len(words[0]) <= 6
    if len(words) == 1 and not acronym and _norm(words[0]) not in non_person:
        return None  # a lone capitalised word is a name we could not place, not an organisation
    if words[0].lower() in _NAME_STOPWORDS or words[-1][:1].islower():
        return None
    return _drop_possessive(" ".join(words)) or None


def _age_in(words: list[str]) -> re.Match[str] | None:
    """The age a description gives ("the 24-year-old Swiss"), if any."""
    for word in words:
        found = _AGE_NOUN_RE.match(word.strip(",.;:"))
        if found is not None:
            return found
    return None


def _other_office(person: Person, head: str) -> bool:
    """The person holds an office the description's head names none of: "the prime minister"
    for a home secretary, "the senator" for a governor."""
    held = {_OFFICE_ABBREVIATIONS.get(w, w) for w in person.title_words} & _OFFICES
    if head not in _OFFICES or not held or head in held:
        return False
    group = tables.role_groups().get(head, ())
    return not any(office in group for office in held)


_OFFICES: Final = frozenset(
    ("president", "minister", "secretary", "senator", "governor", "mayor", "chancellor", "premier", "judge")
)
_OFFICE_ABBREVIATIONS: Final = {"sen": "senator", "gov": "governor", "pres": "president"}


def _role_head(words: list[str]) -> bool:
    """The description ends in a person role ("the Republican candidate", "the investor") or is
    headed by an office of something ("the former secretary of state")."""
    return _role_word(words) is not None


def _role_word(words: list[str]) -> str | None:
    """The role word heading a description (``_role_head``), if any."""
    titles = _TITLES
    head = words[-1].strip(",.;:")
    if head in _PERSON_NOUNS or head in _DEMONYMS:
        return head  # "the gambling tycoon", "the actress", "the Argentine"
    if head.endswith("s") and head[:-1] in titles:
        return None  # "the MPs", "the senators": several people, none of them in focus
    if head in titles and head not in _GROUP_ROLES:
        return head
    k = words.index("of") if "of" in words[2:-1] else -1
    office = words[k - 1] if k > 1 else ""
    return office if office in _OFFICES and len(words) - k <= 3 else None  # "secretary of state"


# an appositive right after a name that says what kind of body it is: ", an international law
# firm", ", a New York investment partnership"; one per kind, compiled at import (there are few)
_KIND_APPOSITIVES: Final = {
    kind: re.compile(rf", (?:a|an) (?:[\w-]+ ){{0,3}}?{kind}\b") for kind in tables.org_descriptions()
}


@lru_cache(maxsize=256)
def _indefinite_noun_re(noun: str) -> re.Pattern[str]:
    """An indefinite phrase headed by ``noun`` ("one woman", "a young man"): a new referent."""
    return re.compile(rf"\b(?:[Oo]ne|[Aa]n?|[Aa]nother) (?:[a-z-]+ ){{0,2}}?{noun}\b")


# a sentence opened by an indefinite description of one person: "One woman adopted from Iran"
_INDEFINITES: Final = frozenset(("One", "A", "An", "Another"))
_UNNAMED_SUBJECT_RE: Final = re.compile(r"[A-Z][a-z]* (?:[a-z][\w-]* ){0,2}?([A-Za-z]+)\b")


def _indefinite_run(run: str) -> bool:
    """A capitalised run that opens an indefinite description: "One", "A", "An", "Another" alone,
    or with a capitalised person noun ("Another Muslim who worshiped there", "One Republican")."""
    # the cheap tests first, by the codes of the first two letters (no slice, no set lookup): the
    # scan asks this of every capitalised run. Each word opens with "O" or "A", then "n", a space
    # or nothing ("A")
    n = len(run)
    first_code = ord(run[0]) if n else 0
    if first_code != 79 and first_code != 65:  # "O", "A"
        return False
    if n > 1 and ord(run[1]) != 110 and ord(run[1]) != 32:  # "n", " "
        return False
    if run in _INDEFINITES:
        return True
    first, _, rest = run.partition(" ")
    return first in _INDEFINITES and rest.lower() in _PERSON_NOUNS


@lru_cache(maxsize=256)
def _person_noun_re(noun: str) -> re.Pattern[str]:
    """Where ``noun`` introduces a name: right before it, or heading an appositive after it. (The
    look-behind follows the noun, so both branches open with a literal the engine can skip to.)"""
    before = rf"{noun}(?<![\w-].{{{len(noun)}}})[ \u00a0]"
    return re.compile(rf"{before}|, (?:a|an|the) (?:[\w-]+ ){{0,3}}?{noun}\b")


# Nouns that end a definite description of one person ("the senator", "the neurosurgeon");
# roles many hold at once ("the official") name nobody in particular.
_DESCRIPTION_HEADS: Final = (
    frozenset(_TITLES) | _PERSON_NOUNS | frozenset(tables.role_groups())
) - _GROUP_ROLES


_POSTMODIFIERS: Final = tables.word_set("postmodifier_words.txt")
_PREPOSITIONS: Final = tables.word_set("prepositions.txt")
_OBJECT_AFTER: Final = _PREPOSITIONS | _PLACE_PREPOSITIONS  # a name right after these is no subject
_AGE_NOUN_RE: Final = re.compile(r"(\d{1,3})-year-old$")
_GENDERED_NOUNS: Final = {
    "man": "m",
    "woman": "f",
    "businessman": "m",
    "businesswoman": "f",
    "actor": "m",
    "actress": "f",
    "mother": "f",
    "father": "m",
    "widow": "f",
}


def nickname_name(text: str, opened: int, closed: int) -> tuple[int, int] | None:
    """Where the name around a quoted nickname starts and ends ('Marcia "Cia" Price', 'Juan
    “Chico” Manriquez'): one or two capitalised words in quotation marks between a known given
    name and a capitalised surname. None for any other quotation."""
    if closed - opened > _NICKNAME_CHARS or opened < 2 or text[opened - 1 : opened] != " ":
        return None
    if text[opened] not in _NICKNAME_OPENERS or text[closed - 1] not in _NICKNAME_CLOSERS:
        return None  # one mark on either side (or the brackets extract puts there instead)
    # the surname first: most short quotations ("fake news") have none after them; its capital
    # is told by its code before the pattern, an interpreted call in the compiled build
    capital = closed + 2 <= len(text) and text[closed] == " " and 65 <= ord(text[closed + 1]) <= 90
    after = _SURNAME_AFTER_RE.match(text, closed + 1) if capital else None
    if after is None:
        return None
    before = _GIVEN_BEFORE_RE.search(text, max(0, opened - 20), opened - 1)
    if before is None or before.group().lower() not in _FIRST_NAMES:
        return None  # a known given name first: 'Uk "Star Wars" Contracts' is a headline
    inner = text[opened + 1 : closed - 1].split()
    if not 1 <= len(inner) <= 2 or not all(w[:1].isupper() and w.isalpha() for w in inner):
        return None
    return before.start(), after.end()


_NICKNAME_CHARS: Final = 26  # marks and up to two short words
_NICKNAME_OPENERS: Final = frozenset('"“(')
_NICKNAME_CLOSERS: Final = frozenset('"”)')
_GIVEN_BEFORE_RE: Final = re.compile(r"\b[A-Z][a-z]+$")
_SURNAME_AFTER_RE: Final = re.compile(r"[A-Z][a-z]+\b")


def described_gender(phrase: str) -> str | None:
    """The gender a description's nouns give ("an ICE spokeswoman", "one woman"), if any."""
    titles = _TITLES
    for word in phrase.lower().split():
        word = word.strip(",.;:")
        gender = _GENDERED_NOUNS.get(word) or titles.get(word)
        if gender is not None:
            return gender
    return None


def is_unnamed_person(phrase: str) -> bool:
    """'a source in the administration', 'an aide': someone the article chose not to name."""
    words = phrase.lower().split()
    if len(words) < 2:
        return False
    heads = [w.strip(",.") for w in words[1:4]]
    if words[0] == "the":
        # "the unidentified U.S. official", "the unnamed aide": withheld on purpose, not a reference
        return any(w in _UNNAMED_MODIFIERS for w in heads)
    if words[0] not in ("a", "an", "one", "another"):
        return False
    return any(w in _TITLES for w in heads)


_UNNAMED_MODIFIERS: Final = frozenset(("unidentified", "unnamed", "anonymous"))


def is_role_description(phrase: str) -> bool:
    """'the prime minister', 'the Argentine': a definite description of one person by role."""
    words = phrase.lower().split()
    return 1 < len(words) <= 5 and words[0] == "the" and _role_head(words)


def is_group_role(phrase: str) -> bool:
    """'the ministry official', 'the aide': one of a role many hold, named by the role alone."""
    words = phrase.lower().split()
    return len(words) >= 2 and words[0] == "the" and words[-1].strip(",.") in _GROUP_ROLES


def looks_like_speaker(phrase: str) -> bool:
    """Cheap check that a phrase before a cue verb can be its subject (a noun phrase, short)."""
    words = phrase.split()
    if not words or len(words) > 16:
        return False
    return not any(ch in phrase for ch in '"“”')
