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


def containment_score(store: FingerprintStore, x: int, y: int) -> float:
    """Containment of the smaller sampled signature in the larger (boilerplate already removed)."""
    sx, sy = store.get("sig", x), store.get("sig", y)
    if not len(sx) or not len(sy):
        return 0.0
    return _common(sx, sy) / min(len(sx), len(sy))


def verify(cands: Candidates, store: FingerprintStore, order: np.ndarray, params: DedupParams) -> Edges:
    """Keep the candidate pairs that are copies (``order[rank]`` is the document index).

    Boilerplate shingles must already be gone from signatures and leads (``remove_values``).
    """
    n_anchors = np.diff(store.offsets["anchors"])[order]
    rough = cands.shared / np.maximum(np.minimum(n_anchors[cands.a], n_anchors[cands.b]), 1)
    pre = rough >= params.min_anchor_share
    a, b = cands.a[pre], cands.b[pre]
    sig, sig_off = store.values["sig"], store.offsets["sig"]
    lead, lead_off = store.values["lead"], store.offsets["lead"]
    head, head_off = store.values["head"], store.offsets["head"]
    sizes = np.diff(sig_off)
    containment = np.zeros(len(a))
    leads = np.zeros(len(a))
    for i, (ra, rb) in enumerate(zip(a.tolist(), b.tolist(), strict=True)):
        x, y = int(order[ra]), int(order[rb])
        smaller = min(sizes[x], sizes[y])
        if smaller == 0:
            continue
        shared = _common(sig[sig_off[x]: sig_off[x + 1]], sig[sig_off[y]: sig_off[y + 1]])
        if shared < params.min_shared or shared < params.min_containment * smaller:
            continue
        containment[i] = shared / smaller
        leads[i] = max(
            share_in(lead[lead_off[x]: lead_off[x + 1]], head[head_off[y]: head_off[y + 1]]),
            share_in(lead[lead_off[y]: lead_off[y + 1]], head[head_off[x]: head_off[x + 1]]),
        )
    keep = (containment >= params.min_containment) & (leads >= params.min_lead)
    return Edges(a[keep], b[keep], np.minimum(containment[keep], 1.0), leads[keep])
