"""The driver of one dedup run: submits the stages (``stages.py``) to an engine in order.

The driver only moves paths and small summaries; shards are spooled by whoever reads the input
(this process for a stream, the tasks themselves for sharded input on a cluster) and then
handed over with ``add_shard``, which starts fingerprinting at once.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from corpustool.dedup import stages
from corpustool.dedup.blocking import MAX_DOCS, bucket_count, partition_count
from corpustool.dedup.features import Fingerprint
from corpustool.dedup.index import stage_keepers
from corpustool.dedup.params import DedupParams
from corpustool.dedup.workdir import INDEX_SHARD, load_array, load_packed, save_array, save_fingerprints
from corpustool.engine.base import Engine, gather


@dataclass
class RunSummary:
    """What the stages found (DedupStats extends it with the index and notes)."""

    records_in: int = 0
    kept: int = 0
    duplicates: int = 0  # records that are copies of a kept record (dropped unless mark)
    already_indexed: int = 0  # records whose id was in the index already (dropped unless mark)
    clusters: int = 0  # clusters with more than one member
    candidate_pairs: int = 0
    verified_pairs: int = 0
    fingerprint_bytes: int = 0


class WorkDir:
    """A run's work directory: a fresh temp dir removed at the end, or a subfolder of ``base``."""

    def __init__(self, base: str | None = None) -> None:
        if base:
            Path(base).mkdir(parents=True, exist_ok=True)
        self.path = Path(tempfile.mkdtemp(prefix="corpustool-dedup-", dir=base))

    def remove(self) -> None:
        shutil.rmtree(self.path, ignore_errors=True)


class DedupRun:
    """Stages of one run on ``engine``; shards must be added in input order."""

    def __init__(self, engine: Engine, work: Path, params: DedupParams, keep: str) -> None:
        self.engine, self.work, self.params, self.keep = engine, work, params, keep
        self.shards: list[str] = []
        self._fingerprinted: list[Any] = []
        self.n_indexed = 0
        self.files: stages.RunFiles | None = None
        self.timings: dict[str, float] = {}  # seconds per stage (wall clock), for scaling reports
        self._clock = time.perf_counter()

    @contextmanager
    def _timed(self, stage: str) -> Iterator[None]:
        start = time.perf_counter()
        yield
        self.timings[stage] = self.timings.get(stage, 0.0) + time.perf_counter() - start

    def add_index(self, ids: list[str], fps: list[Fingerprint]) -> None:
        """Documents of earlier runs (fixed centres): the first shard, numbered 0..len(ids)-1."""
        if not ids:
            return
        save_fingerprints(self.work / INDEX_SHARD, fps, ids, [None] * len(ids))
        self.n_indexed = len(ids)
        self.shards.append(INDEX_SHARD)
        self._fingerprinted.append(_Known({"docs": len(ids), "sig": sum(len(f.sig) for f in fps),
                                           "anchors": sum(len(f.anchors) for f in fps)}))

    def new_shard(self) -> Path:
        """Directory for the next input shard (write its spool.jsonl, then ``add_shard``)."""
        path = self.work / f"shard-{len(self.shards):05d}"
        path.mkdir()
        return path

    def add_shard(self, shard: Path) -> None:
        """A spooled shard, in input order: fingerprinting starts now."""
        self.shards.append(shard.name)
        self._fingerprinted.append(self.engine.submit(stages.fingerprint_shard, str(shard)))

    def run(self, with_clusters: bool) -> RunSummary:
        """Every stage after fingerprinting; afterwards each input shard has its blocks."""
        with self._timed("fingerprint (waiting)"):
            counts = gather(self._fingerprinted)
        self.timings["read + fingerprint"] = time.perf_counter() - self._clock
        starts = np.concatenate(([0], np.cumsum([c["docs"] for c in counts]))).tolist()
        files = stages.RunFiles(str(self.work), tuple(self.shards), tuple(starts), self.n_indexed)
        self.files = files
        summary = RunSummary(records_in=files.n - self.n_indexed)
        if files.n > MAX_DOCS:
            raise ValueError(f"dedup handles at most {MAX_DOCS:,} documents in one run")
        if summary.records_in == 0:
            return summary
        engine, params = self.engine, self.params
        with self._timed("plan"):
            summary.already_indexed = engine.submit(stages.plan_run, files).result()["already"]
        threshold = params.stop_threshold(files.n)
        df_parts = partition_count(sum(c["sig"] for c in counts), engine.workers)
        anchors = sum(c["anchors"] for c in counts)
        anchor_parts = partition_count(anchors, engine.workers)
        with self._timed("partition"):
            gather([engine.submit(stages.partition_shard, files, s, df_parts, anchor_parts)
                    for s in range(len(files.shards))])
        buckets = bucket_count(anchors, engine.workers)
        width = max(1, -(-files.n // buckets))
        with self._timed("boilerplate + pairs + clean"):
            stops = [engine.submit(stages.learn_stop_part, str(self.work), p, threshold)
                     for p in range(df_parts)]
            pairs = [engine.submit(stages.pair_part, str(self.work), p, threshold, params, buckets, width)
                     for p in range(anchor_parts)]
            stop = np.concatenate(gather(stops)) if stops else np.zeros(0, dtype=np.uint32)
            save_array(self.work / "stop.npy", np.sort(stop).astype(np.uint32))
            cleaned = [engine.submit(stages.clean_shard, files, s) for s in range(len(files.shards))]
            gather(pairs)
            summary.fingerprint_bytes = sum(gather(cleaned))
        (self.work / "edges").mkdir(exist_ok=True)
        with self._timed("verify"):
            for candidates, edges in gather([engine.submit(stages.verify_bucket, files, b, params)
                                             for b in range(buckets)]):
                summary.candidate_pairs += candidates
                summary.verified_pairs += edges
        with self._timed("cluster (one node)"):
            result = engine.submit(stages.cluster_run, files, self.keep, with_clusters).result()
        summary.kept, summary.duplicates = result["kept"], result["duplicates"]
        summary.clusters = result["clusters"]
        return summary

    def input_shards(self) -> list[Path]:
        return [self.work / name for name in self.shards if name != INDEX_SHARD]

    def stage_index(self, index_path: str) -> int:
        """Stage the new keepers' fingerprints in the index (published later by ``commit_index``)."""
        assert self.files is not None
        path = self.work / "keepers.npy"
        keepers = load_array(path) if path.exists() else np.zeros(0, dtype=np.int64)
        return stage_keepers(index_path, _keeper_rows(self.files, keepers.astype(np.int64)))


def _keeper_rows(files: stages.RunFiles, keepers: np.ndarray):
    """(id, fingerprint as used in this run) of each new keeper, in input order."""
    bounds = np.searchsorted(keepers, np.asarray(files.starts), side="left")
    for s in range(files.first_input, len(files.shards)):
        docs = keepers[bounds[s]: bounds[s + 1]] - files.starts[s]
        if not len(docs):
            continue
        shard = files.shard(s)
        ids = stages.load_json(shard / "ids.json")
        arrays = {name: load_packed(shard, name) for name in ("clean_sig", "clean_lead", "head", "anchors")}
        length = load_array(shard / "length.npy")
        for d in docs.tolist():
            yield ids[d], Fingerprint(*(np.array(arrays[f].get(d)) for f in arrays), int(length[d]))


class _Known:
    """A summary known without a task (the index shard is written by the driver)."""

    def __init__(self, value: dict[str, int]) -> None:
        self._value = value

    def result(self) -> dict[str, int]:
        return self._value
