"""Character shingles of the comparable text, hashed and sampled in numpy.

Why characters, not words: OCR noise ("report1ng", "withthe") and re-flowed layout break every
word shingle they touch, while a 6-character shingle over space-free text loses only the few
shingles that overlap the damaged characters. Hashing is a vectorised polynomial hash mixed with
a 64-bit finaliser; we keep the top 32 bits.

Consistent sampling: only shingles whose hash falls in the lowest ``1/SAMPLE_RATE`` of the hash
space are kept, the same rule for every document, so two copies keep the *same* shingles of the
text they share and overlap counts stay unbiased estimates. Unlike MinHash (a fixed number of
values per document), the sample grows with the document, which is what lets a short abridged
copy be measured as *contained* in a long one.
"""

from __future__ import annotations

import numpy as np

SHINGLE_CHARS = 6
SAMPLE_RATE = 4  # keep 1 shingle in 4 for the per-document signature
# Blocking keys: longer shingles are rarer by chance (6 characters are a word fragment shared by
# thousands of unrelated stories, 12 are two or three words), and still survive light OCR noise.
ANCHOR_CHARS = 12
ANCHOR_RATE = 8

_MULT = np.uint64(131)
_MIX1 = np.uint64(0xBF58476D1CE4E5B9)
_MIX2 = np.uint64(0x94D049BB133111EB)
_EMPTY = np.zeros(0, dtype=np.uint32)


def _raw(codes: np.ndarray, k: int) -> np.ndarray:
    """Polynomial hash of every k-gram (uint64, wrapping), before mixing."""
    n = len(codes) - k + 1
    h = np.zeros(n, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for j in range(k):
            h = h * _MULT + codes[j: j + n]
    return h


def _mix(h: np.ndarray) -> np.ndarray:
    """Mix (64-bit finaliser) and keep the top 32 bits."""
    with np.errstate(over="ignore"):
        h = h ^ (h >> np.uint64(30))
        h *= _MIX1
        h ^= h >> np.uint64(27)
        h *= _MIX2
        h ^= h >> np.uint64(31)
    return (h >> np.uint64(32)).astype(np.uint32)


def _sample(top: np.ndarray, rate: int) -> np.ndarray:
    """Keep 1 in ``rate`` mixed hashes (by value), sorted and unique."""
    top = top[top < np.uint32((1 << 32) // rate)] if rate > 1 else top.copy()
    top.sort()
    if len(top) > 1:
        top = top[np.concatenate(([True], top[1:] != top[:-1]))]
    return top


def _finish(h: np.ndarray, rate: int) -> np.ndarray:
    """Mix, keep the top 32 bits, sample 1 in ``rate``, sort, dedupe."""
    return _sample(_mix(h), rate)


def _codes(squashed: str) -> np.ndarray:
    return np.frombuffer(squashed.encode("utf-8"), dtype=np.uint8).astype(np.uint64)


def shingle_hashes(squashed: str, k: int = SHINGLE_CHARS, rate: int = SAMPLE_RATE) -> np.ndarray:
    """Sorted unique 32-bit hashes of the k-character shingles (the text itself if shorter).

    Only the consistent 1-in-``rate`` subset is kept (``rate=1``: all of them).
    """
    codes = _codes(squashed)
    if not len(codes):
        return _EMPTY
    return _finish(_raw(codes, min(k, len(codes))), rate)


def fingerprint_arrays(body: str, start: int, head: int, lead: int) -> tuple[np.ndarray, ...]:
    """(sig, lead, head, anchors) of one comparable text in one hashing pass.

    ``sig``: sampled 6-grams of the text; ``lead``/``head``: sampled 6-grams lying inside
    ``body[start:start + lead]`` / ``body[start:start + head]``; ``anchors``: sampled 12-grams
    (their hash is built from two 6-gram hashes).
    """
    codes = _codes(body)
    if len(codes) < 2 * SHINGLE_CHARS or ANCHOR_CHARS != 2 * SHINGLE_CHARS:
        return (shingle_hashes(body), shingle_hashes(body[start:start + lead]),
                shingle_hashes(body[start:start + head]), shingle_hashes(body, ANCHOR_CHARS, ANCHOR_RATE))
    h6 = _raw(codes, SHINGLE_CHARS)
    with np.errstate(over="ignore"):
        h12 = h6[:-SHINGLE_CHARS] * (_MULT ** np.uint64(SHINGLE_CHARS)) + h6[SHINGLE_CHARS:]
    ascii_body = len(codes) == len(body)  # else shingles are over UTF-8 bytes: map offsets

    def part(length: int) -> np.ndarray:
        if length < SHINGLE_CHARS:  # shorter than one shingle: hash it whole
            return shingle_hashes(body[start:start + length])
        if ascii_body:
            lo, hi = start, start + length
        else:
            lo = len(body[:start].encode("utf-8"))
            hi = lo + len(body[start:start + length].encode("utf-8"))
        return _sample(m6[lo: hi - SHINGLE_CHARS + 1], SAMPLE_RATE)

    m6 = _mix(h6)  # lead and head are windows of the same 6-gram stream: mix once
    return _sample(m6, SAMPLE_RATE), part(lead), part(head), _finish(h12, ANCHOR_RATE)
