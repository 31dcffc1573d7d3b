"""``dedup_records``: the whole stage over a stream of records.

1. Stream: spool each record to a temp file and fingerprint its text (in ``workers`` processes).
2. Index: candidate pairs from the sampled-shingle inverted index (boilerplate learned there).
3. Verify: containment + shared lead; cluster: star on the longest copy; choose the kept copy.
4. Re-emit the spooled records in input order with their ``dedup`` block.
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field

import numpy as np

from corpustool.dedup.blocking import candidate_pairs, frequent_values
from corpustool.dedup.cluster import star_clusters
from corpustool.dedup.features import Fingerprint, fingerprint_many
from corpustool.dedup.index import add_to_index, load_index
from corpustool.dedup.keep import KEEP_POLICIES, choose_kept
from corpustool.dedup.params import DedupParams
from corpustool.dedup.spool import Spool
from corpustool.dedup.store import FingerprintStore
from corpustool.dedup.verify import Edges, containment_score, verify
from corpustool.records import Record

BATCH = 256


@dataclass
class DedupStats:
    """What a run did; complete once the output iterator is exhausted."""

    records_in: int = 0
    kept: int = 0
    duplicates: int = 0  # records that are copies of a kept record (dropped unless mark)
    already_indexed: int = 0  # records whose id was in the index already (dropped unless mark)
    clusters: int = 0  # clusters with more than one member
    candidate_pairs: int = 0
    verified_pairs: int = 0
    indexed_added: int = 0
    fingerprint_bytes: int = 0
    notes: list[str] = field(default_factory=list)

    @property
    def dropped(self) -> int:
        return self.duplicates + self.already_indexed

    def summary(self) -> str:
        """One line for people: "dropped N duplicates in M clusters"."""
        text = f"dropped {self.duplicates:,} duplicates in {self.clusters:,} clusters"
        if self.already_indexed:
            text += f", {self.already_indexed:,} records already indexed"
        return text


def dedup_records(
    records: Iterable[Record],
    *,
    keep: str = "longest",
    mark: bool = False,
    clusters_path: str | None = None,
    index_path: str | None = None,
    workers: int = 1,
    params: DedupParams | None = None,
    stats: DedupStats | None = None,
    spool_dir: str | None = None,
) -> Iterator[Record]:
    """Drop (or with ``mark``, flag) wire copies; yields records in input order.

    Every yielded record gets ``dedup = {cluster, keep, duplicate_of, similarity}``: ``cluster``
    is the id of the cluster's kept record (a singleton's own id), ``duplicate_of`` that id for a
    copy (else null), ``similarity`` the copy's containment score against it (else null).
    """
    if keep not in KEEP_POLICIES:
        raise ValueError(f"unknown keep policy {keep!r}; choose one of {', '.join(KEEP_POLICIES)}")
    return _run(records, keep, mark, clusters_path, index_path, max(1, int(workers)),
                params or DedupParams(), stats if stats is not None else DedupStats(), spool_dir)


def _fingerprints(texts: Iterable[list[str]], workers: int) -> Iterator[list[Fingerprint]]:
    """Fingerprint batches in order, with at most 2 batches per worker in flight."""
    if workers <= 1:
        for batch in texts:
            yield fingerprint_many(batch)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pending: deque[Future[list[Fingerprint]]] = deque()
        for batch in texts:
            pending.append(pool.submit(fingerprint_many, batch))
            if len(pending) >= 2 * workers:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def _run(records: Iterable[Record], keep: str, mark: bool, clusters_path: str | None,
         index_path: str | None, workers: int, params: DedupParams, stats: DedupStats,
         spool_dir: str | None) -> Iterator[Record]:
    store = FingerprintStore()
    ids: list[str] = []
    if index_path:
        ids, indexed_fps = load_index(index_path)
        store.add_batch(indexed_fps)
        del indexed_fps
    n_indexed = len(ids)
    known = {doc_id: i for i, doc_id in enumerate(ids)}
    created: list[str | None] = []
    already: list[int] = []  # input positions whose id is already indexed (-> doc of that id)
    spool = Spool(spool_dir)

    def batches() -> Iterator[list[str]]:
        batch: list[str] = []
        for record in records:
            spool.write(record)
            rid = str(record.get("id"))
            ids.append(rid)
            created.append(record.get("created") if isinstance(record.get("created"), str) else None)
            already.append(known.get(rid, -1))
            text = record.get("text")
            # An already indexed record contributes no new evidence: empty fingerprint.
            batch.append(text if isinstance(text, str) and already[-1] < 0 else "")
            if len(batch) >= BATCH:
                yield batch
                batch = []
        if batch:
            yield batch

    try:
        for fps in _fingerprints(batches(), workers):
            store.add_batch(fps)
        store.freeze()
        n = len(store)
        stats.records_in = n - n_indexed
        indexed = np.zeros(n, dtype=bool)
        indexed[:n_indexed] = True
        # Rank: indexed first (fixed centres), then longest first, ties in input order.
        order = np.lexsort((np.arange(n), -store.length, ~indexed))
        rank = np.empty(n, dtype=np.int64)
        rank[order] = np.arange(n)
        # Learned boilerplate is removed from signatures and leads once, before anything else.
        stop = frequent_values(store.values["sig"], params.stop_threshold(n))
        store.remove_values("sig", stop)
        store.remove_values("lead", stop)
        cands = candidate_pairs(store.values["anchors"], np.diff(store.offsets["anchors"]),
                                rank.astype(np.uint32), params)
        stats.candidate_pairs = len(cands.a)
        edges = verify(cands, store, order, params, workers)
        stats.verified_pairs = len(edges.a)
        centre_rank, via_rank = star_clusters(n, edges, fixed_centres=indexed[order])
        centre = order[centre_rank[rank]]
        via = via_rank[rank]
        kept = choose_kept(centre, keep, [None] * n_indexed + created, indexed)
        stats.fingerprint_bytes = store.nbytes()

        similarity = np.full(n, np.nan)
        links = np.flatnonzero(kept != np.arange(n))
        for d in links.tolist():
            k = int(kept[d])
            if k == centre[d] and via[d] >= 0:
                similarity[d] = float(edges.containment[via[d]])
            else:
                similarity[d] = containment_score(store, d, k)
        sizes = np.bincount(kept, minlength=n)
        new_kept = kept[n_indexed:]
        stats.clusters = len(np.unique(new_kept[sizes[new_kept] > 1]))
        if clusters_path:
            _write_clusters(clusters_path, ids, kept, centre, via, edges, similarity, sizes)

        new_keepers: list[tuple[str, Fingerprint]] = []
        for i in range(n - n_indexed):
            d = n_indexed + i
            if already[i] >= 0:
                stats.already_indexed += 1
            elif kept[d] == d:
                stats.kept += 1
                if index_path:
                    new_keepers.append((ids[d], store.fingerprint_of(d)))
            else:
                stats.duplicates += 1
        if index_path:
            stats.indexed_added = add_to_index(index_path, new_keepers)
        del new_keepers, cands, edges, store

        for i, record in enumerate(spool.replay()):
            d = n_indexed + i
            if already[i] >= 0:
                k = already[i]
                block = {"cluster": ids[int(kept[k])], "keep": False, "duplicate_of": ids[int(kept[k])],
                         "similarity": 1.0}
            elif kept[d] == d:
                block = {"cluster": ids[d], "keep": True, "duplicate_of": None, "similarity": None}
            else:
                k = int(kept[d])
                block = {"cluster": ids[k], "keep": False, "duplicate_of": ids[k],
                         "similarity": round(float(similarity[d]), 4)}
            if block["keep"] or mark:
                record["dedup"] = block
                yield record
    finally:
        spool.close()


def _write_clusters(path: str, ids: list[str], kept: np.ndarray, centre: np.ndarray, via: np.ndarray,
                    edges: Edges, similarity: np.ndarray, sizes: np.ndarray) -> None:
    """One JSON line per cluster of two or more: members, kept id, and the links that joined them."""
    multi = np.flatnonzero(sizes[kept] > 1)
    members: dict[int, list[int]] = {}
    for d in multi.tolist():
        members.setdefault(int(kept[d]), []).append(d)
    with open(path, "w", encoding="utf-8") as out:
        for k in sorted(members, key=lambda x: members[x][0]):
            rows = []
            for d in members[k]:
                e = int(via[d])
                rows.append({
                    "id": ids[d],
                    "kept": d == k,
                    "centre": ids[int(centre[d])],
                    "containment": None if e < 0 else round(float(edges.containment[e]), 4),
                    "lead": None if e < 0 else round(float(edges.lead[e]), 4),
                    "similarity_to_kept": None if d == k else round(float(similarity[d]), 4),
                })
            line = {"cluster": ids[k], "kept": ids[k], "size": len(rows), "members": rows}
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
