"""Verify candidate pairs: containment of the shorter copy, and a shared lead.

* ``containment`` = sampled non-boilerplate shingles both share / those of the shorter text.
  An abridged copy (last paragraphs cut) is fully contained in the original even though their
  Jaccard similarity is low; plain MinHash LSH (a Jaccard estimator) misses exactly these.
* ``lead`` = the larger of: share of A's lead sentence found in B's opening, and the reverse.
  Copies keep the lead (abridging cuts from the end; a dropped first sentence still leaves the
  new lead inside the original); a follow-up reuses background paragraphs under a *new* lead, so
  it fails here even when most of its text is shared.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from corpustool.dedup.blocking import Candidates
from corpustool.dedup.params import DedupParams
from corpustool.dedup.store import FingerprintStore


@dataclass
class Edges:
    """Verified copy links in rank space (a < b: a is the longer) with their scores."""

    a: np.ndarray
    b: np.ndarray
    containment: np.ndarray
    lead: np.ndarray


def drop_stop(hashes: np.ndarray, stop: np.ndarray) -> np.ndarray:
    """``hashes`` without boilerplate shingles (both sorted)."""
    if not len(stop) or not len(hashes):
        return hashes
    idx = np.searchsorted(stop, hashes).clip(max=len(stop) - 1)
    return hashes[stop[idx] != hashes]


def share_in(part: np.ndarray, whole: np.ndarray) -> float:
    """Fraction of ``part`` found in ``whole`` (both sorted uint32); 0 for an empty part."""
    if not len(part) or not len(whole):
        return 0.0
    idx = np.searchsorted(whole, part).clip(max=len(whole) - 1)
    return float(np.count_nonzero(whole[idx] == part)) / len(part)


def lead_score(store: FingerprintStore, x: int, y: int, stop: np.ndarray) -> float:
    """Larger share of one document's lead found in the other's opening."""
    return max(
        share_in(drop_stop(store.lead_of(x), stop), store.head_of(y)),
        share_in(drop_stop(store.lead_of(y), stop), store.head_of(x)),
    )


def _shared(store: FingerprintStore, x: int, y: int, stop: np.ndarray) -> int:
    return len(np.intersect1d(drop_stop(store.sig_of(x), stop), store.sig_of(y), assume_unique=True))


def containment_score(store: FingerprintStore, x: int, y: int, stop: np.ndarray) -> float:
    """Containment of the smaller sampled signature in the larger, boilerplate excluded."""
    sx, sy = drop_stop(store.sig_of(x), stop), drop_stop(store.sig_of(y), stop)
    if not len(sx) or not len(sy):
        return 0.0
    shared = len(np.intersect1d(sx, sy, assume_unique=True))
    return shared / min(len(sx), len(sy))


def verify(cands: Candidates, store: FingerprintStore, order: np.ndarray, params: DedupParams) -> Edges:
    """Keep the candidate pairs that are copies; ``order[rank]`` is the document index."""
    smaller = np.minimum(cands.sizes[cands.a], cands.sizes[cands.b])
    rough = cands.shared / np.maximum(smaller, 1)
    loose = (cands.shared >= params.min_shared) & (rough >= params.min_containment / 2)
    a, b = cands.a[loose], cands.b[loose]
    exact = np.fromiter(
        (_shared(store, int(order[x]), int(order[y]), cands.stop) for x, y in zip(a, b, strict=True)),
        dtype=np.int64,
        count=len(a),
    )
    containment = exact / np.maximum(np.minimum(cands.sizes[a], cands.sizes[b]), 1)
    ok = (exact >= params.min_shared) & (containment >= params.min_containment)
    a, b, containment = a[ok], b[ok], containment[ok]
    leads = np.fromiter(
        (lead_score(store, int(order[x]), int(order[y]), cands.stop) for x, y in zip(a, b, strict=True)),
        dtype=np.float64,
        count=len(a),
    )
    keep = leads >= params.min_lead
    return Edges(a[keep], b[keep], np.minimum(containment[keep], 1.0), leads[keep])
