"""Star clustering on the longest copy: no cluster grows through a chain of weak links.

Documents are visited longest first. A document joins the best-matching *centre* among the
longer documents it is verified against; if none, it becomes a centre itself. Every member is
therefore a verified copy of its centre (the most complete copy), so A~B and B~C never puts C
with A unless C matches the centre too. Union-find over the same links would chain
follow-ups and topic neighbours into giant clusters as the corpus grows.
"""

from __future__ import annotations

import numpy as np

from corpustool.dedup.verify import Edges


def star_clusters(
    n: int, edges: Edges, fixed_centres: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """(centre rank of every rank, index into ``edges`` of the link to it, -1 for centres).

    ``fixed_centres`` (bool per rank) marks documents that must stay centres (already indexed).
    """
    centre = np.arange(n, dtype=np.int64)
    via = np.full(n, -1, dtype=np.int64)
    if not len(edges.a):
        return centre, via
    # Visit links by later (shorter) document, best containment first.
    order = np.lexsort((-edges.containment, edges.a, edges.b))
    is_centre = np.ones(n, dtype=bool)
    fixed = fixed_centres if fixed_centres is not None else np.zeros(n, dtype=bool)
    a_s, b_s, c_s = edges.a[order].tolist(), edges.b[order].tolist(), edges.containment[order].tolist()
    best: dict[int, tuple[float, int, int]] = {}
    # Links are grouped by b (ascending), and every a < b was decided before b is visited.
    current = -1
    for e, a, b, c in zip(order.tolist(), a_s, b_s, c_s, strict=True):
        if b != current:
            _settle(current, best, centre, via, is_centre)
            current, best = b, {}
        if fixed[b] or not is_centre[a]:
            continue
        if b not in best or c > best[b][0]:
            best[b] = (c, a, e)
    _settle(current, best, centre, via, is_centre)
    return centre, via


def _settle(b: int, best: dict[int, tuple[float, int, int]], centre: np.ndarray, via: np.ndarray,
            is_centre: np.ndarray) -> None:
    if b >= 0 and b in best:
        _, a, e = best[b]
        centre[b], via[b], is_centre[b] = a, e, False
