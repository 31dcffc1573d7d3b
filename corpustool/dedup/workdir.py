"""The files of one dedup run: every stage reads and writes here, so tasks exchange paths only.

Layout (one directory per run, on a filesystem every worker can read: a temp dir for local
runs, ``--work-dir`` on a shared filesystem for a cluster)::

    shard-NNNNN/        one input shard: spool.jsonl (its records, in input order), the raw
                        fingerprint arrays ({sig,lead,head,anchors}.npy + _off.npy offsets,
                        length.npy), ids.json, created.json; later blank.npy (already indexed
                        positions), clean_{sig,lead}.npy (boilerplate removed), blocks.json
    shard-index/        the fingerprints loaded from --index (documents 0..n_indexed-1)
    plan/               order.npy (rank -> document), rank.npy, n_anchors.npy (by rank)
    df/P-S.npy          per partition P and shard S: (value << 32 | documents) of sig values
    anchors/P-S.npy     per partition P and shard S: (anchor << 32 | rank) index entries
    pairs/B-P.npy       per pair bucket B and partition P: packed (a | b | shared) counts
    edges/B.npz         verified links of bucket B
    stop.npy, clusters.jsonl, keepers.npy

Arrays are plain .npy files so the verification reads documents through memory maps.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import orjson

from corpustool.dedup.features import Fingerprint
from corpustool.dedup.verify import Packed

FIELDS = ("sig", "lead", "head", "anchors")
INDEX_SHARD = "shard-index"


def shard_name(number: int) -> str:
    return f"shard-{number:05d}"


def save_array(path: Path, values: np.ndarray) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    np.save(path, values, allow_pickle=False)


def load_array(path: Path, mmap: bool = False) -> np.ndarray:
    return np.load(path, mmap_mode="r" if mmap else None, allow_pickle=False)


def save_json(path: Path, value: object) -> None:
    path.write_bytes(orjson.dumps(value))


def load_json(path: Path) -> list:
    return orjson.loads(path.read_bytes())


def save_fingerprints(shard: Path, fps: list[Fingerprint], ids: list[str], created: list[str | None]) -> None:
    """The raw fingerprint arrays of one shard (documents in input order)."""
    for f in FIELDS:
        arrays = [getattr(fp, f) for fp in fps]
        save_packed(shard, f, Packed(
            np.concatenate(arrays) if arrays else np.zeros(0, dtype=np.uint32),
            np.concatenate(([0], np.cumsum([len(a) for a in arrays], dtype=np.int64))),
        ))
    save_array(shard / "length.npy", np.array([fp.length for fp in fps], dtype=np.int64))
    save_json(shard / "ids.json", ids)
    save_json(shard / "created.json", created)


def save_packed(shard: Path, name: str, packed: Packed) -> None:
    save_array(shard / f"{name}.npy", packed.values.astype(np.uint32, copy=False))
    save_array(shard / f"{name}_off.npy", packed.offsets.astype(np.int64, copy=False))


def load_packed(shard: Path, name: str, mmap: bool = True) -> Packed:
    return Packed(load_array(shard / f"{name}.npy", mmap), load_array(shard / f"{name}_off.npy"))


def gather(packed: Packed, docs: np.ndarray) -> Packed:
    """Only ``docs``' arrays (in that order), copied out of a (memory-mapped) shard."""
    starts = packed.offsets[docs]
    lengths = packed.offsets[docs + 1] - starts
    offsets = np.concatenate(([0], np.cumsum(lengths)))
    index = np.repeat(starts - offsets[:-1], lengths) + np.arange(offsets[-1], dtype=np.int64)
    return Packed(np.asarray(packed.values[index]), offsets)


def concat(parts: list[Packed]) -> Packed:
    """Packed arrays of several document groups, one after the other."""
    if not parts:
        return Packed(np.zeros(0, dtype=np.uint32), np.zeros(1, dtype=np.int64))
    shifts = np.cumsum([0] + [int(p.offsets[-1]) for p in parts[:-1]])
    offsets = np.concatenate([[0]] + [p.offsets[1:] + s for p, s in zip(parts, shifts, strict=True)])
    return Packed(np.concatenate([p.values for p in parts]), offsets)
