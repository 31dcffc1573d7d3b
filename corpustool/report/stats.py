"""One streaming pass over a corpus: what the run did, in counters of bounded size.

:class:`CorpusStats` reads any records (before or after any stage: missing blocks are simply
not counted) and keeps counters plus small reservoir samples for the HTML report. Memory is
flat in corpus size except for duplicate clusters, which cost one counter entry per cluster that
has copies in the stream (with ``dedup --mark``).
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from corpustool.report.counters import BoundedCounter, named_counts

NO_SOURCE = "(no source)"


@dataclass
class SourceStats:
    """Per-source breakdown row."""

    records: int = 0
    chars: int = 0
    quotes: int = 0
    duplicates: int = 0
    lines_removed: int = 0


@dataclass
class Reservoir:
    """Uniform sample of ``size`` items from a stream of unknown length (Algorithm R)."""

    size: int
    rng: random.Random
    seen: int = 0
    items: list[Any] = field(default_factory=list)

    def offer(self, item: Any) -> None:
        self.seen += 1
        if len(self.items) < self.size:
            self.items.append(item)
            return
        slot = self.rng.randrange(self.seen)
        if slot < self.size:
            self.items[slot] = item


class CorpusStats:
    """Accumulate with :meth:`add` (or :meth:`add_all`), read with :meth:`to_dict`."""

    def __init__(self, *, sample_size: int = 12, seed: int = 0, max_sources: int = 1_000) -> None:
        rng = random.Random(seed)
        self.records = 0
        self.chars = 0
        self.empty = 0
        self.dated = 0
        self.max_sources = max_sources
        self.sources: dict[str, SourceStats] = {}
        # clean
        self.cleaned = 0
        self.chars_in = 0
        self.chars_out = 0
        self.lines_in = 0
        self.lines_kept = 0
        self.removed_by_reason: Counter[str] = Counter()
        self.explained = 0
        # dedup
        self.deduped = 0
        self.duplicates = 0
        self.copies_by_cluster: Counter[str] = Counter()
        self.file_cluster_sizes: Counter[int] | None = None
        # quotes
        self.quoted_records = 0
        self.quotes = 0
        self.attributed = 0
        self.quote_types: Counter[str] = Counter()
        self.speakers = BoundedCounter()
        self.cues = BoundedCounter()
        # samples for the report: any document, documents with explained removals, with quotes
        self.sample_any = Reservoir(sample_size, rng)
        self.sample_explained = Reservoir(sample_size, rng)
        self.sample_quoted = Reservoir(sample_size, rng)

    def add_all(self, records: Any) -> CorpusStats:
        for record in records:
            self.add(record)
        return self

    def add(self, record: dict[str, Any]) -> None:
        """Count one record; never raises on odd or partial records."""
        text = record.get("text") if isinstance(record.get("text"), str) else ""
        self.records += 1
        self.chars += len(text)
        self.empty += not text.strip()
        self.dated += record.get("created") is not None
        source = self._source(record.get("source"))
        source.records += 1
        source.chars += len(text)
        self.sample_any.offer(record)
        self._add_clean(record.get("clean"), source, record)
        self._add_dedup(record.get("dedup"), source)
        self._add_quotes(record.get("quotes"), source, record)

    def _source(self, name: Any) -> SourceStats:
        key = str(name) if name is not None else NO_SOURCE
        if key not in self.sources and len(self.sources) >= self.max_sources:
            key = "(other sources)"
        return self.sources.setdefault(key, SourceStats())

    def _add_clean(self, clean: Any, source: SourceStats, record: dict[str, Any]) -> None:
        if not isinstance(clean, dict):
            return
        self.cleaned += 1
        self.chars_in += _int(clean.get("chars_in"))
        self.chars_out += _int(clean.get("chars_out"))
        self.lines_in += _int(clean.get("lines_in"))
        self.lines_kept += _int(clean.get("lines_kept"))
        for item in clean.get("removed_by_reason") or []:
            if isinstance(item, dict):
                count = _int(item.get("count"))
                self.removed_by_reason[str(item.get("reason"))] += count
                source.lines_removed += count
        removed = clean.get("removed") or []
        if any(isinstance(line, dict) and line.get("reason") for line in removed):
            self.explained += 1
            self.sample_explained.offer(record)

    def _add_dedup(self, dedup: Any, source: SourceStats) -> None:
        if not isinstance(dedup, dict):
            return
        self.deduped += 1
        if dedup.get("keep") is False:
            self.duplicates += 1
            source.duplicates += 1
            self.copies_by_cluster[str(dedup.get("cluster") or dedup.get("duplicate_of"))] += 1

    def _add_quotes(self, quotes: Any, source: SourceStats, record: dict[str, Any]) -> None:
        if not isinstance(quotes, list) or not quotes:
            return
        self.quoted_records += 1
        self.sample_quoted.offer(record)
        for quote in quotes:
            if not isinstance(quote, dict):
                continue
            self.quotes += 1
            source.quotes += 1
            self.quote_types[str(quote.get("type"))] += 1
            name = quote.get("speaker_name")
            if name:
                self.attributed += 1
                self.speakers.add(str(name))
            if quote.get("cue"):
                self.cues.add(str(quote["cue"]).lower())

    # -- reading ------------------------------------------------------------------------------

    def use_cluster_sizes(self, sizes: Iterable[int]) -> None:
        """Take cluster sizes from dedup's clusters file: right even when copies were dropped."""
        self.file_cluster_sizes = Counter(sizes)

    def cluster_sizes(self) -> list[tuple[int, int]]:
        """``(size, clusters)`` pairs, smallest size first; size counts the kept copy too."""
        if self.file_cluster_sizes is not None:
            return sorted(self.file_cluster_sizes.items())
        return sorted(Counter(copies + 1 for copies in self.copies_by_cluster.values()).items())

    def largest_clusters(self, n: int) -> list[tuple[str, int]]:
        """The ``n`` clusters with most copies in the stream, as ``(cluster, size)``."""
        ranked = sorted(self.copies_by_cluster.items(), key=lambda kv: (-kv[1], kv[0]))[:n]
        return [(cluster, copies + 1) for cluster, copies in ranked]

    def to_dict(self, top: int = 20) -> dict[str, Any]:
        """Everything as plain JSON types; lists of ``{name, count}``, never maps with varying keys."""
        return {
            "records": self.records,
            "characters": self.chars,
            "empty_records": self.empty,
            "dated_records": self.dated,
            "sources": len(self.sources),
            "clean": {
                "records": self.cleaned,
                "chars_in": self.chars_in,
                "chars_out": self.chars_out,
                "lines_in": self.lines_in,
                "lines_kept": self.lines_kept,
                "lines_removed": sum(self.removed_by_reason.values()),
                "explained_records": self.explained,
                "removed_by_reason": named_counts(sorted(self.removed_by_reason.items(), key=_rank)),
            },
            "dedup": {
                "records": self.deduped,
                "duplicates": self.duplicates,
                "clusters_with_copies": sum(n for _, n in self.cluster_sizes()),
                "cluster_sizes": [{"size": s, "clusters": n} for s, n in self.cluster_sizes()],
                "cluster_sizes_from": "clusters file" if self.file_cluster_sizes is not None else "records",
            },
            "quotes": {
                "records_with_quotes": self.quoted_records,
                "quotes": self.quotes,
                "attributed": self.attributed,
                "types": named_counts(sorted(self.quote_types.items(), key=_rank)),
                "top_speakers": named_counts(self.speakers.most_common(top)),
                "top_cues": named_counts(self.cues.most_common(top)),
                "approximate": self.speakers.approximate or self.cues.approximate,
            },
            "by_source": [
                {"source": name, **vars(s)}
                for name, s in sorted(self.sources.items(), key=lambda kv: (-kv[1].records, kv[0]))
            ],
        }


def corpus_stats(
    records: Any, *, sample_size: int = 12, seed: int = 0, clusters_file: str | Path | None = None
) -> CorpusStats:
    """Stats of an iterable of records in one pass; cluster sizes from dedup's clusters file if given."""
    stats = CorpusStats(sample_size=sample_size, seed=seed).add_all(records)
    if clusters_file is not None:
        from corpustool.report.clusters import read_clusters_file

        stats.use_cluster_sizes(c.size for c in read_clusters_file(clusters_file))
    return stats


def _int(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _rank(item: tuple[str, int]) -> tuple[int, str]:
    return (-item[1], item[0])
