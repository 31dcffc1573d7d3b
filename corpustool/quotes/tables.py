"""Load the word lists in ``lexicon/`` once (cue verbs, titles, pronouns, non-name words).

Keeping the rules as plain text files means an editor can extend them without reading code; the
loader only lower-cases, strips comments and builds sets and maps.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import Final


def _lines(name: str) -> list[str]:
    raw = resources.files("corpustool.quotes").joinpath("lexicon", name).read_text(encoding="utf-8")
    out = []
    for line in raw.splitlines():
        line = line.split("#", 1)[0].rstrip() if not line.startswith("#") else ""
        if line.strip():
            out.append(line.strip())
    return out


@cache
def word_set(name: str) -> frozenset[str]:
    """A plain word list ("auxiliaries.txt"): every whitespace-separated word, lower-cased. The rule
    modules keep these as module-level sets, so the file is read once per process."""
    return frozenset(w.lower() for line in _lines(name) for w in line.split())


def _title_genders() -> dict[str, str | None]:
    out: dict[str, str | None] = {}
    for line in _lines("titles.txt"):
        parts = line.split("\t")
        out[parts[0].strip().lower()] = parts[1].strip() if len(parts) > 1 and parts[1].strip() else None
    return out


def _pronoun_features() -> dict[str, tuple[str, str]]:
    out = {}
    for line in _lines("pronouns.tsv"):
        parts = line.split("\t")
        if len(parts) >= 3:
            out[parts[0].lower()] = (parts[1], parts[2])
    return out


def _first_name_genders() -> dict[str, str]:
    out = {}
    for line in _lines("first_names.tsv"):
        parts = line.split("\t")
        if len(parts) == 2:
            for name in parts[1].split():
                out[name.lower()] = parts[0]
    return out


def _org_kinds() -> dict[str, frozenset[str]]:
    out: dict[str, frozenset[str]] = {}
    for line in _lines("org_descriptions.tsv"):
        parts = line.split("\t")
        if len(parts) == 2:
            out[parts[0].lower()] = frozenset(parts[1].lower().split())
    return out


def _role_titles() -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for line in _lines("role_groups.tsv"):
        parts = line.split("\t")
        if len(parts) == 2:
            out[parts[0].lower()] = tuple(parts[1].lower().split())
    return out


# Every list is read once, at import, into a module constant; the functions below hand them out.
# (Cached loader calls cost an interpreted wrapper call each in the compiled build, and the rules
# ask for these lists hundreds of times per article.)
_CUE_VERBS: Final = frozenset(
    w.lower().replace("_", " ") for line in _lines("cue_verbs.txt") for w in line.split()
)
_REPORT_VERBS: Final = word_set("report_verbs.txt")
_REPORT_FORMS: Final = _CUE_VERBS | _REPORT_VERBS
_NOT_VERBS: Final = word_set("not_verb_words.txt") | word_set("not_subject_words.txt")
_NAMESAKES: Final = frozenset(" ".join(line.lower().split()) for line in _lines("namesakes.txt"))
_GROUP_ROLES: Final = word_set("group_roles.txt")
_PERSON_NOUNS: Final = word_set("person_nouns.txt")
_DOCUMENT_NOUNS: Final = word_set("document_nouns.txt")
_MENTION_WORDS: Final = word_set("mention_words.txt")
_NAME_STOPWORDS: Final = word_set("name_stopwords.txt")
_NON_PERSON_WORDS: Final = word_set("non_person_words.txt")
_TITLES: Final = _title_genders()
_PRONOUNS: Final = _pronoun_features()
_FIRST_NAMES: Final = _first_name_genders()
_ORG_DESCRIPTIONS: Final = _org_kinds()
_ROLE_GROUPS: Final = _role_titles()


def not_verbs() -> frozenset[str]:
    """Lower-case words after a name that are not its verb ("Smith and Jones", "Smith, who ..."):
    not_verb_words.txt with not_subject_words.txt, as those files say. One set for every module."""
    return _NOT_VERBS


def namesakes() -> frozenset[str]:
    """Given name and surname pairs ("george bush") that famous relatives share, told apart only
    by a middle initial: such a pair never joins a fuller form of it."""
    return _NAMESAKES


def cue_verbs() -> frozenset[str]:
    """Every listed form of every speech/attribution verb, lower-cased ("went_on" -> "went on")."""
    return _CUE_VERBS


def trie_regex(words: frozenset[str]) -> str:
    """A regex alternation with shared prefixes factored out ("sa(?:id|ys?)"): far faster for
    Python's engine than a flat list of hundreds of words."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return "(?:" + body + ")?"
        return body

    return build(trie)


# A cue form is a whole lower-case word: no word character, apostrophe or markup sign before it
# ("unsaid", "’said", "<said"), none of these after it ("sayings", "said’s").
NOT_BEFORE_FORM = "’'<>/=-"
BEFORE_FORM = rf"(?<![\w{re.escape(NOT_BEFORE_FORM)}])"
NOT_AFTER_FORM = "’'-"
AFTER_FORM = rf"(?![\w{re.escape(NOT_AFTER_FORM)}])"


@cache
def cue_regex() -> re.Pattern[str]:
    """Every cue form as one regex (whole lower-case words only)."""
    return re.compile(BEFORE_FORM + trie_regex(cue_verbs()) + AFTER_FORM)


def report_verbs() -> frozenset[str]:
    """Belief, finding and stance verbs: attribution cues for reported speech only."""
    return _REPORT_VERBS


@cache
def report_regex() -> re.Pattern[str]:
    """Speech cues and report verbs together, for the reported-speech scan."""
    return re.compile(BEFORE_FORM + trie_regex(report_forms()) + AFTER_FORM)


def report_forms() -> frozenset[str]:
    """Every form the reported-speech scan looks for: speech cues and report verbs."""
    return _REPORT_FORMS


def group_roles() -> frozenset[str]:
    """Roles many people hold at once ("aide", "official"): never resolved to the person in focus."""
    return _GROUP_ROLES


def person_nouns() -> frozenset[str]:
    """Nouns that describe one person without being a title ("tycoon", "actress")."""
    return _PERSON_NOUNS


def document_nouns() -> frozenset[str]:
    """Texts that speak for their author ("statement", "email", "report")."""
    return _DOCUMENT_NOUNS


def mention_words() -> frozenset[str]:
    """Nouns that introduce a quoted term or title ("the phrase", "the slogan", "titled")."""
    return _MENTION_WORDS


def titles() -> dict[str, str | None]:
    """Title/role word -> gender ('m', 'f') or None."""
    return _TITLES


def pronouns() -> dict[str, tuple[str, str]]:
    """Pronoun -> (gender m/f/x, number sg/pl)."""
    return _PRONOUNS


def name_stopwords() -> frozenset[str]:
    """Capitalised words stripped from the start of a name run ("But", "Monday", "Republican")."""
    return _NAME_STOPWORDS


def non_person_words() -> frozenset[str]:
    """Words that make a capitalised run an organisation, place or work ("Council", "Korea")."""
    return _NON_PERSON_WORDS


def first_names() -> dict[str, str]:
    """Given name -> gender ('m' or 'f'), for he/she agreement."""
    return _FIRST_NAMES


def org_descriptions() -> dict[str, frozenset[str]]:
    """Organisation noun -> words that mark an organisation of that kind ("newspaper" -> times, post, ...)."""
    return _ORG_DESCRIPTIONS


def role_groups() -> dict[str, tuple[str, ...]]:
    """Description noun -> title words it can stand for, most likely first ("leader" -> president, ...)."""
    return _ROLE_GROUPS
