"""Candidate pairs from an inverted index of sampled shingles (instead of MinHash LSH).

Every document posts its sampled shingles; documents sharing a posting list are candidates and
the number of lists they share is exactly their sampled overlap, so containment comes for free.
Two rules keep this linear in corpus size:

* Boilerplate is learned here, by document frequency: a shingle in more than
  ``DedupParams.stop_threshold(N)`` documents (share bars, copyright lines, "the company said")
  is dropped from the index and from every overlap count. Real story text repeats only as often
  as the story is copied, far below the threshold.
* Within one posting list, documents are ordered longest first and each one is paired with only
  the ``heads_per_shingle`` longest; the star clustering only ever needs the link to the
  longest copy.

The work is done per slice of the hash space (8 slices), on uint64 keys, with numpy sorts only,
so peak memory is a fraction of the signature arrays.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from corpustool.dedup.params import DedupParams

_SLICES = 8
_SLICE_SHIFT = np.uint32(29)


@dataclass
class Candidates:
    """Candidate pairs in rank space (rank 0 = longest document) with their shared counts."""

    a: np.ndarray  # uint32 ranks, a < b
    b: np.ndarray
    # int64 sampled shingles both contain (boilerplate excluded); a lower bound when the pair
    # met in long posting lists, so verification recounts it exactly.
    shared: np.ndarray
    sizes: np.ndarray  # int64 per rank: sampled non-boilerplate shingles of the document
    stop: np.ndarray  # sorted uint32 boilerplate shingle hashes


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


def candidate_pairs(
    values: np.ndarray, doc_of: np.ndarray, rank: np.ndarray, params: DedupParams
) -> Candidates:
    """All pairs sharing sampled, non-boilerplate shingles, with how many they share.

    ``values`` are the concatenated signatures, ``doc_of`` the document index of each value,
    ``rank`` maps a document index to its rank (0 = longest).
    """
    n_docs = len(rank)
    threshold = params.stop_threshold(n_docs)
    sizes = np.zeros(n_docs, dtype=np.int64)
    stops: list[np.ndarray] = []
    keys_out: list[np.ndarray] = []
    counts_out: list[np.ndarray] = []
    entry_slice = values >> _SLICE_SHIFT
    for part in range(_SLICES):
        mask = entry_slice == part
        keys = (values[mask].astype(np.uint64) << np.uint64(32)) | rank[doc_of[mask]].astype(np.uint64)
        keys.sort()
        if not len(keys):
            continue
        hashes = (keys >> np.uint64(32)).astype(np.uint32)
        ranks = (keys & np.uint64(0xFFFFFFFF)).astype(np.uint32)
        bounds = np.flatnonzero(np.diff(hashes)) + 1
        starts = np.concatenate(([0], bounds))
        ends = np.concatenate((bounds, [len(keys)]))
        df = ends - starts
        stop_group = df > threshold
        stops.append(hashes[starts[stop_group]])
        kept_entries = np.repeat(~stop_group, df)
        sizes += np.bincount(ranks[kept_entries], minlength=n_docs)
        small = (df >= 2) & (df <= params.all_pairs_docs)
        large = (df > params.all_pairs_docs) & ~stop_group
        pair_keys = np.concatenate((
            _pairs_in_groups(ranks, starts[small], ends[small], None),
            _pairs_in_groups(ranks, starts[large], ends[large], params.heads_per_shingle),
        ))
        if len(pair_keys):
            uniq, cnt = np.unique(pair_keys, return_counts=True)
            keys_out.append(uniq)
            counts_out.append(cnt)
    if keys_out:
        all_keys = np.concatenate(keys_out)
        all_counts = np.concatenate(counts_out)
        order = np.argsort(all_keys, kind="stable")
        all_keys, all_counts = all_keys[order], all_counts[order]
        bounds = np.flatnonzero(np.diff(all_keys)) + 1
        starts = np.concatenate(([0], bounds))
        pair_keys = all_keys[starts]
        shared_counts = np.add.reduceat(all_counts, starts) if len(all_keys) else all_counts
    else:
        pair_keys = np.zeros(0, dtype=np.uint64)
        shared_counts = np.zeros(0, dtype=np.int64)
    stop = np.sort(np.concatenate(stops)) if stops else np.zeros(0, dtype=np.uint32)
    return Candidates(
        a=(pair_keys >> np.uint64(32)).astype(np.uint32),
        b=(pair_keys & np.uint64(0xFFFFFFFF)).astype(np.uint32),
        shared=shared_counts.astype(np.int64),
        sizes=sizes,
        stop=stop,
    )
