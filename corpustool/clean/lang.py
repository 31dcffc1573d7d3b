"""A cheap guess of the body's language: writing system first, then function-word counts.

Only used when the input gives no language (HTML ``lang`` and existing metadata win). It needs a
few dozen words to say anything and returns None when unsure, rather than a wrong code.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Final, TypeVar

from corpustool.clean.lines import ASCII_LOWER_WORDS, ASCII_WORDS, plain_ascii

_SCRIPTS: Final = (
    ("ko", re.compile(r"[\uac00-\ud7af]")),
    ("ja", re.compile(r"[\u3040-\u30ff]")),
    ("zh", re.compile(r"[\u4e00-\u9fff]")),
    ("ar", re.compile(r"[\u0600-\u06ff]")),
    ("he", re.compile(r"[\u0590-\u05ff]")),
    ("el", re.compile(r"[\u0370-\u03ff]")),
    ("th", re.compile(r"[\u0e00-\u0e7f]")),
    ("hi", re.compile(r"[\u0900-\u097f]")),
)
# Any character of the scripts above: most non-ASCII samples are Latin text with curly quotes.
_ANY_SCRIPT: Final = re.compile("|".join(script.pattern for _, script in _SCRIPTS))
_WORD: Final = re.compile(r"\w+")
_LETTER: Final = re.compile(r"[^\W\d_]")
SAMPLE_CHARS: Final = 1500
MIN_HITS: Final = 8
_Word = TypeVar("_Word", str, bytes)


@lru_cache(maxsize=1)
def _stopwords() -> dict[str, tuple[str, ...]]:
    """word -> languages that use it as a function word."""
    text = resources.files("corpustool.clean").joinpath("rules", "stopwords.tsv").read_text(encoding="utf-8")
    index: dict[str, tuple[str, ...]] = {}
    for line in text.splitlines():
        if line and not line.startswith("#") and not line.startswith("lang\t"):
            code, words = line.split("\t")
            for word in words.split():
                index[word] = (*index.get(word, ()), code)
    return index


@lru_cache(maxsize=1)
def _ascii_stopwords() -> dict[bytes, tuple[str, ...]]:
    """The ASCII words of ``_stopwords``, as the bytes words ``lines.ASCII_WORDS`` splits text into."""
    return {word.encode(): codes for word, codes in _stopwords().items() if word.isascii()}


def guess_lang(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when the evidence is thin."""
    sample = text[:SAMPLE_CHARS]
    if not sample.strip():
        return None
    plain = plain_ascii(sample)
    if plain is not None:  # most samples: ASCII but for typographic punctuation, split without regexes
        return _most_used(plain.encode().translate(ASCII_LOWER_WORDS).split(), _ascii_stopwords())
    low = sample.lower()
    plain = plain_ascii(low)  # (a few letters beyond ASCII lower-case to it, as the Kelvin sign does)
    # No letter of the scripts below lower-cases to ASCII, so a sample that does holds none.
    if plain is None and _ANY_SCRIPT.search(sample):  # count letters only if a script shows up
        letters = 0
        for code, script in _SCRIPTS:
            if script.search(sample) is None:
                continue
            letters = letters or len(_LETTER.findall(sample)) or 1
            if len(script.findall(sample)) > letters * 0.3:
                if code == "zh" and _SCRIPTS[1][1].search(sample):
                    return "ja"
                return code
    if plain is not None:
        return _most_used(plain.encode().translate(ASCII_WORDS).split(), _ascii_stopwords())
    return _most_used(_WORD.findall(low), _stopwords())


def _most_used(words: list[_Word], index: dict[_Word, tuple[str, ...]]) -> str | None:
    """The language whose function words ``words`` uses most, if clearly ahead.

    One dictionary lookup per word: cheaper than counting every word first (a Counter) and then
    intersecting, since a sample holds a few hundred words and the function words are a third."""
    hits: dict[str, int] = {}
    for word in words:
        codes = index.get(word)
        if codes is not None:
            for code in codes:
                hits[code] = hits.get(code, 0) + 1
    ranked = sorted([(n, code) for code, n in hits.items()], reverse=True)
    if not ranked or ranked[0][0] < MIN_HITS:
        return None
    if len(ranked) > 1 and ranked[0][0] < 1.5 * ranked[1][0]:
        return None  # (a tie at the top always ends here: which of the two is first does not matter)
    return ranked[0][1]
