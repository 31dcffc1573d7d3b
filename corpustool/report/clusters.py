"""Duplicate clusters for the report: which to show, and their members' texts (second pass).

Cluster membership comes from the records' ``dedup`` blocks (with ``dedup --mark`` every copy is
in the stream) or from the clusters file ``dedup`` can write (``--clusters``): JSON Lines, one
cluster per line, read tolerantly: ``{"cluster"|"id": str, "members": [id | {"id": ...}, ...]}``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from corpustool.io.compression import compression_of, decompressing_reader


@dataclass
class Cluster:
    """One cluster to show: its id, expected size, and the member records found in the stream."""

    cluster: str
    size: int
    member_ids: set[str] = field(default_factory=set)
    members: list[dict[str, Any]] = field(default_factory=list)
    kept_id: str | None = None

    def is_kept(self, record: dict[str, Any]) -> bool:
        """The kept copy: flagged by dedup, named by the clusters file, or the cluster's own id."""
        rid = str(record.get("id"))
        return (record.get("dedup") or {}).get("keep") is True or rid in (self.kept_id, self.cluster)

    @property
    def kept(self) -> dict[str, Any] | None:
        """The copy dedup kept (else the first one seen)."""
        for member in self.members:
            if self.is_kept(member):
                return member
        return self.members[0] if self.members else None

    @property
    def copies(self) -> list[dict[str, Any]]:
        kept = self.kept
        return [m for m in self.members if m is not kept]


def read_clusters_file(path: str | Path) -> list[Cluster]:
    """Clusters with at least two members from a clusters file; unreadable lines are skipped."""
    path = Path(path)
    clusters = []
    with open(path, "rb") as raw:
        stream = decompressing_reader(raw, compression_of(path))
        for line in stream:
            try:
                row = orjson.loads(line)
            except orjson.JSONDecodeError:
                continue
            if not isinstance(row, dict):
                continue
            ids = [m.get("id") if isinstance(m, dict) else m for m in row.get("members") or []]
            ids = [str(i) for i in ids if i is not None]
            name = row.get("cluster", row.get("id"))
            kept = row.get("kept")
            if len(ids) >= 2 and name is not None:
                clusters.append(
                    Cluster(str(name), len(ids), set(ids), kept_id=kept if isinstance(kept, str) else None)
                )
    return clusters


def collect_members(records: Iterable[dict[str, Any]], clusters: list[Cluster], max_copies: int) -> None:
    """Fill each cluster's ``members`` from the stream: its kept copy plus at most ``max_copies`` others."""
    by_cluster = {c.cluster: c for c in clusters}
    by_member = {member: c for c in clusters for member in c.member_ids}
    for record in records:
        dedup = record.get("dedup") if isinstance(record.get("dedup"), dict) else {}
        cluster = by_member.get(str(record.get("id"))) or by_cluster.get(str(dedup.get("cluster")))
        if cluster is None:
            continue
        kept = cluster.is_kept(record)
        if kept or sum(not cluster.is_kept(m) for m in cluster.members) < max_copies:
            member = {k: record.get(k) for k in ("id", "text", "source", "created", "metadata", "dedup")}
            if kept:
                cluster.members.insert(0, member)
            else:
                cluster.members.append(member)
