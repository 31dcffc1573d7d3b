"""Near-duplicate (wire copy) detection: drop or mark copies of the same story.

Public API: ``dedup_records`` (the stage), ``DedupStats`` (what it did), ``DedupParams``
(thresholds), ``explain_pair`` / ``render_explanation`` (why two records match or not),
``fingerprint`` (the compact per-document signature), ``commit_index`` (publish a deferred
index update once the output is written), ``dedup_sharded`` (the whole stage over input files on an
engine, ``corpustool.engine``). How it decides: docs/dedup.md.
"""

from __future__ import annotations

from corpustool.dedup.explain import RecordNotFound, explain_ids, explain_pair, render_explanation
from corpustool.dedup.features import Fingerprint, fingerprint
from corpustool.dedup.index import commit_index
from corpustool.dedup.keep import KEEP_POLICIES
from corpustool.dedup.params import DedupParams
from corpustool.dedup.pipeline import DedupStats, dedup_records
from corpustool.dedup.sharded import dedup_sharded

__all__ = [
    "KEEP_POLICIES",
    "DedupParams",
    "DedupStats",
    "Fingerprint",
    "RecordNotFound",
    "commit_index",
    "dedup_records",
    "dedup_sharded",
    "explain_ids",
    "explain_pair",
    "fingerprint",
    "render_explanation",
]
