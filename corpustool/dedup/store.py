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


class FingerprintStore:
    """Append-only; ``freeze()`` turns the batches into flat arrays for the numpy passes."""

    def __init__(self) -> None:
        self._parts: dict[str, list[np.ndarray]] = {f: [] for f in FIELDS}
        self._counts: dict[str, list[np.ndarray]] = {f: [] for f in FIELDS}
        self._length: list[np.ndarray] = []
        self.values: dict[str, np.ndarray] = {f: np.zeros(0, dtype=np.uint32) for f in FIELDS}
        self.offsets: dict[str, np.ndarray] = {f: np.zeros(1, dtype=np.int64) for f in FIELDS}
        self.length = np.zeros(0, dtype=np.int64)

    def add_batch(self, fps: list[Fingerprint]) -> None:
        """Append one batch (kept as a few arrays, not as Python objects)."""
        if not fps:
            return
        for f in FIELDS:
            arrays = [getattr(fp, f) for fp in fps]
            self._parts[f].append(np.concatenate(arrays))
            self._counts[f].append(np.fromiter(map(len, arrays), dtype=np.int64, count=len(arrays)))
        self._length.append(np.fromiter((fp.length for fp in fps), dtype=np.int64, count=len(fps)))

    def freeze(self) -> None:
        """Concatenate batches into flat arrays with offsets."""
        for f in FIELDS:
            if self._parts[f]:
                self.values[f] = np.concatenate(self._parts[f]).astype(np.uint32, copy=False)
                self.offsets[f] = np.concatenate(([0], np.cumsum(np.concatenate(self._counts[f]))))
            self._parts[f], self._counts[f] = [], []
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

    def doc_of_entries(self, field: str) -> np.ndarray:
        """Document index of every entry of ``field`` (uint32), for the inverted index."""
        return np.repeat(np.arange(len(self), dtype=np.uint32), np.diff(self.offsets[field]))

    def nbytes(self) -> int:
        """Bytes held by the frozen arrays (what grows with the corpus)."""
        return self.length.nbytes + sum(self.values[f].nbytes + self.offsets[f].nbytes for f in FIELDS)
