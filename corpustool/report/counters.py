"""A counter with a memory ceiling, for open-ended keys (speakers, sources, cue verbs).

Exact until ``capacity`` distinct keys; beyond that the rarest keys are dropped in batches, so
the heavy hitters a report shows stay right while memory stays flat on any corpus size.
"""

from __future__ import annotations

from collections import Counter


class BoundedCounter:
    """``Counter`` that keeps at most about ``2 * capacity`` keys; ``approximate`` once it pruned."""

    def __init__(self, capacity: int = 10_000) -> None:
        self.capacity = capacity
        self.counts: Counter[str] = Counter()
        self.approximate = False

    def add(self, key: str, n: int = 1) -> None:
        self.counts[key] += n
        if len(self.counts) > 2 * self.capacity:
            self.counts = Counter(dict(self.counts.most_common(self.capacity)))
            self.approximate = True

    def most_common(self, n: int | None = None) -> list[tuple[str, int]]:
        """Most frequent first; ties by key so output is deterministic."""
        ranked = sorted(self.counts.items(), key=lambda kv: (-kv[1], kv[0]))
        return ranked if n is None else ranked[:n]

    def __len__(self) -> int:
        return len(self.counts)


def named_counts(pairs: list[tuple[str, int]]) -> list[dict[str, object]]:
    """``[("nav", 3)]`` -> ``[{"name": "nav", "count": 3}]``: the JSON shape whose keys never vary."""
    return [{"name": name, "count": count} for name, count in pairs]
