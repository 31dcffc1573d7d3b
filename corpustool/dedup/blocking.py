"""Candidate pairs from an inverted index of sampled 12-character shingles (not MinHash LSH).

Each document posts its anchors (sampled 12-character shingles); documents sharing a posting list
are candidates, and the number of lists two documents share estimates how much text they share,
whatever their lengths, so an abridged copy inside a long original is found (MinHash LSH
estimates Jaccard similarity and misses it). Two rules keep this linear in corpus size:

* Boilerplate is learned here, by document frequency: a shingle in more than
  ``DedupParams.stop_threshold(N)`` documents (share bars, copyright lines, "the company said")
  is dropped from the index and from every overlap count. Real story text repeats only as often
  as the story is copied, far below the threshold.
* Posting lists up to ``all_pairs_docs`` long pair every two documents; in longer ones each
  document is paired only with the ``heads_per_shingle`` longest documents of the list: the star
  clustering only needs the link to a cluster's longest copy.

Everything runs per slice of the hash space on uint64 keys with numpy sorts, so peak memory is
a fraction of the fingerprint arrays.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from corpustool.dedup.params import DedupParams

# Slices of the hash space by low bits (sampling already fixed the high bits to zero). Each slice
# is selected by one pass over all values in _SCAN-sized chunks (no full-size temporaries), so
# the number of slices multiplies the scanning time: slices hold a few million entries.
_MIN_SLICES = 4
_SLICE_ENTRIES = 4_000_000
_SCAN = 1 << 21
_PAIR_BATCH = 1 << 20
# Pair counts from each slice are packed as (a:26 bits | b:26 bits | count:12 bits) in one uint64,
# so the final merge is one in-place sort (no argsort index). Up to 67 million documents.
_RANK_BITS = 26
_COUNT_BITS = 12
MAX_DOCS = 1 << _RANK_BITS
_BUCKETS = 64


@dataclass
class Candidates:
    """Candidate pairs in rank space (rank 0 = longest document) with their shared anchors."""

    a: np.ndarray  # uint32 ranks, a < b
    b: np.ndarray
    shared: np.ndarray  # int64 anchors both contain (a lower bound when lists were truncated)


def _slice_count(entries: int) -> int:
    return max(_MIN_SLICES, 1 << int(entries // _SLICE_ENTRIES).bit_length())


def _in_slice(values: np.ndarray, slices: int, part: int, *more: np.ndarray) -> list[np.ndarray]:
    """``values`` (and the aligned ``more`` arrays) where the value falls in hash slice ``part``.

    Scanned in chunks so the temporaries are a few MB, not one bool/int per value.
    """
    low = np.uint32(slices - 1)
    picked: list[list[np.ndarray]] = [[] for _ in range(1 + len(more))]
    for lo in range(0, len(values), _SCAN):
        chunk = values[lo: lo + _SCAN]
        where = np.flatnonzero((chunk & low) == part)
        picked[0].append(chunk[where])
        for out, arr in zip(picked[1:], more, strict=True):
            out.append(arr[lo + where])
    return [np.concatenate(p) if p else np.zeros(0, dtype=np.uint32) for p in picked]


def frequent_values(values: np.ndarray, threshold: int) -> np.ndarray:
    """Sorted values occurring more than ``threshold`` times (each document lists a value once)."""
    out = []
    slices = _slice_count(len(values))
    for part in range(slices):
        uniq, counts = np.unique(_in_slice(values, slices, part)[0], return_counts=True)
        out.append(uniq[counts > threshold])
    return np.sort(np.concatenate(out)) if out else np.zeros(0, dtype=np.uint32)


def _pairs_in_groups(
    ranks: np.ndarray, starts: np.ndarray, ends: np.ndarray, heads: int | None
) -> np.ndarray:
    """uint64 keys (head << 32 | other) pairing each group's first ``heads`` members with the rest."""
    out = []
    most = int((ends - starts).max()) - 1 if len(starts) else 0
    for i in range(most if heads is None else min(heads, most)):
        head_pos = starts + i
        lengths = ends - head_pos - 1
        ok = lengths > 0
        if not ok.any():
            break
        head_pos, lengths = head_pos[ok], lengths[ok]
        total = int(lengths.sum())
        first_tail = np.repeat(head_pos + 1, lengths)
        offsets = np.arange(total, dtype=np.int64) - np.repeat(np.cumsum(lengths) - lengths, lengths)
        tails = first_tail + offsets
        hk = np.repeat(ranks[head_pos].astype(np.uint64), lengths)
        out.append((hk << np.uint64(32)) | ranks[tails].astype(np.uint64))
    return np.concatenate(out) if out else np.zeros(0, dtype=np.uint64)


def _slice_pairs(values: np.ndarray, entry_rank: np.ndarray, slices: int, part: int, threshold: int,
                 params: DedupParams) -> Iterator[np.ndarray]:
    """uint64 pair keys (rank_a << 32 | rank_b), one per shared anchor, for one hash slice.

    Yielded in batches of about ``_PAIR_BATCH`` keys (whole posting lists), so the pair
    temporaries stay bounded however many documents a slice holds.
    """
    hashes, ranks = _in_slice(values, slices, part, entry_rank)
    if not len(hashes):
        return
    keys = (hashes.astype(np.uint64) << np.uint64(32)) | ranks.astype(np.uint64)
    del hashes, ranks
    keys.sort()
    hashes = (keys >> np.uint64(32)).astype(np.uint32)
    # Most anchors are in one document only: drop them before building per-list arrays.
    same = hashes[1:] == hashes[:-1]
    shared = np.zeros(len(hashes), dtype=bool)
    shared[1:] = same
    shared[:-1] |= same
    del same
    hashes = hashes[shared]
    ranks = (keys[shared] & np.uint64(0xFFFFFFFF)).astype(np.uint32)
    del keys, shared
    if not len(ranks):
        return
    bounds = np.flatnonzero(np.diff(hashes)) + 1
    del hashes
    starts = np.concatenate(([0], bounds))
    ends = np.concatenate((bounds, [len(ranks)]))
    df = ends - starts
    small = (df >= 2) & (df <= params.all_pairs_docs)
    large = (df > params.all_pairs_docs) & (df <= threshold)
    heads = params.heads_per_shingle
    n_pairs = (np.where(small, df * (df - 1) // 2, 0)
               + np.where(large, heads * (df - 1) - heads * (heads - 1) // 2, 0))
    cuts = np.searchsorted(np.cumsum(n_pairs), np.arange(_PAIR_BATCH, int(n_pairs.sum()), _PAIR_BATCH))
    for lo, hi in zip(np.concatenate(([0], cuts)).tolist(), np.concatenate((cuts, [len(df)])).tolist(),
                      strict=True):
        s_, e_ = starts[lo:hi], ends[lo:hi]
        sm, lg = small[lo:hi], large[lo:hi]
        yield np.concatenate((_pairs_in_groups(ranks, s_[sm], e_[sm], None),
                              _pairs_in_groups(ranks, s_[lg], e_[lg], heads)))


class _SeenTwice:
    """Two bitsets over hashed pair keys: which pairs occur in at least two anchors.

    Most pairs share a single anchor by chance; remembering them only as bits (instead of
    counting every pair) is what keeps candidate generation small. Collisions only let a few
    extra pairs through to the exact count.
    """

    def __init__(self, expected: int) -> None:
        self.bits = max(1 << 20, 1 << int(max(expected, 1) * 4 - 1).bit_length())
        self.once = np.zeros(self.bits // 8, dtype=np.uint8)
        self.twice = np.zeros(self.bits // 8, dtype=np.uint8)

    def _slot(self, keys: np.ndarray) -> np.ndarray:
        with np.errstate(over="ignore"):
            h = keys * np.uint64(0x9E3779B97F4A7C15)
        return (h >> np.uint64(64 - (self.bits.bit_length() - 1))).astype(np.int64)

    @staticmethod
    def _set(arr: np.ndarray, slots: np.ndarray) -> None:
        np.bitwise_or.at(arr, slots >> 3, (1 << (slots & 7)).astype(np.uint8))

    @staticmethod
    def _test(arr: np.ndarray, slots: np.ndarray) -> np.ndarray:
        return ((arr[slots >> 3] >> (slots & 7).astype(np.uint8)) & 1).astype(bool)

    def add(self, keys: np.ndarray) -> None:
        slots, counts = np.unique(self._slot(keys), return_counts=True)
        again = (counts >= 2) | self._test(self.once, slots)
        self._set(self.twice, slots[again])
        self._set(self.once, slots)

    def seen_twice(self, keys: np.ndarray) -> np.ndarray:
        return self._test(self.twice, self._slot(keys))


def _merge_counts(runs: list[np.ndarray]) -> np.ndarray:
    """One sorted run of packed (pair | count) entries, counts of the same pair summed (capped)."""
    packed = np.concatenate(runs)
    packed.sort()
    pair = packed >> np.uint64(_COUNT_BITS)
    starts = np.concatenate(([0], np.flatnonzero(pair[1:] != pair[:-1]) + 1))
    cap = np.uint64((1 << _COUNT_BITS) - 1)
    counts = np.minimum(np.add.reduceat(packed & cap, starts), cap)
    return (pair[starts] << np.uint64(_COUNT_BITS)) | counts


def candidate_pairs(
    values: np.ndarray, counts: np.ndarray, rank: np.ndarray, params: DedupParams
) -> Candidates:
    """Pairs sharing at least ``params.min_anchors`` (>= 2) non-boilerplate anchors.

    ``values`` are the concatenated anchors, ``counts`` how many each document has in order,
    ``rank`` maps a document index to its rank (0 = longest). Two passes over the slices: the
    first marks pairs seen in two anchors (bitsets), the second counts only those exactly.
    """
    if len(rank) > MAX_DOCS:
        raise ValueError(f"dedup handles at most {MAX_DOCS:,} documents in one run")
    threshold = params.stop_threshold(len(rank))
    entry_rank = np.repeat(rank.astype(np.uint32), counts)
    # Enough slices that one holds about _SLICE_ENTRIES anchors: transient memory stays flat.
    slices = _slice_count(len(values))
    seen = _SeenTwice(expected=2 * len(values))
    for part in range(slices):
        for pair_keys in _slice_pairs(values, entry_rank, slices, part, threshold, params):
            seen.add(pair_keys)
    seen.once = np.zeros(0, dtype=np.uint8)  # only the second bitset is read from here on
    # Packed pair counts, bucketed by the longer document's rank so each bucket merges alone.
    buckets: list[list[np.ndarray]] = [[] for _ in range(_BUCKETS)]
    bucket_width = max(1, -(-len(rank) // _BUCKETS))
    cap = np.uint64((1 << _COUNT_BITS) - 1)
    for part in range(slices):
        for pair_keys in _slice_pairs(values, entry_rank, slices, part, threshold, params):
            pair_keys = pair_keys[seen.seen_twice(pair_keys)]
            if not len(pair_keys):
                continue
            uniq, cnt = np.unique(pair_keys, return_counts=True)
            del pair_keys
            a = uniq >> np.uint64(32)
            b = uniq & np.uint64(0xFFFFFFFF)
            packed = ((a << np.uint64(64 - _RANK_BITS)) | (b << np.uint64(_COUNT_BITS))
                      | np.minimum(cnt.astype(np.uint64), cap))
            # uniq is sorted by a, so each bucket is one contiguous run.
            edges = np.searchsorted(a, np.arange(1, _BUCKETS, dtype=np.uint64) * np.uint64(bucket_width))
            for bucket, run in enumerate(np.split(packed, edges)):
                if len(run):
                    runs = buckets[bucket]
                    runs.append(run.copy())  # a view would keep the whole batch alive
                    # A pair of copies recurs in most slices: merging a bucket's runs once they
                    # outgrow its merged part keeps this at about one entry per distinct pair.
                    if sum(map(len, runs)) > 2 * len(runs[0]) + _PAIR_BATCH // 16:
                        runs[:] = [_merge_counts(runs)]
    del seen
    pairs_out: list[np.ndarray] = []
    shared_out: list[np.ndarray] = []
    for runs in buckets:
        if not runs:
            continue
        packed = _merge_counts(runs)
        runs.clear()
        pair = packed >> np.uint64(_COUNT_BITS)
        shared = (packed & cap).astype(np.int64)
        ok = shared >= params.min_anchors
        pairs_out.append(pair[ok])
        shared_out.append(shared[ok])
    pair = np.concatenate(pairs_out) if pairs_out else np.zeros(0, dtype=np.uint64)
    return Candidates(
        a=(pair >> np.uint64(_RANK_BITS)).astype(np.uint32),
        b=(pair & np.uint64(MAX_DOCS - 1)).astype(np.uint32),
        shared=np.concatenate(shared_out) if shared_out else np.zeros(0, dtype=np.int64),
    )
