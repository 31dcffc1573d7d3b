"""The ``--clusters`` report: one JSON line per cluster of two or more records."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from corpustool.dedup.verify import Edges


def write_clusters(path: Path, ids: list[str], kept: np.ndarray, centre: np.ndarray, via: np.ndarray,
                   edges: Edges, similarity: np.ndarray, sizes: np.ndarray) -> None:
    """Members, kept id, and the links that joined them; clusters in order of their first member."""
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
