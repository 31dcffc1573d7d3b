"""Look at a run: corpus statistics (tables, JSON) and a self-contained HTML report.

``corpus_stats(records)`` is one streaming pass. ``build_report(open_records, "report.html")``
makes two passes over re-openable input: the first counts and samples, the second fetches the
texts of the few duplicate clusters the page shows, so memory never holds the corpus.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from corpustool.io.writers import open_output
from corpustool.report.clusters import Cluster, collect_members, read_clusters_file
from corpustool.report.html import render_page
from corpustool.report.stats import CorpusStats, corpus_stats


@dataclass
class ReportSummary:
    """What the page shows, for the CLI summary and tests."""

    records: int
    documents: int
    clusters: int
    bytes: int


def build_report(
    open_records: Callable[[], Iterable[dict[str, Any]]],
    output: str | Path,
    *,
    clusters_file: str | Path | None = None,
    sample_size: int = 12,
    max_clusters: int = 8,
    max_copies: int = 6,
    title: str = "corpustool report",
    inputs: list[str] | None = None,
    seed: int = 0,
) -> ReportSummary:
    """Write the HTML report of the records ``open_records()`` yields (it is called twice)."""
    stats = corpus_stats(open_records(), sample_size=sample_size, seed=seed)
    if clusters_file is not None:
        all_clusters = read_clusters_file(clusters_file)
        stats.use_cluster_sizes(c.size for c in all_clusters)
        clusters = sorted(all_clusters, key=lambda c: (-c.size, c.cluster))[:max_clusters]
        del all_clusters
    else:
        clusters = [Cluster(name, size) for name, size in stats.largest_clusters(max_clusters)]
    if clusters:
        collect_members(open_records(), clusters, max_copies)
    page = render_page(
        stats=stats.to_dict(top=15),
        documents=pick_documents(stats, sample_size),
        clusters=clusters,
        title=title,
        inputs=inputs or [],
    )
    data = page.encode("utf-8")
    with open_output(output) as sink:
        sink.write(data)
    return ReportSummary(
        records=stats.records,
        documents=min(sample_size, stats.records),
        clusters=sum(1 for c in clusters if c.members),
        bytes=len(data),
    )


def pick_documents(stats: CorpusStats, size: int) -> list[dict[str, Any]]:
    """A third each from documents with explained removals and with quotes, the rest from all."""
    picked: dict[Any, dict[str, Any]] = {}
    third = max(1, size // 3)
    for pool, limit in (
        (stats.sample_explained, third),
        (stats.sample_quoted, 2 * third),
        (stats.sample_any, size),
    ):
        for record in pool.items:
            if len(picked) >= limit:
                break
            picked.setdefault(record.get("id"), record)
    return list(picked.values())[:size]


__all__ = ["CorpusStats", "ReportSummary", "build_report", "corpus_stats"]
