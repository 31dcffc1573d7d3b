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

_MULT = np.uint64(131)
_MIX1 = np.uint64(0xBF58476D1CE4E5B9)
_MIX2 = np.uint64(0x94D049BB133111EB)
_EMPTY = np.zeros(0, dtype=np.uint32)
_SAMPLE_BELOW = np.uint32((1 << 32) // SAMPLE_RATE)


def shingle_hashes(squashed: str, k: int = SHINGLE_CHARS, *, sampled: bool = True) -> np.ndarray:
    """Sorted unique 32-bit hashes of the k-character shingles (the text itself if shorter).

    ``sampled`` keeps only the consistent 1-in-SAMPLE_RATE subset (cheaper to sort).
    """
    data = squashed.encode("utf-8")
    if not data:
        return _EMPTY
    codes = np.frombuffer(data, dtype=np.uint8).astype(np.uint64)
    k = min(k, len(codes))
    n = len(codes) - k + 1
    h = np.zeros(n, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for j in range(k):
            h = h * _MULT + codes[j: j + n]
        h ^= h >> np.uint64(30)
        h *= _MIX1
        h ^= h >> np.uint64(27)
        h *= _MIX2
        h ^= h >> np.uint64(31)
    top = (h >> np.uint64(32)).astype(np.uint32)
    return np.unique(top[top < _SAMPLE_BELOW] if sampled else top)
