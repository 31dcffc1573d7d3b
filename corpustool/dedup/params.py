"""The few numbers that decide what counts as a copy, in one place.

Chosen on one half of the dev corpus' clusters and checked on the other half and on a harder,
noisier corpus (see docs/dedup.md); they are properties of how wire copies are edited, not of one
generator's outlets.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DedupParams:
    """Thresholds for candidates, verification and boilerplate learning."""

    # A copy: this share of the shorter text's (sampled, non-boilerplate) shingles is in the longer one.
    min_containment: float = 0.4
    # ... and the lead sentence of one of them is (mostly) in the other: follow-ups get a new lead.
    min_lead: float = 0.5
    # Candidates must share at least this many sampled 12-character anchors, and this share of
    # the shorter text's anchors (a cheap first cut before the exact 6-character count) ...
    min_anchors: int = 2  # at least 2: candidate generation relies on it
    min_anchor_share: float = 0.1
    # ... and verified copies at least this many sampled 6-character shingles.
    min_shared: int = 2
    # Boilerplate: a shingle found in more documents than this is no evidence of copying.
    # The floor is far above the size of real copy clusters; it grows with the corpus because
    # an outlet's share/copyright lines grow with it.
    stop_min_docs: int = 50
    stop_doc_fraction: float = 1 / 200
    # Anchor posting lists up to this long pair every two documents. In longer ones each
    # document is paired with only the ``heads_per_shingle`` longest: enough to reach a big
    # cluster's star centre, and linear instead of quadratic.
    all_pairs_docs: int = 32
    heads_per_shingle: int = 2

    def stop_threshold(self, n_docs: int) -> int:
        """Document frequency above which a shingle is treated as boilerplate."""
        return max(self.stop_min_docs, int(n_docs * self.stop_doc_fraction))
