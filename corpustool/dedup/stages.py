"""Dedup as file-based stages: plain functions over paths that every engine runs as tasks.

    fingerprint_shard   per shard: records -> fingerprint arrays
    plan_run            one node:  ids + lengths -> already indexed, rank (longest first)
    partition_shard     per shard: sig values -> document-frequency partitions, anchors -> index partitions
    learn_stop_part     per partition: sig values in too many documents (learned boilerplate)
    pair_part           per partition: posting lists -> pair counts, by pair bucket
    clean_shard         per shard: boilerplate out of signatures and leads
    verify_bucket       per bucket: merged counts -> candidate pairs -> verified edges
    cluster_run         one node:  star clusters, kept copies, every record's dedup block

Each task reads and writes its own files under the run's work directory (``workdir.py``) and
returns a small summary, so memory per task is bounded by its shard, partition or bucket and
the result does not depend on how many shards, partitions or workers there are.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import orjson

from corpustool.dedup.blocking import (
    anchor_keys,
    bucketed_pair_counts,
    merge_counts,
    partition_of,
    unpack_pairs,
)
from corpustool.dedup.cluster import star_clusters
from corpustool.dedup.features import fingerprint
from corpustool.dedup.keep import choose_kept
from corpustool.dedup.params import DedupParams
from corpustool.dedup.report import write_clusters
from corpustool.dedup.verify import Edges, Packed, containment, score_pairs, verified
from corpustool.dedup.workdir import (
    INDEX_SHARD,
    concat,
    gather,
    load_array,
    load_json,
    load_packed,
    save_array,
    save_fingerprints,
    save_json,
    save_packed,
)
from corpustool.records import Record


@dataclass(frozen=True)
class RunFiles:
    """Where a run's files are: the work directory and its shards in document order."""

    work: str
    shards: tuple[str, ...]  # directory names under work; the index shard (if any) first
    starts: tuple[int, ...]  # first document number of each shard, and the total at the end
    n_indexed: int = 0

    def shard(self, s: int) -> Path:
        return Path(self.work) / self.shards[s]

    def path(self, *parts: str) -> Path:
        return Path(self.work).joinpath(*parts)

    @property
    def n(self) -> int:
        return self.starts[-1]

    @property
    def first_input(self) -> int:
        """Shard number of the first input shard (after the index shard)."""
        return 1 if self.shards and self.shards[0] == INDEX_SHARD else 0


def fingerprint_shard(shard_dir: str) -> dict[str, int]:
    """Fingerprint the spooled records of one shard; returns counts for planning."""
    shard = Path(shard_dir)
    ids: list[str] = []
    created: list[str | None] = []
    fps = []
    with open(shard / "spool.jsonl", "rb") as spool:
        for line in spool:
            record = orjson.loads(line)
            ids.append(str(record.get("id")))
            date = record.get("created")
            created.append(date if isinstance(date, str) else None)
            text = record.get("text")
            fps.append(fingerprint(text if isinstance(text, str) else ""))
    save_fingerprints(shard, fps, ids, created)
    return {"docs": len(fps), "sig": sum(len(fp.sig) for fp in fps),
            "anchors": sum(len(fp.anchors) for fp in fps)}


def plan_run(files: RunFiles) -> dict[str, int]:
    """One node: which input ids are already indexed, and every document's rank.

    Rank 0 is the first indexed document (indexed ones are fixed centres), then the longest
    first, ties by id (so the kept copy does not depend on input order), then input order (repeated
    ids). An already indexed record counts as empty: it brings no evidence.
    """
    n, n_indexed = files.n, files.n_indexed
    known: dict[str, int] = {}
    if n_indexed:
        known = {doc_id: i for i, doc_id in enumerate(load_json(files.shard(0) / "ids.json"))}
    length = np.concatenate([load_array(files.shard(s) / "length.npy") for s in range(len(files.shards))])
    n_anchors = np.concatenate([np.diff(load_array(files.shard(s) / "anchors_off.npy"))
                                for s in range(len(files.shards))])
    already = np.full(n - n_indexed, -1, dtype=np.int64)
    all_ids: list[str] = list(known)
    for s in range(files.first_input, len(files.shards)):
        ids = load_json(files.shard(s) / "ids.json")
        all_ids += ids
        hits = np.array([known.get(doc_id, -1) for doc_id in ids], dtype=np.int64) if known else \
            np.full(len(ids), -1, dtype=np.int64)
        already[files.starts[s] - n_indexed: files.starts[s + 1] - n_indexed] = hits
        save_array(files.shard(s) / "blank.npy", np.flatnonzero(hits >= 0))
    blank = n_indexed + np.flatnonzero(already >= 0)
    length[blank] = 0
    n_anchors[blank] = 0
    indexed = np.zeros(n, dtype=bool)
    indexed[:n_indexed] = True
    id_rank = np.empty(n, dtype=np.int64)
    id_rank[sorted(range(n), key=all_ids.__getitem__)] = np.arange(n)
    order = np.lexsort((np.arange(n), id_rank, -length, ~indexed))
    rank = np.empty(n, dtype=np.int64)
    rank[order] = np.arange(n)
    save_array(files.path("plan", "order.npy"), order)
    save_array(files.path("plan", "rank.npy"), rank.astype(np.uint32))
    save_array(files.path("plan", "n_anchors.npy"), n_anchors[order])
    save_array(files.path("plan", "already.npy"), already)
    return {"already": len(blank)}


def _blank_mask(files: RunFiles, s: int, docs: int) -> np.ndarray:
    mask = np.zeros(docs, dtype=bool)
    path = files.shard(s) / "blank.npy"
    if path.exists():
        mask[load_array(path)] = True
    return mask


def _live_values(packed: Packed, blank: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Values of the documents not blanked, and the document of each value."""
    counts = np.diff(packed.offsets)
    doc = np.repeat(np.arange(len(counts)), counts)
    live = ~blank[doc]
    return np.asarray(packed.values)[live], doc[live]


def _save_parts(directory: Path, s: int, entries: np.ndarray, part: np.ndarray, parts: int) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    order = np.argsort(part, kind="stable")
    bounds = np.searchsorted(part[order], np.arange(1, parts))
    for p, chunk in enumerate(np.split(entries[order], bounds)):
        if len(chunk):
            save_array(directory / f"{p:04d}-{s:05d}.npy", chunk)


def partition_shard(files: RunFiles, s: int, df_parts: int, anchor_parts: int) -> None:
    """Shuffle one shard's signature values (document frequency) and anchors (index entries)."""
    shard = files.shard(s)
    docs = files.starts[s + 1] - files.starts[s]
    blank = _blank_mask(files, s, docs)
    values, _ = _live_values(load_packed(shard, "sig"), blank)
    uniq, counts = np.unique(values, return_counts=True)
    entries = (uniq.astype(np.uint64) << np.uint64(32)) | counts.astype(np.uint64)
    _save_parts(files.path("df"), s, entries, partition_of(uniq, df_parts), df_parts)
    anchors, doc = _live_values(load_packed(shard, "anchors"), blank)
    rank = load_array(files.path("plan", "rank.npy"), mmap=True)[files.starts[s]: files.starts[s + 1]]
    keys = anchor_keys(anchors, np.asarray(rank)[doc])
    _save_parts(files.path("anchors"), s, keys, partition_of(anchors, anchor_parts), anchor_parts)


def _part_files(directory: Path, p: int) -> list[Path]:
    return sorted(directory.glob(f"{p:04d}-*.npy"))


def learn_stop_part(work: str, p: int, threshold: int) -> np.ndarray:
    """Signature values of partition ``p`` found in more than ``threshold`` documents."""
    runs = [load_array(path) for path in _part_files(Path(work) / "df", p)]
    if not runs:
        return np.zeros(0, dtype=np.uint32)
    entries = np.concatenate(runs)
    entries.sort()
    values = (entries >> np.uint64(32)).astype(np.uint32)
    starts = np.concatenate(([0], np.flatnonzero(values[1:] != values[:-1]) + 1))
    docs = np.add.reduceat((entries & np.uint64(0xFFFFFFFF)).astype(np.int64), starts)
    return values[starts][docs > threshold]


def pair_part(work: str, p: int, threshold: int, params: DedupParams, buckets: int, width: int) -> int:
    """Pair counts of partition ``p``'s posting lists, written per pair bucket; returns how many."""
    runs = [load_array(path) for path in _part_files(Path(work) / "anchors", p)]
    if not runs:
        return 0
    keys = np.concatenate(runs)
    del runs
    keys.sort()
    written = 0
    for b, packed in enumerate(bucketed_pair_counts(keys, threshold, params, buckets, width)):
        if len(packed):
            save_array(Path(work) / "pairs" / f"{b:04d}-{p:04d}.npy", packed)
            written += len(packed)
    return written


def clean_shard(files: RunFiles, s: int) -> int:
    """Remove learned boilerplate from one shard's signatures and leads (blanked docs: emptied);
    returns the bytes of the shard's fingerprints as compared."""
    shard = files.shard(s)
    stop = load_array(files.path("stop.npy"))
    docs = files.starts[s + 1] - files.starts[s]
    blank = _blank_mask(files, s, docs)
    total = 0
    for name in ("sig", "lead"):
        packed = load_packed(shard, name, mmap=False)
        counts = np.diff(packed.offsets)
        keep = ~blank[np.repeat(np.arange(docs), counts)]
        if len(stop) and len(packed.values):
            idx = np.minimum(np.searchsorted(stop, packed.values), len(stop) - 1)
            keep &= stop[idx] != packed.values
        kept_before = np.concatenate(([0], np.cumsum(keep)))
        save_packed(shard, f"clean_{name}", Packed(packed.values[keep], kept_before[packed.offsets]))
        total += int(keep.sum()) * 4 + len(packed.offsets) * 8
    for name in ("head", "anchors"):
        packed = load_packed(shard, name)
        total += len(packed.values) * 4 + len(packed.offsets) * 8
    return total + docs * 8  # and the lengths


class Documents:
    """Read any document's arrays of one kind by global number, through each shard's memory map."""

    def __init__(self, files: RunFiles, name: str) -> None:
        self.files = files
        self.parts = [load_packed(files.shard(s), name) for s in range(len(files.shards))]
        self.starts = np.asarray(files.starts)

    def get(self, doc: int) -> np.ndarray:
        s = int(np.searchsorted(self.starts, doc, side="right")) - 1
        return self.parts[s].get(doc - self.files.starts[s])

    def take(self, docs: np.ndarray) -> Packed:
        """Arrays of ``docs`` (sorted, unique), packed in that order."""
        shard_of = np.searchsorted(self.starts, docs, side="right") - 1
        bounds = np.searchsorted(shard_of, np.arange(1, len(self.parts)))
        return concat([gather(self.parts[s], chunk - self.files.starts[s])
                       for s, chunk in enumerate(np.split(docs, bounds)) if len(chunk)])


def verify_bucket(files: RunFiles, b: int, params: DedupParams) -> tuple[int, int]:
    """Candidate pairs of bucket ``b`` (counts merged over partitions) and the verified edges.

    Returns (candidates, verified). Only the documents of this bucket's pairs are read.
    """
    runs = [load_array(path) for path in sorted(files.path("pairs").glob(f"{b:04d}-*.npy"))]
    a, bb, shared = unpack_pairs(merge_counts(runs), params.min_anchors)
    del runs
    n_anchors = load_array(files.path("plan", "n_anchors.npy"), mmap=True)
    rough = shared / np.maximum(np.minimum(n_anchors[a], n_anchors[bb]), 1)
    pre = rough >= params.min_anchor_share
    a_, b_ = a[pre], bb[pre]
    order = load_array(files.path("plan", "order.npy"), mmap=True)
    x, y = np.asarray(order[a_]), np.asarray(order[b_])
    docs = np.unique(np.concatenate((x, y)))
    xi, yi = np.searchsorted(docs, x), np.searchsorted(docs, y)
    arrays = [Documents(files, name).take(docs) for name in ("clean_sig", "clean_lead", "head")]
    scores, leads = score_pairs(*arrays, xi, yi, params)
    edges = verified(a_, b_, scores, leads, params)
    np.savez(files.path("edges", f"{b:04d}.npz"), a=edges.a, b=edges.b, containment=edges.containment,
             lead=edges.lead)
    return len(a), len(edges.a)


def _load_edges(files: RunFiles) -> Edges:
    parts = []
    for path in sorted(files.path("edges").glob("*.npz")):
        with np.load(path) as z:
            parts.append(Edges(z["a"], z["b"], z["containment"], z["lead"]))
    return Edges.concat(parts)


def cluster_run(files: RunFiles, keep: str, with_clusters: bool) -> dict[str, int]:
    """One node: star clusters over all edges, the kept copy of each, every record's block.

    Writes ``blocks.json`` per input shard, ``keepers.npy`` (new keepers, for the index) and
    with ``with_clusters`` the clusters report. Memory: a few integers per document, the edges
    and the ids.
    """
    n, n_indexed = files.n, files.n_indexed
    edges = _load_edges(files)
    order = load_array(files.path("plan", "order.npy"))
    rank = load_array(files.path("plan", "rank.npy")).astype(np.int64)
    already = load_array(files.path("plan", "already.npy"))
    indexed = np.zeros(n, dtype=bool)
    indexed[:n_indexed] = True
    centre_rank, via_rank = star_clusters(n, edges, fixed_centres=indexed[order])
    centre = order[centre_rank[rank]]
    via = via_rank[rank]
    created: list[str | None] = [None] * n_indexed
    for s in range(files.first_input, len(files.shards)):
        created += load_json(files.shard(s) / "created.json") if keep == "earliest" else \
            [None] * (files.starts[s + 1] - files.starts[s])
    kept = choose_kept(centre, keep, created, indexed)
    del created

    sig = Documents(files, "clean_sig")
    similarity = np.full(n, np.nan)
    for d in np.flatnonzero(kept != np.arange(n)).tolist():
        k = int(kept[d])
        if k == centre[d] and via[d] >= 0:
            similarity[d] = float(edges.containment[via[d]])
        else:
            similarity[d] = containment(sig.get(d), sig.get(k))
    sizes = np.bincount(kept, minlength=n)
    ids: list[str] = []
    for s in range(len(files.shards)):
        ids += load_json(files.shard(s) / "ids.json")
    if with_clusters:
        write_clusters(files.path("clusters.jsonl"), ids, kept, centre, via, edges, similarity, sizes)

    new = np.arange(n_indexed, n)
    is_kept = (kept[new] == new) & (already < 0)
    save_array(files.path("keepers.npy"), new[is_kept])
    for s in range(files.first_input, len(files.shards)):
        blocks = [_block(ids, kept, similarity, already, d, n_indexed)
                  for d in range(files.starts[s], files.starts[s + 1])]
        save_json(files.shard(s) / "blocks.json", blocks)
    new_kept = kept[n_indexed:]
    return {"kept": int(is_kept.sum()), "already_indexed": int((already >= 0).sum()),
            "duplicates": int(len(new) - is_kept.sum() - (already >= 0).sum()),
            "clusters": len(np.unique(new_kept[sizes[new_kept] > 1]))}


def _block(ids: list[str], kept: np.ndarray, similarity: np.ndarray, already: np.ndarray, d: int,
           n_indexed: int) -> dict:
    """The ``dedup`` block of input document ``d``."""
    seen = int(already[d - n_indexed])
    if seen >= 0:
        k = int(kept[seen])
        return {"cluster": ids[k], "keep": False, "duplicate_of": ids[k], "similarity": 1.0}
    k = int(kept[d])
    if k == d:
        return {"cluster": ids[d], "keep": True, "duplicate_of": None, "similarity": None}
    return {"cluster": ids[k], "keep": False, "duplicate_of": ids[k],
            "similarity": round(float(similarity[d]), 4)}


def annotated(shard_dir: str, mark: bool) -> Iterator[Record]:
    """A shard's spooled records in input order with their ``dedup`` block (copies only with ``mark``)."""
    shard = Path(shard_dir)
    blocks = load_json(shard / "blocks.json")
    with open(shard / "spool.jsonl", "rb") as spool:
        for line, block in zip(spool, blocks, strict=True):
            if block["keep"] or mark:
                record = orjson.loads(line)
                record["dedup"] = block
                yield record
