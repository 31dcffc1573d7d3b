"""Compact in-memory store of fingerprints: flat uint32 arrays plus offsets, no per-doc objects.

Per document: ``sig`` (sampled shingles of the text), ``lead`` and ``head`` (sampled shingles of
the lead sentence and of the opening) and the comparable length. This is the only thing dedup
holds per record; see docs/dedup.md for the measured bytes per million documents.
"""

from __future__ import annotations

import numpy as np

from corpustool.dedup.features import Fingerprint


class FingerprintStore:
    """Append-only; ``freeze()`` turns the batches into flat arrays for the numpy passes."""

    def __init__(self) -> None:
        self._sig: list[np.ndarray] = []
        self._lead: list[np.ndarray] = []
        self._sig_len: list[np.ndarray] = []
        self._lead_len: list[np.ndarray] = []
        self._head: list[np.ndarray] = []
        self._head_len: list[np.ndarray] = []
        self._length: list[np.ndarray] = []
        self.sig = self.lead = np.zeros(0, dtype=np.uint32)
        self.head = np.zeros(0, dtype=np.uint32)
        self.sig_off = self.lead_off = self.head_off = np.zeros(1, dtype=np.int64)
        self.length = np.zeros(0, dtype=np.int64)

    def add_batch(self, fps: list[Fingerprint]) -> None:
        """Append one batch (kept as a few arrays, not as Python objects)."""
        if not fps:
            return
        self._sig.append(np.concatenate([f.sig for f in fps]))
        self._lead.append(np.concatenate([f.lead for f in fps]))
        self._sig_len.append(np.fromiter((len(f.sig) for f in fps), dtype=np.int64, count=len(fps)))
        self._lead_len.append(np.fromiter((len(f.lead) for f in fps), dtype=np.int64, count=len(fps)))
        self._head.append(np.concatenate([f.head for f in fps]))
        self._head_len.append(np.fromiter((len(f.head) for f in fps), dtype=np.int64, count=len(fps)))
        self._length.append(np.fromiter((f.length for f in fps), dtype=np.int64, count=len(fps)))

    def freeze(self) -> None:
        """Concatenate batches into flat arrays with offsets."""
        def flat(parts: list[np.ndarray], dtype: type) -> np.ndarray:
            return np.concatenate(parts).astype(dtype, copy=False) if parts else np.zeros(0, dtype=dtype)

        self.sig, self.lead = flat(self._sig, np.uint32), flat(self._lead, np.uint32)
        self.sig_off = np.concatenate(([0], np.cumsum(flat(self._sig_len, np.int64))))
        self.lead_off = np.concatenate(([0], np.cumsum(flat(self._lead_len, np.int64))))
        self.head = flat(self._head, np.uint32)
        self.head_off = np.concatenate(([0], np.cumsum(flat(self._head_len, np.int64))))
        self.length = flat(self._length, np.int64)
        self._sig, self._lead, self._sig_len, self._lead_len, self._length = [], [], [], [], []
        self._head, self._head_len = [], []

    def __len__(self) -> int:
        return len(self.length)

    def sig_of(self, doc: int) -> np.ndarray:
        return self.sig[self.sig_off[doc]: self.sig_off[doc + 1]]

    def lead_of(self, doc: int) -> np.ndarray:
        return self.lead[self.lead_off[doc]: self.lead_off[doc + 1]]

    def head_of(self, doc: int) -> np.ndarray:
        return self.head[self.head_off[doc]: self.head_off[doc + 1]]

    def fingerprint_of(self, doc: int) -> Fingerprint:
        return Fingerprint(self.sig_of(doc), self.lead_of(doc), self.head_of(doc), int(self.length[doc]))

    def doc_of_entries(self) -> np.ndarray:
        """Document index of every signature entry (uint32), for the inverted index."""
        return np.repeat(np.arange(len(self), dtype=np.uint32), np.diff(self.sig_off))

    def nbytes(self) -> int:
        """Bytes held by the frozen arrays (what grows with the corpus)."""
        arrays = (self.sig, self.lead, self.head, self.sig_off, self.lead_off, self.head_off, self.length)
        return sum(a.nbytes for a in arrays)
