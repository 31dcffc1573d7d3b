"""Candidate pairs from an inverted index of sampled 12-character shingles (not MinHash LSH).

Each document posts its anchors (sampled 12-character shingles); documents sharing a posting list
are candidates, and the number of lists two documents share estimates how much text they share,
whatever their lengths, so an abridged copy inside a long original is found (MinHash LSH
estimates Jaccard similarity and misses it). Two rules keep this linear in corpus size:

* Boilerplate is learned from document frequency: an anchor in more than
  ``DedupParams.stop_threshold(N)`` documents (share bars, copyright lines, "the company said")
  pairs nobody. Real story text repeats only as often as the story is copied, far below it.
* Posting lists up to ``all_pairs_docs`` long pair every two documents; in longer ones each
  document is paired only with the ``heads_per_shingle`` longest documents of the list: the star
  clustering only needs the link to a cluster's longest copy.

The work is a shuffle in two steps, so each step holds only one partition in memory and any
number of machines can share it (``stages.py``): anchors are partitioned by the low bits of
their hash (a posting list lives in exactly one partition); each partition yields packed
``(rank_a, rank_b, shared anchors)`` counts, bucketed by ``rank_a``; each bucket sums its pairs'
counts over all partitions and keeps pairs sharing at least ``min_anchors``. The result does not
depend on the number of shards, partitions or buckets.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np

from corpustool.dedup.params import DedupParams

_PAIR_BATCH = 1 << 20
# Pair counts are packed as (a:26 bits | b:26 bits | count:12 bits) in one uint64, so merging is
# one in-place sort (no argsort index). Up to 67 million documents.
RANK_BITS = 26
COUNT_BITS = 12
MAX_DOCS = 1 << RANK_BITS
_COUNT_CAP = np.uint64((1 << COUNT_BITS) - 1)
# Entries per partition the planner aims for (a partition is sorted in memory: 8 bytes each).
PARTITION_ENTRIES = 4_000_000


def partition_count(entries: int, workers: int) -> int:
    """A power of two: partitions of about ``PARTITION_ENTRIES``, and at least 2 per worker."""
    want = max(4, 2 * workers, -(-entries // PARTITION_ENTRIES))
    return 1 << (want - 1).bit_length()


# Anchors per pair bucket the planner aims for. A verify task reads the fingerprints of its
# pairs' documents (about 23 per longer document at 50k), so this bounds its memory; pair
# counts run at about 1.4 per anchor.
BUCKET_ANCHORS = 250_000


def bucket_count(anchors: int, workers: int) -> int:
    """A power of two: buckets of about ``BUCKET_ANCHORS`` anchors' pairs, at least 2 per worker."""
    want = max(4, 2 * workers, -(-anchors // BUCKET_ANCHORS))
    return 1 << (want - 1).bit_length()


def partition_of(values: np.ndarray, parts: int) -> np.ndarray:
    """Partition number of each hash value (its low bits: sampling fixed the high bits)."""
    return (values & np.uint32(parts - 1)).astype(np.int64)


def anchor_keys(anchors: np.ndarray, ranks: np.ndarray) -> np.ndarray:
    """uint64 (anchor << 32 | rank) entries of the inverted index."""
    return (anchors.astype(np.uint64) << np.uint64(32)) | ranks.astype(np.uint64)


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


def pair_keys(keys: np.ndarray, threshold: int, params: DedupParams) -> Iterator[np.ndarray]:
    """uint64 pair keys (rank_a << 32 | rank_b), one per shared anchor, from sorted index entries.

    Yielded in batches of about ``_PAIR_BATCH`` keys (whole posting lists), so the pair
    temporaries stay bounded however many documents a partition holds.
    """
    if not len(keys):
        return
    hashes = (keys >> np.uint64(32)).astype(np.uint32)
    # Most anchors are in one document only: drop them before building per-list arrays.
    same = hashes[1:] == hashes[:-1]
    shared = np.zeros(len(hashes), dtype=bool)
    shared[1:] = same
    shared[:-1] |= same
    del same
    hashes = hashes[shared]
    ranks = (keys[shared] & np.uint64(0xFFFFFFFF)).astype(np.uint32)
    del shared
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


def merge_counts(runs: list[np.ndarray]) -> np.ndarray:
    """One sorted run of packed (pair | count) entries, counts of the same pair summed (capped)."""
    packed = np.concatenate(runs) if runs else np.zeros(0, dtype=np.uint64)
    if not len(packed):
        return packed
    packed.sort()
    pair = packed >> np.uint64(COUNT_BITS)
    starts = np.concatenate(([0], np.flatnonzero(pair[1:] != pair[:-1]) + 1))
    counts = np.minimum(np.add.reduceat(packed & _COUNT_CAP, starts), _COUNT_CAP)
    return (pair[starts] << np.uint64(COUNT_BITS)) | counts


def bucketed_pair_counts(keys: np.ndarray, threshold: int, params: DedupParams, buckets: int,
                         bucket_width: int) -> list[np.ndarray]:
    """Packed pair counts of one partition's sorted index entries, one merged run per bucket.

    Bucket ``i`` holds the pairs whose longer document has rank in ``[i, i + 1) * bucket_width``.
    """
    runs_of: list[list[np.ndarray]] = [[] for _ in range(buckets)]
    edges = np.arange(1, buckets, dtype=np.uint64) * np.uint64(bucket_width)
    for keys_batch in pair_keys(keys, threshold, params):
        uniq, cnt = np.unique(keys_batch, return_counts=True)
        del keys_batch
        a = uniq >> np.uint64(32)
        b = uniq & np.uint64(0xFFFFFFFF)
        packed = ((a << np.uint64(64 - RANK_BITS)) | (b << np.uint64(COUNT_BITS))
                  | np.minimum(cnt.astype(np.uint64), _COUNT_CAP))
        # uniq is sorted by a, so each bucket is one contiguous run.
        for bucket, run in enumerate(np.split(packed, np.searchsorted(a, edges))):
            if len(run):
                runs = runs_of[bucket]
                runs.append(run.copy())  # a view would keep the whole batch alive
                # Merging a bucket's runs once they outgrow its merged part keeps this at about
                # one entry per distinct pair.
                if sum(map(len, runs)) > 2 * len(runs[0]) + _PAIR_BATCH // 16:
                    runs[:] = [merge_counts(runs)]
    return [merge_counts(runs) for runs in runs_of]


def unpack_pairs(packed: np.ndarray, min_anchors: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(rank_a, rank_b, shared anchors) of the merged pairs sharing at least ``min_anchors``."""
    shared = (packed & _COUNT_CAP).astype(np.int64)
    ok = shared >= min_anchors
    pair = packed[ok] >> np.uint64(COUNT_BITS)
    return ((pair >> np.uint64(RANK_BITS)).astype(np.uint32),
            (pair & np.uint64(MAX_DOCS - 1)).astype(np.uint32), shared[ok])
