"""A cheap guess of the body's language: writing system first, then function-word counts.

Only used when the input gives no language (HTML ``lang`` and existing metadata win). It needs a
few dozen words to say anything and returns None when unsure, rather than a wrong code.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

_SCRIPTS = (
    ("ko", re.compile(r"[\uac00-\ud7af]")),
    ("ja", re.compile(r"[\u3040-\u30ff]")),
    ("zh", re.compile(r"[\u4e00-\u9fff]")),
    ("ar", re.compile(r"[\u0600-\u06ff]")),
    ("he", re.compile(r"[\u0590-\u05ff]")),
    ("el", re.compile(r"[\u0370-\u03ff]")),
    ("th", re.compile(r"[\u0e00-\u0e7f]")),
    ("hi", re.compile(r"[\u0900-\u097f]")),
)
_WORD = re.compile(r"\w+")
SAMPLE_CHARS = 3000
MIN_HITS = 8


@lru_cache(maxsize=1)
def _stopwords() -> dict[str, frozenset[str]]:
    text = resources.files("corpustool.clean").joinpath("rules", "stopwords.tsv").read_text(encoding="utf-8")
    table: dict[str, frozenset[str]] = {}
    for line in text.splitlines():
        if line and not line.startswith("#") and not line.startswith("lang\t"):
            code, words = line.split("\t")
            table[code] = frozenset(words.split())
    return table


def guess_lang(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when the evidence is thin."""
    sample = text[:SAMPLE_CHARS]
    if not sample.strip():
        return None
    letters = sum(ch.isalpha() for ch in sample) or 1
    for code, script in _SCRIPTS:
        if len(script.findall(sample)) > letters * 0.3:
            if code == "zh" and _SCRIPTS[1][1].search(sample):
                return "ja"
            return code
    words = [w.lower() for w in _WORD.findall(sample)]
    best, best_hits, second = None, 0, 0
    for code, stop in _stopwords().items():
        hits = sum(1 for w in words if w in stop)
        if hits > best_hits:
            best, best_hits, second = code, hits, best_hits
        elif hits > second:
            second = hits
    if best_hits >= MIN_HITS and best_hits >= 1.5 * second:
        return best
    return None
