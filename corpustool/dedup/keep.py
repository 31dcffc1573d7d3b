"""Which copy of a cluster is kept.

* ``longest`` (default): the most complete copy, i.e. the star centre (longest comparable text).
* ``first``: the first member in input order (e.g. when input is sorted by trust or priority).
* ``earliest``: the member with the earliest ``created`` date (ISO strings compare in time
  order); undated members come after dated ones, ties go to input order.
An already indexed document always wins: it was published by an earlier run.
"""

from __future__ import annotations

from typing import Literal

import numpy as np

KeepPolicy = Literal["longest", "first", "earliest"]
KEEP_POLICIES: tuple[str, ...] = ("longest", "first", "earliest")


def choose_kept(
    centre_doc: np.ndarray,
    policy: str,
    created: list[str | None] | None = None,
    indexed: np.ndarray | None = None,
) -> np.ndarray:
    """Kept document index for every document, given each document's centre document index."""
    if policy not in KEEP_POLICIES:
        raise ValueError(f"unknown keep policy {policy!r}; choose one of {', '.join(KEEP_POLICIES)}")
    n = len(centre_doc)
    kept_of_centre: dict[int, int] = {}
    if policy != "longest":
        for doc in range(n):  # input order: the first member seen wins ties
            c = int(centre_doc[doc])
            best = kept_of_centre.get(c)
            if best is None or (policy == "earliest" and _earlier(created, doc, best)):
                kept_of_centre[c] = doc
    if indexed is not None:
        for doc in np.flatnonzero(indexed).tolist():
            kept_of_centre[int(centre_doc[doc])] = doc
    lookup = np.arange(n, dtype=np.int64)
    for c, doc in kept_of_centre.items():
        lookup[c] = doc
    return lookup[centre_doc]


def _earlier(created: list[str | None] | None, doc: int, best: int) -> bool:
    if created is None:
        return False
    d, b = created[doc], created[best]
    if d is None:
        return False
    return b is None or d < b
