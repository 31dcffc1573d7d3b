"""Compact in-memory store of fingerprints: flat uint32 arrays plus offsets, no per-doc objects.

Per document: ``sig`` (sampled 6-character shingles of the text), ``lead`` and ``head`` (of the
lead sentence and of the opening), ``anchors`` (sampled 12-character shingles, the blocking
keys) and the comparable length. This is the only thing dedup holds per record; see
docs/dedup.md for the measured bytes per million documents.
"""

from __future__ import annotations

import numpy as np

from corpustool.dedup.features import Fingerprint

FIELDS = ("sig", "lead", "head", "anchors")
_CHUNK = 1 << 22


class _Growing:
    """A uint32 array built from appends in fixed 16 MB chunks.

    Large fresh chunks are their own memory mappings, so ``take`` (copy into one array, freeing
    each chunk as soon as it is copied) never holds the data twice; many small batch arrays
    would fragment the heap and keep both copies resident.
    """

    def __init__(self) -> None:
        self.chunks: list[np.ndarray] = []
        self.fill = _CHUNK  # used part of the last chunk
        self.size = 0

    def append(self, values: np.ndarray) -> None:
        pos = 0
        while pos < len(values):
            if self.fill == _CHUNK:
                self.chunks.append(np.empty(_CHUNK, dtype=np.uint32))
                self.fill = 0
            step = min(_CHUNK - self.fill, len(values) - pos)
            self.chunks[-1][self.fill: self.fill + step] = values[pos: pos + step]
            self.fill += step
            pos += step
        self.size += len(values)

    def take(self) -> np.ndarray:
        out = np.empty(self.size, dtype=np.uint32)
        pos = 0
        while self.chunks:
            chunk = self.chunks.pop(0)
            step = min(_CHUNK, self.size - pos)
            out[pos: pos + step] = chunk[:step]
            pos += step
            del chunk
        self.fill, self.size = _CHUNK, 0
        return out


class FingerprintStore:
    """Append-only; ``freeze()`` turns the appended values into flat arrays for the numpy passes."""

    def __init__(self) -> None:
        self._parts: dict[str, _Growing] = {f: _Growing() for f in FIELDS}
        self._counts: dict[str, list[np.ndarray]] = {f: [] for f in FIELDS}
        self._length: list[np.ndarray] = []
        self.values: dict[str, np.ndarray] = {f: np.zeros(0, dtype=np.uint32) for f in FIELDS}
        self.offsets: dict[str, np.ndarray] = {f: np.zeros(1, dtype=np.int64) for f in FIELDS}
        self.length = np.zeros(0, dtype=np.int64)

    def add_batch(self, fps: list[Fingerprint]) -> None:
        """Append one batch (copied into the chunked buffers, not kept as Python objects)."""
        if not fps:
            return
        for f in FIELDS:
            arrays = [getattr(fp, f) for fp in fps]
            self._parts[f].append(np.concatenate(arrays))
            self._counts[f].append(np.fromiter(map(len, arrays), dtype=np.int64, count=len(arrays)))
        self._length.append(np.fromiter((fp.length for fp in fps), dtype=np.int64, count=len(fps)))

    def freeze(self) -> None:
        """Flat arrays with offsets (appending more after this is not supported)."""
        for f in FIELDS:
            if self._counts[f]:
                self.values[f] = self._parts[f].take()
                self.offsets[f] = np.concatenate(([0], np.cumsum(np.concatenate(self._counts[f]))))
            self._counts[f] = []
        if self._length:
            self.length = np.concatenate(self._length)
        self._length = []

    def __len__(self) -> int:
        return len(self.length)

    def remove_values(self, field: str, drop: np.ndarray) -> None:
        """Delete the (sorted) ``drop`` values from every document's ``field``, in one pass."""
        values, offsets = self.values[field], self.offsets[field]
        if not len(drop) or not len(values):
            return
        keep = np.empty(len(values), dtype=bool)
        for lo in range(0, len(values), _CHUNK):  # chunks: searchsorted's int64 index is 8 B/value
            part = values[lo: lo + _CHUNK]
            idx = np.minimum(np.searchsorted(drop, part), len(drop) - 1)
            keep[lo: lo + len(part)] = drop[idx] != part
        removed = np.flatnonzero(~keep)  # usually a small share: cheaper than a cumsum over all
        self.offsets[field] = offsets - np.searchsorted(removed, offsets)
        self.values[field] = values[keep]

    def get(self, field: str, doc: int) -> np.ndarray:
        off = self.offsets[field]
        return self.values[field][off[doc]: off[doc + 1]]

    def fingerprint_of(self, doc: int) -> Fingerprint:
        return Fingerprint(*(self.get(f, doc) for f in FIELDS), int(self.length[doc]))

    def nbytes(self) -> int:
        """Bytes held by the frozen arrays (what grows with the corpus)."""
        return self.length.nbytes + sum(self.values[f].nbytes + self.offsets[f].nbytes for f in FIELDS)
