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

import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor
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


def verify(cands: Candidates, store: FingerprintStore, order: np.ndarray, params: DedupParams,
           workers: int = 1) -> Edges:
    """Keep the candidate pairs that are copies (``order[rank]`` is the document index).

    Boilerplate shingles must already be gone from signatures and leads (``remove_values``).
    With ``workers`` > 1 (and fork available) contiguous shares of the pairs are scored in
    forked processes that read the store without copying it; the result is the same.
    """
    n_anchors = np.diff(store.offsets["anchors"])[order]
    rough = cands.shared / np.maximum(np.minimum(n_anchors[cands.a], n_anchors[cands.b]), 1)
    del n_anchors
    pre = rough >= params.min_anchor_share
    a, b = cands.a[pre], cands.b[pre]
    x, y = order[a].astype(np.int64), order[b].astype(np.int64)
    global _JOB
    _JOB = (store, x, y, params)
    try:
        containment, leads = _score_parallel(len(x), workers)
    finally:
        _JOB = None
    keep = (containment >= params.min_containment) & (leads >= params.min_lead)
    return Edges(a[keep], b[keep], np.minimum(containment[keep], 1.0), leads[keep])


# Pairs being scored: set just before forking so worker processes inherit it (no pickling).
_JOB: tuple[FingerprintStore, np.ndarray, np.ndarray, DedupParams] | None = None
_MIN_PARALLEL = 20_000


def _score_parallel(n: int, workers: int) -> tuple[np.ndarray, np.ndarray]:
    if workers <= 1 or n < _MIN_PARALLEL or "fork" not in mp.get_all_start_methods():
        return _score_range(0, n)
    cuts = np.linspace(0, n, 4 * workers + 1).astype(int).tolist()
    with ProcessPoolExecutor(max_workers=workers, mp_context=mp.get_context("fork")) as pool:
        parts = list(pool.map(_score_range, cuts[:-1], cuts[1:]))
    return np.concatenate([p[0] for p in parts]), np.concatenate([p[1] for p in parts])


def _score_range(lo: int, hi: int) -> tuple[np.ndarray, np.ndarray]:
    """(containment, lead) of pairs ``lo:hi`` of the current job; 0 where a pair fails early."""
    assert _JOB is not None
    store, xs, ys, params = _JOB
    sig, sig_off = store.values["sig"], store.offsets["sig"]
    lead, lead_off = store.values["lead"], store.offsets["lead"]
    head, head_off = store.values["head"], store.offsets["head"]
    sizes = np.diff(sig_off)
    containment = np.zeros(hi - lo)
    leads = np.zeros(hi - lo)
    for i, (x, y) in enumerate(zip(xs[lo:hi].tolist(), ys[lo:hi].tolist(), strict=True)):
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
    return containment, leads
