"""Per-document fingerprint: everything dedup keeps in memory about a record.

A fingerprint is two small sorted uint32 arrays plus a length, never the text: about
``(len(text) * (1/4 + 1/8) + (300 + 450) / 4) * 4`` bytes, roughly 2 KB for a 1,200-character
article. ``fingerprint_many`` is the unit of work shipped to ``--workers`` processes.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from corpustool.dedup.normalize import article_spans
from corpustool.dedup.shingles import fingerprint_arrays


@dataclass(frozen=True)
class Fingerprint:
    """Sampled shingles of the whole text, of the lead and of the head; blocking keys; length."""

    sig: np.ndarray
    lead: np.ndarray
    head: np.ndarray
    anchors: np.ndarray
    length: int


def fingerprint(text: str) -> Fingerprint:
    """Fingerprint one article text (never raises on odd input; empty text gives empty arrays)."""
    body, start, head, lead = article_spans(text if isinstance(text, str) else "")
    sig, lead_hashes, head_hashes, anchors = fingerprint_arrays(body, start, head, lead)
    return Fingerprint(sig, lead_hashes, head_hashes, anchors, len(body))


def fingerprint_many(texts: list[str]) -> list[Fingerprint]:
    """Batch form for process pools (one pickle round-trip per batch, not per document)."""
    return [fingerprint(t) for t in texts]
