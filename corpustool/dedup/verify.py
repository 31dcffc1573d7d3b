"""Verify candidate pairs: containment of the shorter copy, and a shared lead.

* ``containment`` = sampled non-boilerplate shingles both share / those of the shorter text.
  An abridged copy (last paragraphs cut) is fully contained in the original even though their
  Jaccard similarity is low; plain MinHash LSH (a Jaccard estimator) misses exactly these.
* ``lead`` = the larger of: share of A's lead sentence found in B's opening, and the reverse.
  Copies keep the lead (abridging cuts from the end; a dropped first sentence still leaves the
  new lead inside the original); a follow-up reuses background paragraphs under a *new* lead, so
  it fails here even when most of its text is shared.

Each pair is scored on its own, so any split of the pairs over tasks gives the same edges.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from corpustool.dedup.params import DedupParams


@dataclass
class Edges:
    """Verified copy links in rank space (a < b: a is the longer) with their scores."""

    a: np.ndarray
    b: np.ndarray
    containment: np.ndarray
    lead: np.ndarray

    @classmethod
    def concat(cls, parts: list[Edges]) -> Edges:
        if not parts:
            empty = np.zeros(0, dtype=np.uint32)
            return cls(empty, empty, np.zeros(0), np.zeros(0))
        fields = ("a", "b", "containment", "lead")
        return cls(*(np.concatenate([getattr(p, f) for p in parts]) for f in fields))


@dataclass
class Packed:
    """Some documents' arrays of one kind, concatenated, with offsets (document i is
    ``values[offsets[i]:offsets[i + 1]]``)."""

    values: np.ndarray
    offsets: np.ndarray

    def get(self, doc: int) -> np.ndarray:
        return self.values[self.offsets[doc]: self.offsets[doc + 1]]


def share_in(part: np.ndarray, whole: np.ndarray) -> float:
    """Fraction of ``part`` found in ``whole`` (both sorted uint32); 0 for an empty part."""
    if not len(part) or not len(whole):
        return 0.0
    return _common(part, whole) / len(part)


def _common(part: np.ndarray, whole: np.ndarray) -> int:
    """How many values of ``part`` are in ``whole`` (both sorted, unique)."""
    if not len(part) or not len(whole):
        return 0
    idx = whole.searchsorted(part)
    np.minimum(idx, len(whole) - 1, out=idx)
    return int(np.count_nonzero(whole[idx] == part))


def containment(sx: np.ndarray, sy: np.ndarray) -> float:
    """Containment of the smaller sampled signature in the larger (boilerplate already removed)."""
    if not len(sx) or not len(sy):
        return 0.0
    return _common(sx, sy) / min(len(sx), len(sy))


def score_pairs(sig: Packed, lead: Packed, head: Packed, xs: np.ndarray, ys: np.ndarray,
                params: DedupParams) -> tuple[np.ndarray, np.ndarray]:
    """(containment, lead) of pairs ``xs[i], ys[i]`` (indices into the packed arrays); 0 where a
    pair fails early. Boilerplate must already be gone from ``sig`` and ``lead``."""
    scores = np.zeros(len(xs))
    leads = np.zeros(len(xs))
    # Python-int offsets: slicing with them is much cheaper than with numpy scalars in this loop.
    s_val, s_off = sig.values, sig.offsets.tolist()
    l_val, l_off = lead.values, lead.offsets.tolist()
    h_val, h_off = head.values, head.offsets.tolist()
    for i, (x, y) in enumerate(zip(xs.tolist(), ys.tolist(), strict=True)):
        x0, x1, y0, y1 = s_off[x], s_off[x + 1], s_off[y], s_off[y + 1]
        smaller = min(x1 - x0, y1 - y0)
        if smaller == 0:
            continue
        shared = _common(s_val[x0:x1], s_val[y0:y1])
        if shared < params.min_shared or shared < params.min_containment * smaller:
            continue
        scores[i] = shared / smaller
        leads[i] = max(share_in(l_val[l_off[x]: l_off[x + 1]], h_val[h_off[y]: h_off[y + 1]]),
                       share_in(l_val[l_off[y]: l_off[y + 1]], h_val[h_off[x]: h_off[x + 1]]))
    return scores, leads


def verified(a: np.ndarray, b: np.ndarray, scores: np.ndarray, leads: np.ndarray,
             params: DedupParams) -> Edges:
    """The pairs that are copies: enough containment and a shared lead."""
    keep = (scores >= params.min_containment) & (leads >= params.min_lead)
    return Edges(a[keep], b[keep], np.minimum(scores[keep], 1.0), leads[keep])
