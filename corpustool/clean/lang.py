"""A cheap guess of the body's language: writing system first, then function-word counts.

Only used when the input gives no language (HTML ``lang`` and existing metadata win). It needs a
few dozen words to say anything and returns None when unsure, rather than a wrong code.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Final

from corpustool.clean.lines import ASCII_LOWER_WORDS, TYPOGRAPHIC, UTF8_WORDS, as_spaces, plain_ascii

# Letters that name the language on their own, by script. Counting a script's letters matches runs
# of them (a word, a clause), one match per run rather than one per letter.
_SCRIPT_LETTERS: Final = (
    ("ko", r"\uac00-\ud7af"),
    ("ja", r"\u3040-\u30ff"),
    ("zh", r"\u4e00-\u9fff"),
    ("ar", r"\u0600-\u06ff"),
    ("he", r"\u0590-\u05ff"),
    ("el", r"\u0370-\u03ff"),
    ("th", r"\u0e00-\u0e7f"),
    ("hi", r"\u0900-\u097f"),
)
_SCRIPTS: Final = tuple((code, re.compile(f"[{letters}]+")) for code, letters in _SCRIPT_LETTERS)
# Any letter of those scripts: most non-ASCII samples are Latin text with curly quotes.
_ANY_SCRIPT: Final = re.compile("[{}]".format("".join(letters for _, letters in _SCRIPT_LETTERS)))
_WORD: Final = re.compile(r"\w+")
_LETTERS: Final = re.compile(r"[^\W\d_]+")
# Punctuation that makes many Latin samples non-ASCII (typographic quotes and dashes, the no-break
# space, guillemets); none is a word character, so a space in its place keeps the sample's words.
_NON_WORD: Final[list[str]] = [*TYPOGRAPHIC, "\u00a0", "«", "»", "„", "―"]
SAMPLE_CHARS: Final = 1500
MIN_HITS: Final = 8
SCRIPT_SHARE: Final = 0.3  # of the sample's letters, for a script to name the language


@lru_cache(maxsize=1)
def _stopwords() -> tuple[list[str], dict[bytes, tuple[int, ...]]]:
    """The languages, and word (UTF-8, the form samples are split into) -> the positions in that list
    of the languages that use it as a function word (positions: hits are counted in a list)."""
    text = resources.files("corpustool.clean").joinpath("rules", "stopwords.tsv").read_text(encoding="utf-8")
    languages: list[str] = []
    index: dict[bytes, tuple[int, ...]] = {}
    for line in text.splitlines():
        if line and not line.startswith("#") and not line.startswith("lang\t"):
            code, words = line.split("\t")
            if code not in languages:
                languages.append(code)
            for word in words.split():
                index[word.encode()] = (*index.get(word.encode(), ()), languages.index(code))
    return languages, index


@lru_cache(maxsize=1)
def _longest_stopword() -> int:
    """Bytes in the longest function word: a longer word of a sample is none, and is not looked up."""
    return max(map(len, _stopwords()[1]))


def guess_lang(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when the evidence is thin."""
    sample = text[:SAMPLE_CHARS]
    if not sample.strip():
        return None
    plain = plain_ascii(sample)
    if plain is not None:  # most samples: ASCII but for typographic punctuation, split without regexes
        return _most_used(plain.encode().translate(ASCII_LOWER_WORDS).split())
    low = as_spaces(sample.lower(), _NON_WORD)
    # No letter of the scripts below lower-cases to ASCII, so a sample that does holds none.
    if not low.isascii() and _ANY_SCRIPT.search(sample):  # count letters only if a script shows up
        letters = 0
        for code, script in _SCRIPTS:
            used = _chars(script, sample)
            if used == 0:
                continue
            # A script with more than its share of all characters has it of the letters too.
            if used <= len(sample) * SCRIPT_SHARE:
                letters = letters or _chars(_LETTERS, sample) or 1
                if used <= letters * SCRIPT_SHARE:
                    continue
            if code == "zh" and _SCRIPTS[1][1].search(sample):
                return "ja"
            return code
    # The \w+ words of the sample, split without the regex engine when its non-ASCII characters
    # between the ASCII separators are all word characters (accented and Cyrillic letters).
    words = low.encode().translate(UTF8_WORDS).split()
    if low.isascii() or b"".join(words).decode().replace("_", "").isalnum():
        return _most_used(words)
    return _most_used([word.encode() for word in _WORD.findall(low)])


def _chars(pattern: re.Pattern[str], text: str) -> int:
    """How many characters of ``text`` the runs ``pattern`` matches hold."""
    total = 0
    for run in pattern.findall(text):
        total += len(run)
    return total


def _most_used(words: list[bytes]) -> str | None:
    """The language whose function words ``words`` uses most, if clearly ahead.

    One dictionary lookup per word: cheaper than counting every word first (a Counter) and then
    intersecting, since a sample holds a few hundred words and the function words are a third.
    Words longer than every function word are not looked up at all."""
    languages, index = _stopwords()
    longest = _longest_stopword()
    hits = [0] * len(languages)
    for word in words:
        if len(word) <= longest:
            found = index.get(word)
            if found is not None:
                for language in found:
                    hits[language] += 1
    ranked = sorted([(n, languages[k]) for k, n in enumerate(hits) if n], reverse=True)
    if not ranked or ranked[0][0] < MIN_HITS:
        return None
    if len(ranked) > 1 and ranked[0][0] < 1.5 * ranked[1][0]:
        return None  # (a tie at the top always ends here: which of the two is first does not matter)
    return ranked[0][1]
